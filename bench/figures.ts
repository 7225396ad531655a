import type { ColdOpenRun } from './cold-open-scenario';
import type { BallotBurstRun } from './ballot-burst-scenario';
import type { CommentBurstRun } from './comment-burst-scenario';
import type { DurableWritesRun } from './durable-writes-scenario';
import type { FanOutOutcome, FanOutWindow } from './fan-out-scenario';
import { median, summarizeLatencies, type LatencySummary } from './statistics';
import type { TraceReplayRun } from './trace-replay-scenario';

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);

export interface FanOutFigures {
  windows: number;
  measuredEdits: number;
  measuredDeliveries: number;
  /** Pooled over the windows: from an edit until every other client of its document has it. */
  latencyMilliseconds: LatencySummary;
  acknowledgementMilliseconds: LatencySummary;
  serverCpuMicrosecondsPerDelivery: number;
  /** Of one core, during the measured windows. */
  serverCpuPercent: number;
  generatorCpuPercent: number;
  /** Longest wait, after typing stopped, for the last edit to reach everyone. */
  longestDrainMilliseconds: number;
  /** The most the host took from this machine in any of the windows, in percent of its CPU time. */
  mostHostStolenPercent: number;
  connectMilliseconds: number;
  rssPerDocumentKilobytes: number;
  heapPerDocumentKilobytes: number;
  lostDeliveries: number;
  unacknowledgedEdits: number;
  divergedParagraphs: number;
}

export function fanOutFigures(windows: FanOutWindow[], outcome: FanOutOutcome): FanOutFigures {
  const windowMicroseconds = sum(windows.map((window) => window.measuredMilliseconds)) * 1000;
  const deliveries = sum(windows.map((window) => window.measuredDeliveries));
  const latencies = windows.flatMap((window) => window.latencies);
  return {
    windows: windows.length,
    measuredEdits: latencies.length,
    measuredDeliveries: deliveries,
    latencyMilliseconds: summarizeLatencies(latencies),
    acknowledgementMilliseconds: summarizeLatencies(windows.flatMap((window) => window.acknowledgementLatencies)),
    serverCpuMicrosecondsPerDelivery: sum(windows.map((window) => window.serverCpuMicroseconds)) / deliveries,
    serverCpuPercent: (100 * sum(windows.map((window) => window.serverCpuMicroseconds))) / windowMicroseconds,
    generatorCpuPercent: (100 * sum(windows.map((window) => window.generatorCpuMicroseconds))) / windowMicroseconds,
    longestDrainMilliseconds: Math.max(...windows.map((window) => window.drainMilliseconds)),
    mostHostStolenPercent: Math.max(...windows.map((window) => window.hostStolenPercent)),
    connectMilliseconds: outcome.connectMilliseconds,
    rssPerDocumentKilobytes: outcome.rssPerDocumentBytes / 1024,
    heapPerDocumentKilobytes: outcome.heapPerDocumentBytes / 1024,
    lostDeliveries: outcome.lostDeliveries,
    unacknowledgedEdits: outcome.unacknowledgedEdits,
    divergedParagraphs: outcome.divergedParagraphs,
  };
}

export function fanOutFailures(figures: FanOutFigures): number {
  return figures.lostDeliveries + figures.unacknowledgedEdits + figures.divergedParagraphs;
}

export interface DurableWritesFigures {
  runs: number;
  updatesPerRun: number;
  acknowledgedUpdatesPerSecond: number;
  serverCpuMicrosecondsPerUpdate: number;
  unacknowledged: number;
  divergedRuns: number;
}

export function durableWritesFigures(runs: DurableWritesRun[]): DurableWritesFigures {
  return {
    runs: runs.length,
    updatesPerRun: runs[0]?.updates ?? 0,
    acknowledgedUpdatesPerSecond: median(runs.map((run) => run.acknowledgedUpdatesPerSecond)),
    serverCpuMicrosecondsPerUpdate: median(runs.map((run) => run.serverCpuMicrosecondsPerUpdate)),
    unacknowledged: sum(runs.map((run) => run.unacknowledged)),
    divergedRuns: runs.filter((run) => run.diverged).length,
  };
}

export interface TraceReplayFigures {
  runs: number;
  operations: number;
  totalMilliseconds: number;
  millisecondsPerThousandOperations: number;
  acknowledgedMilliseconds: number;
  serverCpuMilliseconds: number;
  generatorCpuMilliseconds: number;
  serverRssMegabytes: number;
  serverHeapGrowthMegabytes: number;
  watchersWithoutFinalText: number;
  unacknowledged: number;
  storedSnapshotBytes: number | null;
  storedLogBytes: number | null;
  databaseFileBytes: number | null;
  writeAheadLogBytes: number | null;
  /** null for the in-memory baseline, which has nothing to restart from. */
  wrongAfterRestart: number | null;
}

export function traceReplayFigures(runs: TraceReplayRun[]): TraceReplayFigures {
  const total = median(runs.map((run) => run.totalMilliseconds));
  const operations = runs[0]?.operations ?? 0;
  const last = runs.at(-1);
  return {
    runs: runs.length,
    operations,
    totalMilliseconds: total,
    millisecondsPerThousandOperations: (1000 * total) / operations,
    acknowledgedMilliseconds: median(runs.map((run) => run.acknowledgedMilliseconds)),
    serverCpuMilliseconds: median(runs.map((run) => run.serverCpuMicroseconds)) / 1000,
    generatorCpuMilliseconds: median(runs.map((run) => run.generatorCpuMicroseconds)) / 1000,
    serverRssMegabytes: median(runs.map((run) => run.serverRssBytes)) / 1024 / 1024,
    serverHeapGrowthMegabytes: median(runs.map((run) => run.serverHeapGrowthBytes)) / 1024 / 1024,
    watchersWithoutFinalText: sum(runs.map((run) => run.watchers - run.watchersWithFinalText)),
    unacknowledged: sum(runs.map((run) => run.unacknowledged)),
    storedSnapshotBytes: last?.stored?.snapshotBytes ?? null,
    storedLogBytes: last?.stored?.logBytes ?? null,
    databaseFileBytes: last?.stored?.databaseFileBytes ?? null,
    writeAheadLogBytes: last?.stored?.writeAheadLogBytes ?? null,
    wrongAfterRestart: runs.some((run) => run.matchesAfterRestart !== null) ? runs.filter((run) => run.matchesAfterRestart === false).length : null,
  };
}

export interface ColdOpenFigures {
  runs: number;
  sqliteLoadMilliseconds: number | null;
  firstSyncMilliseconds: number;
  browserShellMilliseconds: number | null;
  browserVisibleMilliseconds: number | null;
  browserCompleteMilliseconds: number | null;
}

function medianOrNull(values: Array<number | null>): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : median(known);
}

export function coldOpenFigures(runs: ColdOpenRun[]): ColdOpenFigures {
  return {
    runs: runs.length,
    sqliteLoadMilliseconds: medianOrNull(runs.map((run) => run.sqliteLoadMilliseconds)),
    firstSyncMilliseconds: median(runs.map((run) => run.firstSyncMilliseconds)),
    browserShellMilliseconds: medianOrNull(runs.map((run) => run.browserShellMilliseconds)),
    browserVisibleMilliseconds: medianOrNull(runs.map((run) => run.browserVisibleMilliseconds)),
    browserCompleteMilliseconds: medianOrNull(runs.map((run) => run.browserCompleteMilliseconds)),
  };
}

export interface CommentBurstFigures {
  rounds: number;
  submitted: number;
  acknowledgementMilliseconds: LatencySummary;
  refused: number;
  lost: number;
  duplicated: number;
}

export function commentBurstFigures(runs: CommentBurstRun[]): CommentBurstFigures {
  return {
    rounds: runs.length,
    submitted: sum(runs.map((run) => run.submitted)),
    acknowledgementMilliseconds: summarizeLatencies(runs.flatMap((run) => run.acknowledgementLatencies)),
    refused: sum(runs.map((run) => run.refused)),
    lost: sum(runs.map((run) => run.lost)),
    duplicated: sum(runs.map((run) => run.duplicated)),
  };
}

export interface BallotBurstFigures {
  rounds: number;
  cast: number;
  acknowledgementMilliseconds: LatencySummary;
  refused: number;
  lost: number;
  duplicated: number;
  keystrokes: number;
}

export function ballotBurstFigures(runs: BallotBurstRun[]): BallotBurstFigures {
  return {
    rounds: runs.length,
    cast: sum(runs.map((run) => run.cast)),
    acknowledgementMilliseconds: summarizeLatencies(runs.flatMap((run) => run.acknowledgementLatencies)),
    refused: sum(runs.map((run) => run.refused)),
    lost: sum(runs.map((run) => run.lost)),
    duplicated: sum(runs.map((run) => run.duplicated)),
    keystrokes: sum(runs.map((run) => run.keystrokes)),
  };
}
