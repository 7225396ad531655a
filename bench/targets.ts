import type { PerServer } from './alternate';
import { fanOutFailures, type FanOutFigures } from './figures';
import type { BenchResults, TargetResult } from './report';
import { formatFigure, ratioOf } from './results-table';

const maximumRatio = 1.3;
const maximumP99AtFiftyEditors = 20;
const maximumColdOpenMilliseconds = 1500;
const maximumKeystrokeMilliseconds = 16;

/** Above this share of stolen CPU time in a window, its latencies say more about the host than about the servers. */
const noticeableStolenPercent = 5;

function ratioTarget(label: string, normdraft: number, baseline: number, caveat = ''): TargetResult {
  const ratio = ratioOf(normdraft, baseline) ?? Number.POSITIVE_INFINITY;
  return { target: `${label} ≤ ${maximumRatio}× baseline`, measured: `${formatFigure(ratio)}× (${formatFigure(normdraft)} vs ${formatFigure(baseline)})${caveat}`, pass: ratio <= maximumRatio };
}

function stolenTimeCaveat(size: PerServer<FanOutFigures>): string {
  const stolen = Math.max(size.normdraft.mostHostStolenPercent, size.baseline.mostHostStolenPercent);
  return stolen >= noticeableStolenPercent ? `; the host took up to ${formatFigure(stolen, 0)}% of the CPU time in a window` : '';
}

/** The targets, each with the figure it was judged on. */
export function evaluateTargets(results: BenchResults): TargetResult[] {
  const targets: TargetResult[] = [];
  const sizes = [...results.fanOut.map((size) => ({ name: `${size.editors} editors`, ...size })), { name: '100 documents × 5 editors', ...results.manyDocuments }];
  for (const size of sizes) {
    targets.push(ratioTarget(`fan-out p99, ${size.name}`, size.normdraft.latencyMilliseconds.p99, size.baseline.latencyMilliseconds.p99, stolenTimeCaveat(size)));
    targets.push(ratioTarget(`server CPU per delivered update, ${size.name}`, size.normdraft.serverCpuMicrosecondsPerDelivery, size.baseline.serverCpuMicrosecondsPerDelivery));
  }
  const fifty = results.fanOut.find((size) => size.editors === 50);
  if (fifty) {
    const p99 = fifty.normdraft.latencyMilliseconds.p99;
    targets.push({ target: `fan-out p99 ≤ ${maximumP99AtFiftyEditors} ms at 50 editors`, measured: `${formatFigure(p99)} ms${stolenTimeCaveat(fifty)}`, pass: p99 <= maximumP99AtFiftyEditors });
  }
  const visible = results.coldOpen.normdraft.browserVisibleMilliseconds;
  targets.push({
    target: `150-page cold open visible in Chromium < ${maximumColdOpenMilliseconds} ms`,
    measured: visible === null ? 'not measured (no /usr/bin/chromium)' : `${formatFigure(visible, 0)} ms (median)`,
    pass: visible !== null && visible < maximumColdOpenMilliseconds,
  });
  const keystroke = results.numberingAndChecking.numberingAndChecking;
  targets.push({
    target: `numbering + checking < ${maximumKeystrokeMilliseconds} ms per keystroke (judged on p99)`,
    measured: `p99 ${formatFigure(keystroke.p99)} ms, p50 ${formatFigure(keystroke.p50)} ms`,
    pass: keystroke.p99 < maximumKeystrokeMilliseconds,
  });
  const failures = failedIntegrityChecks(results);
  targets.push({ target: 'zero lost or diverged updates in every scenario', measured: failures.length === 0 ? 'none' : failures.join('; '), pass: failures.length === 0 });
  return targets;
}

/** Every lost, unacknowledged, duplicated or diverged update or comment, by scenario; the bench fails on any. */
export function failedIntegrityChecks(results: BenchResults): string[] {
  const failures: string[] = [];
  const check = (failed: number | null, description: string): void => {
    if (failed !== null && failed > 0) failures.push(`${description}: ${failed}`);
  };
  for (const size of results.fanOut) {
    check(fanOutFailures(size.normdraft), `fan-out ${size.editors} editors, our server`);
    check(fanOutFailures(size.baseline), `fan-out ${size.editors} editors, baseline`);
  }
  check(fanOutFailures(results.manyDocuments.normdraft), 'many documents, our server');
  check(fanOutFailures(results.manyDocuments.baseline), 'many documents, baseline');
  for (const kind of ['normdraft', 'baseline'] as const) {
    const durable = results.durableWrites[kind];
    check(durable.unacknowledged + durable.divergedRuns, `durable writes, ${kind}`);
    const replay = results.traceReplay[kind];
    check(replay.watchersWithoutFinalText + replay.unacknowledged, `trace replay, ${kind}`);
  }
  check(results.traceReplay.normdraft.wrongAfterRestart, 'trace replay after restart');
  check(results.traceReplay.inProcessFloor.matches ? 0 : 1, 'in-process trace replay');
  check(results.commentBurst.lost + results.commentBurst.duplicated, 'comment burst lost or duplicated');
  check(results.ballotBurst.lost + results.ballotBurst.duplicated, 'ballot burst lost or duplicated');
  return failures;
}
