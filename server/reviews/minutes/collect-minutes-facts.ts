import { describeTally } from '../../../shared/domain/review/describe-tally';
import { ineligibilityWords } from '../../../shared/domain/review/eligibility';
import type { Outcome } from '../../../shared/domain/review/tally';
import { formatStandardNumber } from '../../../shared/domain/standard-number';
import type { Database } from '../../db/client';
import { listMotions, listOpinionResponses, listOpinions } from '../../db/repos/review-motions';
import { findUsersByIds, listAttachments, listPanel, presentUserIds, type ReviewRecord } from '../../db/repos/reviews';
import type { StandardRecord } from '../../db/repos/standards';
import { findVersion } from '../../db/repos/versions';
import { latestSignedCheckpoint } from '../../ledger/latest-checkpoint';
import type { LedgerSigningKey } from '../../ledger/signing-key';
import { tallySchema } from '../../../shared/api/reviews';
import { presentMotion } from '../../http/presenters/present-motion';
import { rosterOfMotion, ruleSetOfReview } from '../review-facts';
import type { ReviewMinutesFacts } from './minutes-facts';

function conclusionOf(outcome: Outcome | null, standardTitle: string, kind: ReviewRecord['kind']): string {
  const review = kind === 'meeting' ? '审查会' : '函审';
  switch (outcome) {
    case 'passed':
      return `经表决，《${standardTitle}》送审稿通过技术审查。起草工作组应按审查意见修改，形成报批稿。`;
    case 'failed':
      return `经表决，《${standardTitle}》送审稿未通过技术审查。起草工作组应修改后重新提交审查。`;
    case 'no_quorum':
      return kind === 'meeting' ? '出席专家未达法定人数，本次审查会须重新召开。' : '返回的表决单未达规定比例，本次函审须重新进行。';
    default:
      return `本次${review}对送审稿的表决尚未结束。`;
  }
}

export interface CollectMinutesFactsProps {
  database: Database;
  ledgerSigningKey: LedgerSigningKey;
  review: ReviewRecord;
  standard: StandardRecord;
  bodyTimeZone: string;
  now: Date;
}

/** Reads the frozen records of a review into what the minutes print. */
export function collectMinutesFacts({ database, ledgerSigningKey, review, standard, bodyTimeZone, now }: CollectMinutesFactsProps): ReviewMinutesFacts {
  const ruleSet = ruleSetOfReview(review);
  const panel = listPanel(database, review.id);
  const present = presentUserIds(database, review.id);
  const motions = listMotions(database, review.id);
  const roster = new Map(motions.flatMap((motion) => rosterOfMotion(motion)).map((entry) => [entry.userId, entry]));
  const opinions = listOpinions(database, review.id);
  const writers = findUsersByIds(database, opinions.map((opinion) => opinion.writtenBy));
  const version = findVersion(database, review.standardId, review.versionId)?.version;
  const checkpoint = latestSignedCheckpoint(database, ledgerSigningKey, now);
  const approval = motions.find((motion) => motion.kind === 'approve_draft');
  return {
    kind: review.kind,
    standardTitle: standard.title,
    standardNumber: formatStandardNumber(standard.bodyCode, standard.sequenceNumber),
    reviewTitle: review.title,
    ruleSetName: ruleSet.name.zh,
    startsAt: review.startsAt,
    mode: review.mode,
    location: review.location,
    onlineLink: review.onlineLink,
    opensAt: review.opensAt,
    closesAt: review.closesAt,
    chair: panel.find(({ seat }) => seat.position === 'chair')?.user.displayName ?? null,
    panel: panel.map(({ seat, user }) => {
      const decided = roster.get(seat.userId);
      return {
        displayName: user.displayName,
        organisation: seat.organisation,
        title: seat.title,
        position: seat.position,
        present: present.has(seat.userId),
        eligible: decided?.eligible ?? true,
        ineligibleBecause: decided?.reason ? ineligibilityWords[decided.reason].zh : null,
      };
    }),
    documents: [
      { name: `送审稿：${version?.name ?? review.versionId}`, sha256: review.versionHash },
      ...(review.materialsCheckpointHash ? [{ name: '征求意见汇总处理表（记录日志检查点）', sha256: review.materialsCheckpointHash }] : []),
      ...listAttachments(database, review.id).map((attachment) => ({ name: attachment.filename, sha256: attachment.sha256 })),
    ],
    opinions: opinions.map((opinion) => {
      const response = listOpinionResponses(database, opinion.id).at(-1);
      return { text: opinion.text, writtenBy: writers.get(opinion.writtenBy)?.displayName ?? '', response: response ? { decision: response.decision, reason: response.reason } : null };
    }),
    motions: motions.map((motion) => {
      const shown = presentMotion(database, review, motion, '');
      const tally = motion.tally === null ? null : tallySchema.parse(motion.tally);
      return {
        title: motion.title,
        state: motion.state,
        openedAt: motion.openedAt,
        closedAt: motion.closedAt,
        tally,
        tallyInWords: tally ? describeTally(tally, ruleSet, 'zh') : null,
        rollCall: shown.rollCall.filter((entry) => entry.eligible).map((entry) => ({ displayName: entry.displayName, organisation: entry.organisation, vote: entry.vote, voteReason: entry.voteReason, enteredFromPaper: entry.enteredFromPaper })),
      };
    }),
    conclusion: conclusionOf(approval?.outcome ?? null, standard.title, review.kind),
    checkpoint: checkpoint.treeSize > 0 ? { sequence: checkpoint.treeSize, hash: checkpoint.checkpointHash } : null,
    timeZone: bodyTimeZone,
    generatedAt: now,
  };
}
