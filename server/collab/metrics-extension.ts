import type { Extension, onDisconnectPayload } from '@hocuspocus/server';
import { openCollaborationConnectionsGauge, openDraftsGauge } from '../operations/metrics/metrics-registry';

/** Counts the drafts Hocuspocus holds and the connections to them, for GET /metrics. */
export class MetricsExtension implements Extension {
  extensionName = 'Metrics';

  async afterLoadDocument(): Promise<void> {
    openDraftsGauge.inc();
  }

  async afterUnloadDocument(): Promise<void> {
    openDraftsGauge.dec();
  }

  async connected(): Promise<void> {
    openCollaborationConnectionsGauge.inc();
  }

  /** Server-side direct connections (warm-up, commands) also end with this hook, under the socket id "server". */
  async onDisconnect({ socketId }: onDisconnectPayload): Promise<void> {
    if (socketId === 'server') return;
    openCollaborationConnectionsGauge.dec();
  }
}
