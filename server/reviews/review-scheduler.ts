import type { LiveDocumentGateway } from '../commands/live-document-gateway';
import type { Database } from '../db/client';
import { listMotionsDueToClose, listMotionsDueToOpen } from '../db/repos/review-motions';
import { findReview } from '../db/repos/reviews';
import { DomainError } from '../errors';
import { closeMotion } from './commands/close-motion';
import { openMotion } from './commands/open-motion';

/**
 * Opens correspondence ballots at their opening time and closes them at their close time, as the server itself (the
 * records say so: no actor). A ballot that cannot open (no panel, no materials) waits for the secretariat.
 */
export class ReviewScheduler {
  constructor(
    private readonly database: Database,
    private readonly liveDocuments: LiveDocumentGateway,
    private readonly bodyTimeZone: string,
  ) {}

  async run(now: Date): Promise<{ opened: number; closed: number }> {
    let opened = 0;
    let closed = 0;
    for (const motion of listMotionsDueToOpen(this.database, now)) {
      const review = findReview(this.database, motion.reviewId);
      if (!review || (review.closesAt !== null && review.closesAt.getTime() <= now.getTime())) continue;
      try {
        openMotion({ database: this.database, review, motionId: motion.id, actorId: null, now });
        opened += 1;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
      }
    }
    for (const motion of listMotionsDueToClose(this.database, now)) {
      const review = findReview(this.database, motion.reviewId);
      if (!review) continue;
      try {
        await closeMotion({ database: this.database, liveDocuments: this.liveDocuments, review, motionId: motion.id, actorId: null, now, bodyTimeZone: this.bodyTimeZone });
        closed += 1;
      } catch (error) {
        // Someone closed it by hand in between.
        if (!(error instanceof DomainError)) throw error;
      }
    }
    return { opened, closed };
  }
}
