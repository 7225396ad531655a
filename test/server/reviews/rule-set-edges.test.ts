import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Motion } from '../../../shared/api/reviews';
import type { Vote } from '../../../shared/domain/review/tally';
import { signedUpClient, type ApiClient } from '../../helpers/api-client';
import { correspondenceRequest, meetingRequest, panelMembers, setUpReview, standardInTechnicalReview } from '../../helpers/review-setup';
import { startTestServer, type TestServer } from '../../helpers/test-server';

/** A ballot as the scenario writes it: y, n (with a reason), x (a no without a reason), a (abstain). */
type BallotLetter = 'y' | 'n' | 'x' | 'a';

interface Scenario {
  ruleSetId: string;
  /** The presets' own kind unless a scenario says otherwise. */
  kind?: 'meeting' | 'correspondence';
  edge: string;
  eligible: number;
  /** Meetings: how many of the eligible are present (the first ones). */
  present?: number;
  /** The ballots of the first members, in order. */
  ballots: string;
  outcome: 'passed' | 'failed' | 'no_quorum';
  expected?: Partial<NonNullable<Motion['tally']>>;
}

const meetingRuleSets = new Set(['group_typical', 'association_strict', 'national_2022']);

/** Every preset at its thresholds: just below, equal, just above (domain §5; the numbers in the comments). */
const scenarios: Scenario[] = [
  // group_typical: quorum 2/3 of 9 = 6 present; pass 3/4 of present.
  { ruleSetId: 'group_typical', edge: 'quorum just below (5 of 9 present, 6 needed)', eligible: 9, present: 5, ballots: 'yyyyy', outcome: 'no_quorum', expected: { quorumNeeded: 6 } },
  { ruleSetId: 'group_typical', edge: 'quorum equal (6 of 9), pass equal (5 of 6 needed)', eligible: 9, present: 6, ballots: 'yyyyyn', outcome: 'passed', expected: { yesNeeded: 5 } },
  { ruleSetId: 'group_typical', edge: 'pass just below (5 of 8 present, 6 needed)', eligible: 9, present: 8, ballots: 'yyyyynna', outcome: 'failed', expected: { yesNeeded: 6 } },
  { ruleSetId: 'group_typical', edge: 'pass equal, abstentions count as present (6 of 8)', eligible: 9, present: 8, ballots: 'yyyyyyaa', outcome: 'passed' },
  { ruleSetId: 'group_typical', edge: 'pass just above (7 of 8)', eligible: 9, present: 8, ballots: 'yyyyyyyn', outcome: 'passed' },
  // association_strict: 4/5 of all 5 eligible = 4, present or not.
  { ruleSetId: 'association_strict', edge: 'just below (3 of 5)', eligible: 5, present: 5, ballots: 'yyynn', outcome: 'failed', expected: { yesNeeded: 4 } },
  { ruleSetId: 'association_strict', edge: 'equal (4 of 5), one absent', eligible: 5, present: 4, ballots: 'yyyy', outcome: 'passed' },
  { ruleSetId: 'association_strict', edge: 'above (5 of 5)', eligible: 5, present: 5, ballots: 'yyyyy', outcome: 'passed' },
  // association_strict by correspondence: returned ballots take part, nobody attends.
  { ruleSetId: 'association_strict', kind: 'correspondence', edge: 'by correspondence, equal (4 of 5 returned yes)', eligible: 5, ballots: 'yyyy', outcome: 'passed', expected: { participating: 4 } },
  // national_2022: 3/4 of 4 present = 3.
  { ruleSetId: 'national_2022', edge: 'just below (2 of 4)', eligible: 5, present: 4, ballots: 'yynn', outcome: 'failed', expected: { yesNeeded: 3 } },
  { ruleSetId: 'national_2022', edge: 'equal (3 of 4)', eligible: 5, present: 4, ballots: 'yyyn', outcome: 'passed' },
  { ruleSetId: 'national_2022', edge: 'above (4 of 4)', eligible: 5, present: 4, ballots: 'yyyy', outcome: 'passed' },
  // correspondence_national: 2/3 of 6 = 4 returned; 3/4 of returned.
  { ruleSetId: 'correspondence_national', edge: 'returned just below (3 of 6, 4 needed): held again', eligible: 6, ballots: 'yyy', outcome: 'no_quorum', expected: { quorumNeeded: 4 } },
  { ruleSetId: 'correspondence_national', edge: 'returned equal, pass just below (2 of 4)', eligible: 6, ballots: 'yynn', outcome: 'failed', expected: { yesNeeded: 3 } },
  { ruleSetId: 'correspondence_national', edge: 'pass equal (3 of 4)', eligible: 6, ballots: 'yyyn', outcome: 'passed' },
  { ruleSetId: 'correspondence_national', edge: 'returned above, pass above (5 of 5)', eligible: 6, ballots: 'yyyyy', outcome: 'passed' },
  // iso_dis: no ≤ 1/4 of (yes + counted no) is the binding rule; a no without reasons is not counted; abstentions excluded.
  { ruleSetId: 'iso_dis', edge: 'negatives below the cap (1 of 5 cast)', eligible: 8, ballots: 'yyyyna', outcome: 'passed' },
  { ruleSetId: 'iso_dis', edge: 'negatives equal to the cap (2 of 8 cast)', eligible: 8, ballots: 'yyyyyynn', outcome: 'passed', expected: { noAllowed: 2 } },
  { ruleSetId: 'iso_dis', edge: 'negatives just above the cap (3 of 9 cast)', eligible: 9, ballots: 'yyyyyynnn', outcome: 'failed' },
  { ruleSetId: 'iso_dis', edge: 'a no without reasons is not counted', eligible: 9, ballots: 'yyyyyynnx', outcome: 'passed', expected: { no: 2, noNotCounted: 1 } },
  // ieee: returned ≥ 3/4 of 10 = 8; yes ≥ 3/4 of (yes + no); abstentions < 3/10 of returned.
  { ruleSetId: 'ieee', edge: 'returned just below (7 of 10)', eligible: 10, ballots: 'yyyyyyy', outcome: 'no_quorum', expected: { quorumNeeded: 8 } },
  { ruleSetId: 'ieee', edge: 'returned equal, yes equal (6 of 8 cast)', eligible: 10, ballots: 'yyyyyynn', outcome: 'passed' },
  { ruleSetId: 'ieee', edge: 'yes just below (5 of 7 cast)', eligible: 10, ballots: 'yyyyynna', outcome: 'failed' },
  { ruleSetId: 'ieee', edge: 'abstentions equal to 3/10 of returned fail', eligible: 10, ballots: 'yyyyyyyaaa', outcome: 'failed', expected: { abstainAllowed: 2 } },
  { ruleSetId: 'ieee', edge: 'abstentions just below (2 of 10)', eligible: 10, ballots: 'yyyyyyyyaa', outcome: 'passed' },
  // oasis_special: yes ≥ 2/3 of 8 eligible (6); no ≤ 1/4 of 8 (2); abstentions not counted.
  { ruleSetId: 'oasis_special', edge: 'yes just below (5 of 8)', eligible: 8, ballots: 'yyyyyaa', outcome: 'failed', expected: { yesNeeded: 6 } },
  { ruleSetId: 'oasis_special', edge: 'yes equal, no equal to the cap (6 and 2)', eligible: 8, ballots: 'yyyyyynn', outcome: 'passed', expected: { noAllowed: 2 } },
  { ruleSetId: 'oasis_special', edge: 'no just above the cap (6 and 3 of 9)', eligible: 9, ballots: 'yyyyyynnn', outcome: 'failed' },
];

const votesOf: Record<BallotLetter, { vote: Vote; reason?: string }> = {
  y: { vote: 'yes' },
  n: { vote: 'no', reason: '技术内容需要修改。' },
  x: { vote: 'no' },
  a: { vote: 'abstain' },
};

describe('every preset at its threshold edges, through the API', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let experts: Array<{ username: string; client: ApiClient }>;

  beforeAll(async () => {
    server = await startTestServer();
    secretariat = await signedUpClient(server.url, 'edges-secretary');
    experts = await panelMembers(server, 'edge-expert', 10);
  }, 60_000);
  afterAll(async () => {
    await server.stop();
  });

  it.each(scenarios)('$ruleSetId: $edge → $outcome', async (scenario) => {
    const meeting = scenario.kind === undefined ? meetingRuleSets.has(scenario.ruleSetId) : scenario.kind === 'meeting';
    const standard = await standardInTechnicalReview(secretariat, `${scenario.ruleSetId} ${scenario.edge}`);
    const panel = experts.slice(0, scenario.eligible);
    const request = meeting ? meetingRequest(scenario.ruleSetId) : correspondenceRequest(scenario.ruleSetId, 3_600_000, 600_000);
    const { review, motionId } = await setUpReview(standard, request, panel);
    expect((await secretariat.post(`/api/motions/${motionId}/open`, {})).status).toBe(200);
    if (meeting) {
      for (const expert of panel.slice(0, scenario.present ?? scenario.eligible)) {
        expect((await secretariat.post(`/api/reviews/${review.id}/attendance`, { username: expert.username, present: true })).status).toBe(200);
      }
    }
    const letters = [...scenario.ballots] as BallotLetter[];
    for (const [index, letter] of letters.entries()) {
      const voter = panel[index];
      if (!voter) throw new Error(`the scenario has more ballots than members: ${scenario.edge}`);
      const response = await voter.client.post(`/api/motions/${motionId}/ballots`, votesOf[letter]);
      expect(response.status, JSON.stringify(response.body)).toBe(201);
    }
    const closed = (await secretariat.post(`/api/motions/${motionId}/close`, {})).body as Motion;
    expect(closed.outcome).toBe(scenario.outcome);
    expect(closed.tally).toMatchObject({ eligible: scenario.eligible, ...scenario.expected });
  });
});
