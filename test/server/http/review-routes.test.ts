import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Motion, Review } from '../../../shared/api/reviews';
import { loggedInClient, signedUpClient, type ApiClient } from '../../helpers/api-client';
import { eventually } from '../../helpers/eventually';
import { correspondenceRequest, meetingRequest, panelMembers, setUpReview, standardInTechnicalReview } from '../../helpers/review-setup';
import { startTestServer, type TestServer } from '../../helpers/test-server';

interface ErrorBody {
  error: { code: string; message: string };
}

function codeOf(response: { body: unknown }): string {
  return (response.body as ErrorBody).error.code;
}

describe('a review meeting from the panel to the approval gate', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let drafter: ApiClient;
  let outsider: ApiClient;

  beforeAll(async () => {
    server = await startTestServer();
    secretariat = await signedUpClient(server.url, 'review-secretary', '王秘书');
    drafter = await signedUpClient(server.url, 'review-drafter', '李起草');
    outsider = await signedUpClient(server.url, 'review-outsider');
  });
  afterAll(async () => {
    await server.stop();
  });

  it('lists the preset rule sets by their API ids, with the site default', async () => {
    const response = await secretariat.get('/api/rule-sets');
    expect(response.status).toBe(200);
    const body = response.body as { ruleSets: Array<{ id: string; preset: boolean }>; defaultRuleSetId: string };
    expect(body.ruleSets.filter((ruleSet) => ruleSet.preset).map((ruleSet) => ruleSet.id)).toEqual(['group_typical', 'association_strict', 'national_2022', 'correspondence_national', 'iso_dis', 'ieee', 'oasis_special']);
    expect(body.defaultRuleSetId).toBe('group_typical');
  });

  it('refuses a review outside 技术审查, and approval without a passed vote', async () => {
    const { standardId } = await standardInTechnicalReview(secretariat, '未审查的标准');
    const blocked = await secretariat.post(`/api/standards/${standardId}/stage`, { to: 'approval' });
    expect(blocked.status).toBe(409);
    expect((blocked.body as ErrorBody).error.message).toContain('no_passed_review');
    await secretariat.post(`/api/standards/${standardId}/stage`, { to: 'drafting' });
    const versions = (await secretariat.get(`/api/standards/${standardId}/versions`)).body as { versions: Array<{ id: string }> };
    const refused = await secretariat.post(`/api/standards/${standardId}/reviews`, { ...meetingRequest('group_typical'), versionId: versions.versions[0]?.id });
    expect(refused.status).toBe(409);
    expect(codeOf(refused)).toBe('review_wrong_stage');
  });

  it('decides who may vote, takes each ballot once, freezes the tally and then lets the standard into 批准', async () => {
    const standard = await standardInTechnicalReview(secretariat);
    await secretariat.post(`/api/standards/${standard.standardId}/members`, { username: 'review-drafter', role: 'drafter' });
    const experts = await panelMembers(server, 'meeting-expert', 5);
    const panel = [...experts.map((expert) => ({ username: expert.username })), { username: 'review-drafter' }, { username: 'review-secretary' }];
    const { review, motionId } = await setUpReview(standard, meetingRequest('group_typical'), panel);

    expect(review.panel.map((member) => [member.username, member.eligible, member.reason])).toEqual([
      ['meeting-expert-1', true, null],
      ['meeting-expert-2', true, null],
      ['meeting-expert-3', true, null],
      ['meeting-expert-4', true, null],
      ['meeting-expert-5', true, null],
      ['review-drafter', false, 'working_group_member'],
      ['review-secretary', false, 'secretariat'],
    ]);
    expect(review.materials.checkpointHash).toMatch(/^[0-9a-f]{64}$/);
    expect(review.materials.noticeTooShort).toBe(true);

    // A panel member reads the review and its materials, and nothing else of the standard.
    const [chair, second, third, fourth, fifth] = experts.map((expert) => expert.client);
    if (!chair || !second || !third || !fourth || !fifth) throw new Error('five experts');
    expect((await chair.get(`/api/reviews/${review.id}`)).status).toBe(200);
    expect((await chair.get(`/api/reviews/${review.id}/document`)).status).toBe(200);
    expect((await chair.get(`/api/standards/${standard.standardId}`)).status).toBe(404);
    expect((await chair.get(`/api/me/reviews`)).body).toMatchObject({ reviews: [{ id: review.id }] });
    expect((await outsider.get(`/api/reviews/${review.id}`)).status).toBe(404);

    expect(codeOf(await chair.post(`/api/motions/${motionId}/ballots`, { vote: 'yes' }))).toBe('motion_not_open');
    const opened = await chair.post(`/api/motions/${motionId}/open`, {});
    expect(opened.status).toBe(200);
    expect(codeOf(await secretariat.request('PUT', `/api/reviews/${review.id}/panel`, { members: [] }))).toBe('panel_frozen');

    expect(codeOf(await second.post(`/api/motions/${motionId}/ballots`, { vote: 'yes' }))).toBe('not_present');
    for (const expert of experts.slice(0, 4)) {
      expect((await expert.client.post(`/api/reviews/${review.id}/attendance`, { username: expert.username, present: true })).status).toBe(200);
    }
    expect(codeOf(await drafter.post(`/api/motions/${motionId}/ballots`, { vote: 'yes' }))).toBe('not_eligible');
    expect(codeOf(await second.post(`/api/reviews/${review.id}/attendance`, { username: 'meeting-expert-5', present: true }))).toBe('forbidden');

    expect((await chair.post(`/api/motions/${motionId}/ballots`, { vote: 'yes' })).status).toBe(201);
    expect(codeOf(await chair.post(`/api/motions/${motionId}/ballots`, { vote: 'no', reason: '改主意' }))).toBe('already_voted');
    expect(codeOf(await second.post(`/api/motions/${motionId}/ballots`, { vote: 'no' }))).toBe('reason_required');
    expect((await second.post(`/api/motions/${motionId}/ballots`, { vote: 'no', reason: '第5章的试验方法不完整。' })).status).toBe(201);
    expect((await third.post(`/api/motions/${motionId}/ballots`, { vote: 'yes' })).status).toBe(201);
    // A paper ballot for the fourth member, entered by the secretariat.
    const paper = await secretariat.post(`/api/motions/${motionId}/ballots`, { vote: 'yes', onBehalfOf: 'meeting-expert-4' });
    expect(paper.status).toBe(201);
    expect(codeOf(await chair.post(`/api/motions/${motionId}/ballots`, { vote: 'yes', onBehalfOf: 'meeting-expert-3' }))).toBe('forbidden');

    const live = (await fifth.get(`/api/motions/${motionId}`)).body as Motion;
    expect(live).toMatchObject({ state: 'open', eligibleCount: 5, tally: null, outcome: null, rollCall: [] });
    expect(live.votedUserIds).toHaveLength(4);

    const closed = await chair.post(`/api/motions/${motionId}/close`, {});
    expect(closed.status).toBe(200);
    const motion = closed.body as Motion;
    // 5 eligible, 4 present (quorum 4), 3/4 of 4 present = 3 yes needed, 3 yes: passed.
    expect(motion.tally).toMatchObject({ eligible: 5, participating: 4, yes: 3, no: 1, abstain: 0, notVoted: 1, quorumNeeded: 4, yesNeeded: 3, outcome: 'passed' });
    expect(motion.description?.zh).toBe('5 名有表决权专家，出席 4 名（法定人数 4 名），需同意 3 票，实得 3 票：通过');
    expect(motion.rollCall.find((entry) => entry.displayName === '专家2')).toMatchObject({ vote: 'no', voteReason: '第5章的试验方法不完整。' });
    expect(motion.rollCall.find((entry) => entry.displayName === '专家4')).toMatchObject({ vote: 'yes', enteredFromPaper: true });
    expect(codeOf(await fifth.post(`/api/motions/${motionId}/ballots`, { vote: 'yes' }))).toBe('motion_closed');
    expect(codeOf(await chair.post(`/api/motions/${motionId}/close`, {}))).toBe('motion_closed');

    const opinion = await chair.post(`/api/reviews/${review.id}/opinions`, { text: '建议补充第5章的预处理条件。' });
    expect(opinion.status).toBe(201);
    const opinionId = (opinion.body as Review).opinions[0]?.id;
    const unanswered = await secretariat.post(`/api/standards/${standard.standardId}/stage`, { to: 'approval' });
    expect(unanswered.status).toBe(409);
    expect((unanswered.body as ErrorBody).error.message).toContain('review_opinions_unanswered');
    expect(codeOf(await chair.post(`/api/review-opinions/${opinionId}/responses`, { decision: 'accepted' }))).toBe('forbidden');
    expect(codeOf(await drafter.post(`/api/review-opinions/${opinionId}/responses`, { decision: 'not_accepted' }))).toBe('reason_required');
    const answered = await drafter.post(`/api/review-opinions/${opinionId}/responses`, { decision: 'accepted' });
    expect((answered.body as Review).opinions[0]?.response).toMatchObject({ decision: 'accepted' });

    const minutes = await secretariat.request('GET', `/api/reviews/${review.id}/minutes?format=html`);
    expect(minutes.status).toBe(200);
    expect(String(minutes.body)).toContain('专家2');
    const docx = await fetch(`${server.url}/api/reviews/${review.id}/minutes?format=docx`, { headers: { cookie: secretariat.sessionCookie ?? '' } });
    expect(docx.status).toBe(200);
    expect(Buffer.from(await docx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');

    const approved = await secretariat.post(`/api/standards/${standard.standardId}/stage`, { to: 'approval' });
    expect(approved.status).toBe(200);
    const verification = (await secretariat.get('/api/ledger/verify')).body as { ok: boolean; problem?: unknown };
    expect(verification.problem).toBeUndefined();
    expect(verification.ok).toBe(true);
  });

  it('sends the standard back to 起草 when people close a failed vote on the 送审稿', async () => {
    const standard = await standardInTechnicalReview(secretariat, '未通过的标准');
    const experts = await panelMembers(server, 'failing-expert', 3);
    const { review, motionId } = await setUpReview(standard, meetingRequest('group_typical'), experts);
    await secretariat.post(`/api/motions/${motionId}/open`, {});
    for (const expert of experts) await secretariat.post(`/api/reviews/${review.id}/attendance`, { username: expert.username, present: true });
    for (const expert of experts) await expert.client.post(`/api/motions/${motionId}/ballots`, { vote: 'no', reason: '技术指标缺少依据。' });
    const closed = (await secretariat.post(`/api/motions/${motionId}/close`, {})).body as Motion;
    expect(closed.outcome).toBe('failed');
    const stage = (await secretariat.get(`/api/standards/${standard.standardId}/stage`)).body as { stage: string; moves: Array<{ to: string; note: string | null }> };
    expect(stage.stage).toBe('drafting');
    expect(stage.moves.at(-1)?.note).toContain('技术审查未通过');
  });

  it('closes a correspondence ballot by itself at its close time; changed ballots count once; a failed ballot keeps the gate shut', async () => {
    const standard = await standardInTechnicalReview(secretariat, '函审的标准');
    const experts = await panelMembers(server, 'ballot-expert', 3);
    const { review, motionId } = await setUpReview(standard, correspondenceRequest('correspondence_national', 2500), experts);
    // The scheduler opens it: its opening time has passed.
    await eventually(async () => expect(((await secretariat.get(`/api/motions/${motionId}`)).body as Motion).state).toBe('open'));
    const [first, second] = experts;
    if (!first || !second) throw new Error('experts');
    expect((await first.client.post(`/api/motions/${motionId}/ballots`, { vote: 'yes' })).status).toBe(201);
    const changed = await first.client.post(`/api/motions/${motionId}/ballots`, { vote: 'no', reason: '复核后发现第4章数据有误。' });
    expect(changed.status).toBe(201);
    expect((changed.body as { supersedesId: string | null }).supersedesId).not.toBeNull();
    expect((await second.client.post(`/api/motions/${motionId}/ballots`, { vote: 'no', reason: '同上。' })).status).toBe(201);
    let closed: Motion | undefined;
    await eventually(async () => {
      closed = (await secretariat.get(`/api/motions/${motionId}`)).body as Motion;
      expect(closed.state).toBe('closed');
    }, 10_000);
    if (!closed) throw new Error('the ballot did not close');
    // 2 of 3 returned meets 2/3; 0 yes of 2 returned: failed.
    expect(closed.tally).toMatchObject({ eligible: 3, participating: 2, yes: 0, no: 2, notVoted: 1, outcome: 'failed' });
    expect(closed.rollCall.find((entry) => entry.displayName === '专家1')).toMatchObject({ vote: 'no', changes: 1 });
    const refused = await secretariat.post(`/api/standards/${standard.standardId}/stage`, { to: 'approval' });
    expect(refused.status).toBe(409);
    expect((refused.body as ErrorBody).error.message).toContain('no_passed_review');
    expect(((await secretariat.get(`/api/reviews/${review.id}`)).body as Review).outcome).toBe('failed');
  });

  it('lets a site administrator define a rule set and make it the default; others may not', async () => {
    const administrator = await loggedInClient(server.url, 'review-secretary');
    const definition = {
      id: 'board_unanimous',
      name: { zh: '理事会一致同意', en: 'Board, unanimous' },
      kinds: ['meeting'],
      participation: 'attendance',
      quorum: { numerator: 1, denominator: 1 },
      pass: { share: { numerator: 1, denominator: 1 }, base: 'eligible' },
      negativeCap: null,
      abstentionLimit: null,
      negativeNeedsReason: true,
      negativeWithoutReasonCounted: true,
      ballotsChangeableBeforeClose: false,
      noticePeriodDays: 5,
      secretariatMayVote: true,
      excludeDraftingOrganisations: true,
      organisationShareLimit: null,
    };
    expect(codeOf(await outsider.post('/api/rule-sets', definition))).toBe('forbidden');
    expect((await administrator.post('/api/rule-sets', definition)).status).toBe(201);
    expect(codeOf(await administrator.post('/api/rule-sets', definition))).toBe('rule_set_exists');
    expect(codeOf(await administrator.post('/api/rule-sets', { ...definition, id: 'bad_share', pass: { share: { numerator: 3, denominator: 2 }, base: 'eligible' } }))).toBe('invalid_request');
    const changed = await administrator.request('PUT', '/api/site-settings/default-rule-set', { ruleSetId: 'board_unanimous' });
    expect((changed.body as { defaultRuleSetId: string }).defaultRuleSetId).toBe('board_unanimous');
    expect(codeOf(await administrator.request('PUT', '/api/site-settings/default-rule-set', { ruleSetId: 'nothing_like_it' }))).toBe('unknown_rule_set');
    await administrator.request('PUT', '/api/site-settings/default-rule-set', { ruleSetId: 'group_typical' });
  });
});
