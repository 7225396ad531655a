import type { PerServer } from './alternate';
import type { BenchSettings } from './bench-settings';
import type { InProcessReplay } from './editing-trace';
import type { BallotBurstFigures, ColdOpenFigures, CommentBurstFigures, DurableWritesFigures, FanOutFigures, TraceReplayFigures } from './figures';
import type { NumberingAndCheckingResult } from './numbering-and-checking-scenario';
import type { DocumentExportFigures } from './document-export-scenario';
import { formatFigure, ResultsTable } from './results-table';

export interface TargetResult {
  target: string;
  measured: string;
  pass: boolean;
}

export interface BenchResults {
  generatedAt: string;
  command: string;
  settings: BenchSettings;
  machine: { cpus: number; cpuModel: string; node: string };
  fanOut: Array<{ editors: number } & PerServer<FanOutFigures>>;
  manyDocuments: { documents: number; editorsPerDocument: number } & PerServer<FanOutFigures>;
  durableWrites: PerServer<DurableWritesFigures>;
  traceReplay: {
    trace: string;
    operations: number;
    totalOperations: number;
    prefixOnly: boolean;
    inProcessFloor: InProcessReplay & { millisecondsPerThousandOperations: number };
  } & PerServer<TraceReplayFigures>;
  coldOpen: { updateBytes: number; browserAvailable: boolean } & PerServer<ColdOpenFigures>;
  numberingAndChecking: NumberingAndCheckingResult;
  commentBurst: CommentBurstFigures;
  ballotBurst: BallotBurstFigures;
  documentExport: DocumentExportFigures;
  targets: TargetResult[];
  failedIntegrityChecks: string[];
  durationsSeconds: Record<string, number>;
  totalSeconds: number;
}

function megabytePair(first: number | null, second: number | null): string | null {
  if (first === null || second === null) return null;
  return `${formatFigure(first / 1024 / 1024, 1)} / ${formatFigure(second / 1024 / 1024, 1)}`;
}

function addFanOutRows(table: ResultsTable, figures: PerServer<FanOutFigures>): void {
  const { normdraft: ours, baseline } = figures;
  table
    .row('latency to all others p50 (ms)', ours.latencyMilliseconds.p50, baseline.latencyMilliseconds.p50)
    .row('latency to all others p95 (ms)', ours.latencyMilliseconds.p95, baseline.latencyMilliseconds.p95)
    .row('latency to all others p99 (ms)', ours.latencyMilliseconds.p99, baseline.latencyMilliseconds.p99)
    .row('acknowledgement p99 (ms)', ours.acknowledgementMilliseconds.p99, baseline.acknowledgementMilliseconds.p99)
    .row('server CPU per delivered update (µs)', ours.serverCpuMicrosecondsPerDelivery, baseline.serverCpuMicrosecondsPerDelivery)
    .row('server CPU (% of a core)', ours.serverCpuPercent, baseline.serverCpuPercent, { decimals: 0 })
    .row('load generator CPU (% of a core)', ours.generatorCpuPercent, baseline.generatorCpuPercent, { decimals: 0, ratio: false })
    .row('longest wait for the backlog after typing (ms)', ours.longestDrainMilliseconds, baseline.longestDrainMilliseconds, { decimals: 0, ratio: false })
    .row('CPU time the host took from this machine, worst window (%)', ours.mostHostStolenPercent, baseline.mostHostStolenPercent, { decimals: 0, ratio: false })
    .row('connecting every client (s)', ours.connectMilliseconds / 1000, baseline.connectMilliseconds / 1000, { decimals: 1 })
    .row('measured edits / deliveries', `${ours.measuredEdits}/${ours.measuredDeliveries}`, `${baseline.measuredEdits}/${baseline.measuredDeliveries}`)
    .row('lost deliveries / unacked / diverged', `${ours.lostDeliveries}/${ours.unacknowledgedEdits}/${ours.divergedParagraphs}`, `${baseline.lostDeliveries}/${baseline.unacknowledgedEdits}/${baseline.divergedParagraphs}`);
}

export function buildResultsTable(results: BenchResults): string {
  const { settings } = results;
  const table = new ResultsTable();
  const window = `${settings.editsPerSecond} edits/s per editor, ${settings.measuredSeconds} s measured after ${settings.warmupSeconds} s warm-up, ${settings.repetitions} alternating windows per server`;
  for (const size of results.fanOut) {
    table.section(`1. Fan-out: ${size.editors} editors on one document (${window})`);
    addFanOutRows(table, size);
  }
  const many = results.manyDocuments;
  table.section(`2. Many documents: ${many.documents} documents × ${many.editorsPerDocument} editors (${window})`);
  addFanOutRows(table, many);
  table
    .row('server RSS per open document (KB)', many.normdraft.rssPerDocumentKilobytes, many.baseline.rssPerDocumentKilobytes, { decimals: 0 })
    .row('server heap per open document (KB)', many.normdraft.heapPerDocumentKilobytes, many.baseline.heapPerDocumentKilobytes, { decimals: 0 });

  const durable = results.durableWrites;
  table
    .section(`3. Durable writes: one writer, bursts of ${durable.normdraft.updatesPerRun} updates (ours on disk before the ack; baseline in memory)`)
    .row('acknowledged updates/s', durable.normdraft.acknowledgedUpdatesPerSecond, durable.baseline.acknowledgedUpdatesPerSecond, { decimals: 0 })
    .row('server CPU per update (µs)', durable.normdraft.serverCpuMicrosecondsPerUpdate, durable.baseline.serverCpuMicrosecondsPerUpdate, { decimals: 0 })
    .row('unacked / diverged runs', `${durable.normdraft.unacknowledged}/${durable.normdraft.divergedRuns}`, `${durable.baseline.unacknowledged}/${durable.baseline.divergedRuns}`);

  const replay = results.traceReplay;
  const scope = replay.prefixOnly
    ? `PREFIX ONLY: the first ${replay.operations} of ${replay.totalOperations} operations, checked against the prefix's own expected text`
    : `all ${replay.operations} operations, checked against endContent`;
  table
    .section(`4. Replay of ${replay.trace} (${scope}); one writer, 3 watchers, ${replay.normdraft.runs} run(s) per server`)
    .row('total time (s)', replay.normdraft.totalMilliseconds / 1000, replay.baseline.totalMilliseconds / 1000)
    .row('time per 1,000 operations (ms)', replay.normdraft.millisecondsPerThousandOperations, replay.baseline.millisecondsPerThousandOperations, { decimals: 0 })
    .row('in-process Yjs replay, the floor (ms per 1,000 ops)', replay.inProcessFloor.millisecondsPerThousandOperations, null, { decimals: 1, ratio: false })
    .row('server CPU (s)', replay.normdraft.serverCpuMilliseconds / 1000, replay.baseline.serverCpuMilliseconds / 1000)
    .row('server RSS after replay, document open (MB)', replay.normdraft.serverRssMegabytes, replay.baseline.serverRssMegabytes, { decimals: 1 })
    .row('server heap growth, document open (MB)', replay.normdraft.serverHeapGrowthMegabytes, replay.baseline.serverHeapGrowthMegabytes, { decimals: 1 })
    .row('stored snapshot + log (KB)', replay.normdraft.storedSnapshotBytes === null ? null : (replay.normdraft.storedSnapshotBytes + (replay.normdraft.storedLogBytes ?? 0)) / 1024, 'in memory', { decimals: 1 })
    .row('SQLite file / its WAL, whole bench database (MB)', megabytePair(replay.normdraft.databaseFileBytes, replay.normdraft.writeAheadLogBytes), null, { ratio: false })
    .row('Yjs encoded size in process (KB)', replay.inProcessFloor.encodedBytes / 1024, null, { decimals: 1, ratio: false })
    .row('watchers without the final text', replay.normdraft.watchersWithoutFinalText, replay.baseline.watchersWithoutFinalText, { decimals: 0, ratio: false })
    .row('wrong text after kill -9 and restart', replay.normdraft.wrongAfterRestart, 'no storage', { decimals: 0, ratio: false })
    .row('in-process replay equals the expected text', String(replay.inProcessFloor.matches), null, { ratio: false });

  const cold = results.coldOpen;
  table
    .section(`5. Cold open of the generated 150-page standard (${(cold.updateBytes / 1024).toFixed(0)} KB of Yjs state); baseline: the same state held in memory`)
    .row('SQLite read + Yjs decode (ms)', cold.normdraft.sqliteLoadMilliseconds, 'in memory', { decimals: 0 })
    .row('ticket + first sync, document not open (ms)', cold.normdraft.firstSyncMilliseconds, cold.baseline.firstSyncMilliseconds, { decimals: 0 })
    .row('Chromium: app shell loaded, DOMContentLoaded (ms)', cold.browserAvailable ? cold.normdraft.browserShellMilliseconds : 'no chromium', null, { decimals: 0, ratio: false })
    .row('Chromium: text visible (ms)', cold.browserAvailable ? cold.normdraft.browserVisibleMilliseconds : 'no chromium', null, { decimals: 0, ratio: false })
    .row('Chromium: whole document rendered (ms)', cold.browserAvailable ? cold.normdraft.browserCompleteMilliseconds : 'no chromium', null, { decimals: 0, ratio: false });

  const numbering = results.numberingAndChecking;
  table
    .section(`6. Numbering + checking per keystroke on ${numbering.clauses} clauses / ${numbering.tables} tables (${settings.keystrokes} keystrokes); baseline: the transaction alone`)
    .row('p50 (ms)', numbering.numberingAndChecking.p50, numbering.transaction.p50)
    .row('p95 (ms)', numbering.numberingAndChecking.p95, numbering.transaction.p95)
    .row('p99 (ms)', numbering.numberingAndChecking.p99, numbering.transaction.p99)
    .row('numbering alone p50 / p99 (ms)', `${formatFigure(numbering.numbering.p50)} / ${formatFigure(numbering.numbering.p99)}`, null, { ratio: false });

  const comments = results.commentBurst;
  const ballots = results.ballotBurst;
  table
    .section(`7. Bursts (our server only: a bare Hocuspocus has no comments or votes)`)
    .row(`${comments.submitted / Math.max(1, comments.rounds)} comments within 1 s: ack p50 / p99 (ms)`, `${formatFigure(comments.acknowledgementMilliseconds.p50, 0)} / ${formatFigure(comments.acknowledgementMilliseconds.p99, 0)}`, null, { ratio: false })
    .row('comments refused / lost / duplicated', `${comments.refused}/${comments.lost}/${comments.duplicated}`, null, { ratio: false })
    .row(`${ballots.cast / Math.max(1, ballots.rounds)} ballots within 1 s while 3 people type: ack p50 / p99 (ms)`, `${formatFigure(ballots.acknowledgementMilliseconds.p50, 0)} / ${formatFigure(ballots.acknowledgementMilliseconds.p99, 0)}`, null, { ratio: false })
    .row('ballots refused / lost / duplicated; keystrokes meanwhile', `${ballots.refused}/${ballots.lost}/${ballots.duplicated}; ${ballots.keystrokes}`, null, { ratio: false });

  const exported = results.documentExport;
  table
    .section(`8. The 150-page standard as a file, through the API (median of ${exported.runs}; our server only)`)
    .row('Word (.docx): request to last byte (ms); size (KB)', `${formatFigure(exported.wordMilliseconds, 0)}; ${formatFigure(exported.wordBytes / 1024, 0)}`, null, { ratio: false })
    .row('PDF (Word, then LibreOffice): request to last byte (ms); size (KB)', exported.pdfMilliseconds === null ? 'LibreOffice not installed' : `${formatFigure(exported.pdfMilliseconds, 0)}; ${formatFigure((exported.pdfBytes ?? 0) / 1024, 0)}`, null, { ratio: false });

  const targetLines = results.targets.map((target) => `${target.pass ? 'PASS' : 'FAIL'}  ${target.target}: ${target.measured}`);
  const integrity = results.failedIntegrityChecks.length === 0 ? 'no lost, unacknowledged or diverged update in any scenario' : `FAILED: ${results.failedIntegrityChecks.join('; ')}`;
  return [
    `Normdraft bench, ${settings.mode} mode, ${results.machine.cpus} cores (${results.machine.cpuModel}), Node ${results.machine.node}`,
    table.render(),
    '',
    'Targets',
    ...targetLines,
    '',
    `Integrity: ${integrity}`,
  ].join('\n');
}
