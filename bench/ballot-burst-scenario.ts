import { signedUpClient, type ApiClient } from '../test/helpers/api-client';
import { appendBenchClauses, benchParagraphText } from './bench-paragraphs';
import type { BenchTarget } from './bench-servers';
import { mapWithConcurrency, sleep } from './pacing';
import { connectRawClient, type RawCollaborationClient } from './raw-collaboration-client';

export interface BallotBurstSetup {
  standardId: string;
  motionId: string;
  panel: ApiClient[];
  typists: RawCollaborationClient[];
}

export interface BallotBurstRun {
  cast: number;
  /** Per ballot, from sending until the 201 arrived (ms). */
  acknowledgementLatencies: number[];
  refused: number;
  /** Acknowledged with 201 and missing from the standard's record log. */
  lost: number;
  /** Recorded more than once. */
  duplicated: number;
  keystrokes: number;
}

const typistCount = 3;
const typistClauseIds = Array.from({ length: typistCount }, (_unused, index) => `bench-ballot-typist-${index}`);
/** Each typist's keystroke interval during the burst. */
const keystrokeMilliseconds = 50;

async function must(pending: Promise<{ status: number; body: unknown }>, what: string): Promise<unknown> {
  const response = await pending;
  if (response.status >= 300) throw new Error(`${what} refused: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/**
 * A standard in 技术审查 with a correspondence ballot open (its rule set lets members change their ballot, so every
 * round reuses it), `count` panel members from as many organisations, and three typists in the draft.
 */
export async function prepareBallotBurst(target: BenchTarget, count: number): Promise<BallotBurstSetup> {
  const owner = target.owner;
  if (!owner) throw new Error('reviews exist only on our server');
  const document = await target.newDocument();
  const standardId = document.standardId ?? '';
  const connect = async () => connectRawClient({ websocketUrl: target.websocketUrl, documentName: document.name, token: await document.token(), replica: false });
  // Editors apply only the state they load, so the others join once the first has added every typist's clause.
  const first = await connect();
  appendBenchClauses(first.document, typistClauseIds);
  await first.allAcknowledged();
  const typists: RawCollaborationClient[] = [first];
  while (typists.length < typistCount) typists.push(await connect());
  for (const to of ['public_comment', 'technical_review']) await must(owner.post(`/api/standards/${standardId}/stage`, { to }), `move to ${to}`);
  const { versions } = (await must(owner.get(`/api/standards/${standardId}/versions`), 'versions')) as { versions: Array<{ id: string; createdAt: string }> };
  const versionId = [...versions].sort((left, right) => right.createdAt.localeCompare(left.createdAt))[0]?.id ?? '';
  const review = (await must(
    owner.post(`/api/standards/${standardId}/reviews`, {
      kind: 'correspondence',
      versionId,
      ruleSetId: 'correspondence_national',
      opensAt: new Date(Date.now() + 600_000).toISOString(),
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
    }),
    'review',
  )) as { id: string; motions: Array<{ id: string }> };
  const panel = await mapWithConcurrency(
    Array.from({ length: count }, (_unused, index) => index),
    4,
    (index) => signedUpClient(target.url, `panel${index}`, `专家${index}`),
  );
  // One organisation each: this rule set lets no organisation hold more than a quarter of the voters.
  const members = panel.map((_client, index) => ({ username: `panel${index}`, organisation: `审查单位${index}`, position: index === 0 ? 'chair' : 'member' }));
  await must(owner.request('PUT', `/api/reviews/${review.id}/panel`, { members }), 'panel');
  await must(owner.post(`/api/reviews/${review.id}/materials`, {}), 'materials');
  const motionId = review.motions[0]?.id ?? '';
  await must(owner.post(`/api/motions/${motionId}/open`, {}), 'open the ballot');
  return { standardId, motionId, panel, typists };
}

/** Three people type while every member returns a ballot, spread evenly over one second; then the log has each once. */
export async function runBallotBurst(target: BenchTarget, setup: BallotBurstSetup, round: number): Promise<BallotBurstRun> {
  const owner = target.owner;
  if (!owner) throw new Error('reviews exist only on our server');
  let typing = true;
  let keystrokes = 0;
  const typed = setup.typists.map(async (typist, index) => {
    const text = benchParagraphText(typist.document, typistClauseIds[index] ?? '');
    while (typing) {
      text.insert(text.length, index % 2 === 0 ? '审' : 'v');
      keystrokes += 1;
      await sleep(keystrokeMilliseconds);
    }
  });
  const spacing = 1000 / setup.panel.length;
  const outcomes = await Promise.all(
    setup.panel.map(async (member, index) => {
      await sleep(index * spacing);
      const body = round % 2 === 1 ? { vote: 'yes' } : { vote: 'no', reason: `第${round}轮：需要修改。` };
      const start = performance.now();
      const response = await member.post(`/api/motions/${setup.motionId}/ballots`, body);
      return { status: response.status, milliseconds: performance.now() - start, id: response.status === 201 ? (response.body as { id: string }).id : null };
    }),
  );
  typing = false;
  await Promise.all(typed);
  await Promise.all(setup.typists.map((typist) => typist.allAcknowledged()));
  const exported = (await must(owner.get(`/api/standards/${setup.standardId}/ledger-export`), 'ledger export')) as { records: Array<{ canonical: string }> };
  const recordedCounts = new Map<string, number>();
  for (const { canonical } of exported.records) {
    const record = JSON.parse(canonical) as { kind: string; subjectId: string };
    if (record.kind === 'vote.cast') recordedCounts.set(record.subjectId, (recordedCounts.get(record.subjectId) ?? 0) + 1);
  }
  const acknowledgedIds = outcomes.flatMap((outcome) => (outcome.id === null ? [] : [outcome.id]));
  return {
    cast: outcomes.length,
    acknowledgementLatencies: outcomes.filter((outcome) => outcome.status === 201).map((outcome) => outcome.milliseconds),
    refused: outcomes.filter((outcome) => outcome.status !== 201).length,
    lost: acknowledgedIds.filter((id) => !recordedCounts.has(id)).length,
    duplicated: acknowledgedIds.filter((id) => (recordedCounts.get(id) ?? 0) > 1).length,
    keystrokes,
  };
}

export function closeBallotBurst(setup: BallotBurstSetup): void {
  for (const typist of setup.typists) typist.close();
}
