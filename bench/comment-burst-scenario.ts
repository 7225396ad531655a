import { signedUpClient, type ApiClient } from '../test/helpers/api-client';
import type { BenchTarget } from './bench-servers';
import { appendBenchClauses } from './bench-paragraphs';
import { mapWithConcurrency, sleep } from './pacing';
import { connectRawClient } from './raw-collaboration-client';

export interface CommentBurstSetup {
  standardId: string;
  periodId: string;
  stakeholders: ApiClient[];
}

export interface CommentBurstRun {
  submitted: number;
  /** Per request, from sending until the 201 arrived (ms). */
  acknowledgementLatencies: number[];
  /** Answered with anything but 201: not acknowledged, so not lost, but reported. */
  refused: number;
  /** Acknowledged with 201 and missing from the list. */
  lost: number;
  duplicated: number;
}

const clauseId = 'bench-comment-clause';

/** A standard with an open public comment period, and `count` registered stakeholders (each with a profile). */
export async function prepareCommentBurst(target: BenchTarget, count: number): Promise<CommentBurstSetup> {
  const owner = target.owner;
  if (!owner) throw new Error('comments exist only on our server');
  const document = await target.newDocument();
  const standardId = document.standardId ?? '';
  const writer = await connectRawClient({ websocketUrl: target.websocketUrl, documentName: document.name, token: await document.token(), replica: false });
  appendBenchClauses(writer.document, [clauseId]);
  await writer.allAcknowledged();
  writer.close();
  const version = await owner.post(`/api/standards/${standardId}/versions`, { name: '征求意见稿' });
  const period = await owner.post(`/api/standards/${standardId}/comment-periods`, {
    versionId: (version.body as { id: string }).id,
    endsAt: new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString(),
  });
  if (period.status !== 201) throw new Error(`comment period not opened: ${JSON.stringify(period.body)}`);
  const stakeholders = await mapWithConcurrency(
    Array.from({ length: count }, (_unused, index) => index),
    4,
    async (index) => {
      const stakeholder = await signedUpClient(target.url, `stakeholder${index}`, `意见人${index}`);
      const profile = { fullName: `意见人${index}`, organisation: `单位${index}`, email: `stakeholder${index}@example.com` };
      const saved = await stakeholder.request('PUT', '/api/me/stakeholder-profile', profile);
      if (saved.status !== 200) throw new Error(`stakeholder profile refused: ${JSON.stringify(saved.body)}`);
      return stakeholder;
    },
  );
  return { standardId, periodId: (period.body as { id: string }).id, stakeholders };
}

/** Every stakeholder submits one comment, spread evenly over one second; then the list shows each exactly once. */
export async function runCommentBurst(target: BenchTarget, setup: CommentBurstSetup, round: number): Promise<CommentBurstRun> {
  const owner = target.owner;
  if (!owner) throw new Error('comments exist only on our server');
  const spacing = 1000 / setup.stakeholders.length;
  const textOf = (index: number): string => `基准意见 第${round}轮 第${index}位`;
  const outcomes = await Promise.all(
    setup.stakeholders.map(async (stakeholder, index) => {
      await sleep(index * spacing);
      const start = performance.now();
      const response = await stakeholder.post(`/api/comment-periods/${setup.periodId}/comments`, { clauseId, type: 'te', comment: textOf(index) });
      return { status: response.status, milliseconds: performance.now() - start };
    }),
  );
  const listed = (await owner.get(`/api/standards/${setup.standardId}/comments`)).body as { comments: Array<{ comment: string }> };
  const counts = setup.stakeholders.map((_stakeholder, index) => listed.comments.filter((comment) => comment.comment === textOf(index)).length);
  return {
    submitted: outcomes.length,
    acknowledgementLatencies: outcomes.filter((outcome) => outcome.status === 201).map((outcome) => outcome.milliseconds),
    refused: outcomes.filter((outcome) => outcome.status !== 201).length,
    lost: counts.filter((count, index) => count === 0 && outcomes[index]?.status === 201).length,
    duplicated: counts.filter((count) => count > 1).length,
  };
}
