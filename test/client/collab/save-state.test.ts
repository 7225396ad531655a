import { WebSocketStatus } from '@hocuspocus/provider';
import { describe, expect, it } from 'vitest';
import { saveStateFor } from '../../../client/collab/save-state';

describe('saveStateFor', () => {
  const connectedAndSynced = { connectionStatus: WebSocketStatus.Connected, browserOnline: true, synced: true, unsyncedChanges: 0 };

  it('says saved only when connected, synced and nothing is waiting for an acknowledgement', () => {
    expect(saveStateFor(connectedAndSynced)).toBe('saved');
    expect(saveStateFor({ ...connectedAndSynced, unsyncedChanges: 2 })).toBe('saving');
    expect(saveStateFor({ ...connectedAndSynced, synced: false })).toBe('saving');
  });

  it('says offline whenever the socket or the browser is offline, whatever is pending', () => {
    expect(saveStateFor({ ...connectedAndSynced, connectionStatus: WebSocketStatus.Disconnected })).toBe('offline');
    expect(saveStateFor({ ...connectedAndSynced, connectionStatus: WebSocketStatus.Connecting, unsyncedChanges: 3 })).toBe('offline');
    expect(saveStateFor({ ...connectedAndSynced, browserOnline: false })).toBe('offline');
  });
});
