import { parsePrometheusText, sampleTotal, type PrometheusExposition } from '../test/helpers/prometheus-text';
import type { BenchTarget } from './bench-servers';

export interface MetricsScrape {
  takenAtMilliseconds: number;
  exposition: PrometheusExposition;
}

/** GET /metrics of the bench's own server process (loopback, so no token), parsed; throws if it is not Prometheus text. */
export async function scrapeMetrics(target: BenchTarget): Promise<MetricsScrape> {
  const response = await fetch(new URL('/metrics', target.url));
  if (response.status !== 200) throw new Error(`GET /metrics answered ${response.status}`);
  const exposition = parsePrometheusText(await response.text());
  return { takenAtMilliseconds: performance.now(), exposition };
}

/** The p99 of what a histogram observed between two scrapes, as the upper bound of the bucket that holds it. */
function p99Between(before: PrometheusExposition, after: PrometheusExposition, histogram: string): number {
  const bucketName = `${histogram}_bucket`;
  const bounds = [...new Set(after.samples.filter((sample) => sample.name === bucketName).map((sample) => sample.labels.le ?? ''))];
  const buckets = bounds
    .map((le) => ({ upperBound: le === '+Inf' ? Number.POSITIVE_INFINITY : Number(le), count: sampleTotal(after, bucketName, { le }) - sampleTotal(before, bucketName, { le }) }))
    .sort((first, second) => first.upperBound - second.upperBound);
  const total = buckets.at(-1)?.count ?? 0;
  if (total === 0) return Number.NaN;
  return buckets.find((bucket) => bucket.count >= total * 0.99)?.upperBound ?? Number.NaN;
}

/** One line of figures from the server's own metrics over a scenario: updates per second and p99 acknowledgement latency. */
export function describeScenarioMetrics(scenario: string, before: MetricsScrape, after: MetricsScrape): string {
  const seconds = (after.takenAtMilliseconds - before.takenAtMilliseconds) / 1000;
  const updates = sampleTotal(after.exposition, 'normdraft_updates_received_total') - sampleTotal(before.exposition, 'normdraft_updates_received_total');
  const p99Milliseconds = p99Between(before.exposition, after.exposition, 'normdraft_acknowledgement_seconds') * 1000;
  const batches = sampleTotal(after.exposition, 'normdraft_update_log_batch_size_count') - sampleTotal(before.exposition, 'normdraft_update_log_batch_size_count');
  return `/metrics over ${scenario}: ${(updates / seconds).toFixed(0)} updates/s received, p99 acknowledgement ≤ ${p99Milliseconds} ms, ${batches} update-log batches (${after.exposition.samples.length} samples parsed)`;
}
