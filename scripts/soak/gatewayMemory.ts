import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drive } from '../bench/load.ts';
import { statusMiB } from '../bench/memory.ts';
import type { SoakContext } from './context.ts';
import { graphqlUrl } from './hub.ts';
import { workloadRequest } from './inputs.ts';
import { floorRise, leastSquaresSlope } from './slope.ts';
import { checks, log, type Verdict } from './verdict.ts';

/**
 * Flat: the floor RSS returns to after major collections rises by at most this many MiB per minute over the
 * last two thirds of the run (it may fall). 10 MiB/min is 600 MiB an hour, a gateway that dies within hours:
 * any leak that matters is above it.
 *
 * The least-squares slope of RSS is printed too, but not judged: under ~200 requests/s the collector lets
 * RSS climb 100 MiB and drops it again about once a minute, so over two minutes the slope says where in that
 * sawtooth the run ended (+33 MiB/min in one 3-minute run, −9 MiB/min over 10 minutes of the same code),
 * not whether anything is kept.
 */
const FLAT_MIB_PER_MIN = 10;

/** Connections per workload: every kind of request the gateway serves, submissions included. */
const MIX = { a: 2, b: 4, c: 8, d: 4, e: 4 } as const;

/**
 * Scenario 5: a freshly started gateway under a steady mix of all five bench workloads; its resident memory
 * is sampled every second, and the least-squares slope over the last two thirds (after warm-up) must be flat.
 */
export async function gatewayMemory(ctx: SoakContext): Promise<Verdict> {
  const { hub, options } = ctx;
  await hub.signal('gateway', 'SIGTERM');
  await hub.start('gateway');
  const pid = hub.pid('gateway');
  const url = graphqlUrl(hub.port('gateway'));
  const started = Date.now();
  const samples: { x: number; y: number }[] = [];
  const timer = setInterval(() => {
    try {
      samples.push({ x: (Date.now() - started) / 60_000, y: statusMiB(pid, 'VmRSS') });
    } catch {
      // The gateway is gone; the checks below say so.
    }
  }, 1000);
  const results = await Promise.all(
    (Object.keys(MIX) as (keyof typeof MIX)[]).map((key) =>
      key === 'e'
        ? drive(url, workloadRequest(ctx.submissionInputs, key), MIX[key], options.memorySeconds)
        : drive(url, workloadRequest(ctx.inputs, key), MIX[key], options.memorySeconds),
    ),
  );
  clearInterval(timer);
  const tail = samples.filter((s) => s.x >= options.memorySeconds / 60 / 3);
  const slope = leastSquaresSlope(tail);
  const rise = floorRise(tail);
  const requests = results.reduce((sum, r) => sum + r.requests, 0);
  const errors = results.reduce((sum, r) => sum + r.errors, 0);
  const rss = samples.map((s) => s.y);
  const { check, verdict } = checks();
  check(samples.length >= options.memorySeconds - 2, `only ${samples.length} RSS samples`);
  check(rise <= FLAT_MIB_PER_MIN, `floor rises ${rise.toFixed(2)} MiB/min`);
  const csv = join(hub.runDir, 'gateway-rss.csv');
  writeFileSync(
    csv,
    `minute,rss_mib\n${samples.map((s) => `${s.x.toFixed(4)},${s.y.toFixed(1)}`).join('\n')}\n`,
  );
  log(`gateway RSS samples: ${csv}`);
  check(errors === 0, `${errors} requests failed (${results.find((r) => r.errorSample)?.errorSample})`);
  return verdict(
    '5. gateway memory',
    `${options.memorySeconds} s of load (${requests} requests, ${Math.round(requests / options.memorySeconds)}/s, ` +
      `${errors} errors), RSS ${rss[0]?.toFixed(0)} → ${rss.at(-1)?.toFixed(0)} MiB (max ${Math.max(...rss).toFixed(0)}), ` +
      `over the last two thirds: floor after collections rises ${rise.toFixed(2)} MiB/min (flat: ≤ ${FLAT_MIB_PER_MIN}), ` +
      `least-squares slope ${slope.toFixed(2)} MiB/min`,
  );
}
