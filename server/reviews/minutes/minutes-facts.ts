import type { PanelPosition } from '../../../shared/domain/review/eligibility';
import type { ReviewKind } from '../../../shared/domain/review/rule-sets';
import type { Tally, Vote } from '../../../shared/domain/review/tally';

/** One panel member as the minutes list them: the signature sheet and the attendance. */
export interface MinutesPanelMember {
  displayName: string;
  organisation: string;
  title: string | null;
  position: PanelPosition;
  present: boolean;
  eligible: boolean;
  /** Why the member could not vote, in the minutes' language. */
  ineligibleBecause: string | null;
}

export interface MinutesRollCallEntry {
  displayName: string;
  organisation: string;
  vote: Vote | null;
  voteReason: string | null;
  enteredFromPaper: boolean;
}

export interface MinutesMotion {
  title: string;
  state: 'created' | 'open' | 'closed';
  openedAt: Date | null;
  closedAt: Date | null;
  tally: Tally | null;
  /** The tally in words, e.g. "12 名有表决权专家，出席 9 名（法定人数 8 名），需同意 7 票，实得 7 票：通过". */
  tallyInWords: string | null;
  rollCall: MinutesRollCallEntry[];
}

export interface MinutesOpinion {
  text: string;
  writtenBy: string;
  response: { decision: 'accepted' | 'not_accepted'; reason: string | null } | null;
}

/** Everything the minutes (会议纪要 / 函审结论) print, read from the frozen records. */
export interface ReviewMinutesFacts {
  kind: ReviewKind;
  /** The standard's title and its number or draft label. */
  standardTitle: string;
  standardNumber: string | null;
  reviewTitle: string;
  ruleSetName: string;
  /** Meetings. */
  startsAt: Date | null;
  mode: 'in_person' | 'online' | 'hybrid' | null;
  location: string | null;
  onlineLink: string | null;
  /** Correspondence ballots. */
  opensAt: Date | null;
  closesAt: Date | null;
  chair: string | null;
  panel: MinutesPanelMember[];
  documents: Array<{ name: string; sha256: string }>;
  opinions: MinutesOpinion[];
  motions: MinutesMotion[];
  /** The conclusion on the 送审稿, in words. */
  conclusion: string;
  /** The record log's latest signed checkpoint when the minutes were made, for anyone to check them against. */
  checkpoint: { sequence: number; hash: string } | null;
  /** Dates are printed in the body's time zone. */
  timeZone: string;
  generatedAt: Date;
}
