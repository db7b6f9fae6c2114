import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drive } from '../bench/load.ts';
import { statusMiB } from '../bench/memory.ts';
import type { SoakContext } from './context.ts';
import { graphqlUrl, PORTS } from './hub.ts';
import { workloadRequest } from './inputs.ts';
import { LiveHeapProbe } from './liveHeap.ts';
import { floorRise, leastSquaresSlope } from './slope.ts';
import { checks, log, type Verdict } from './verdict.ts';

/**
 * Flat: what survives a full collection (V8 heap plus the external memory its objects own) grows by at most
 * this many MiB per minute over the last two thirds of the run. 2 MiB/min is 120 MiB an hour, a gateway that
 * runs out of memory within a day; keeping 1 KiB per request at 150 requests/s (8.8 MiB/min) is far above
 * it, while two runs of this code read 0.15 MiB/min.
 *
 * Resident memory is sampled and printed too, but not judged: under ~200 requests/s V8 lets RSS climb
 * 100 MiB and hands it back about once a minute, so over two minutes its slope says where in that sawtooth
 * the run ended (+33 MiB/min in one 3-minute run, −9 MiB/min over 10 minutes of the same code) while the
 * live heap stays at ≈ 54 MiB (docs/SOAK.md).
 */
const FLAT_MIB_PER_MIN = 2;

/** Seconds between full collections: enough points for a slope, little enough to leave the load alone. */
const LIVE_EVERY_SECONDS = 5;

/** Connections per workload: every kind of request the gateway serves, submissions included. */
const MIX = { a: 2, b: 4, c: 8, d: 4, e: 4 } as const;

type Point = { x: number; y: number };

/** Reads the live heap every few seconds until stopped; a failed reading ends the sampling (checked below). */
function sampleLive(probe: LiveHeapProbe, started: number, points: Point[]): () => Promise<void> {
  let running = true;
  const loop = (async () => {
    while (running) {
      const at = (Date.now() - started) / 60_000;
      const live = await probe.afterFullCollection();
      points.push({ x: at, y: live.heapUsedMiB + live.externalMiB });
      await new Promise((resolve) => setTimeout(resolve, LIVE_EVERY_SECONDS * 1000));
    }
  })().catch((error: Error) => log(`live heap sampling stopped: ${error.message}`));
  return async () => {
    running = false;
    await loop;
  };
}

/**
 * Scenario 5: a freshly started gateway under a steady mix of all five bench workloads. Every few seconds
 * the soak makes it collect garbage (through its inspector) and reads what survived; the least-squares slope
 * of that over the last two thirds (after warm-up) must be flat.
 */
export async function gatewayMemory(ctx: SoakContext): Promise<Verdict> {
  const { hub, options } = ctx;
  await hub.signal('gateway', 'SIGTERM');
  await hub.start('gateway', {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --inspect=127.0.0.1:${PORTS.gatewayInspector}`.trim(),
  });
  const pid = hub.pid('gateway');
  const url = graphqlUrl(hub.port('gateway'));
  const probe = await LiveHeapProbe.connect(PORTS.gatewayInspector);
  const started = Date.now();
  const rssPoints: Point[] = [];
  const livePoints: Point[] = [];
  const rssTimer = setInterval(() => {
    try {
      rssPoints.push({ x: (Date.now() - started) / 60_000, y: statusMiB(pid, 'VmRSS') });
    } catch {
      // The gateway is gone; the checks below say so.
    }
  }, 1000);
  const stopLive = sampleLive(probe, started, livePoints);
  const results = await Promise.all(
    (Object.keys(MIX) as (keyof typeof MIX)[]).map((key) =>
      key === 'e'
        ? drive(url, workloadRequest(ctx.submissionInputs, key), MIX[key], options.memorySeconds)
        : drive(url, workloadRequest(ctx.inputs, key), MIX[key], options.memorySeconds),
    ),
  );
  clearInterval(rssTimer);
  await stopLive();
  probe.close();

  const afterWarmUp = (points: Point[]) => points.filter((p) => p.x >= options.memorySeconds / 60 / 3);
  const liveSlope = leastSquaresSlope(afterWarmUp(livePoints));
  const rssSlope = leastSquaresSlope(afterWarmUp(rssPoints));
  const rssFloorRise = floorRise(afterWarmUp(rssPoints));
  const requests = results.reduce((sum, r) => sum + r.requests, 0);
  const errors = results.reduce((sum, r) => sum + r.errors, 0);
  const live = livePoints.map((p) => p.y);
  const rss = rssPoints.map((p) => p.y);
  const expectedLive = Math.floor(options.memorySeconds / LIVE_EVERY_SECONDS / 2);
  const { check, verdict } = checks();
  check(livePoints.length >= expectedLive, `only ${livePoints.length} live-heap readings`);
  check(liveSlope <= FLAT_MIB_PER_MIN, `live heap grows ${liveSlope.toFixed(2)} MiB/min`);
  check(errors === 0, `${errors} requests failed (${results.find((r) => r.errorSample)?.errorSample})`);
  const csv = join(hub.runDir, 'gateway-memory.csv');
  writeFileSync(
    csv,
    `series,minute,mib\n${[
      ...livePoints.map((p) => `live,${p.x.toFixed(4)},${p.y.toFixed(2)}`),
      ...rssPoints.map((p) => `rss,${p.x.toFixed(4)},${p.y.toFixed(1)}`),
    ].join('\n')}\n`,
  );
  log(`gateway memory samples: ${csv}`);
  const range = (values: number[], digits: number) =>
    `${values[0]?.toFixed(digits)} → ${values.at(-1)?.toFixed(digits)} MiB (max ${Math.max(...values).toFixed(digits)})`;
  return verdict(
    '5. gateway memory',
    `${options.memorySeconds} s of load (${requests} requests, ${Math.round(requests / options.memorySeconds)}/s, ` +
      `${errors} errors); live heap after a full collection ${range(live, 1)}, ${livePoints.length} readings, ` +
      `slope over the last two thirds ${liveSlope.toFixed(2)} MiB/min (flat: ≤ ${FLAT_MIB_PER_MIN}); ` +
      `RSS ${range(rss, 0)}, least-squares slope ${rssSlope.toFixed(2)} MiB/min, ` +
      `floor after collections ${rssFloorRise.toFixed(2)} MiB/min (printed, not judged)`,
  );
}
