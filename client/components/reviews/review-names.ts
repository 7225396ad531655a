import type { meetingModes } from '../../../shared/api/reviews';
import type { PanelPosition } from '../../../shared/domain/review/eligibility';
import type { ReviewKind } from '../../../shared/domain/review/rule-sets';
import type { Outcome, Vote } from '../../../shared/domain/review/tally';
import type { MessageKey } from '../../i18n/chinese';
import { translate } from '../../i18n/translate';

export type MeetingMode = (typeof meetingModes)[number];

const kindKeys: Record<ReviewKind, MessageKey> = { meeting: 'reviewKindMeeting', correspondence: 'reviewKindCorrespondence' };
const modeKeys: Record<MeetingMode, MessageKey> = { in_person: 'reviewModeInPerson', online: 'reviewModeOnline', hybrid: 'reviewModeHybrid' };
const positionKeys: Record<PanelPosition, MessageKey> = { chair: 'panelPositionChair', vice_chair: 'panelPositionViceChair', member: 'panelPositionMember' };
const voteKeys: Record<Vote, MessageKey> = { yes: 'voteYes', no: 'voteNo', abstain: 'voteAbstain' };
const outcomeKeys: Record<Outcome, MessageKey> = { passed: 'reviewOutcomePassed', failed: 'reviewOutcomeFailed', no_quorum: 'reviewOutcomeNoQuorum' };
const motionStateKeys: Record<'created' | 'open' | 'closed', MessageKey> = { created: 'motionStateCreated', open: 'motionStateOpen', closed: 'motionStateClosed' };

export const reviewKindName = (kind: ReviewKind): string => translate(kindKeys[kind]);
export const meetingModeName = (mode: MeetingMode): string => translate(modeKeys[mode]);
export const panelPositionName = (position: PanelPosition): string => translate(positionKeys[position]);
export const voteName = (vote: Vote): string => translate(voteKeys[vote]);
export const outcomeName = (outcome: Outcome): string => translate(outcomeKeys[outcome]);
export const motionStateName = (state: 'created' | 'open' | 'closed'): string => translate(motionStateKeys[state]);
