import { readdirSync, readFileSync } from 'node:fs';

const clockTicksPerSecond = 100;
const pageBytes = 4096;

export interface ProcessUsage {
  /** CPU time (user + system) of the process's threads, in microseconds. */
  cpuMicroseconds: number;
  rssBytes: number;
}

/**
 * CPU time of every live thread, from /proc/<pid>/task/<tid>/schedstat (nanoseconds). The process's own counters in
 * /proc/<pid>/stat count in 10 ms ticks, which at low load is a tenth of a measurement window's whole CPU time.
 * Null where the kernel keeps no scheduler statistics.
 */
function threadsCpuMicroseconds(pid: number): number | null {
  let nanoseconds = 0;
  try {
    for (const thread of readdirSync(`/proc/${pid}/task`)) {
      try {
        nanoseconds += Number(readFileSync(`/proc/${pid}/task/${thread}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        // The thread ended between listing and reading; its time is lost to this reading only.
      }
    }
  } catch {
    return null;
  }
  return Number.isFinite(nanoseconds) ? nanoseconds / 1000 : null;
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
  const tickMicroseconds = ((userTicks + systemTicks) * 1_000_000) / clockTicksPerSecond;
  return { cpuMicroseconds: threadsCpuMicroseconds(pid) ?? tickMicroseconds, rssBytes: rssPages * pageBytes };
}
