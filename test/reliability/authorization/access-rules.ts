import type { PanelPosition } from '../../../shared/domain/review/eligibility';
import { roleCanEditDraft, type MemberRole } from '../../../shared/domain/roles';
import { canRefreshExplanatoryStatementFacts } from '../../../server/policies/explanatory-statement-policy';
import { canManagePublications, canReadPublications } from '../../../server/policies/publication-policy';
import { canHandleComplaints } from '../../../server/policies/complaint-policy';
import { canHandleFeedback } from '../../../server/policies/feedback-policy';
import { canAnswerReviewOpinions, canChairReview, canCreateReview, canManageReview, canReadReview, type ReviewPlace } from '../../../server/policies/review-policy';
import {
  canAssignComment,
  canDisposeComment,
  canManageCommentPeriods,
  canReadStandardComments,
  canReplyToComment,
} from '../../../server/policies/comment-policy';
import {
  canEditDraft,
  canFreezeVersion,
  canManageMembers,
  canMoveStage,
  canRestoreVersion,
  canViewStandard,
  draftAccess,
  type StandardMembership,
} from '../../../server/policies/standard-policy';

/** What a request gets: the endpoint's success status, or one of the refusals. */
export type Outcome = 'allowed' | 'unauthenticated' | 'forbidden' | 'hidden';

/** Who asks, as far as the policies care: signed-in facts and the membership in the standard the request is about. */
export interface Asker {
  siteAdministrator: boolean;
  membership: StandardMembership | null;
  /** Whether the asker wrote the comment the request is about. */
  isCommentAuthor: boolean;
  /** The asker's seat on the panel of the review the request is about. */
  panelPosition: PanelPosition | null;
}

/** Decides the outcome for a signed-in asker; people who are not signed in get 401 wherever the contract requires a session. */
export type AccessRule = (asker: Asker) => Outcome;

const everyone: AccessRule = () => 'allowed';

/** Non-members get the same 404 as for a standard that does not exist; members without the right get 403. */
function members(may: (membership: StandardMembership) => boolean): AccessRule {
  return ({ membership }) => (membership === null ? 'hidden' : may(membership) ? 'allowed' : 'forbidden');
}

/** A comment is visible to the working group of its standard and to its author; what each may do is `may`. */
function commentReaders(may: (membership: StandardMembership | null, isCommentAuthor: boolean) => boolean): AccessRule {
  return ({ membership, isCommentAuthor }) => (membership === null && !isCommentAuthor ? 'hidden' : may(membership, isCommentAuthor) ? 'allowed' : 'forbidden');
}

/** A review is visible to the working group of its standard and to its panel; what each may do is `may`. */
function reviewReaders(may: (place: ReviewPlace) => boolean): AccessRule {
  return ({ membership, panelPosition }) => {
    const place = { membership, panelPosition };
    return !canReadReview(place) ? 'hidden' : may(place) ? 'allowed' : 'forbidden';
  };
}

const readers = members(canViewStandard);
const reviewReadersOnly = reviewReaders(() => true);
const siteAdministrators: AccessRule = ({ siteAdministrator }) => (siteAdministrator ? 'allowed' : 'forbidden');
const commentReadersOnly = commentReaders(() => true);

/**
 * THE policy table: for every endpoint of `shared/api/contract.ts`, who may call it, written with the server's own
 * policy functions. The authorization matrix derives its expected outcome for every role from this table alone.
 */
export const accessRules: Record<string, AccessRule> = {
  health: everyone,
  meta: everyone,
  signup: everyone,
  login: everyone,
  logout: everyone,
  me: everyone,
  createStandard: everyone,
  listStandards: everyone,
  getStandard: readers,
  listMembers: readers,
  addMember: members(canManageMembers),
  changeMemberRole: members(canManageMembers),
  removeMember: members(canManageMembers),
  collaborationTicket: members((membership) => draftAccess(membership) !== 'none'),
  outline: readers,
  lint: readers,
  lintRules: everyone,
  importStandardFromWord: everyone,
  replaceDraftFromWord: members(canEditDraft),
  uploadImage: members(canEditDraft),
  image: readers,
  createVersion: members(canFreezeVersion),
  listVersions: readers,
  versionDocument: readers,
  versionOutline: readers,
  standardDocumentDocx: readers,
  versionDocumentDocx: readers,
  explanatoryStatementDocx: readers,
  explanatoryStatementPdf: readers,
  versionExplanatoryStatementDocx: readers,
  versionExplanatoryStatementPdf: readers,
  commentPeriodExplanatoryStatementDocx: everyone,
  commentPeriodExplanatoryStatementPdf: everyone,
  reviewExplanatoryStatementDocx: reviewReadersOnly,
  reviewExplanatoryStatementPdf: reviewReadersOnly,
  refreshExplanatoryStatementFacts: members(canRefreshExplanatoryStatementFacts),
  standardDocumentPdf: readers,
  liveDraftDocument: readers,
  versionDocumentPdf: readers,
  restoreVersion: members(canRestoreVersion),
  compare: readers,
  redline: readers,
  stageOverview: readers,
  moveStage: members(canMoveStage),
  clauseHistory: readers,
  openCommentPeriod: members(canManageCommentPeriods),
  standardCommentPeriods: readers,
  // A period's metadata is public, so refusing a non-member with 403 hides nothing.
  commentPeriod: everyone,
  extendCommentPeriod: ({ membership }) => (canManageCommentPeriods(membership) ? 'allowed' : 'forbidden'),
  closeCommentPeriod: ({ membership }) => (canManageCommentPeriods(membership) ? 'allowed' : 'forbidden'),
  commentPeriodDocument: everyone,
  commentPeriodInvitations: members(canManageCommentPeriods),
  inviteToCommentPeriod: members(canManageCommentPeriods),
  blankCommentTemplate: everyone,
  importComments: everyone,
  stakeholderProfile: everyone,
  saveStakeholderProfile: everyone,
  submitComment: everyone,
  myComments: everyone,
  editComment: ({ isCommentAuthor }) => (isCommentAuthor ? 'allowed' : 'hidden'),
  withdrawComment: ({ isCommentAuthor }) => (isCommentAuthor ? 'allowed' : 'hidden'),
  standardComments: members(canReadStandardComments),
  commentDashboard: members(canReadStandardComments),
  commentTable: members(canReadStandardComments),
  commentReplies: commentReadersOnly,
  replyToComment: commentReaders((membership) => canReplyToComment(membership)),
  assignComment: commentReaders((membership) => canAssignComment(membership)),
  recordDisposition: commentReaders((membership) => canDisposeComment(membership)),
  dispositionHistory: commentReadersOnly,
  reactToDisposition: commentReaders((_membership, isCommentAuthor) => isCommentAuthor),
  ledgerPublicKey: everyone,
  ledgerCheckpoint: everyone,
  ledgerVerify: everyone,
  ledgerExport: ({ siteAdministrator }) => (siteAdministrator ? 'allowed' : 'forbidden'),
  standardLedgerExport: readers,
  publicCheckpointLookup: everyone,
  publicExportVerification: everyone,
  // Published standards are public: their pages, files, catalogue and feed answer everybody alike.
  publicCatalogue: everyone,
  publicStandard: everyone,
  publicStandardPage: everyone,
  publicStandardDocx: everyone,
  publicStandardPdf: everyone,
  publicCataloguePage: everyone,
  publicFeed: everyone,
  listRuleSets: everyone,
  createRuleSet: siteAdministrators,
  setDefaultRuleSet: siteAdministrators,
  createReview: members(canCreateReview),
  standardReviews: readers,
  myReviews: everyone,
  review: reviewReadersOnly,
  setReviewPanel: reviewReaders(canManageReview),
  publishReviewMaterials: reviewReaders(canManageReview),
  // Panel members check themselves in; the secretariat and the chair record anyone's attendance.
  recordAttendance: reviewReaders((place) => canChairReview(place) || place.panelPosition !== null),
  recordReviewOpinion: reviewReaders(canChairReview),
  answerReviewOpinion: reviewReaders(canAnswerReviewOpinions),
  reviewDocument: reviewReadersOnly,
  reviewCommentTable: reviewReadersOnly,
  addReviewAttachment: reviewReaders(canManageReview),
  reviewAttachment: reviewReadersOnly,
  reviewMinutes: reviewReadersOnly,
  addMotion: reviewReaders(canChairReview),
  motion: reviewReadersOnly,
  openMotion: reviewReaders(canChairReview),
  closeMotion: reviewReaders(canChairReview),
  // Only members the rule set lets vote: drafters on the panel and people not on it are refused (403 not_eligible).
  assignNumber: members(canManagePublications),
  nextNumber: members(canReadPublications),
  standardPublications: members(canReadPublications),
  publishedDocx: members(canManagePublications),
  publishedPdf: members(canManagePublications),
  startPeriodicReview: members(canManagePublications),
  concludePeriodicReview: members(canManagePublications),
  dueReviews: everyone,
  // Feedback and complaints are about a published edition: anyone signed in sends them; its secretariat handles them.
  publicEditionOutline: everyone,
  submitFeedback: everyone,
  standardFeedback: members(canHandleFeedback),
  answerFeedback: members(canHandleFeedback),
  myFeedback: everyone,
  lodgeComplaint: everyone,
  standardComplaints: members(canHandleComplaints),
  takeComplaintStep: members(canHandleComplaints),
  myComplaints: everyone,
  // The case is the stakeholder's; only the complainant and the standard's secretariat may read it.
  myComplaint: ({ membership, isCommentAuthor }) => (isCommentAuthor || canHandleComplaints(membership) ? 'allowed' : 'hidden'),
  castBallot: reviewReaders(({ membership, panelPosition }) => panelPosition !== null && (membership === null || !roleCanEditDraft(membership.role))),
};

/** The people the matrix asks as: every member role of standard A, a registered commenter, a site administrator, nobody. */
export const askers = ['anonymous', 'stakeholder', 'observer', 'reviewer', 'drafter', 'convenor', 'secretariat', 'siteAdministrator', 'panelMember'] as const satisfies readonly (
  | MemberRole
  | 'anonymous'
  | 'stakeholder'
  | 'siteAdministrator'
  | 'panelMember'
)[];

export type AskerName = (typeof askers)[number];
