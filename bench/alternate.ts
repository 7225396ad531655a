import type { BenchTarget } from './bench-servers';

export interface PerServer<Result> {
  normdraft: Result;
  baseline: Result;
}

/**
 * Runs the measure on both servers `repetitions` times, alternating which goes first (baseline, ours, ours,
 * baseline, …) so that a drift in the machine's load does not favour either.
 */
export async function alternate<Result>(servers: PerServer<BenchTarget>, repetitions: number, measure: (target: BenchTarget) => Promise<Result>): Promise<PerServer<Result[]>> {
  const results: PerServer<Result[]> = { normdraft: [], baseline: [] };
  for (let repetition = 0; repetition < repetitions; repetition += 1) {
    const order = repetition % 2 === 0 ? (['baseline', 'normdraft'] as const) : (['normdraft', 'baseline'] as const);
    for (const kind of order) results[kind].push(await measure(servers[kind]));
  }
  return results;
}
