import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createStandardAs, loggedInClient, signedUpClient, type ApiClient } from '../test/helpers/api-client';
import { createTemporaryDirectory } from '../test/helpers/temporary-directory';
import { readProcessUsage, type ProcessUsage } from './process-usage';
import { isServerReply, type ServerKind, type ServerRequest } from './server-messages';

export interface ServerMemory {
  rssBytes: number;
  heapUsedBytes: number;
}

/** One document on a bench server, and how a client gets in (a fresh ticket for us, anything for the baseline). */
export interface BenchDocument {
  name: string;
  standardId: string | null;
  token(): Promise<string>;
}

/** A server running in its own process, so its CPU and memory are measured apart from the load generator. */
export interface BenchTarget {
  kind: ServerKind;
  url: string;
  websocketUrl: string;
  /** SQLite file of our server; null for the in-memory baseline. */
  databasePath: string | null;
  /** Signed-in owner of every standard the bench creates; null for the baseline. */
  owner: ApiClient | null;
  newDocument(): Promise<BenchDocument>;
  /** An existing standard of ours, reached through this (possibly restarted) process. */
  documentOf(standardId: string): BenchDocument;
  /** CPU time and RSS, read from /proc: answers even while the server is saturated. */
  usage(): ProcessUsage;
  /** Asks the server to collect garbage, then reports its memory; use it only while the server is idle. */
  settledMemory(): Promise<ServerMemory>;
  /** Stops gracefully (our server writes its snapshots first). */
  stop(): Promise<void>;
  /** Ends the process with SIGKILL: nothing is flushed. */
  kill(): Promise<void>;
  /** Starts a new process on the same data (a restart) and returns it; this target is stopped or killed first. */
  restart(how: 'stop' | 'kill'): Promise<BenchTarget>;
  removeData(): void;
}

const serverEntry = join(import.meta.dirname, 'server-process.ts');
const ownerName = 'bench';

interface ServerProcess {
  child: ChildProcess;
  url: string;
  memory(): Promise<ServerMemory>;
}

/** `BENCH_PROFILE_DIRECTORY=…` writes a V8 CPU profile of each server process there when it stops. */
function profilingArguments(): string[] {
  const directory = process.env.BENCH_PROFILE_DIRECTORY;
  return directory ? ['--cpu-prof', `--cpu-prof-dir=${directory}`] : [];
}

function launchServerProcess(kind: ServerKind, directory: string): Promise<ServerProcess> {
  const child = fork(serverEntry, [kind, directory], {
    execArgv: ['--import', 'tsx', '--expose-gc', ...profilingArguments()],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let nextRequestId = 0;
  const pending = new Map<number, (memory: ServerMemory) => void>();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} server did not start in 60 s`)), 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} server exited with ${code} before it was ready`));
    });
    child.on('message', (message: unknown) => {
      if (!isServerReply(message)) return;
      if (message.type === 'memory') {
        pending.get(message.id)?.({ rssBytes: message.rssBytes, heapUsedBytes: message.heapUsedBytes });
        pending.delete(message.id);
        return;
      }
      clearTimeout(timer);
      resolve({
        child,
        url: message.url,
        memory: () =>
          new Promise((done) => {
            nextRequestId += 1;
            pending.set(nextRequestId, done);
            child.send({ type: 'memory', id: nextRequestId } satisfies ServerRequest);
          }),
      });
    });
  });
}

function waitForExit(child: ChildProcess, ask: () => void): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    ask();
  });
}

async function wrap(kind: ServerKind, directory: { path: string; remove(): void }, fresh: boolean): Promise<BenchTarget> {
  const running = await launchServerProcess(kind, directory.path);
  const owner = kind === 'baseline' ? null : fresh ? await signedUpClient(running.url, ownerName) : await loggedInClient(running.url, ownerName);
  const target: BenchTarget = {
    kind,
    url: running.url,
    websocketUrl: `${running.url.replace(/^http/, 'ws')}/collab`,
    databasePath: kind === 'normdraft' ? join(directory.path, 'normdraft.db') : null,
    owner,
    async newDocument() {
      if (!owner) return { name: `baseline-${randomUUID()}`, standardId: null, token: async () => 'anonymous' };
      return target.documentOf(await createStandardAs(owner, '基准测试'));
    },
    documentOf(standardId) {
      if (!owner) throw new Error('the baseline has no standards');
      return {
        name: `standard:${standardId}`,
        standardId,
        async token() {
          const response = await owner.post('/api/collab/ticket', { standardId });
          if (response.status !== 200) throw new Error(`ticket refused: ${JSON.stringify(response.body)}`);
          return (response.body as { token: string }).token;
        },
      };
    },
    usage: () => readProcessUsage(running.child.pid ?? 0),
    settledMemory: () => running.memory(),
    stop: () => waitForExit(running.child, () => running.child.send({ type: 'stop' } satisfies ServerRequest)),
    kill: () => waitForExit(running.child, () => running.child.kill('SIGKILL')),
    async restart(how) {
      await (how === 'stop' ? target.stop() : target.kill());
      return wrap(kind, directory, false);
    },
    removeData: () => directory.remove(),
  };
  return target;
}

export function startTarget(kind: ServerKind): Promise<BenchTarget> {
  return wrap(kind, createTemporaryDirectory(), true);
}

/** Stops the target and deletes its data. */
export async function disposeTarget(target: BenchTarget): Promise<void> {
  await target.stop();
  target.removeData();
}
