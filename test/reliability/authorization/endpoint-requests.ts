import { commentImportContentTypes } from '../../../shared/api/comment-import';
import { isoTemplateHeader } from '../../fixtures/templates/template-headers';
import { templateXlsx } from '../../fixtures/templates/template-xlsx';
import { signedUpClient } from '../../helpers/api-client';
import { smallPng } from '../support/small-png';
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

/** How to make a request to each endpoint that would succeed for someone allowed to make it. */
export const endpointRequests: Record<string, EndpointRequest> = {
  health: nothing,
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
  collaborationTicket: { names: 'standard', build: ({ standard }) => ({ body: { standardId: standard.standardId } }) },
  outline: standardOnly,
  lint: standardOnly,
  lintRules: nothing,
  uploadImage: { names: 'standard', build: ({ standard }) => ({ parameters: { id: standard.standardId }, bytes: { data: smallPng, contentType: 'image/png' } }) },
  image: { names: 'object', build: ({ objects }) => ({ parameters: { imageId: objects.imageId } }) },
  createVersion: { names: 'standard', build: ({ standard }) => ({ parameters: { id: standard.standardId }, body: { name: '工作组讨论稿' } }) },
  listVersions: standardOnly,
  versionDocument: version,
  versionOutline: version,
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
};
