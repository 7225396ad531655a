import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const repositoryRoot = join(import.meta.dirname, '..', '..', '..', '..', '..');

/** Runs scripts/<name> in its own process, as `npm run` would, with the given settings; resolves when it exits. */
export function runScript(name: string, args: readonly string[], environment: Record<string, string>): Promise<ScriptRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repositoryRoot, 'scripts', name), ...args], {
    cwd: repositoryRoot,
    env: { ...process.env, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
