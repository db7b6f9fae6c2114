import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from '../gateway/createGateway.ts';
import type { SubgraphName } from '../kit/config.ts';
import { type Hub, sharedHub, startReplica } from './support/hub.ts';

let hub: Hub;
// A gateway whose procedures never answers (a hung process) and whose reporting refuses connections (stopped).
let degraded: RunningGateway;
let silent: Server;
let silentUrl: string;
let stoppedUrl: string;

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

beforeAll(async () => {
  hub = await sharedHub();
  silent = createServer(() => {});
  silentUrl = `http://127.0.0.1:${await listen(silent)}/graphql`;
  const stopped = createServer();
  stoppedUrl = `http://127.0.0.1:${await listen(stopped)}/graphql`;
  await new Promise((resolve) => stopped.close(resolve));
  degraded = await startReplica(hub, {
    subgraphUrls: { procedures: silentUrl, reporting: stoppedUrl },
    subgraphTimeoutMs: 500,
  });
});
afterAll(async () => {
  await degraded?.close();
  silent?.closeAllConnections();
  await new Promise((resolve) => silent?.close(resolve));
  await hub?.close();
});

const base = (gateway: RunningGateway) => gateway.url.replace(/\/graphql$/, '');
const upEntry = (name: string, url: string) => ({
  name,
  url,
  status: 'up',
  latencyMs: expect.any(Number),
  checkedAt: expect.any(String),
  lastError: null,
});

/** Every subgraph the hub runs, in the report's order (by name). */
const names = () => (Object.keys(hub.subgraphs) as SubgraphName[]).sort();

describe('gateway readiness and subgraph health', () => {
  it('reports every subgraph up, with the routing URL it uses, and answers 200', async () => {
    const res = await fetch(`${base(hub.gateway)}/health/subgraphs`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'up',
      subgraphs: names().map((name) => upEntry(name, hub.subgraphs[name].http.url)),
    });
  });

  it('stays ready with subgraphs down, and reports each one down with its error (503)', async () => {
    const ready = await fetch(`${base(degraded)}/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);

    const started = Date.now();
    const res = await fetch(`${base(degraded)}/health/subgraphs`);
    const body = await res.json();
    // The probes run in parallel, each bounded by its timeout (1 s), not one after another.
    expect(Date.now() - started).toBeLessThan(1900);
    expect(res.status).toBe(503);
    const downAt = (message: string) => ({ message, at: expect.any(String) });
    expect(body).toEqual({
      status: 'degraded',
      subgraphs: names().map((name) =>
        name === 'procedures'
          ? { ...upEntry(name, silentUrl), status: 'down', lastError: downAt('no answer within 1000 ms') }
          : name === 'reporting'
            ? { ...upEntry(name, stoppedUrl), status: 'down', lastError: downAt('ECONNREFUSED') }
            : upEntry(name, hub.subgraphs[name].http.url),
      ),
    });
    expect(body.subgraphs[names().indexOf('procedures')].latencyMs).toBeGreaterThanOrEqual(990);

    // The gateway still answers the parts it can.
    const answer = await fetch(degraded.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ agency(id: "tinh-01") { name } }' }),
    });
    expect(await answer.json()).toEqual({ data: { agency: { name: 'Thành phố Hà Nội' } } });
  });

  it('probes at most once per cache period however often it is asked', async () => {
    let probes = 0;
    silent.on('request', () => {
      probes += 1;
    });
    const reports = await Promise.all(Array.from({ length: 20 }, () => degraded.subgraphHealth()));
    const again = await degraded.subgraphHealth();
    expect(probes).toBeLessThanOrEqual(1);
    expect(
      new Set([...reports, again].map((report) => report[names().indexOf('procedures')]?.checkedAt)).size,
    ).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1600));
    const later = await degraded.subgraphHealth();
    const procedures = names().indexOf('procedures');
    expect(later[procedures]?.checkedAt).not.toBe(again[procedures]?.checkedAt);
  });
});
