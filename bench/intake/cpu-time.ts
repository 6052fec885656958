/** CPU time from /proc (Linux): of one process, and of the whole machine. `undefined` elsewhere. */
import { readFile } from 'node:fs/promises';

const CLOCK_TICKS = 100; // sysconf(_SC_CLK_TCK) on Linux

/** utime + stime of a process from /proc, in ms (Linux). */
export async function procCpuMs(pid: number | undefined): Promise<number | undefined> {
  if (!pid) return undefined;
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ", field 3 (state) is index 0, so utime (14) is index 11 and stime (15) index 12.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/** CPU time all processes on the machine spent busy (not idle or iowait), from /proc/stat, in ms. */
export async function machineBusyMs(): Promise<number | undefined> {
  try {
    const first = (await readFile('/proc/stat', 'utf8')).split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = first.slice(0, 8).reduce((a, b) => a + b, 0); // user nice system idle iowait irq softirq steal
    return ((total - (first[3] ?? 0) - (first[4] ?? 0)) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
