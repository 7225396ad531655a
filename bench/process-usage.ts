import { readFileSync } from 'node:fs';

const clockTicksPerSecond = 100;
const pageBytes = 4096;

export interface ProcessUsage {
  /** User + system CPU time, in microseconds (10 ms resolution). */
  cpuMicroseconds: number;
  rssBytes: number;
}

/**
 * Reads another process's CPU time and RSS from /proc (Linux). Unlike asking the process itself, this still answers
 * while a saturated server has no time to reply.
 */
export function readProcessUsage(pid: number): ProcessUsage {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; the remaining fields start after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const userTicks = Number(fields[11]);
  const systemTicks = Number(fields[12]);
  const rssPages = Number(fields[21]);
  return { cpuMicroseconds: ((userTicks + systemTicks) * 1_000_000) / clockTicksPerSecond, rssBytes: rssPages * pageBytes };
}
