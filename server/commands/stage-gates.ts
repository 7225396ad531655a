import type { Stage } from '../../shared/domain/stages';
import type { Database } from '../db/client';
import { latestCommentPeriodOf } from '../db/repos/comment-periods';
import { countCommentsWithoutDisposition } from './comment-dashboard';

export type StageGateId = 'comment_period_not_ended' | 'comments_without_disposition' | 'no_passed_review';

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
}

interface StageGate {
  id: StageGateId;
  applies(from: Stage, to: Stage): boolean;
  blocks(facts: StageGateFacts, now: Date): StageGateBlock['message'] | null;
}

export const stageGates: readonly StageGate[] = [
  {
    id: 'comment_period_not_ended',
    applies: (from) => from === 'public_comment',
    blocks: ({ commentPeriodEndsAt }, now) =>
      commentPeriodEndsAt !== null && commentPeriodEndsAt.getTime() > now.getTime()
        ? {
            zh: `征求意见期要到 ${commentPeriodEndsAt.toISOString().slice(0, 10)} 才结束，结束后才能离开征求意见阶段。`,
            en: `The comment period ends on ${commentPeriodEndsAt.toISOString().slice(0, 10)}; the standard can leave public comment only after that.`,
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
            zh: '当前送审稿还没有通过技术审查表决，不能进入批准阶段。',
            en: 'The current 送审稿 has no passed review vote, so the standard cannot enter approval.',
          }
        : null,
  },
];

/** The first gate that blocks the move, or null when the move may go ahead. */
export function blockingGate(from: Stage, to: Stage, facts: StageGateFacts, now: Date): StageGateBlock | null {
  for (const gate of stageGates) {
    if (!gate.applies(from, to)) continue;
    const message = gate.blocks(facts, now);
    if (message) return { id: gate.id, message };
  }
  return null;
}

/** Facts for a standard. Review votes are not recorded yet, so that fact is unknown. */
export function stageGateFacts(database: Database, standardId: string): StageGateFacts {
  return {
    commentPeriodEndsAt: latestCommentPeriodOf(database, standardId)?.endsAt ?? null,
    commentsWithoutDisposition: countCommentsWithoutDisposition(database, standardId),
    reviewPassedOnCurrentDraft: null,
  };
}
