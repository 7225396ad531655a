import type { ApiClient } from './api-client';
import { meetingRequest, panelMembers, setUpReview, standardInTechnicalReview, type StandardInReview } from './review-setup';
import type { TestServer } from './test-server';

async function expectOk(pending: Promise<{ status: number; body: unknown }>, what: string): Promise<void> {
  const response = await pending;
  if (response.status >= 300) throw new Error(`${what}: got ${response.status} ${JSON.stringify(response.body)}`);
}

/**
 * A new standard taken into 批准 by its secretariat: through 征求意见 and 技术审查, where a panel of its own (usernames
 * starting with `panelPrefix`) votes the 送审稿 through at a meeting.
 */
export async function standardInApproval(server: TestServer, secretariat: ApiClient, panelPrefix: string, title?: string): Promise<StandardInReview> {
  return approveAfterReview(server, await standardInTechnicalReview(secretariat, title), panelPrefix);
}

/** A standard in 技术审查 whose 送审稿 a panel of its own votes through; then the secretariat moves it into 批准. */
export async function approveAfterReview(server: TestServer, standard: StandardInReview, panelPrefix: string): Promise<StandardInReview> {
  const { secretariat } = standard;
  const experts = await panelMembers(server, panelPrefix, 3);
  const { review, motionId } = await setUpReview(standard, meetingRequest('group_typical'), experts);
  await expectOk(secretariat.post(`/api/motions/${motionId}/open`, {}), 'open the vote');
  for (const expert of experts) {
    await expectOk(secretariat.post(`/api/reviews/${review.id}/attendance`, { username: expert.username, present: true }), 'roll call');
    await expectOk(expert.client.post(`/api/motions/${motionId}/ballots`, { vote: 'yes' }), 'ballot');
  }
  await expectOk(secretariat.post(`/api/motions/${motionId}/close`, {}), 'close the vote');
  await expectOk(secretariat.post(`/api/standards/${standard.standardId}/stage`, { to: 'approval' }), 'move to approval');
  return standard;
}

/** A standard back in 起草 (a revision after 复审) moved through 征求意见 into 技术审查 again. */
export async function backToTechnicalReview(secretariat: ApiClient, standardId: string): Promise<StandardInReview> {
  for (const to of ['public_comment', 'technical_review'] as const) await expectOk(secretariat.post(`/api/standards/${standardId}/stage`, { to }), `move to ${to}`);
  const overview = (await secretariat.get(`/api/standards/${standardId}/stage`)).body as { moves: Array<{ versionId: string }> };
  const versionId = overview.moves.at(-1)?.versionId;
  if (!versionId) throw new Error('the move froze no version');
  return { secretariat, standardId, versionId };
}
