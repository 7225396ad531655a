/**
 * The real server in a child process started with --expose-gc, answering its parent's IPC questions about its heap:
 * { kind: 'heap' } → { kind: 'heap', memory } (process.memoryUsage()) after forcing full garbage collections.
 */
import { startNormdraftServer } from '../../server/normdraft-server';
import { createTemporaryDirectory } from './temporary-directory';
import { testEnvironment } from './test-environment';

const garbageCollect = (globalThis as { gc?: () => void }).gc;
if (!garbageCollect) throw new Error('start the memory probe with node --expose-gc');
const collect: () => void = garbageCollect;
const directory = createTemporaryDirectory();
const server = await startNormdraftServer(testEnvironment(directory.path));

async function settledMemory(): Promise<NodeJS.MemoryUsage> {
  for (let round = 0; round < 4; round += 1) {
    collect();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return process.memoryUsage();
}

process.on('message', (message: { kind?: string }) => {
  if (message.kind === 'heap') void settledMemory().then((memory) => process.send?.({ kind: 'heap', memory }));
});
process.on('disconnect', () => {
  void server.close().finally(() => {
    directory.remove();
    process.exit(0);
  });
});
process.send?.({ kind: 'ready', url: server.url });
