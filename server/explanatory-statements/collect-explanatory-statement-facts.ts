import { tallySchema } from '../../shared/api/reviews';
import type { ExplanatoryStatementFacts } from '../../shared/document/explanatory-statement/explanatory-statement-facts';
import { describeTally } from '../../shared/domain/review/describe-tally';
import { isMemberRole } from '../../shared/domain/roles';
import { isStage } from '../../shared/domain/stages';
import { bodyDateKey } from '../../shared/time/body-time';
import { decisionsOfComments } from '../commands/comment-decisions';
import type { Database } from '../db/client';
import { listCommentsOfStandard } from '../db/repos/comments';
import { listMembersWithUsers } from '../db/repos/members';
import { listReviewsOfStandard } from '../db/repos/reviews';
import { listStageMoves } from '../db/repos/stage-moves';
import { findStakeholderProfile } from '../db/repos/stakeholder-profiles';
import type { StandardRecord } from '../db/repos/standards';
import { approvalMotionOf, ruleSetOfMotion } from '../reviews/review-facts';

function commentFacts(database: Database, standardId: string): ExplanatoryStatementFacts['comments'] {
  const comments = listCommentsOfStandard(database, standardId);
  const decisions = decisionsOfComments(database, comments.map((entry) => entry.comment.id));
  const counts = { total: comments.length, organisations: 0, accepted: 0, partiallyAccepted: 0, notAccepted: 0, undecided: 0, withdrawn: 0 };
  counts.organisations = new Set(comments.map((entry) => entry.organisation ?? entry.displayName)).size;
  for (const { comment } of comments) {
    const decision = decisions.get(comment.id)?.inForce?.disposition.decision;
    if (comment.status === 'withdrawn') counts.withdrawn += 1;
    else if (decision === 'accepted') counts.accepted += 1;
    else if (decision === 'partially_accepted') counts.partiallyAccepted += 1;
    else if (decision === 'not_accepted') counts.notAccepted += 1;
    else counts.undecided += 1;
  }
  return counts;
}

function reviewFacts(database: Database, standardId: string, timeZone: string): ExplanatoryStatementFacts['reviews'] {
  return listReviewsOfStandard(database, standardId).map((review) => {
    const motion = approvalMotionOf(database, review.id);
    const tally = motion?.tally ? tallySchema.safeParse(motion.tally) : null;
    const result = motion && tally?.success ? describeTally(tally.data, ruleSetOfMotion(motion, review), 'zh') : null;
    const date = review.startsAt ?? motion?.closedAt ?? null;
    return { title: review.title, kind: review.kind, date: date ? bodyDateKey(date, timeZone) : null, result };
  });
}

/** Reads the facts a 编制说明 is seeded with from the members, stage moves, comments and reviews of the standard. */
export function collectExplanatoryStatementFacts(database: Database, standard: StandardRecord, timeZone: string): ExplanatoryStatementFacts {
  const members = listMembersWithUsers(database, standard.id).flatMap(({ member, user }) =>
    isMemberRole(member.role) ? [{ name: user.displayName, organisation: findStakeholderProfile(database, user.id)?.organisation ?? null, role: member.role }] : [],
  );
  const stageMoves = listStageMoves(database, standard.id).flatMap(({ move }) =>
    isStage(move.fromStage) && isStage(move.toStage) ? [{ from: move.fromStage, to: move.toStage, date: bodyDateKey(move.movedAt, timeZone) }] : [],
  );
  return { title: standard.title, members, stageMoves, comments: commentFacts(database, standard.id), reviews: reviewFacts(database, standard.id, timeZone) };
}
