import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { BenchTarget } from './bench-servers';

export interface BenchProvider {
  document: Y.Doc;
  provider: HocuspocusProvider;
  destroy(): void;
}

export async function connectBenchProvider(target: BenchTarget): Promise<BenchProvider> {
  const document = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: target.websocketUrl, WebSocketPolyfill: WebSocket, delay: 50, minDelay: 50 });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: target.documentName, document, token: target.token, flushDelay: false });
  provider.attach();
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${target.name}: provider did not sync`)), 15_000);
    provider.on('synced', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return {
    document,
    provider,
    destroy() {
      provider.destroy();
      socket.destroy();
      document.destroy();
    },
  };
}
