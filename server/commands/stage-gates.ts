import type { Stage } from '../../shared/domain/stages';
import { bodyDateKey, defaultBodyTimeZone } from '../../shared/time/body-time';
import type { Database } from '../db/client';
import { latestCommentPeriodOf } from '../db/repos/comment-periods';
import { latestReviewPassed, unansweredOpinionsOfLatestReview } from '../reviews/review-gate';
import { unpublishedEditionOf } from '../publications/edition-facts';
import { countCommentsWithoutDisposition } from './comment-dashboard';

export type StageGateId = 'comment_period_not_ended' | 'comments_without_disposition' | 'no_passed_review' | 'review_opinions_unanswered' | 'no_number_assigned';

export interface StageGateBlock {
  id: StageGateId;
  message: { zh: string; en: string };
}

/**
 * What the gates look at. A fact is null while the feature behind it (comment periods, dispositions, review
 * votes) has no record for this standard, and a gate whose fact is null does not block.
 */
export interface StageGateFacts {
  commentPeriodEndsAt: Date | null;
  commentsWithoutDisposition: number | null;
  reviewPassedOnCurrentDraft: boolean | null;
  /** Review opinions of the latest review the working group has not answered yet. */
  reviewOpinionsWithoutAnswer: number | null;
  /** Whether the secretariat has assigned the number of the edition to publish (批准 → 编号). */
  editionNumberAssigned: boolean | null;
}

interface StageGate {
  id: StageGateId;
  applies(from: Stage, to: Stage): boolean;
  /** `timeZone` is the body's: the dates a message prints are dates there. */
  blocks(facts: StageGateFacts, now: Date, timeZone: string): StageGateBlock['message'] | null;
}

export const stageGates: readonly StageGate[] = [
  {
    id: 'comment_period_not_ended',
    // Going back to 起草 closes the running period instead (see moveStage); 技术审查 waits for its end or an early close.
    applies: (from, to) => from === 'public_comment' && to !== 'drafting',
    blocks: ({ commentPeriodEndsAt }, now, timeZone) =>
      commentPeriodEndsAt !== null && commentPeriodEndsAt.getTime() > now.getTime()
        ? {
            zh: `征求意见期要到 ${bodyDateKey(commentPeriodEndsAt, timeZone)} 才结束，结束后才能离开征求意见阶段。`,
            en: `The comment period ends on ${bodyDateKey(commentPeriodEndsAt, timeZone)}; the standard can leave public comment only after that.`,
          }
        : null,
  },
  {
    id: 'comments_without_disposition',
    applies: (_from, to) => to === 'technical_review',
    blocks: ({ commentsWithoutDisposition }) =>
      commentsWithoutDisposition !== null && commentsWithoutDisposition > 0
        ? {
            zh: `还有 ${commentsWithoutDisposition} 条意见没有处理意见；逐条处理后才能进入技术审查。`,
            en: `${commentsWithoutDisposition} comments have no disposition yet; dispose of each one before technical review.`,
          }
        : null,
  },
  {
    id: 'no_passed_review',
    applies: (_from, to) => to === 'approval',
    blocks: ({ reviewPassedOnCurrentDraft }) =>
      reviewPassedOnCurrentDraft === false
        ? {
            zh: '当前送审稿还没有通过技术审查表决：在“技术审查”页创建审查、组织表决，表决通过后才能进入批准阶段。',
            en: 'The current 送审稿 has no passed review vote: create a review on the Reviews page and hold the vote; the standard can enter approval once it passes.',
          }
        : null,
  },
  {
    id: 'review_opinions_unanswered',
    applies: (_from, to) => to === 'approval',
    blocks: ({ reviewOpinionsWithoutAnswer }) =>
      reviewOpinionsWithoutAnswer !== null && reviewOpinionsWithoutAnswer > 0
        ? {
            zh: `还有 ${reviewOpinionsWithoutAnswer} 条审查意见没有答复；起草工作组逐条答复（采纳或不采纳并说明理由）后才能进入批准阶段。`,
            en: `${reviewOpinionsWithoutAnswer} review opinions have no answer yet; the working group answers each (accepted, or not accepted with the reason) before approval.`,
          }
        : null,
  },
  {
    id: 'no_number_assigned',
    applies: (from, to) => from === 'approval' && to === 'published',
    blocks: ({ editionNumberAssigned }) =>
      editionNumberAssigned === false
        ? {
            zh: '还没有编号：先在“编号”一栏为本标准分配标准编号（T/团体代号 顺序号—年份），然后才能发布。',
            en: 'No number yet: assign the standard number (T/<body code> <sequence>—<year>) under “Number” first; then it can be published.',
          }
        : null,
  },
];

/** The first gate that blocks the move, or null when the move may go ahead. */
export function blockingGate(from: Stage, to: Stage, facts: StageGateFacts, now: Date, timeZone: string = defaultBodyTimeZone): StageGateBlock | null {
  for (const gate of stageGates) {
    if (!gate.applies(from, to)) continue;
    const message = gate.blocks(facts, now, timeZone);
    if (message) return { id: gate.id, message };
  }
  return null;
}

/** Facts for a standard, as recorded now. */
export function stageGateFacts(database: Database, standardId: string): StageGateFacts {
  return {
    commentPeriodEndsAt: latestCommentPeriodOf(database, standardId)?.endsAt ?? null,
    commentsWithoutDisposition: countCommentsWithoutDisposition(database, standardId),
    reviewPassedOnCurrentDraft: latestReviewPassed(database, standardId),
    reviewOpinionsWithoutAnswer: unansweredOpinionsOfLatestReview(database, standardId),
    editionNumberAssigned: unpublishedEditionOf(database, standardId) !== undefined,
  };
}
