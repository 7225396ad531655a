import { memberRoles, type MemberRole } from '../../../shared/domain/roles';
import type { StandardMembership } from '../../../server/policies/standard-policy';
import { ApiClient, createStandardAs, loggedInClient, signedUpClient } from '../../helpers/api-client';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import type { Review } from '../../../shared/api/reviews';
import type { PanelPosition } from '../../../shared/domain/review/eligibility';
import { standardInApproval } from '../../helpers/approval-setup';
import { standardInTechnicalReview } from '../../helpers/review-setup';
import { smallPng } from '../support/small-png';
import type { AskerName } from './access-rules';

export type StandardKey = 'A' | 'B';

/** The objects of one standard that requests can name. */
export interface StandardObjects {
  standardId: string;
  versionId: string;
  periodId: string;
  /** A clause of the frozen version under comment, and its number there. */
  clauseId: string;
  clauseNumber: string;
  /** A comment by the stakeholder, with a final disposition the stakeholder can answer. */
  commentId: string;
  imageId: string;
  review: ReviewObjects;
  publication: PublicationObjects;
  /** The member who owns the standard and prepares objects for the requests. */
  owner: ApiClient;
  ownerUsername: string;
}

/**
 * Reviews live on a second standard in 技术审查 with the same members (the first stays in 征求意见 for the comment
 * routes): one review whose panel can still change, and a meeting whose motion on the draft is open, with the panel
 * member checked in, a review opinion and an attachment.
 */
export interface ReviewObjects {
  standardId: string;
  versionId: string;
  preparedReviewId: string;
  votingReviewId: string;
  votingMotionId: string;
  opinionId: string;
  attachmentId: string;
  panel: Array<{ username: string; organisation: string; position: 'member' }>;
}

/**
 * Numbering and publication live on standards of their own with the same members: one in 批准 for the number routes,
 * and (for A) one published, whose edition the download and 复审 routes use; B's edition is numbered only.
 */
export interface PublicationObjects {
  approvalStandardId: string;
  publishedStandardId: string;
  publicationId: string;
}

const usernameOf: Record<Exclude<AskerName, 'anonymous'>, string> = {
  stakeholder: 'stakeholder',
  siteAdministrator: 'site-admin',
  secretariat: 'role-secretariat',
  convenor: 'role-convenor',
  drafter: 'role-drafter',
  reviewer: 'role-reviewer',
  observer: 'role-observer',
  panelMember: 'role-panel',
};

function isMemberRole(asker: AskerName): asker is MemberRole {
  return (memberRoles as readonly string[]).includes(asker);
}

async function expectStatus(pending: Promise<{ status: number; body: unknown }>, status: number, what: string): Promise<unknown> {
  const response = await pending;
  if (response.status !== status) throw new Error(`${what}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/**
 * Two standards with every kind of object: A, whose members are the matrix's member roles, and B, owned by someone
 * else. The stakeholder, who is a member of neither, commented on both; everyone signed in is registered as a commenter.
 */
export class AuthorizationWorld {
  private freshNameCounter = 0;

  private constructor(
    readonly server: TestServer,
    readonly standards: Record<StandardKey, StandardObjects>,
    private readonly clients: Map<AskerName, ApiClient>,
  ) {}

  static async create(): Promise<AuthorizationWorld> {
    const server = await startTestServer({
      COMMENTS_PER_ACCOUNT_PER_MINUTE: '100000',
      COMMENTS_PER_ADDRESS_PER_MINUTE: '100000',
      LOGIN_ATTEMPTS_PER_ADDRESS: '100000',
    });
    const clients = new Map<AskerName, ApiClient>();
    // The first account is the site administrator.
    clients.set('siteAdministrator', await signedUpClient(server.url, usernameOf.siteAdministrator, '站点管理员'));
    for (const asker of ['secretariat', 'convenor', 'drafter', 'reviewer', 'observer', 'stakeholder', 'panelMember'] as const) {
      clients.set(asker, await signedUpClient(server.url, usernameOf[asker], asker));
    }
    clients.set('anonymous', new ApiClient(server.url));
    const ownerOfA = clients.get('secretariat') as ApiClient;
    const ownerOfB = await signedUpClient(server.url, 'owner-b', '乙标准秘书处');
    for (const client of [...clients.values(), ownerOfB]) {
      if (client.sessionCookie === null) continue;
      await expectStatus(client.request('PUT', '/api/me/stakeholder-profile', { fullName: '测试人', organisation: '某研究院', email: 'someone@example.com' }), 200, 'profile');
    }
    const stakeholder = clients.get('stakeholder') as ApiClient;
    const standardA = await createStandardAs(ownerOfA, '甲标准');
    for (const role of ['convenor', 'drafter', 'reviewer', 'observer'] as const) {
      await expectStatus(ownerOfA.post(`/api/standards/${standardA}/members`, { username: usernameOf[role], role }), 201, `add ${role}`);
    }
    const standardB = await createStandardAs(ownerOfB, '乙标准');
    const membersOfA = (['convenor', 'drafter', 'reviewer', 'observer'] as const).map((role) => ({ username: usernameOf[role], role }));
    const standards = {
      A: await AuthorizationWorld.objectsOf(standardA, ownerOfA, usernameOf.secretariat, stakeholder, membersOfA, [usernameOf.panelMember, usernameOf.drafter]),
      B: await AuthorizationWorld.objectsOf(standardB, ownerOfB, 'owner-b', stakeholder, [], [usernameOf.panelMember]),
    };
    standards.A.publication = await AuthorizationWorld.publicationObjectsOf(server, ownerOfA, membersOfA, 'matrix-a', true);
    standards.B.publication = await AuthorizationWorld.publicationObjectsOf(server, ownerOfB, [], 'matrix-b', false);
    await expectStatus(clients.get('panelMember')!.post(`/api/reviews/${standards.A.review.votingReviewId}/attendance`, { username: usernameOf.panelMember, present: true }), 200, 'check in A');
    await expectStatus(clients.get('panelMember')!.post(`/api/reviews/${standards.B.review.votingReviewId}/attendance`, { username: usernameOf.panelMember, present: true }), 200, 'check in B');
    return new AuthorizationWorld(server, standards, clients);
  }

  private static async objectsOf(
    standardId: string,
    owner: ApiClient,
    ownerUsername: string,
    stakeholder: ApiClient,
    members: ReadonlyArray<{ username: string; role: MemberRole }>,
    panelUsernames: readonly string[],
  ): Promise<StandardObjects> {
    const version = (await expectStatus(owner.post(`/api/standards/${standardId}/versions`, { name: '征求意见稿' }), 201, 'version')) as { id: string };
    const endsAt = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString();
    const period = (await expectStatus(owner.post(`/api/standards/${standardId}/comment-periods`, { versionId: version.id, endsAt }), 201, 'period')) as { id: string };
    const document = (await expectStatus(stakeholder.get(`/api/comment-periods/${period.id}/document`), 200, 'period document')) as { outline: Array<{ id: string; number: string }> };
    const clause = document.outline.find((item) => /^\d+$/.test(item.number));
    if (!clause) throw new Error('the frozen version has no numbered clause');
    const image = (await owner.postBytes(`/api/standards/${standardId}/images`, smallPng, 'image/png')).body as { id: string };
    const review = await AuthorizationWorld.reviewObjectsOf(owner, members, panelUsernames);
    const publication = { approvalStandardId: '', publishedStandardId: '', publicationId: '' };
    const objects = { standardId, versionId: version.id, periodId: period.id, clauseId: clause.id, clauseNumber: clause.number, imageId: image.id, review, publication, owner, ownerUsername, commentId: '' };
    objects.commentId = await AuthorizationWorld.commentWithFinalDisposition(objects, stakeholder);
    return objects;
  }

  private static async reviewObjectsOf(owner: ApiClient, members: ReadonlyArray<{ username: string; role: MemberRole }>, panelUsernames: readonly string[]): Promise<ReviewObjects> {
    const { standardId, versionId } = await standardInTechnicalReview(owner, '审查中的标准');
    for (const member of members) await expectStatus(owner.post(`/api/standards/${standardId}/members`, member), 201, `add ${member.role} to the reviewed standard`);
    const panel = panelUsernames.map((username, index) => ({ username, organisation: `审查单位${index + 1}`, position: 'member' as const }));
    const meeting = { kind: 'meeting', versionId, startsAt: new Date(Date.now() + 60_000).toISOString(), mode: 'online', onlineLink: 'https://meeting.example.com/room' };
    const prepared = (await expectStatus(owner.post(`/api/standards/${standardId}/reviews`, meeting), 201, 'prepared review')) as Review;
    await expectStatus(owner.request('PUT', `/api/reviews/${prepared.id}/panel`, { members: panel }), 200, 'prepared panel');
    const voting = (await expectStatus(owner.post(`/api/standards/${standardId}/reviews`, meeting), 201, 'voting review')) as Review;
    await expectStatus(owner.request('PUT', `/api/reviews/${voting.id}/panel`, { members: panel }), 200, 'voting panel');
    const attachment = (await expectStatus(owner.postBytes(`/api/reviews/${voting.id}/attachments?filename=data.png`, smallPng, 'image/png'), 201, 'attachment')) as { id: string };
    await expectStatus(owner.post(`/api/reviews/${voting.id}/materials`, {}), 200, 'materials');
    const motionId = voting.motions[0]?.id ?? '';
    await expectStatus(owner.post(`/api/motions/${motionId}/open`, {}), 200, 'open the vote');
    const withOpinion = (await expectStatus(owner.post(`/api/reviews/${voting.id}/opinions`, { text: '建议补充试验方法。' }), 201, 'opinion')) as Review;
    return { standardId, versionId, preparedReviewId: prepared.id, votingReviewId: voting.id, votingMotionId: motionId, opinionId: withOpinion.opinions[0]?.id ?? '', attachmentId: attachment.id, panel };
  }

  private static async publicationObjectsOf(server: TestServer, owner: ApiClient, members: ReadonlyArray<{ username: string; role: MemberRole }>, prefix: string, publish: boolean): Promise<PublicationObjects> {
    const inApproval = async (panelPrefix: string, title: string): Promise<string> => {
      const { standardId } = await standardInApproval(server, owner, panelPrefix, title);
      for (const member of members) await expectStatus(owner.post(`/api/standards/${standardId}/members`, member), 201, `add ${member.role} to ${title}`);
      return standardId;
    };
    const approvalStandardId = await inApproval(`${prefix}-number`, '批准中的标准');
    const numberedStandardId = publish ? await inApproval(`${prefix}-publish`, '已发布的标准') : approvalStandardId;
    const next = (await expectStatus(owner.get(`/api/standards/${numberedStandardId}/number/next`), 200, 'next number')) as { sequenceNumber: string; year: number };
    const edition = (await expectStatus(owner.post(`/api/standards/${numberedStandardId}/number`, next), 200, 'number')) as { id: string };
    if (publish) {
      const request = { to: 'published', publishedOn: '2026-01-05', implementedOn: '2026-04-01', publishedProcessDocuments: [] };
      await expectStatus(owner.post(`/api/standards/${numberedStandardId}/stage`, request), 200, 'publish');
    }
    return { approvalStandardId, publishedStandardId: numberedStandardId, publicationId: edition.id };
  }

  /** A fresh comment by the stakeholder on the standard's period, accepted by the owner so its author can answer. */
  static async commentWithFinalDisposition(objects: Omit<StandardObjects, 'commentId'>, stakeholder: ApiClient): Promise<string> {
    const comment = (await expectStatus(stakeholder.post(`/api/comment-periods/${objects.periodId}/comments`, { clauseId: objects.clauseId, type: 'te', comment: '建议补充范围。' }), 201, 'comment')) as { id: string };
    await expectStatus(objects.owner.post(`/api/comments/${comment.id}/dispositions`, { decision: 'accepted' }), 201, 'disposition');
    return comment.id;
  }

  client(asker: AskerName): ApiClient {
    const client = this.clients.get(asker);
    if (!client) throw new Error(`no client for ${asker}`);
    return client;
  }

  usernameOf(asker: Exclude<AskerName, 'anonymous'>): string {
    return usernameOf[asker];
  }

  /** The asker's membership in a standard: the matrix's members belong to A only. */
  membership(asker: AskerName, standard: StandardKey): StandardMembership | null {
    return standard === 'A' && isMemberRole(asker) ? { role: asker } : null;
  }

  /** The asker's seat on the standard's review panels: the panel member sits on both, A's drafter on A's (unable to vote). */
  panelPosition(asker: AskerName, standard: StandardKey): PanelPosition | null {
    if (asker === 'panelMember' || (asker === 'drafter' && standard === 'A')) return 'member';
    return null;
  }

  /** A second session of the asker, for requests that end or replace the session they are sent with. */
  async freshSession(asker: AskerName): Promise<ApiClient> {
    if (asker === 'anonymous') return new ApiClient(this.server.url);
    return loggedInClient(this.server.url, usernameOf[asker]);
  }

  /** A username nobody has yet, for sign-ups and new members. */
  freshUsername(): string {
    this.freshNameCounter += 1;
    return `fresh-${this.freshNameCounter}`;
  }

  async stop(): Promise<void> {
    await this.server.stop();
  }
}
