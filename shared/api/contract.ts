import type { z } from 'zod';
import {
  loginRequestSchema,
  meResponseSchema,
  signupRequestSchema,
} from './auth';
import { collaborationTicketRequestSchema, collaborationTicketResponseSchema } from './collab';
import { refreshExplanatoryStatementFactsResponseSchema } from './explanatory-statements';
import { complaintListResponseSchema, complaintSchema, complaintStepRequestSchema, lodgeComplaintRequestSchema } from './complaints';
import { answerFeedbackRequestSchema, feedbackListResponseSchema, feedbackSchema, myFeedbackResponseSchema, publicEditionOutlineResponseSchema, submitFeedbackRequestSchema } from './feedback';
import {
  ledgerCheckpointResponseSchema,
  ledgerExportSchema,
  ledgerPublicKeyResponseSchema,
  ledgerVerificationSchema,
  publicCheckpointLookupSchema,
  publicExportVerificationSchema,
} from './ledger';
import {
  addMotionRequestSchema,
  attachmentQuerySchema,
  attachmentSchema,
  attendanceRequestSchema,
  ballotRequestSchema,
  ballotSchema,
  createReviewRequestSchema,
  createRuleSetRequestSchema,
  defaultRuleSetRequestSchema,
  minutesQuerySchema,
  motionSchema,
  opinionRequestSchema,
  opinionResponseRequestSchema,
  reviewAttachmentContentTypes,
  reviewListResponseSchema,
  reviewSchema,
  ruleSetListResponseSchema,
  setPanelRequestSchema,
} from './reviews';
import { commentImportContentTypes, commentImportResponseSchema } from './comment-import';
import { commentTableContentTypes, commentTableQuerySchema } from './comment-table';
import {
  commentListResponseSchema,
  standardCommentsQuerySchema,
  commentPeriodListResponseSchema,
  commentPeriodDocumentResponseSchema,
  assignCommentRequestSchema,
  assignCommentResponseSchema,
  commentPeriodSchema,
  createCommentPeriodRequestSchema,
  editCommentRequestSchema,
  extendCommentPeriodRequestSchema,
  closeCommentPeriodRequestSchema,
  replyListResponseSchema,
  replyRequestSchema,
  replySchema,
  stakeholderProfileSchema,
  submitCommentRequestSchema,
  submittedCommentSchema,
} from './comments';
import { commentDashboardSchema, dispositionHistoryResponseSchema, dispositionSchema, reactionRequestSchema, reactionSchema, recordDispositionRequestSchema } from './dispositions';
import { lintResponseSchema, lintRulesResponseSchema, outlineResponseSchema } from './document-structure';
import { invitationListResponseSchema, inviteRequestSchema } from './invitations';
import { emptyResponseSchema, healthResponseSchema } from './health';
import { metaResponseSchema } from './meta';
import {
  assignNumberRequestSchema,
  concludePeriodicReviewRequestSchema,
  dueReviewListResponseSchema,
  editionSchema,
  nextNumberResponseSchema,
  periodicReviewSchema,
  publicationListResponseSchema,
  startPeriodicReviewRequestSchema,
} from './publications';
import { catalogueQuerySchema, publicCatalogueResponseSchema, publicStandardSchema } from './public-standards';
import { uploadedImageSchema } from './images';
import { draftImportResponseSchema, standardImportResponseSchema, wordDocumentContentType } from './word-import';
import {
  clauseHistoryQuerySchema,
  clauseHistoryResponseSchema,
  compareQuerySchema,
  comparisonResponseSchema,
  createVersionRequestSchema,
  stageMoveRequestSchema,
  stageOverviewResponseSchema,
  versionDocumentResponseSchema,
  liveDraftDocumentResponseSchema,
  versionListResponseSchema,
  versionSchema,
} from './versions';
import {
  addMemberRequestSchema,
  changeMemberRoleRequestSchema,
  createStandardRequestSchema,
  memberListResponseSchema,
  memberSchema,
  standardListQuerySchema,
  standardListResponseSchema,
  standardSchema,
} from './standards';

export interface Endpoint {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI-style path, e.g. `/api/standards/{id}`. */
  path: string;
  summary: string;
  requiresSession: boolean;
  request?: z.ZodType;
  /** Query parameters, each a string. */
  query?: z.ZodObject;
  /** A request body that is not JSON, e.g. image bytes. */
  rawRequestContentTypes?: readonly string[];
  /** A response that is not JSON. */
  rawResponseContentTypes?: readonly string[];
  successStatus: 200 | 201 | 204;
  response?: z.ZodType;
}

/** An endpoint that answers with JSON described by a schema. */
export type JsonEndpoint = Endpoint & { response: z.ZodType };

const attachmentContentTypeList: readonly string[] = reviewAttachmentContentTypes;

/** Every endpoint of the public API; the OpenAPI document is generated from this list. */
export const endpoints = {
  health: { method: 'get', path: '/api/health', summary: 'Whether the database, the update-log thread and the record-log signer work (503 when one does not)', requiresSession: false, successStatus: 200, response: healthResponseSchema },
  meta: { method: 'get', path: '/api/meta', summary: "The body's time zone and the public address, for the client", requiresSession: false, successStatus: 200, response: metaResponseSchema },
  signup: { method: 'post', path: '/api/auth/signup', summary: 'Create an account and start a session', requiresSession: false, request: signupRequestSchema, successStatus: 201, response: meResponseSchema },
  login: { method: 'post', path: '/api/auth/login', summary: 'Start a session', requiresSession: false, request: loginRequestSchema, successStatus: 200, response: meResponseSchema },
  logout: { method: 'post', path: '/api/auth/logout', summary: 'End the current session', requiresSession: false, successStatus: 200, response: emptyResponseSchema },
  me: { method: 'get', path: '/api/auth/me', summary: 'The signed-in user', requiresSession: true, successStatus: 200, response: meResponseSchema },
  createStandard: { method: 'post', path: '/api/standards', summary: 'Create a standard project; its draft is seeded with the GB/T 1.1 skeleton', requiresSession: true, request: createStandardRequestSchema, successStatus: 201, response: standardSchema },
  listStandards: { method: 'get', path: '/api/standards', summary: 'Standards the signed-in user is a member of; q searches their titles and numbers', requiresSession: true, query: standardListQuerySchema, successStatus: 200, response: standardListResponseSchema },
  getStandard: { method: 'get', path: '/api/standards/{id}', summary: 'One standard project', requiresSession: true, successStatus: 200, response: standardSchema },
  listMembers: { method: 'get', path: '/api/standards/{id}/members', summary: 'Members of a standard project', requiresSession: true, successStatus: 200, response: memberListResponseSchema },
  changeMemberRole: { method: 'patch', path: '/api/standards/{id}/members/{userId}', summary: "Change a member's role (secretariat; 409 last_secretariat for the last secretariat); recorded in the history and the record log", requiresSession: true, request: changeMemberRoleRequestSchema, successStatus: 200, response: memberSchema },
  removeMember: { method: 'delete', path: '/api/standards/{id}/members/{userId}', summary: 'Remove a member (secretariat; 409 last_secretariat for the last secretariat); recorded in the history and the record log', requiresSession: true, successStatus: 200, response: emptyResponseSchema },
  addMember: { method: 'post', path: '/api/standards/{id}/members', summary: 'Add a member by username with a role', requiresSession: true, request: addMemberRequestSchema, successStatus: 201, response: memberSchema },
  collaborationTicket: { method: 'post', path: '/api/collab/ticket', summary: 'A short-lived, single-use ticket for the collaboration websocket at /collab', requiresSession: true, request: collaborationTicketRequestSchema, successStatus: 200, response: collaborationTicketResponseSchema },
  outline: { method: 'get', path: '/api/standards/{id}/outline', summary: 'The 目次 computed from the live draft, with derived numbers', requiresSession: true, successStatus: 200, response: outlineResponseSchema },
  lint: { method: 'get', path: '/api/standards/{id}/lint', summary: 'Structure problems of the live draft, checked against GB/T 1.1-2020', requiresSession: true, successStatus: 200, response: lintResponseSchema },
  lintRules: { method: 'get', path: '/api/lint-rules', summary: 'Every structure rule the checker applies', requiresSession: false, successStatus: 200, response: lintRulesResponseSchema },
  importStandardFromWord: {
    method: 'post',
    path: '/api/standards/imports',
    summary:
      'Create a standard from a .docx (the body is the file itself, at most WORD_IMPORT_MAX_FILE_MIB, 40 MiB by default): its cover, sections, chapters and clauses, terms, references, tables, figures, formulas and annexes become a structured draft whose numbers are derived and whose typed cross-references are live; the importer becomes its secretariat. The report lists what was mapped, what was not (with where) and the structure checker\'s findings; 422 upload_rejected says what to do with a .doc, .wps, .odt, password-protected or damaged file',
    requiresSession: true,
    rawRequestContentTypes: [wordDocumentContentType],
    successStatus: 201,
    response: standardImportResponseSchema,
  },
  replaceDraftFromWord: {
    method: 'post',
    path: '/api/standards/{id}/draft-imports',
    summary:
      'Replace the draft with a .docx (people who edit the draft): the file is read and checked first, the current draft is frozen as a safety version (versionId), and the replacement goes through the live document so connected editors see it; a file that cannot be read changes nothing',
    requiresSession: true,
    rawRequestContentTypes: [wordDocumentContentType],
    successStatus: 200,
    response: draftImportResponseSchema,
  },
  uploadImage: { method: 'post', path: '/api/standards/{id}/images', summary: 'Upload a figure image (PNG, JPEG, GIF or WebP, at most 5 MiB); the body is the image itself', requiresSession: true, rawRequestContentTypes: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'], successStatus: 201, response: uploadedImageSchema },
  image: { method: 'get', path: '/api/images/{imageId}', summary: 'A figure image, with its content type', requiresSession: true, successStatus: 200, rawResponseContentTypes: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] },
  createVersion: { method: 'post', path: '/api/standards/{id}/versions', summary: 'Freeze the live draft as a named version (anyone who edits)', requiresSession: true, request: createVersionRequestSchema, successStatus: 201, response: versionSchema },
  listVersions: { method: 'get', path: '/api/standards/{id}/versions', summary: 'Frozen versions, newest first', requiresSession: true, successStatus: 200, response: versionListResponseSchema },
  versionDocument: { method: 'get', path: '/api/standards/{id}/versions/{versionId}', summary: 'A frozen version: its document and the metadata as they were', requiresSession: true, successStatus: 200, response: versionDocumentResponseSchema },
  versionOutline: { method: 'get', path: '/api/standards/{id}/versions/{versionId}/outline', summary: 'The 目次 of a frozen version', requiresSession: true, successStatus: 200, response: outlineResponseSchema },
  standardDocumentDocx: { method: 'get', path: '/api/standards/{id}/document.docx', summary: 'The live draft as a Word file in the GB/T 1.1-2020 layout', requiresSession: true, successStatus: 200, rawResponseContentTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'] },
  liveDraftDocument: { method: 'get', path: '/api/standards/{id}/document', summary: 'The live draft as ProseMirror JSON (everything acknowledged so far) with the project facts, for the print view', requiresSession: true, successStatus: 200, response: liveDraftDocumentResponseSchema },
  standardDocumentPdf: { method: 'get', path: '/api/standards/{id}/document.pdf', summary: 'The live draft as PDF, converted from the Word file by LibreOffice on the server (503 pdf_unavailable when it is not installed)', requiresSession: true, successStatus: 200, rawResponseContentTypes: ['application/pdf'] },
  versionDocumentPdf: { method: 'get', path: '/api/standards/{id}/versions/{versionId}/document.pdf', summary: 'A frozen version as PDF, converted from its Word file by LibreOffice (503 pdf_unavailable when it is not installed)', requiresSession: true, successStatus: 200, rawResponseContentTypes: ['application/pdf'] },
  versionDocumentDocx: { method: 'get', path: '/api/standards/{id}/versions/{versionId}/document.docx', summary: 'A frozen version as a Word file in the GB/T 1.1-2020 layout; the same version always gives the same bytes', requiresSession: true, successStatus: 200, rawResponseContentTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'] },
  explanatoryStatementDocx: { method: 'get', path: '/api/standards/{id}/explanatory-statement.docx', summary: 'The live 编制说明 (explanatory statement) as a Word file titled 《…》编制说明 (members; seeded with its chapters and the known facts if nobody opened it yet)', requiresSession: true, successStatus: 200, rawResponseContentTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'] },
  explanatoryStatementPdf: { method: 'get', path: '/api/standards/{id}/explanatory-statement.pdf', summary: 'The live 编制说明 as PDF, converted by LibreOffice (503 pdf_unavailable when it is not installed)', requiresSession: true, successStatus: 200, rawResponseContentTypes: ['application/pdf'] },
  versionExplanatoryStatementDocx: { method: 'get', path: '/api/standards/{id}/versions/{versionId}/explanatory-statement.docx', summary: 'The 编制说明 frozen with a version at a stage move; 404 for a version frozen without one', requiresSession: true, successStatus: 200, rawResponseContentTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'] },
  versionExplanatoryStatementPdf: { method: 'get', path: '/api/standards/{id}/versions/{versionId}/explanatory-statement.pdf', summary: 'The 编制说明 frozen with a version, as PDF', requiresSession: true, successStatus: 200, rawResponseContentTypes: ['application/pdf'] },
  commentPeriodExplanatoryStatementDocx: { method: 'get', path: '/api/comment-periods/{id}/explanatory-statement.docx', summary: 'The 编制说明 that goes out with the 征求意见稿, for whoever may read the period draft', requiresSession: true, successStatus: 200, rawResponseContentTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'] },
  commentPeriodExplanatoryStatementPdf: { method: 'get', path: '/api/comment-periods/{id}/explanatory-statement.pdf', summary: 'The 编制说明 that goes out with the 征求意见稿, as PDF', requiresSession: true, successStatus: 200, rawResponseContentTypes: ['application/pdf'] },
  reviewExplanatoryStatementDocx: { method: 'get', path: '/api/reviews/{id}/explanatory-statement.docx', summary: 'The 编制说明 frozen with the 送审稿, part of the review materials (the panel once they are available)', requiresSession: true, successStatus: 200, rawResponseContentTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'] },
  reviewExplanatoryStatementPdf: { method: 'get', path: '/api/reviews/{id}/explanatory-statement.pdf', summary: 'The 编制说明 of the review materials, as PDF', requiresSession: true, successStatus: 200, rawResponseContentTypes: ['application/pdf'] },
  refreshExplanatoryStatementFacts: { method: 'post', path: '/api/standards/{id}/explanatory-statement/refresh-facts', summary: '更新事实: rewrite the fact sub-clauses 主要工作过程 and 主要起草单位和起草人及其分工 of the live 编制说明 from the stage moves, comments, reviews and members (drafters); the rest stays as written', requiresSession: true, successStatus: 200, response: refreshExplanatoryStatementFactsResponseSchema },
  restoreVersion: { method: 'post', path: '/api/standards/{id}/versions/{versionId}/restore', summary: 'Restore a version into the live draft through the live document; the draft before the restore is frozen first', requiresSession: true, successStatus: 200, response: versionSchema },
  compare: { method: 'get', path: '/api/standards/{id}/compare', summary: 'Clause-level comparison of two versions, or of a version and the live draft (to=live)', requiresSession: true, query: compareQuerySchema, successStatus: 200, response: comparisonResponseSchema },
  redline: { method: 'get', path: '/api/standards/{id}/compare/redline', summary: 'The comparison as a printable redline HTML page', requiresSession: true, query: compareQuerySchema, successStatus: 200, rawResponseContentTypes: ['text/html'] },
  stageOverview: { method: 'get', path: '/api/standards/{id}/stage', summary: 'The stage, its history and what is needed to move on', requiresSession: true, successStatus: 200, response: stageOverviewResponseSchema },
  moveStage: { method: 'post', path: '/api/standards/{id}/stage', summary: 'Move the standard to another stage (secretariat); 409 names the gate that blocks it. The move 批准 → 发布 publishes: it needs publishedOn, implementedOn and publishedProcessDocuments, freezes the published version, stores its .docx and PDF with their SHA-256 and records standard.published. 复审 is started and concluded under periodic-reviews', requiresSession: true, request: stageMoveRequestSchema, successStatus: 200, response: stageOverviewResponseSchema },
  assignNumber: { method: 'post', path: '/api/standards/{id}/number', summary: 'Assign the standard number T/<body> <sequence>—<year> in 批准 (secretariat); 409 number_taken when another standard of the body holds the sequence number (never reused) or the number exists; a revision keeps its sequence number with a later year (422 edition_number_invalid) and replaces the published edition', requiresSession: true, request: assignNumberRequestSchema, successStatus: 200, response: editionSchema },
  nextNumber: { method: 'get', path: '/api/standards/{id}/number/next', summary: "The number to offer: the one assigned, a revision's own sequence number with this year, or the body's next free sequence number (members; 422 body_code_missing)", requiresSession: true, successStatus: 200, response: nextNumberResponseSchema },
  standardPublications: { method: 'get', path: '/api/standards/{id}/publications', summary: 'The editions of the standard with number, status (现行/被代替/废止), dates, SHA-256 of the published files and what they replace, and its periodic reviews (members)', requiresSession: true, successStatus: 200, response: publicationListResponseSchema },
  publishedDocx: { method: 'get', path: '/api/standards/{id}/publications/{publicationId}/document.docx', summary: 'The published .docx of an edition, byte for byte as stored at publication (secretariat)', requiresSession: true, successStatus: 200, rawResponseContentTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'] },
  publishedPdf: { method: 'get', path: '/api/standards/{id}/publications/{publicationId}/document.pdf', summary: 'The published PDF of an edition, byte for byte as stored at publication (secretariat)', requiresSession: true, successStatus: 200, rawResponseContentTypes: ['application/pdf'] },
  startPeriodicReview: { method: 'post', path: '/api/standards/{id}/periodic-reviews', summary: 'Start a periodic review (复审) of the published standard: moves it to 复审 and records periodic_review.started (secretariat)', requiresSession: true, request: startPeriodicReviewRequestSchema, successStatus: 201, response: periodicReviewSchema },
  concludePeriodicReview: { method: 'post', path: '/api/standards/{id}/periodic-reviews/{reviewId}/conclusion', summary: 'Conclude a 复审: continue (back to 发布, next due date from today), revise (back to 起草 from the published text) or withdraw (废止, with withdrawnOn); recorded as periodic_review.concluded (secretariat)', requiresSession: true, request: concludePeriodicReviewRequestSchema, successStatus: 200, response: periodicReviewSchema },
  dueReviews: { method: 'get', path: '/api/periodic-reviews/due', summary: 'Published standards whose 复审 is due within 90 days or overdue: where I am secretariat, or all for a site administrator', requiresSession: true, successStatus: 200, response: dueReviewListResponseSchema },
  publicEditionOutline: { method: 'get', path: '/api/public/standards/{bodyCode}/{edition}/outline', summary: 'The number, title and outline (clauses and numbered elements) of a published edition, for the feedback form; edition is sequence-year such as 012-2026 (no account; 404 when not published)', requiresSession: false, successStatus: 200, response: publicEditionOutlineResponseSchema },
  submitFeedback: { method: 'post', path: '/api/public/standards/{bodyCode}/{edition}/feedback', summary: 'Implementation feedback (实施信息反馈) on a published edition, optionally on one clause of its frozen version; contact stays private (anyone signed in; 404 when not published); recorded as feedback.submitted without the contact', requiresSession: true, request: submitFeedbackRequestSchema, successStatus: 201, response: feedbackSchema },
  standardFeedback: { method: 'get', path: '/api/standards/{id}/feedback', summary: "The standard's implementation feedback with counts per category and per clause (secretariat)", requiresSession: true, successStatus: 200, response: feedbackListResponseSchema },
  answerFeedback: { method: 'post', path: '/api/standards/{id}/feedback/{feedbackId}/answer', summary: 'Answer a piece of feedback; the answer is final (409 feedback_already_answered); recorded as feedback.answered (secretariat)', requiresSession: true, request: answerFeedbackRequestSchema, successStatus: 200, response: feedbackSchema },
  myFeedback: { method: 'get', path: '/api/me/feedback', summary: 'The feedback I sent and the answers, newest first', requiresSession: true, successStatus: 200, response: myFeedbackResponseSchema },
  lodgeComplaint: { method: 'post', path: '/api/public/standards/{bodyCode}/{edition}/complaints', summary: "A complaint (投诉) about a published edition or how it was made: a case number per body and year, status received and the due date of the answer in the body's time zone (anyone signed in; 404 when not published); recorded as complaint.lodged without the contact", requiresSession: true, request: lodgeComplaintRequestSchema, successStatus: 201, response: complaintSchema },
  standardComplaints: { method: 'get', path: '/api/standards/{id}/complaints', summary: "The standard's complaints with their steps, overdue ones marked (secretariat)", requiresSession: true, successStatus: 200, response: complaintListResponseSchema },
  takeComplaintStep: { method: 'post', path: '/api/standards/{id}/complaints/{complaintId}/steps', summary: 'The next step of a case: received → under_review → answered (with the answer) → closed; 409 complaint_step_out_of_order for a skipped step; recorded as complaint.step_recorded (secretariat)', requiresSession: true, request: complaintStepRequestSchema, successStatus: 200, response: complaintSchema },
  myComplaints: { method: 'get', path: '/api/me/complaints', summary: 'The complaints I lodged and their progress, newest first', requiresSession: true, successStatus: 200, response: complaintListResponseSchema },
  myComplaint: { method: 'get', path: '/api/me/complaints/{complaintId}', summary: 'One case with its steps (the complainant, or the secretariat of the standard)', requiresSession: true, successStatus: 200, response: complaintSchema },
  clauseHistory: { method: 'get', path: '/api/standards/{id}/history', summary: 'Who edited which clause and when (clauseId narrows it to one clause)', requiresSession: true, query: clauseHistoryQuerySchema, successStatus: 200, response: clauseHistoryResponseSchema },
  openCommentPeriod: { method: 'post', path: '/api/standards/{id}/comment-periods', summary: 'Open a comment period on a frozen version (secretariat)', requiresSession: true, request: createCommentPeriodRequestSchema, successStatus: 201, response: commentPeriodSchema },
  commentPeriod: { method: 'get', path: '/api/comment-periods/{id}', summary: 'Public metadata of a comment period', requiresSession: false, successStatus: 200, response: commentPeriodSchema },
  extendCommentPeriod: { method: 'post', path: '/api/comment-periods/{id}/extend', summary: 'Move the end of a comment period later, with a reason (secretariat)', requiresSession: true, request: extendCommentPeriodRequestSchema, successStatus: 200, response: commentPeriodSchema },
  closeCommentPeriod: { method: 'post', path: '/api/comment-periods/{id}/close', summary: 'End a comment period before its end date, with a reason that commenters see (secretariat; 409 comment_period_closed once ended)', requiresSession: true, request: closeCommentPeriodRequestSchema, successStatus: 200, response: commentPeriodSchema },
  commentPeriodDocument: { method: 'get', path: '/api/comment-periods/{id}/document', summary: 'The frozen version under comment, with its outline, for stakeholders from startsAt (members of the working group before; 403 comment_period_not_started otherwise)', requiresSession: true, successStatus: 200, response: commentPeriodDocumentResponseSchema },
  stakeholderProfile: { method: 'get', path: '/api/me/stakeholder-profile', summary: 'My commenter registration', requiresSession: true, successStatus: 200, response: stakeholderProfileSchema },
  saveStakeholderProfile: { method: 'put', path: '/api/me/stakeholder-profile', summary: 'Register or update as a commenter: name, organisation, e-mail, optional phone', requiresSession: true, request: stakeholderProfileSchema, successStatus: 200, response: stakeholderProfileSchema },
  submitComment: { method: 'post', path: '/api/comment-periods/{id}/comments', summary: 'Submit a comment on a clause while the period is open (409 comment_period_closed otherwise)', requiresSession: true, request: submitCommentRequestSchema, successStatus: 201, response: submittedCommentSchema },
  importComments: {
    method: 'post',
    path: '/api/comment-periods/{id}/comment-imports',
    summary:
      'Upload an ISO/IEC commenting template or a 意见汇总表 (.docx table or first .xlsx worksheet, at most 5 MiB and 500 rows); the body is the file itself. Each row becomes a comment, all in one transaction; if any row is bad nothing is imported and 422 import_rows_invalid lists every bad row',
    requiresSession: true,
    rawRequestContentTypes: Object.values(commentImportContentTypes),
    successStatus: 201,
    response: commentImportResponseSchema,
  },
  blankCommentTemplate: {
    method: 'get',
    path: '/api/comment-periods/{id}/comment-template.xlsx',
    summary: 'A blank 意见汇总表 (.xlsx) for this comment period that the upload accepts, with the clause numbers of the version under comment',
    requiresSession: true,
    successStatus: 200,
    rawResponseContentTypes: [commentImportContentTypes.xlsx],
  },
  myComments: { method: 'get', path: '/api/me/comments', summary: 'My comments and their status', requiresSession: true, successStatus: 200, response: commentListResponseSchema },
  editComment: { method: 'put', path: '/api/comments/{id}', summary: 'Edit my comment while the period is open', requiresSession: true, request: editCommentRequestSchema, successStatus: 200, response: emptyResponseSchema },
  withdrawComment: { method: 'post', path: '/api/comments/{id}/withdraw', summary: 'Withdraw my comment while the period is open', requiresSession: true, successStatus: 200, response: emptyResponseSchema },
  standardComments: { method: 'get', path: '/api/standards/{id}/comments', summary: 'Every comment on a standard, with its clause number in the live draft (null when detached); q searches text, proposal, reason, commenter and clause; members only', requiresSession: true, query: standardCommentsQuerySchema, successStatus: 200, response: commentListResponseSchema },
  commentReplies: { method: 'get', path: '/api/comments/{id}/replies', summary: "A comment's thread: the whole thread for members, public replies for its commenter", requiresSession: true, successStatus: 200, response: replyListResponseSchema },
  replyToComment: { method: 'post', path: '/api/comments/{id}/replies', summary: 'Reply to a comment as an internal note or a public reply (drafting working group)', requiresSession: true, request: replyRequestSchema, successStatus: 201, response: replySchema },
  standardCommentPeriods: { method: 'get', path: '/api/standards/{id}/comment-periods', summary: "A standard's comment periods, newest first, each with its extensions and their reasons (members)", requiresSession: true, successStatus: 200, response: commentPeriodListResponseSchema },
  commentPeriodInvitations: { method: 'get', path: '/api/comment-periods/{id}/invitations', summary: 'The invitation list of a period, each organisation matched by e-mail to the comments it made (secretariat)', requiresSession: true, successStatus: 200, response: invitationListResponseSchema },
  inviteToCommentPeriod: { method: 'post', path: '/api/comment-periods/{id}/invitations', summary: 'Add organisations to the invitation list; e-mails already on it are skipped (secretariat)', requiresSession: true, request: inviteRequestSchema, successStatus: 201, response: invitationListResponseSchema },
  recordDisposition: {
    method: 'post',
    path: '/api/comments/{id}/dispositions',
    summary: 'Decide on a comment: accepted, partially_accepted, not_accepted (both need a reason) or pending; a later decision supersedes the earlier one, which stays in the history (secretariat, convenor, drafter)',
    requiresSession: true,
    request: recordDispositionRequestSchema,
    successStatus: 201,
    response: dispositionSchema,
  },
  dispositionHistory: { method: 'get', path: '/api/comments/{id}/dispositions', summary: "Every disposition of a comment, oldest first, and the commenter's answer to the one in force", requiresSession: true, successStatus: 200, response: dispositionHistoryResponseSchema },
  reactToDisposition: { method: 'post', path: '/api/comments/{id}/reactions', summary: 'The commenter answers the final disposition: satisfied or not, with a note', requiresSession: true, request: reactionRequestSchema, successStatus: 201, response: reactionSchema },
  commentDashboard: { method: 'get', path: '/api/standards/{id}/comment-dashboard', summary: "The latest period's comments by status, type and organisation, and the ones that block 技术审查; members only", requiresSession: true, successStatus: 200, response: commentDashboardSchema },
  commentTable: {
    method: 'get',
    path: '/api/standards/{id}/comment-table',
    summary:
      "A period's official comment table (the latest period unless periodId is given), built from the record log up to the latest signed checkpoint, whose tree size and root hash it prints: docx/xlsx/csv the national 征求意见汇总处理表, iso-docx the ISO/IEC 2012-03 template, association-docx the association layout; members only",
    requiresSession: true,
    query: commentTableQuerySchema,
    successStatus: 200,
    rawResponseContentTypes: [...new Set(Object.values(commentTableContentTypes))],
  },
  assignComment: { method: 'put', path: '/api/comments/{id}/assignee', summary: 'Give a comment to a drafter, or take it back with username null (secretariat, convenor)', requiresSession: true, request: assignCommentRequestSchema, successStatus: 200, response: assignCommentResponseSchema },
  listRuleSets: { method: 'get', path: '/api/rule-sets', summary: 'The review rule sets (the presets, whose ids are part of the API, and custom ones) and the site default', requiresSession: true, successStatus: 200, response: ruleSetListResponseSchema },
  createRuleSet: { method: 'post', path: '/api/rule-sets', summary: 'Define a custom rule set from the same parameters as the presets (site administrators)', requiresSession: true, request: createRuleSetRequestSchema, successStatus: 201, response: ruleSetListResponseSchema },
  setDefaultRuleSet: { method: 'put', path: '/api/site-settings/default-rule-set', summary: 'The rule set new reviews get when none is named (site administrators)', requiresSession: true, request: defaultRuleSetRequestSchema, successStatus: 200, response: ruleSetListResponseSchema },
  createReview: { method: 'post', path: '/api/standards/{id}/reviews', summary: 'Set up a review of a frozen version (the 送审稿) in 技术审查: a meeting or a correspondence ballot, with its motion to approve the draft (secretariat); recorded in the record log', requiresSession: true, request: createReviewRequestSchema, successStatus: 201, response: reviewSchema },
  standardReviews: { method: 'get', path: '/api/standards/{id}/reviews', summary: "A standard's reviews, newest first (members)", requiresSession: true, successStatus: 200, response: reviewListResponseSchema },
  myReviews: { method: 'get', path: '/api/me/reviews', summary: 'Reviews whose panel names me, newest first', requiresSession: true, successStatus: 200, response: reviewListResponseSchema },
  review: { method: 'get', path: '/api/reviews/{id}', summary: 'A review with its panel (who may vote, and why not), materials, motions and opinions (members of the standard and the panel)', requiresSession: true, successStatus: 200, response: reviewSchema },
  setReviewPanel: { method: 'put', path: '/api/reviews/{id}/panel', summary: 'Name the panel, replacing the list; each member with eligible and, when not, the reason decided by the rule set (secretariat; 409 panel_frozen once voting opened)', requiresSession: true, request: setPanelRequestSchema, successStatus: 200, response: reviewSchema },
  publishReviewMaterials: { method: 'post', path: '/api/reviews/{id}/materials', summary: 'Make the materials available to the panel: the 送审稿 and its hash, the comment table with the checkpoint signed now, the attachments (secretariat)', requiresSession: true, successStatus: 200, response: reviewSchema },
  recordAttendance: { method: 'post', path: '/api/reviews/{id}/attendance', summary: 'Roll call (secretariat or chair) or a member checking in or out from their own device (meetings)', requiresSession: true, request: attendanceRequestSchema, successStatus: 200, response: reviewSchema },
  recordReviewOpinion: { method: 'post', path: '/api/reviews/{id}/opinions', summary: 'A review opinion (审查意见) the chair writes down; the working group answers it (chair or secretariat)', requiresSession: true, request: opinionRequestSchema, successStatus: 201, response: reviewSchema },
  answerReviewOpinion: { method: 'post', path: '/api/review-opinions/{id}/responses', summary: 'The working group answers a review opinion: accepted, or not accepted with the reason', requiresSession: true, request: opinionResponseRequestSchema, successStatus: 201, response: reviewSchema },
  reviewDocument: { method: 'get', path: '/api/reviews/{id}/document', summary: 'The 送审稿 under review as ProseMirror JSON (the panel once the materials are available)', requiresSession: true, successStatus: 200, response: versionDocumentResponseSchema },
  reviewCommentTable: { method: 'get', path: '/api/reviews/{id}/comment-table', summary: "The standard's comment table, for the panel once the materials are available", requiresSession: true, query: commentTableQuerySchema.pick({ format: true }), successStatus: 200, rawResponseContentTypes: [...new Set(Object.values(commentTableContentTypes))] },
  addReviewAttachment: { method: 'post', path: '/api/reviews/{id}/attachments', summary: 'Add a file to the review materials (PDF, .docx, .xlsx, PNG, JPEG; at most 10 MiB); the body is the file itself (secretariat)', requiresSession: true, query: attachmentQuerySchema, rawRequestContentTypes: attachmentContentTypeList, successStatus: 201, response: attachmentSchema },
  reviewAttachment: { method: 'get', path: '/api/reviews/{id}/attachments/{attachmentId}', summary: 'Download an attached file of the review materials', requiresSession: true, successStatus: 200, rawResponseContentTypes: attachmentContentTypeList },
  reviewMinutes: { method: 'get', path: '/api/reviews/{id}/minutes', summary: 'The minutes (会议纪要 / 函审结论) from the frozen records, as .docx or a printable page, with the checkpoint hash', requiresSession: true, query: minutesQuerySchema, successStatus: 200, rawResponseContentTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/html'] },
  addMotion: { method: 'post', path: '/api/reviews/{id}/motions', summary: 'Put a further motion to a meeting (chair or secretariat)', requiresSession: true, request: addMotionRequestSchema, successStatus: 201, response: motionSchema },
  motion: { method: 'get', path: '/api/motions/{id}', summary: 'A motion: its state, who has voted (not how), my ballot, and after the close the outcome, tally and roll call', requiresSession: true, successStatus: 200, response: motionSchema },
  openMotion: { method: 'post', path: '/api/motions/{id}/open', summary: 'Open a motion for votes, freezing the roster and the rule set (chair or secretariat)', requiresSession: true, successStatus: 200, response: motionSchema },
  closeMotion: { method: 'post', path: '/api/motions/{id}/close', summary: 'Close a motion and freeze its tally; a failed vote on the 送审稿 sends the standard back to 起草 (chair or secretariat)', requiresSession: true, successStatus: 200, response: motionSchema },
  castBallot: { method: 'post', path: '/api/motions/{id}/ballots', summary: 'Vote yes, no or abstain (with a reason for no); onBehalfOf enters a paper ballot of a present member (secretariat). 409 already_voted, motion_closed, not_present; 403 not_eligible; 422 reason_required', requiresSession: true, request: ballotRequestSchema, successStatus: 201, response: ballotSchema },
  ledgerVerify: { method: 'get', path: '/api/ledger/verify', summary: 'Check the whole record log: hash chain, canonical form, signed checkpoints; the first problem with its sequence number (signed-in users; no record content)', requiresSession: true, successStatus: 200, response: ledgerVerificationSchema },
  ledgerCheckpoint: { method: 'get', path: '/api/ledger/checkpoint', summary: 'The latest signed checkpoint (RFC 6962 root over every record, Ed25519), signed now if records were added since (signed-in users)', requiresSession: true, successStatus: 200, response: ledgerCheckpointResponseSchema },
  ledgerPublicKey: { method: 'get', path: '/api/ledger/public-key', summary: "The server's Ed25519 public key that signs record-log checkpoints", requiresSession: false, successStatus: 200, response: ledgerPublicKeyResponseSchema },
  ledgerExport: { method: 'get', path: '/api/ledger/export', summary: 'The latest signed checkpoint and every record behind it, for npm run ledger:verify-export (site administrators)', requiresSession: true, successStatus: 200, response: ledgerExportSchema },
  standardLedgerExport: { method: 'get', path: '/api/standards/{id}/ledger-export', summary: "The latest signed checkpoint and this standard's records with their inclusion proofs, for npm run ledger:verify-export (members)", requiresSession: true, successStatus: 200, response: ledgerExportSchema },
  publicCatalogue: { method: 'get', path: '/api/public/standards', summary: 'Public (no sign-in): published editions, current ones first, searched by number (with or without T/, any dash), title or ICS; bodyCode narrows to one body; limit/offset page', requiresSession: false, query: catalogueQuerySchema, successStatus: 200, response: publicCatalogueResponseSchema },
  publicStandard: { method: 'get', path: '/api/public/standards/{bodyCode}/{edition}', summary: 'Public (no sign-in): the public record of a published edition ("012-2026"): number, titles, ICS/CCS, status 现行/被代替/废止, dates, drafters, scope, patent statement, replacements, downloads with SHA-256, process documents, outline; 404 for an unpublished number', requiresSession: false, successStatus: 200, response: publicStandardSchema },
  publicStandardPage: { method: 'get', path: '/t/{bodyCode}/{edition}', summary: 'Public (no sign-in): the permanent server-rendered page of a published edition with its full text; works without JavaScript', requiresSession: false, successStatus: 200, rawResponseContentTypes: ['text/html'] },
  publicStandardDocx: { method: 'get', path: '/t/{bodyCode}/{edition}/document.docx', summary: 'Public (no sign-in): the published .docx byte for byte, with its SHA-256 as ETag and Repr-Digest', requiresSession: false, successStatus: 200, rawResponseContentTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'] },
  publicStandardPdf: { method: 'get', path: '/t/{bodyCode}/{edition}/document.pdf', summary: 'Public (no sign-in): the published PDF byte for byte, with its SHA-256 as ETag and Repr-Digest', requiresSession: false, successStatus: 200, rawResponseContentTypes: ['application/pdf'] },
  publicCataloguePage: { method: 'get', path: '/t/{bodyCode}', summary: "Public (no sign-in): the server-rendered catalogue of a body's published standards with its search form (query, offset)", requiresSession: false, query: catalogueQuerySchema.pick({ query: true, offset: true }), successStatus: 200, rawResponseContentTypes: ['text/html'] },
  publicFeed: { method: 'get', path: '/t/{bodyCode}/feed.atom', summary: "Public (no sign-in): an Atom feed of the body's new publications", requiresSession: false, successStatus: 200, rawResponseContentTypes: ['application/atom+xml'] },
  publicCheckpointLookup: {
    method: 'get',
    path: '/api/public/checkpoints/{hash}',
    summary: 'Public (no sign-in): whether this site signed the checkpoint with this hash, when, and over how many records; for the /verify page',
    requiresSession: false,
    successStatus: 200,
    response: publicCheckpointLookupSchema,
  },
  publicExportVerification: {
    method: 'post',
    path: '/api/public/verify-export',
    summary: 'Public (no sign-in): checks an uploaded record-log export against this site’s key and says whether it verifies, what it proves, or the first problem; for the /verify page',
    requiresSession: false,
    request: ledgerExportSchema,
    successStatus: 200,
    response: publicExportVerificationSchema,
  },
} as const satisfies Record<string, Endpoint>;
