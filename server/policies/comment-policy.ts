import type { StandardMembership } from './standard-policy';

/** Plain facts about a comment period, as of a moment. */
export interface CommentPeriodFacts {
  startsAt: Date;
  endsAt: Date;
}

export function isCommentPeriodOpen(period: CommentPeriodFacts, now: Date): boolean {
  return period.startsAt.getTime() <= now.getTime() && now.getTime() < period.endsAt.getTime();
}

/** The frozen draft of a period is public from its start; the working group reads it before. */
export function canReadPeriodDraft(period: CommentPeriodFacts, membership: StandardMembership | null, now: Date): boolean {
  return membership !== null || period.startsAt.getTime() <= now.getTime();
}

/** Only the secretariat opens and extends comment periods. */
export function canManageCommentPeriods(membership: StandardMembership | null): boolean {
  return membership?.role === 'secretariat';
}

/** Any signed-in person may comment while the period is open; the server enforces the end time. */
export function canSubmitComment(period: CommentPeriodFacts, now: Date): boolean {
  return isCommentPeriodOpen(period, now);
}

/** Commenters edit or withdraw their own comments, and only until the period ends. */
export function canChangeComment(actorId: string, comment: { authorId: string; status: string }, period: CommentPeriodFacts, now: Date): boolean {
  return comment.authorId === actorId && comment.status === 'open' && isCommentPeriodOpen(period, now);
}

/** The working group reads every comment of its standard. */
export function canReadStandardComments(membership: StandardMembership | null): boolean {
  return membership !== null;
}

/** The people who draft answer comments, as internal notes or public replies. */
export function canReplyToComment(membership: StandardMembership | null): boolean {
  return membership !== null && ['secretariat', 'convenor', 'drafter'].includes(membership.role);
}

/** The secretariat and the convenor hand comments to drafters. */
export function canAssignComment(membership: StandardMembership | null): boolean {
  return membership?.role === 'secretariat' || membership?.role === 'convenor';
}

/** A commenter sees the public replies to their own comment; the working group sees the whole thread. */
export function visibleReplyKinds(membership: StandardMembership | null, actorId: string, comment: { authorId: string }): ReadonlySet<string> {
  if (membership !== null) return new Set(['internal', 'public']);
  return comment.authorId === actorId ? new Set(['public']) : new Set();
}

/** The people who draft decide on comments: 采纳, 部分采纳, 不采纳 or 待定. */
export function canDisposeComment(membership: StandardMembership | null): boolean {
  return canReplyToComment(membership);
}

/** A disposition that still says 待定 is not an answer yet, and blocks the move to technical review. */
export function isFinalDecision(decision: string): boolean {
  return decision === 'accepted' || decision === 'partially_accepted' || decision === 'not_accepted';
}

/** Only the commenter answers, and only a final disposition. */
export function canReactToDisposition(actorId: string, comment: { authorId: string }, inForce: { decision: string } | null): boolean {
  return comment.authorId === actorId && inForce !== null && isFinalDecision(inForce.decision);
}
