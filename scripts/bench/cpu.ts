import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux x86_64 and arm64). */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds a process has used so far (user + system, from /proc/<pid>/stat). Throughput on a machine
 * shared by gateway, subgraphs and PostgreSQL swings with whatever else runs; the gateway's own CPU per
 * request barely does, so it is the figure that tells two gateways apart.
 */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / TICKS_PER_SECOND;
}

/**
 * CPU seconds the whole machine has been busy so far, all cores (/proc/stat: everything but idle and I/O
 * wait): the gateway, the subgraphs, PostgreSQL and the load generator together. Set beside the gateway's
 * own figure, it shows how much of a request's cost is the gateway's.
 */
export function machineCpuSeconds(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
  const [, ...ticks] = line.trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = ticks.map(Number);
  return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND;
}
