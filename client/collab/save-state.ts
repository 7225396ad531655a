import { WebSocketStatus } from '@hocuspocus/provider';

export type SaveState = 'saved' | 'saving' | 'offline';

export interface SaveStateInputs {
  connectionStatus: WebSocketStatus;
  browserOnline: boolean;
  /** The server has answered this connection's sync handshake. */
  synced: boolean;
  unsyncedChanges: number;
}

/** "Saved" means the server acknowledged every change, and the server acknowledges only what is on disk. */
export function saveStateFor(inputs: SaveStateInputs): SaveState {
  if (!inputs.browserOnline || inputs.connectionStatus !== WebSocketStatus.Connected) return 'offline';
  if (!inputs.synced || inputs.unsyncedChanges > 0) return 'saving';
  return 'saved';
}
