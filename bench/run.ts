// `npm run bench [-- --quick]`: our server against a bare Hocuspocus baseline, alternately, in the same run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { alternate, type PerServer } from './alternate';
import { disposeTarget, startTarget, type BenchTarget } from './bench-servers';
import { benchSettings } from './bench-settings';
import { launchBenchBrowser, prepareLargeStandard, runColdOpen } from './cold-open-scenario';
import { closeBallotBurst, prepareBallotBurst, runBallotBurst, type BallotBurstRun } from './ballot-burst-scenario';
import { prepareCommentBurst, runCommentBurst, type CommentBurstRun } from './comment-burst-scenario';
import { runDocumentExport } from './document-export-scenario';
import { runDurableWrites } from './durable-writes-scenario';
import { describeScenarioMetrics, scrapeMetrics } from './metrics-scrape';
import { loadEditingTrace, replayInProcess } from './editing-trace';
import { FanOutSession, type FanOutOptions } from './fan-out-scenario';
import { ballotBurstFigures, coldOpenFigures, commentBurstFigures, durableWritesFigures, fanOutFigures, traceReplayFigures, type FanOutFigures, type TraceReplayFigures } from './figures';
import { runNumberingAndCheckingScenario } from './numbering-and-checking-scenario';
import { buildResultsTable, type BenchResults } from './report';
import { evaluateTargets, failedIntegrityChecks } from './targets';
import { runTraceReplay, type TraceReplayRun } from './trace-replay-scenario';

const settings = benchSettings(process.argv.includes('--quick'));
const benchStart = performance.now();
const durations: Record<string, number> = {};

async function timed<Result>(name: string, work: () => Promise<Result>): Promise<Result> {
  const start = performance.now();
  process.stdout.write(`… ${name}\n`);
  const result = await work();
  durations[name] = (performance.now() - start) / 1000;
  return result;
}

const servers: PerServer<BenchTarget> = { normdraft: await startTarget('normdraft'), baseline: await startTarget('baseline') };
process.stdout.write(`Servers started (${settings.mode} mode): our server and a bare Hocuspocus, each in its own process.\n`);

/** Both servers get their documents and editors connected first; then their typing windows alternate. */
async function fanOut(options: FanOutOptions): Promise<PerServer<FanOutFigures>> {
  const sessions = { normdraft: await FanOutSession.start(servers.normdraft, options), baseline: await FanOutSession.start(servers.baseline, options) };
  const windows = await alternate(servers, settings.repetitions, (target) => sessions[target.kind].typeWindow());
  return { normdraft: fanOutFigures(windows.normdraft, await sessions.normdraft.finish()), baseline: fanOutFigures(windows.baseline, await sessions.baseline.finish()) };
}

const typing = { editsPerSecond: settings.editsPerSecond, warmupSeconds: settings.warmupSeconds, measuredSeconds: settings.measuredSeconds };
const fanOutSizes: Array<{ editors: number } & PerServer<FanOutFigures>> = [];
for (const editors of settings.fanOutEditors) {
  fanOutSizes.push({ editors, ...(await timed(`fan-out, ${editors} editors on one document`, () => fanOut({ documents: 1, editorsPerDocument: editors, ...typing }))) });
}
const { documents, editorsPerDocument } = settings.manyDocuments;
const manyDocuments = await timed(`${documents} documents × ${editorsPerDocument} editors`, () => fanOut({ documents, editorsPerDocument, ...typing }));

const metricsBeforeDurableWrites = await scrapeMetrics(servers.normdraft);
const durableRuns = await timed('durable writes', () => alternate(servers, settings.repetitions, (target) => runDurableWrites(target, settings.durableUpdates)));
process.stdout.write(`${describeScenarioMetrics('durable writes', metricsBeforeDurableWrites, await scrapeMetrics(servers.normdraft))}\n`);

const trace = loadEditingTrace('automerge-paper.json.gz', settings.traceOperations);
const floor = replayInProcess(trace);
const traceRuns: PerServer<TraceReplayRun[]> = await timed(`replay of ${trace.name} (${trace.operations.length} operations)`, () =>
  alternate(servers, settings.traceRepetitions, async (target) => {
    const { run, target: current } = await runTraceReplay(target, trace);
    servers[current.kind] = current;
    return run;
  }),
);

const coldOpen = await timed('cold open of the 150-page standard', async () => {
  // The importing client leaves, so our server stores the document and unloads it; the baseline's copy is held open.
  const prepared = { normdraft: await prepareLargeStandard(servers.normdraft), baseline: await prepareLargeStandard(servers.baseline) };
  const browser = await launchBenchBrowser();
  try {
    // Unmeasured first open: the server's code for loading and encoding runs for the first time here.
    await runColdOpen(servers.normdraft, prepared.normdraft, null);
    const runs = await alternate(servers, settings.coldOpenRepetitions, (target) => runColdOpen(target, prepared[target.kind], browser));
    return { runs, updateBytes: prepared.normdraft.updateBytes, browserAvailable: browser !== null };
  } finally {
    prepared.baseline.holder?.close();
    await browser?.close();
  }
});

const numbering = await timed('numbering and checking', async () => runNumberingAndCheckingScenario(settings.keystrokes));

const commentRuns = await timed(`burst of ${settings.commentStakeholders} comments`, async () => {
  const setup = await prepareCommentBurst(servers.normdraft, settings.commentStakeholders);
  const runs: CommentBurstRun[] = [];
  for (let round = 1; round <= settings.commentRounds; round += 1) runs.push(await runCommentBurst(servers.normdraft, setup, round));
  return runs;
});

const ballotRuns = await timed(`burst of ${settings.panelMembers} ballots while 3 people type`, async () => {
  const setup = await prepareBallotBurst(servers.normdraft, settings.panelMembers);
  const runs: BallotBurstRun[] = [];
  for (let round = 1; round <= settings.ballotRounds; round += 1) runs.push(await runBallotBurst(servers.normdraft, setup, round));
  closeBallotBurst(setup);
  return runs;
});

const documentExport = await timed('Word and PDF export of the 150-page standard', () => runDocumentExport(servers.normdraft, 3));

await disposeTarget(servers.normdraft);
await disposeTarget(servers.baseline);

const traceFigures: PerServer<TraceReplayFigures> = { normdraft: traceReplayFigures(traceRuns.normdraft), baseline: traceReplayFigures(traceRuns.baseline) };
const results: BenchResults = {
  generatedAt: new Date().toISOString(),
  command: settings.mode === 'quick' ? 'npm run bench -- --quick' : 'npm run bench',
  settings,
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version },
  fanOut: fanOutSizes,
  manyDocuments: { documents, editorsPerDocument, ...manyDocuments },
  durableWrites: { normdraft: durableWritesFigures(durableRuns.normdraft), baseline: durableWritesFigures(durableRuns.baseline) },
  traceReplay: {
    trace: trace.name,
    operations: trace.operations.length,
    totalOperations: trace.totalOperations,
    prefixOnly: trace.operations.length < trace.totalOperations,
    ...traceFigures,
    inProcessFloor: { ...floor, millisecondsPerThousandOperations: (1000 * floor.milliseconds) / trace.operations.length },
  },
  coldOpen: {
    updateBytes: coldOpen.updateBytes,
    browserAvailable: coldOpen.browserAvailable,
    normdraft: coldOpenFigures(coldOpen.runs.normdraft),
    baseline: coldOpenFigures(coldOpen.runs.baseline),
  },
  numberingAndChecking: numbering,
  commentBurst: commentBurstFigures(commentRuns),
  ballotBurst: ballotBurstFigures(ballotRuns),
  documentExport,
  targets: [],
  failedIntegrityChecks: [],
  durationsSeconds: durations,
  totalSeconds: 0,
};
results.targets = evaluateTargets(results);
results.failedIntegrityChecks = failedIntegrityChecks(results);
results.totalSeconds = (performance.now() - benchStart) / 1000;

process.stdout.write(`${buildResultsTable(results)}\n`);
const resultsDirectory = join(import.meta.dirname, 'results');
mkdirSync(resultsDirectory, { recursive: true });
writeFileSync(join(resultsDirectory, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`\nFigures written to bench/results/latest.json; the whole run took ${results.totalSeconds.toFixed(0)} s.\n`);
process.exit(results.failedIntegrityChecks.length > 0 ? 1 : 0);
