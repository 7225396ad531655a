import type { Motion, Review } from '../../../shared/api/reviews';
import { formatFraction } from '../../../shared/domain/review/fraction';
import { tallyBallots } from '../../../shared/domain/review/tally';
import { translate } from '../../i18n/translate';

/**
 * The count while a motion is open, from who is present and who has voted (not how): the shared tally with every
 * ballot read as an abstention gives the quorum and, unless the threshold counts only votes for and against, the
 * votes needed.
 */
export function liveCountInWords(review: Review, motion: Motion): string {
  const ruleSet = review.ruleSet;
  const eligibleVoterIds = review.panel.filter((member) => member.eligible).map((member) => member.userId);
  const tally = tallyBallots({
    ruleSet,
    eligibleVoterIds,
    presentVoterIds: review.panel.filter((member) => member.present).map((member) => member.userId),
    ballots: motion.votedUserIds.map((voterId) => ({ voterId, vote: 'abstain', reason: null })),
  });
  const parts = [translate('liveCountVoted', { voted: motion.votedUserIds.length, eligible: motion.eligibleCount })];
  if (ruleSet.participation === 'attendance') {
    parts.push(tally.quorumNeeded === null ? translate('liveCountPresent', { present: tally.participating }) : translate('liveCountPresentWithQuorum', { present: tally.participating, quorum: tally.quorumNeeded }));
  } else if (tally.quorumNeeded !== null) {
    parts.push(translate('liveCountReturnedQuorum', { quorum: tally.quorumNeeded }));
  }
  parts.push(ruleSet.pass.base === 'cast' ? translate('liveCountYesShareOfCast', { share: formatFraction(ruleSet.pass.share) }) : translate('liveCountYesNeeded', { yes: tally.yesNeeded }));
  return parts.join(translate('ruleSeparator'));
}
