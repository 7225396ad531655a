import type { BenchTarget } from './bench-servers';
import { connectBenchProvider } from './bench-provider';
import { summarizeLatencies, type LatencySummary } from './statistics';

export interface TwoProviderResult {
  latency: LatencySummary;
  acknowledgedUpdatesPerSecond: number;
  diverged: boolean;
}

/**
 * One provider types, one watches. Latency: from a local edit until the other provider has it.
 * Throughput: a burst of edits until the server has acknowledged all of them (for us: all on disk).
 */
export async function runTwoProviderScenario(target: BenchTarget, edits: number, burst: number): Promise<TwoProviderResult> {
  const writer = await connectBenchProvider(target);
  const watcher = await connectBenchProvider(target);
  const writerText = writer.document.getText('bench');
  const watcherText = watcher.document.getText('bench');
  const latencies: number[] = [];

  for (let edit = 0; edit < edits; edit += 1) {
    const expectedLength = watcherText.length + 1;
    const arrived = new Promise<void>((resolve) => {
      const observer = (): void => {
        if (watcherText.length >= expectedLength) {
          watcherText.unobserve(observer);
          resolve();
        }
      };
      watcherText.observe(observer);
    });
    const start = performance.now();
    writerText.insert(writerText.length, 'x');
    await arrived;
    latencies.push(performance.now() - start);
  }

  const burstStart = performance.now();
  for (let edit = 0; edit < burst; edit += 1) writerText.insert(writerText.length, 'y');
  await new Promise<void>((resolve) => {
    const check = (): void => {
      if (writer.provider.unsyncedChanges === 0) resolve();
      else setTimeout(check, 1);
    };
    check();
  });
  const burstSeconds = (performance.now() - burstStart) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 200));
  const diverged = writerText.toString() !== watcherText.toString();
  writer.destroy();
  watcher.destroy();
  return { latency: summarizeLatencies(latencies), acknowledgedUpdatesPerSecond: burst / burstSeconds, diverged };
}
