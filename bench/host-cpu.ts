import { readFileSync } from 'node:fs';

/** The machine's CPU time since boot, in clock ticks, from the first line of /proc/stat (Linux). */
export interface HostCpuTimes {
  total: number;
  /** Time the hypervisor gave to other guests while this machine wanted to run. */
  stolen: number;
}

export function readHostCpuTimes(): HostCpuTimes {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
    // user nice system idle iowait irq softirq steal; guest times are already counted in user and nice.
    const counted = fields.slice(0, 8);
    return { total: counted.reduce((sum, value) => sum + value, 0), stolen: counted[7] ?? 0 };
  } catch {
    return { total: 0, stolen: 0 };
  }
}

/** Share of the machine's CPU time the host took away between two readings, in percent. */
export function stolenPercentBetween(start: HostCpuTimes, end: HostCpuTimes): number {
  const total = end.total - start.total;
  return total > 0 ? (100 * (end.stolen - start.stolen)) / total : 0;
}
