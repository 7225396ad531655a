// `npm run bench [-- --quick]`: our server against a bare Hocuspocus baseline, alternately, in the same run.
import { startBaselineServer, startOurServer, type BenchTarget } from './bench-servers';
import { runNumberingAndCheckingScenario } from './numbering-and-checking-scenario';
import { median } from './statistics';
import { runTwoProviderScenario, type TwoProviderResult } from './two-provider-scenario';

const quick = process.argv.includes('--quick');
const repetitions = quick ? 2 : 5;
const edits = quick ? 200 : 1000;
const burst = quick ? 300 : 2000;

async function measure(start: () => Promise<BenchTarget>): Promise<TwoProviderResult> {
  const target = await start();
  try {
    return await runTwoProviderScenario(target, edits, burst);
  } finally {
    await target.stop();
  }
}

const results: Record<'normdraft' | 'baseline', TwoProviderResult[]> = { normdraft: [], baseline: [] };
for (let repetition = 0; repetition < repetitions; repetition += 1) {
  results.baseline.push(await measure(startBaselineServer));
  results.normdraft.push(await measure(startOurServer));
  process.stdout.write(`repetition ${repetition + 1}/${repetitions} done\n`);
}

function figures(runs: TwoProviderResult[]) {
  return {
    p50: median(runs.map((run) => run.latency.p50)),
    p95: median(runs.map((run) => run.latency.p95)),
    p99: median(runs.map((run) => run.latency.p99)),
    updatesPerSecond: median(runs.map((run) => run.acknowledgedUpdatesPerSecond)),
    diverged: runs.some((run) => run.diverged),
  };
}

const ours = figures(results.normdraft);
const baseline = figures(results.baseline);
const format = (value: number): string => value.toFixed(2);
console.log(`\nTwo providers on loopback, ${edits} sequential edits and a burst of ${burst}, median of ${repetitions} runs each`);
console.log('figure                         normdraft   baseline   ratio');
for (const [label, key] of [['sync latency p50 (ms)', 'p50'], ['sync latency p95 (ms)', 'p95'], ['sync latency p99 (ms)', 'p99'], ['acknowledged updates/s', 'updatesPerSecond']] as const) {
  console.log(`${label.padEnd(30)} ${format(ours[key]).padStart(9)} ${format(baseline[key]).padStart(10)} ${format(ours[key] / baseline[key]).padStart(7)}`);
}
console.log(`diverged: normdraft ${ours.diverged}, baseline ${baseline.diverged}`);

const keystrokes = quick ? 100 : 400;
const structure = runNumberingAndCheckingScenario(keystrokes);
console.log(`\nNumbering and checking per keystroke on a ${structure.clauses}-clause, ${structure.tables}-table standard (${keystrokes} keystrokes, ${structure.issues} issues found)`);
console.log('figure                          p50 ms    p95 ms    p99 ms   p50 ratio to the transaction');
for (const [label, summary] of [['transaction alone (baseline)', structure.transaction], ['numbering', structure.numbering], ['numbering + all checker rules', structure.numberingAndChecking]] as const) {
  console.log(`${label.padEnd(30)} ${format(summary.p50).padStart(7)} ${format(summary.p95).padStart(9)} ${format(summary.p99).padStart(9)} ${format(summary.p50 / structure.transaction.p50).padStart(9)}`);
}
process.exit(ours.diverged || baseline.diverged ? 1 : 0);
