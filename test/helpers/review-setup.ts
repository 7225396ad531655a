import type { Review } from '../../shared/api/reviews';
import { createStandardAs, signedUpClient, type ApiClient } from './api-client';
import type { TestServer } from './test-server';

export interface StandardInReview {
  secretariat: ApiClient;
  standardId: string;
  /** The 送审稿 frozen by the move into 技术审查. */
  versionId: string;
}

async function expectStatus<Body>(pending: Promise<{ status: number; body: unknown }>, status: number, what: string): Promise<Body> {
  const response = await pending;
  if (response.status !== status) throw new Error(`${what}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as Body;
}

/** A new standard moved through 征求意见 into 技术审查 by its secretariat. */
export async function standardInTechnicalReview(secretariat: ApiClient, title = '工业机器人 安全要求'): Promise<StandardInReview> {
  const standardId = await createStandardAs(secretariat, title);
  for (const to of ['public_comment', 'technical_review'] as const) {
    await expectStatus(secretariat.post(`/api/standards/${standardId}/stage`, { to }), 200, `move to ${to}`);
  }
  const { versions } = await expectStatus<{ versions: Array<{ id: string; createdAt: string }> }>(secretariat.get(`/api/standards/${standardId}/versions`), 200, 'versions');
  const newest = [...versions].sort((left, right) => right.createdAt.localeCompare(left.createdAt))[0];
  if (!newest) throw new Error('no version was frozen');
  return { secretariat, standardId, versionId: newest.id };
}

/** Panel members with accounts of their own, each from a different organisation unless told otherwise. */
export async function panelMembers(server: TestServer, prefix: string, count: number): Promise<Array<{ username: string; client: ApiClient }>> {
  const members: Array<{ username: string; client: ApiClient }> = [];
  for (let index = 1; index <= count; index += 1) {
    const username = `${prefix}-${index}`;
    members.push({ username, client: await signedUpClient(server.url, username, `专家${index}`) });
  }
  return members;
}

export interface ReviewSetUp {
  review: Review;
  motionId: string;
}

/** Creates a review, names the panel and publishes the materials; the motion on the 送审稿 is ready to open. */
export async function setUpReview(
  standard: StandardInReview,
  request: Record<string, unknown>,
  panel: ReadonlyArray<{ username: string; organisation?: string; position?: 'chair' | 'vice_chair' | 'member' }>,
): Promise<ReviewSetUp> {
  const { secretariat, standardId, versionId } = standard;
  const created = await expectStatus<Review>(secretariat.post(`/api/standards/${standardId}/reviews`, { versionId, ...request }), 201, 'create review');
  const members = panel.map((member, index) => ({ username: member.username, organisation: member.organisation ?? `单位${index + 1}`, position: member.position ?? (index === 0 ? 'chair' : 'member') }));
  await expectStatus(secretariat.request('PUT', `/api/reviews/${created.id}/panel`, { members }), 200, 'panel');
  const review = await expectStatus<Review>(secretariat.post(`/api/reviews/${created.id}/materials`, {}), 200, 'materials');
  const motion = review.motions.find((candidate) => candidate.kind === 'approve_draft');
  if (!motion) throw new Error('the review has no motion on the draft');
  return { review, motionId: motion.id };
}

export function meetingRequest(ruleSetId: string): Record<string, unknown> {
  return { kind: 'meeting', ruleSetId, startsAt: new Date(Date.now() + 60_000).toISOString(), mode: 'in_person', location: '北京市海淀区某会议室' };
}

/** Opens at once (the scheduler opens it), or at `opensInMilliseconds` so that a test opens it by hand first. */
export function correspondenceRequest(ruleSetId: string, closesInMilliseconds = 3_600_000, opensInMilliseconds = -1000): Record<string, unknown> {
  return { kind: 'correspondence', ruleSetId, opensAt: new Date(Date.now() + opensInMilliseconds).toISOString(), closesAt: new Date(Date.now() + closesInMilliseconds).toISOString() };
}
