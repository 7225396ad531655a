import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The one registry GET /metrics answers from; every module that counts something imports its metric from here. */
export const metricsRegistry = new Registry();

const secondsBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const openDraftsGauge = new Gauge({ name: 'normdraft_open_drafts', help: 'Drafts loaded in the collaboration server (live documents).', registers: [metricsRegistry] });

export const openCollaborationConnectionsGauge = new Gauge({
  name: 'normdraft_collaboration_connections',
  help: 'Open collaboration connections (one per provider and draft).',
  registers: [metricsRegistry],
});

export const updatesReceivedCounter = new Counter({
  name: 'normdraft_updates_received_total',
  help: 'Draft updates received from editors and queued for the update log; rate() of it is updates per second.',
  registers: [metricsRegistry],
});

export const updateLogBatchSizeHistogram = new Histogram({
  name: 'normdraft_update_log_batch_size',
  help: 'Entries (updates and snapshots) written by the update-log thread in one transaction.',
  buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
  registers: [metricsRegistry],
});

export const updateLogWriteSecondsHistogram = new Histogram({
  name: 'normdraft_update_log_write_seconds',
  help: 'Time from handing a batch to the update-log thread to its commit being reported back.',
  buckets: secondsBuckets,
  registers: [metricsRegistry],
});

export const acknowledgementSecondsHistogram = new Histogram({
  name: 'normdraft_acknowledgement_seconds',
  help: 'Time from an update arriving to its acknowledgement being released to the editor (after it is on disk).',
  buckets: secondsBuckets,
  registers: [metricsRegistry],
});

export const recordLogAppendsCounter = new Counter({ name: 'normdraft_record_log_appends_total', help: 'Records appended to the record log.', registers: [metricsRegistry] });

export const httpRequestsCounter = new Counter({
  name: 'normdraft_http_requests_total',
  help: 'HTTP requests answered, by method, matched route pattern and status.',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [metricsRegistry],
});

let processMetricsStarted = false;

/** Event-loop lag, heap, RSS and the like from prom-client; started by the server, not on import, and only once per process. */
export function startProcessMetrics(): void {
  if (processMetricsStarted) return;
  processMetricsStarted = true;
  collectDefaultMetrics({ register: metricsRegistry });
}
