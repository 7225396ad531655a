import { commentImportContentTypes } from '../../../shared/api/comment-import';
import { isoTemplateHeader } from '../../fixtures/templates/template-headers';
import { templateXlsx } from '../../fixtures/templates/template-xlsx';
import { signedUpClient } from '../../helpers/api-client';
import { smallPng } from '../support/small-png';
import { wordDocumentContentType } from '../../../shared/api/word-import';
import { renderSmallStandard } from '../../server/exports/standard-document/small-standard';
import type { AskerName, Outcome } from './access-rules';
import { AuthorizationWorld, type StandardObjects } from './authorization-world';

/** A request ready to send: values for the path's `{parameters}`, and a query, JSON body or raw body. */
export interface RequestSpec {
  parameters?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  bytes?: { data: Uint8Array; contentType: string };
}

export interface RequestContext {
  world: AuthorizationWorld;
  asker: AskerName;
  /** The standard whose id goes into the path (or the standard the route is about). */
  standard: StandardObjects;
  /** The standard whose objects (versions, periods, comments, images) the request names. */
  objects: StandardObjects;
  /** What the policy table expects, so that only requests that will succeed spend resources (e.g. a new account). */
  expected: Outcome;
}

export interface EndpointRequest {
  /**
   * What the request names: nothing, a standard, an object of a standard (a route without the standard in its
   * path), or a standard and an object (the matrix then also swaps the object for one of the other standard).
   */
  names: 'nothing' | 'standard' | 'object' | 'standardAndObject';
  /** Where a standard-and-object request carries the object; a foreign id in a body or query may be refused as invalid. */
  objectIn?: 'path' | 'body' | 'query';
  /** Sent with a second session of the asker, because the request ends or replaces the session it is sent with. */
  freshSession?: boolean;
  build(context: RequestContext): RequestSpec | Promise<RequestSpec>;
}

const password = 'correct horse battery';
let smallWordFileBytes: Promise<Uint8Array> | null = null;

/** A small standard as the product exports it, made once. */
function smallWordFile(): Promise<Uint8Array> {
  smallWordFileBytes ??= renderSmallStandard();
  return smallWordFileBytes;
}

const nothing: EndpointRequest = { names: 'nothing', build: () => ({}) };
const standardOnly: EndpointRequest = { names: 'standard', build: ({ standard }) => ({ parameters: { id: standard.standardId } }) };
const period = (build: (context: RequestContext) => Omit<RequestSpec, 'parameters'> | Promise<Omit<RequestSpec, 'parameters'>> = () => ({})): EndpointRequest => ({
  names: 'object',
  build: async (context) => ({ parameters: { id: context.objects.periodId }, ...(await build(context)) }),
});
const comment = (build: (context: RequestContext) => Omit<RequestSpec, 'parameters'> = () => ({})): EndpointRequest => ({
  names: 'object',
  build: (context) => ({ parameters: { id: context.objects.commentId }, ...build(context) }),
});
const version: EndpointRequest = { names: 'standardAndObject', objectIn: 'path', build: ({ standard, objects }) => ({ parameters: { id: standard.standardId, versionId: objects.versionId } }) };
const comparison: EndpointRequest = {
  names: 'standardAndObject',
  objectIn: 'query',
  build: ({ standard, objects }) => ({ parameters: { id: standard.standardId }, query: { from: objects.versionId, to: 'live' } }),
};

/**
 * A member for a role change or a removal to act on: a fresh observer when the request will succeed, so the members
 * the other requests rely on stay as they are, and an id nobody has when it will be refused before the lookup.
 */
async function memberToChange({ world, standard, expected }: RequestContext): Promise<string> {
  if (expected !== 'allowed') return 'nobody';
  const username = world.freshUsername();
  await signedUpClient(world.server.url, username);
  const added = await standard.owner.post(`/api/standards/${standard.standardId}/members`, { username, role: 'observer' });
  return (added.body as { userId: string }).userId;
}

/** How to make a request to each endpoint that would succeed for someone allowed to make it. */
/** One standard export per world: exports are rate-limited, and every asker checks the same file. */
const exportsOfWorlds = new WeakMap<AuthorizationWorld, Promise<unknown>>();

function standardExportOf(world: AuthorizationWorld, standardId: string): Promise<unknown> {
  let exported = exportsOfWorlds.get(world);
  if (!exported) {
    exported = world
      .client('secretariat')
      .get(`/api/standards/${standardId}/ledger-export`)
      .then((response) => response.body);
    exportsOfWorlds.set(world, exported);
  }
  return exported;
}

const review = (pick: (objects: StandardObjects['review']) => string, build: (context: RequestContext) => Omit<RequestSpec, 'parameters'> = () => ({})): EndpointRequest => ({
  names: 'object',
  build: (context) => ({ parameters: { id: pick(context.objects.review) }, ...build(context) }),
});

/** A further motion of the standing meeting, opened when `open`: allowed requests that use a motion up get one of their own. */
async function freshMotion(objects: StandardObjects, open: boolean): Promise<string> {
  const added = (await objects.owner.post(`/api/reviews/${objects.review.votingReviewId}/motions`, { title: '授权矩阵的动议' })).body as { id: string };
  if (open) await objects.owner.post(`/api/motions/${added.id}/open`, {});
  return added.id;
}

const customRuleSet = (id: string) => ({
  id,
  name: { zh: '矩阵规则', en: 'Matrix rule' },
  kinds: ['meeting'],
  participation: 'attendance',
  quorum: null,
  pass: { share: { numerator: 1, denominator: 2 }, base: 'participating' },
  negativeCap: null,
  abstentionLimit: null,
  negativeNeedsReason: false,
  negativeWithoutReasonCounted: true,
  ballotsChangeableBeforeClose: false,
  noticePeriodDays: 0,
  secretariatMayVote: false,
  excludeDraftingOrganisations: false,
  organisationShareLimit: null,
});

const numberingStandard: EndpointRequest = { names: 'standard', build: ({ standard }) => ({ parameters: { id: standard.publication.approvalStandardId } }) };
const publishedStandard: EndpointRequest = { names: 'standard', build: ({ standard }) => ({ parameters: { id: standard.publication.publishedStandardId } }) };
const publishedFile: EndpointRequest = {
  names: 'standardAndObject',
  objectIn: 'path',
  build: ({ standard, objects }) => ({ parameters: { id: standard.publication.publishedStandardId, publicationId: objects.publication.publicationId } }),
};

interface PeriodicReviewState {
  stage: string;
  reviewId: string | null;
}

async function periodicReviewState(objects: StandardObjects): Promise<PeriodicReviewState> {
  const standardId = objects.publication.publishedStandardId;
  const { stage } = (await objects.owner.get(`/api/standards/${standardId}/stage`)).body as { stage: string };
  const { periodicReviews } = (await objects.owner.get(`/api/standards/${standardId}/publications`)).body as { periodicReviews: Array<{ id: string; conclusion: string | null }> };
  return { stage, reviewId: periodicReviews.find((review) => review.conclusion === null)?.id ?? null };
}

/** The published standard back in 发布 (an open 复审 concluded 继续有效), so that a 复审 can start. */
async function publishedAgain(objects: StandardObjects): Promise<void> {
  const { reviewId } = await periodicReviewState(objects);
  if (reviewId) await objects.owner.post(`/api/standards/${objects.publication.publishedStandardId}/periodic-reviews/${reviewId}/conclusion`, { conclusion: 'continue', note: '授权矩阵' });
}

/** A 复审 in progress on the published standard, started when there is none. */
async function openPeriodicReview(objects: StandardObjects): Promise<string> {
  const { reviewId } = await periodicReviewState(objects);
  if (reviewId) return reviewId;
  const started = (await objects.owner.post(`/api/standards/${objects.publication.publishedStandardId}/periodic-reviews`, {})).body as { id: string };
  return started.id;
}

/** The path segments of A's published edition (B's is numbered only), looked up once per world. */
const publicEditionsOfWorlds = new WeakMap<AuthorizationWorld, Promise<{ bodyCode: string; edition: string }>>();

function publicEditionOf(world: AuthorizationWorld): Promise<{ bodyCode: string; edition: string }> {
  let found = publicEditionsOfWorlds.get(world);
  if (!found) {
    const objects = world.standards.A;
    found = objects.owner.get(`/api/standards/${objects.publication.publishedStandardId}/publications`).then((response) => {
      const { editions } = response.body as { editions: Array<{ bodyCode: string; sequenceNumber: string; year: number; publishedAt: string | null }> };
      const published = editions.find((edition) => edition.publishedAt !== null);
      if (!published) throw new Error('standard A has no published edition');
      return { bodyCode: published.bodyCode, edition: `${published.sequenceNumber}-${published.year}` };
    });
    publicEditionsOfWorlds.set(world, found);
  }
  return found;
}

const publicEdition = (body?: unknown): EndpointRequest => ({ names: 'nothing', build: async ({ world }) => ({ parameters: await publicEditionOf(world), ...(body === undefined ? {} : { body }) }) });

/** Fresh feedback or a fresh complaint of the stakeholder on A's published edition, for a request that will use it up. */
async function freshFeedbackOnA(world: AuthorizationWorld): Promise<string> {
  const { bodyCode, edition } = await publicEditionOf(world);
  const sent = (await world.client('stakeholder').post(`/api/public/standards/${bodyCode}/${edition}/feedback`, { category: 'suggestion', text: '授权矩阵的反馈' })).body as { id: string };
  return sent.id;
}

async function freshComplaintOnA(world: AuthorizationWorld): Promise<string> {
  const { bodyCode, edition } = await publicEditionOf(world);
  const lodged = (await world.client('stakeholder').post(`/api/public/standards/${bodyCode}/${edition}/complaints`, { about: 'process', text: '授权矩阵的投诉', contact: 'private@example.com' })).body as { id: string };
  return lodged.id;
}

export const endpointRequests: Record<string, EndpointRequest> = {
  health: nothing,
  meta: nothing,
  signup: { names: 'nothing', freshSession: true, build: ({ world }) => ({ body: { username: world.freshUsername(), password, displayName: '新用户' } }) },
  login: { names: 'nothing', freshSession: true, build: ({ world, asker }) => ({ body: { username: asker === 'anonymous' ? world.standards.B.ownerUsername : world.usernameOf(asker), password } }) },
  logout: { names: 'nothing', freshSession: true, build: () => ({}) },
  me: nothing,
  createStandard: { names: 'nothing', build: () => ({ body: { title: '新标准' } }) },
  listStandards: nothing,
  getStandard: standardOnly,
  listMembers: standardOnly,
  addMember: {
    names: 'standard',
    build: async ({ world, standard, expected }) => {
      const username = world.freshUsername();
      if (expected === 'allowed') await signedUpClient(world.server.url, username);
      return { parameters: { id: standard.standardId }, body: { username, role: 'observer' } };
    },
  },
  changeMemberRole: {
    names: 'standard',
    build: async (context) => ({ parameters: { id: context.standard.standardId, userId: await memberToChange(context) }, body: { role: 'reviewer' } }),
  },
  removeMember: {
    names: 'standard',
    build: async (context) => ({ parameters: { id: context.standard.standardId, userId: await memberToChange(context) } }),
  },
  collaborationTicket: { names: 'standard', build: ({ standard }) => ({ body: { standardId: standard.standardId } }) },
  outline: standardOnly,
  lint: standardOnly,
  lintRules: nothing,
  importStandardFromWord: { names: 'nothing', build: async () => ({ bytes: { data: await smallWordFile(), contentType: wordDocumentContentType } }) },
  replaceDraftFromWord: { names: 'standard', build: async ({ standard }) => ({ parameters: { id: standard.standardId }, bytes: { data: await smallWordFile(), contentType: wordDocumentContentType } }) },
  uploadImage: { names: 'standard', build: ({ standard }) => ({ parameters: { id: standard.standardId }, bytes: { data: smallPng, contentType: 'image/png' } }) },
  image: { names: 'object', build: ({ objects }) => ({ parameters: { imageId: objects.imageId } }) },
  createVersion: { names: 'standard', build: ({ standard }) => ({ parameters: { id: standard.standardId }, body: { name: '工作组讨论稿' } }) },
  listVersions: standardOnly,
  versionDocument: version,
  versionOutline: version,
  standardDocumentDocx: standardOnly,
  versionDocumentDocx: version,
  explanatoryStatementDocx: standardOnly,
  explanatoryStatementPdf: standardOnly,
  versionExplanatoryStatementDocx: version,
  versionExplanatoryStatementPdf: version,
  commentPeriodExplanatoryStatementDocx: period(),
  commentPeriodExplanatoryStatementPdf: period(),
  reviewExplanatoryStatementDocx: review((objects) => objects.votingReviewId),
  reviewExplanatoryStatementPdf: review((objects) => objects.votingReviewId),
  refreshExplanatoryStatementFacts: standardOnly,
  standardDocumentPdf: standardOnly,
  liveDraftDocument: standardOnly,
  versionDocumentPdf: version,
  restoreVersion: version,
  compare: comparison,
  redline: comparison,
  stageOverview: standardOnly,
  moveStage: {
    names: 'standard',
    build: async ({ standard, expected }) => {
      const overview = (await standard.owner.get(`/api/standards/${standard.standardId}/stage`)).body as { next: Array<{ to: string; blockedBy: unknown }> };
      const to = overview.next.find((next) => next.blockedBy === null)?.to ?? (expected === 'allowed' ? undefined : overview.next[0]?.to);
      if (!to) throw new Error(`standard ${standard.standardId} has no stage it may move to`);
      return { parameters: { id: standard.standardId }, body: { to, note: '授权矩阵' } };
    },
  },
  clauseHistory: standardOnly,
  openCommentPeriod: {
    names: 'standardAndObject',
    objectIn: 'body',
    build: ({ standard, objects }) => ({ parameters: { id: standard.standardId }, body: { versionId: objects.versionId, endsAt: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString() } }),
  },
  standardCommentPeriods: standardOnly,
  commentPeriod: period(),
  extendCommentPeriod: period(async ({ objects }) => {
    const current = (await objects.owner.get(`/api/comment-periods/${objects.periodId}`)).body as { endsAt: string };
    return { body: { endsAt: new Date(new Date(current.endsAt).getTime() + 24 * 3600 * 1000).toISOString(), reason: '延期一天' } };
  }),
  closeCommentPeriod: {
    names: 'object',
    // Closing ends a period for good, so an allowed close gets a period of its own and the shared one stays open.
    build: async ({ objects, expected }) => {
      if (expected !== 'allowed') return { parameters: { id: objects.periodId }, body: { reason: '提前结束' } };
      const endsAt = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
      const opened = await objects.owner.post(`/api/standards/${objects.standardId}/comment-periods`, { versionId: objects.versionId, endsAt });
      return { parameters: { id: (opened.body as { id: string }).id }, body: { reason: '提前结束' } };
    },
  },
  commentPeriodDocument: period(),
  commentPeriodInvitations: period(),
  inviteToCommentPeriod: period(({ world }) => ({ body: { invitations: [{ organisation: '某协会', email: `${world.freshUsername()}@example.com` }] } })),
  blankCommentTemplate: period(),
  importComments: period(async ({ objects }) => ({
    bytes: { data: await templateXlsx([{ name: 'ISO', rows: [isoTemplateHeader, ['CN', '', objects.clauseNumber, '', '技术', '一条导入的意见', '', '']] }]), contentType: commentImportContentTypes.xlsx },
  })),
  stakeholderProfile: nothing,
  saveStakeholderProfile: { names: 'nothing', build: () => ({ body: { fullName: '测试人', organisation: '某研究院', email: 'someone@example.com' } }) },
  submitComment: period(({ objects }) => ({ body: { clauseId: objects.clauseId, type: 'ge', comment: '一条意见' } })),
  myComments: nothing,
  editComment: comment(() => ({ body: { type: 'ed', comment: '改过的意见' } })),
  withdrawComment: {
    names: 'object',
    // Withdrawing is final, so every attempt gets a fresh comment of the stakeholder's.
    build: async ({ world, objects }) => ({ parameters: { id: await AuthorizationWorld.commentWithFinalDisposition(objects, world.client('stakeholder')) } }),
  },
  standardComments: standardOnly,
  commentDashboard: standardOnly,
  commentTable: { names: 'standard', build: ({ standard }) => ({ parameters: { id: standard.standardId }, query: { format: 'csv' } }) },
  commentReplies: comment(),
  replyToComment: comment(() => ({ body: { body: '谢谢，已采纳。', visibility: 'internal' } })),
  assignComment: comment(() => ({ body: { username: null } })),
  recordDisposition: comment(() => ({ body: { decision: 'accepted' } })),
  dispositionHistory: comment(),
  reactToDisposition: comment(() => ({ body: { satisfied: true, note: '满意' } })),
  ledgerPublicKey: nothing,
  ledgerCheckpoint: nothing,
  ledgerVerify: nothing,
  ledgerExport: nothing,
  standardLedgerExport: standardOnly,
  publicCheckpointLookup: { names: 'nothing', build: () => ({ parameters: { hash: 'ab'.repeat(32) } }) },
  publicExportVerification: { names: 'nothing', build: async ({ world, standard }) => ({ body: await standardExportOf(world, standard.standardId) }) },
  publicCatalogue: { names: 'nothing', build: async ({ world }) => ({ query: { bodyCode: (await publicEditionOf(world)).bodyCode, query: '标准' } }) },
  publicStandard: publicEdition(),
  publicStandardPage: publicEdition(),
  publicStandardDocx: publicEdition(),
  publicStandardPdf: publicEdition(),
  publicCataloguePage: { names: 'nothing', build: async ({ world }) => ({ parameters: { bodyCode: (await publicEditionOf(world)).bodyCode }, query: { query: '已发布' } }) },
  publicFeed: { names: 'nothing', build: async ({ world }) => ({ parameters: { bodyCode: (await publicEditionOf(world)).bodyCode } }) },
  listRuleSets: nothing,
  createRuleSet: { names: 'nothing', build: ({ world }) => ({ body: customRuleSet(`matrix_${world.freshUsername().replace('-', '_')}`) }) },
  setDefaultRuleSet: { names: 'nothing', build: () => ({ body: { ruleSetId: 'group_typical' } }) },
  createReview: {
    names: 'standard',
    build: ({ standard }) => ({
      parameters: { id: standard.review.standardId },
      body: { kind: 'meeting', versionId: standard.review.versionId, startsAt: new Date(Date.now() + 86_400_000).toISOString(), mode: 'in_person', location: '会议室' },
    }),
  },
  standardReviews: { names: 'standard', build: ({ standard }) => ({ parameters: { id: standard.review.standardId } }) },
  myReviews: nothing,
  review: review((objects) => objects.votingReviewId),
  setReviewPanel: review((objects) => objects.preparedReviewId, ({ objects }) => ({ body: { members: objects.review.panel } })),
  publishReviewMaterials: {
    names: 'object',
    // Materials are published once, so an allowed request gets a review of its own.
    build: async ({ objects, expected }) => {
      if (expected !== 'allowed') return { parameters: { id: objects.review.preparedReviewId } };
      const created = (await objects.owner.post(`/api/standards/${objects.review.standardId}/reviews`, { kind: 'meeting', versionId: objects.review.versionId, startsAt: new Date(Date.now() + 86_400_000).toISOString(), mode: 'in_person', location: '会议室' })).body as { id: string };
      return { parameters: { id: created.id } };
    },
  },
  recordAttendance: review(
    (objects) => objects.votingReviewId,
    ({ world, asker, objects }) => ({
      body: { username: asker !== 'anonymous' && objects.review.panel.some((seat) => seat.username === world.usernameOf(asker)) ? world.usernameOf(asker) : world.usernameOf('panelMember'), present: true },
    }),
  ),
  recordReviewOpinion: review((objects) => objects.votingReviewId, () => ({ body: { text: '授权矩阵的审查意见' } })),
  answerReviewOpinion: review((objects) => objects.opinionId, () => ({ body: { decision: 'accepted' } })),
  reviewDocument: review((objects) => objects.votingReviewId),
  reviewCommentTable: review((objects) => objects.votingReviewId, () => ({ query: { format: 'csv' } })),
  addReviewAttachment: review((objects) => objects.votingReviewId, () => ({ query: { filename: 'figure.png' }, bytes: { data: smallPng, contentType: 'image/png' } })),
  reviewAttachment: { names: 'object', build: ({ objects }) => ({ parameters: { id: objects.review.votingReviewId, attachmentId: objects.review.attachmentId } }) },
  reviewMinutes: review((objects) => objects.votingReviewId, () => ({ query: { format: 'html' } })),
  addMotion: review((objects) => objects.votingReviewId, () => ({ body: { title: '需要再次征求意见' } })),
  motion: review((objects) => objects.votingMotionId),
  openMotion: { names: 'object', build: async ({ objects, expected }) => ({ parameters: { id: expected === 'allowed' ? await freshMotion(objects, false) : objects.review.votingMotionId } }) },
  closeMotion: { names: 'object', build: async ({ objects, expected }) => ({ parameters: { id: expected === 'allowed' ? await freshMotion(objects, true) : objects.review.votingMotionId } }) },
  assignNumber: {
    names: 'standard',
    build: async ({ standard }) => {
      const next = (await standard.owner.get(`/api/standards/${standard.publication.approvalStandardId}/number/next`)).body as { sequenceNumber?: string; year?: number };
      return { parameters: { id: standard.publication.approvalStandardId }, body: { sequenceNumber: next.sequenceNumber ?? '900', year: next.year ?? 2026 } };
    },
  },
  nextNumber: numberingStandard,
  standardPublications: publishedStandard,
  publishedDocx: publishedFile,
  publishedPdf: publishedFile,
  startPeriodicReview: {
    names: 'standard',
    build: async ({ standard, expected }) => {
      if (expected === 'allowed') await publishedAgain(standard);
      return { parameters: { id: standard.publication.publishedStandardId }, body: { note: '授权矩阵' } };
    },
  },
  concludePeriodicReview: {
    names: 'standard',
    build: async ({ standard, expected }) => {
      const reviewId = expected === 'allowed' ? await openPeriodicReview(standard) : ((await periodicReviewState(standard)).reviewId ?? 'no-open-review');
      return { parameters: { id: standard.publication.publishedStandardId, reviewId }, body: { conclusion: 'continue', note: '授权矩阵' } };
    },
  },
  dueReviews: nothing,
  publicEditionOutline: publicEdition(),
  submitFeedback: publicEdition({ category: 'technical_problem', text: '授权矩阵的反馈', contact: 'private@example.com' }),
  standardFeedback: publishedStandard,
  answerFeedback: {
    names: 'standard',
    build: async ({ world, standard, expected }) => ({
      parameters: { id: standard.publication.publishedStandardId, feedbackId: expected === 'allowed' ? await freshFeedbackOnA(world) : 'no-such-feedback' },
      body: { answer: '已收到，复审时考虑。' },
    }),
  },
  myFeedback: nothing,
  lodgeComplaint: publicEdition({ about: 'standard', text: '授权矩阵的投诉' }),
  standardComplaints: publishedStandard,
  takeComplaintStep: {
    names: 'standard',
    build: async ({ world, standard, expected }) => ({
      parameters: { id: standard.publication.publishedStandardId, complaintId: expected === 'allowed' ? await freshComplaintOnA(world) : 'no-such-complaint' },
      body: { status: 'under_review' },
    }),
  },
  myComplaints: nothing,
  // A complaint the stakeholder lodged about A: readable by its complainant and A's secretariat, hidden from everyone else.
  myComplaint: { names: 'nothing', build: async ({ world }) => ({ parameters: { complaintId: await freshComplaintOnA(world) } }) },
  castBallot: { names: 'object', build: async ({ objects, expected }) => ({ parameters: { id: expected === 'allowed' ? await freshMotion(objects, true) : objects.review.votingMotionId }, body: { vote: 'yes' } }) },
};
