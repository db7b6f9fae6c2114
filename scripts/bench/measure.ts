import { cpuSeconds, machineCpuSeconds } from './cpu.ts';
import { drive, type WorkloadRequest } from './load.ts';
import { sampleRss } from './memory.ts';
import { log } from './progress.ts';
import { STATS_SETTLE_MS, transactionCount } from './sqlCounter.ts';
import type { Row } from './table.ts';

export interface Target {
  gateway: 'ours' | 'hive';
  url: string;
  pid: number;
}

export interface MeasureSettings {
  serverUrl: string;
  /** The subgraphs' databases, whose transactions are counted. */
  databases: string[];
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One table row: warm up (plans, pools, JIT), let the statistics settle, then the measured run with the
 * gateway's memory sampled, and the SQL counted between two settled snapshots.
 */
export async function measure(
  label: string,
  request: WorkloadRequest,
  target: Target,
  settings: MeasureSettings,
) {
  if (settings.warmupSeconds > 0)
    await drive(target.url, request, settings.connections, settings.warmupSeconds);
  await sleep(STATS_SETTLE_MS);
  const before = await transactionCount(settings.serverUrl, settings.databases);
  const rss = sampleRss(target.pid);
  const cpuBefore = cpuSeconds(target.pid);
  const machineBefore = machineCpuSeconds();
  const load = await drive(target.url, request, settings.connections, settings.durationSeconds);
  const cpuMs = (cpuSeconds(target.pid) - cpuBefore) * 1000;
  const machineMs = (machineCpuSeconds() - machineBefore) * 1000;
  const peakRssMiB = rss.stop();
  await sleep(STATS_SETTLE_MS);
  const after = await transactionCount(settings.serverUrl, settings.databases);
  log(
    `${label} via ${target.gateway}: ${load.requestsPerSecond.toFixed(1)} req/s, p50 ${load.p50} ms` +
      (load.errorSample ? `, ${load.errors} errors, e.g. ${load.errorSample}` : ''),
  );
  const row: Row = {
    workload: label,
    gateway: target.gateway,
    load,
    peakRssMiB,
    gatewayCpuMsPerRequest: load.requests > 0 ? cpuMs / load.requests : Number.NaN,
    machineCpuMsPerRequest: load.requests > 0 ? machineMs / load.requests : Number.NaN,
    sqlPerRequest: load.requests > 0 ? (after - before) / load.requests : Number.NaN,
  };
  return row;
}
