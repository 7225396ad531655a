import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Motion } from '../../../shared/api/reviews';
import { signedUpClient, type ApiClient } from '../../helpers/api-client';
import { correspondenceRequest, meetingRequest, panelMembers, setUpReview, standardInTechnicalReview } from '../../helpers/review-setup';
import { startTestServer, type TestServer } from '../../helpers/test-server';

describe('ballots racing each other and the close', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let experts: Array<{ username: string; client: ApiClient }>;

  beforeAll(async () => {
    server = await startTestServer();
    secretariat = await signedUpClient(server.url, 'race-secretary');
    experts = await panelMembers(server, 'race-expert', 40);
  }, 120_000);
  afterAll(async () => {
    await server.stop();
  });

  it('counts every ballot accepted before the close and refuses every later one as too late', async () => {
    const standard = await standardInTechnicalReview(secretariat, '抢在截止前的表决');
    const { motionId } = await setUpReview(standard, correspondenceRequest('iso_dis', 3_600_000, 600_000), experts);
    expect((await secretariat.post(`/api/motions/${motionId}/open`, {})).status).toBe(200);
    // The close goes out once half the ballots are answered, while the other half are still arriving.
    let answered = 0;
    let sendClose: () => void = () => undefined;
    const closeSent = new Promise<void>((resolve) => {
      sendClose = resolve;
    });
    const ballots = experts.map(async (expert, index) => {
      const answer = await expert.client.post(`/api/motions/${motionId}/ballots`, { vote: index % 3 === 0 ? 'no' : 'yes', reason: index % 3 === 0 ? '需要修改。' : undefined });
      answered += 1;
      if (answered === experts.length / 2) sendClose();
      return answer;
    });
    const close = closeSent.then(() => secretariat.post(`/api/motions/${motionId}/close`, {}));
    const [closeResponse, ...answers] = await Promise.all([close, ...ballots]);
    expect(closeResponse.status).toBe(200);
    const accepted = answers.filter((answer) => answer.status === 201);
    const tooLate = answers.filter((answer) => answer.status === 409 && (answer.body as { error: { code: string } }).error.code === 'motion_closed');
    console.info(`ballots racing the close: ${accepted.length} counted, ${tooLate.length} refused as too late`);
    expect(accepted.length + tooLate.length).toBe(experts.length);
    const tally = (closeResponse.body as Motion).tally;
    expect(tally).not.toBeNull();
    expect((tally?.yes ?? 0) + (tally?.no ?? 0) + (tally?.abstain ?? 0) + (tally?.noNotCounted ?? 0)).toBe(accepted.length);
    expect(tally?.notVoted).toBe(experts.length - accepted.length);
    const final = (await secretariat.get(`/api/motions/${motionId}`)).body as Motion;
    expect(final.votedUserIds).toHaveLength(accepted.length);
  });

  it('leaves exactly one ballot when one member votes twice at once in a meeting', async () => {
    const standard = await standardInTechnicalReview(secretariat, '重复投票');
    const panel = experts.slice(0, 3);
    const { review, motionId } = await setUpReview(standard, meetingRequest('group_typical'), panel);
    await secretariat.post(`/api/motions/${motionId}/open`, {});
    for (const expert of panel) await secretariat.post(`/api/reviews/${review.id}/attendance`, { username: expert.username, present: true });
    const voter = panel[1];
    if (!voter) throw new Error('a voter');
    const answers = await Promise.all(Array.from({ length: 8 }, (_, index) => voter.client.post(`/api/motions/${motionId}/ballots`, { vote: index % 2 === 0 ? 'yes' : 'abstain' })));
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    expect(answers.filter((answer) => answer.status === 409 && (answer.body as { error: { code: string } }).error.code === 'already_voted')).toHaveLength(7);
    const closed = (await secretariat.post(`/api/motions/${motionId}/close`, {})).body as Motion;
    expect(closed.rollCall.filter((entry) => entry.vote !== null)).toHaveLength(1);
    expect(closed.rollCall.find((entry) => entry.vote !== null)?.changes).toBe(0);
  });
});
