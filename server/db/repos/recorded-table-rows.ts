import type { Database } from '../client';
import { eq } from 'drizzle-orm';
import { reviewAttendance, reviewBallots, reviewMotions } from '../review-schema';
import { commentDispositions, commentPeriods, commentReactions, commentReplies, comments } from '../schema';

export type CommentPeriodRow = typeof commentPeriods.$inferSelect;
export type CommentRow = typeof comments.$inferSelect;
export type CommentReplyRow = typeof commentReplies.$inferSelect;
export type CommentDispositionRow = typeof commentDispositions.$inferSelect;
export type CommentReactionRow = typeof commentReactions.$inferSelect;

/** Every row of the tables the record log creates rows in: what verification compares with the log. */
export function readRecordedTableRows(database: Database) {
  return {
    periods: database.select().from(commentPeriods).all(),
    comments: database.select().from(comments).all(),
    replies: database.select().from(commentReplies).all(),
    dispositions: database.select().from(commentDispositions).all(),
    reactions: database.select().from(commentReactions).all(),
    ballots: database.select().from(reviewBallots).all(),
    attendance: database.select().from(reviewAttendance).all(),
    closedMotions: database.select().from(reviewMotions).where(eq(reviewMotions.state, 'closed')).all(),
  };
}
