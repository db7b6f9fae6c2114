import { readFileSync } from 'node:fs';

/** A field of /proc/<pid>/status in MiB (VmRSS: resident now; VmHWM: the peak since the process started). */
export function statusMiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/** Samples a process's resident memory while a workload runs; `stop()` gives the peak seen. */
export function sampleRss(pid: number, everyMs = 100): { stop(): number } {
  let peak = statusMiB(pid, 'VmRSS');
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, statusMiB(pid, 'VmRSS'));
    } catch {
      // The process is gone: the peak so far stands.
    }
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
