import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalJWKSet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../gateway/createGateway.ts';
import { PROJECT_ROOT } from '../kit/config.ts';
import { HUB_SERVICE } from '../kit/identity.ts';
import { composeSupergraph } from '../scripts/composeSupergraph.ts';
import { type Hub, sharedHub, TEST_TOKENS } from './support/hub.ts';

const workDir = mkdtempSync(join(tmpdir(), 'pakn-gateway-'));
const supergraphPath = join(workDir, 'supergraph.graphql');

let hub: Hub;
beforeAll(async () => {
  copyFileSync(join(PROJECT_ROOT, 'schema', 'supergraph.graphql'), supergraphPath);
  hub = await sharedHub({ supergraphPath });
});
afterAll(async () => {
  await hub?.close();
});

const ACROSS_ALL_FOUR = `{
  agency(id: "tinh-01") {
    name
    procedureCount
    petitionStats(from: "2026-01-01", to: "2026-06-30") { received }
    reportingCompliance(from: "2026-01-01", to: "2026-06-30") { due }
  }
}`;

/** What anyone may read, from all four subgraphs. */
const PUBLIC_ACROSS_ALL_FOUR = `{
  agency(id: "tinh-01") { name procedureCount }
  publishedPetitions(first: 1) { totalCount }
  reportingRegimes(first: 1) { nodes { code } }
}`;

/** The last caller a subgraph saw from the gateway (subgraphs also ask the agencies subgraph as the hub). */
const lastCaller = (name: keyof Hub['identitiesSeen']) =>
  hub.identitiesSeen[name].filter((identity) => identity.subject !== HUB_SERVICE.subject).at(-1);

describe('identity reaches every subgraph', () => {
  it('a leader of Hà Nội with a valid token is known as such by all four subgraphs', async () => {
    const token = await hub.token({ subject: 'leader-7', role: 'LEADER', agencyId: 'tinh-01' });
    const answer = await hub.query(ACROSS_ALL_FOUR, {}, { token });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toMatchObject({ agency: { name: 'Thành phố Hà Nội' } });
    for (const name of ['agencies', 'petitions', 'procedures', 'reporting'] as const) {
      expect(lastCaller(name)).toEqual({ subject: 'leader-7', role: 'LEADER', agencyId: 'tinh-01' });
    }
  });

  it('a caller without a token is anonymous everywhere', async () => {
    const answer = await hub.query(PUBLIC_ACROSS_ALL_FOUR);
    expect(answer.errors).toBeUndefined();
    for (const name of ['agencies', 'petitions', 'procedures', 'reporting'] as const) {
      expect(lastCaller(name)).toEqual({ subject: null, role: 'ANONYMOUS', agencyId: null });
    }
  });

  it('a forged, expired or foreign-audience token is UNAUTHENTICATED, never anonymous', async () => {
    const valid = await hub.token({ subject: 'x', role: 'OFFICER', agencyId: 'tinh-01' });
    const [header, payload] = valid.split('.');
    const forged = `${header}.${payload}.${Buffer.from('not the signature').toString('base64url')}`;
    const expired = await hub.token({ subject: 'x', role: 'OFFICER', agencyId: 'tinh-01', expiresIn: '-1m' });
    const foreign = await hub.token(
      { subject: 'x', role: 'OFFICER', agencyId: 'tinh-01' },
      { audience: 'other' },
    );
    const cases = [
      [forged, 'Token is not valid.'],
      [expired, 'Token has expired.'],
      [foreign, 'Token is not valid.'],
    ];
    for (const [token, message] of cases) {
      const answer = await hub.query('{ agency(id: "tinh-01") { id } }', {}, { token });
      expect(answer.status).toBe(401);
      expect(answer.data).toBeUndefined();
      expect(answer.errors).toEqual([{ message, extensions: { code: 'UNAUTHENTICATED' } }]);
    }
  });
});

describe('the gateway serves whatever supergraph file it is given', () => {
  it('reloads a changed supergraph without dropping requests in flight', async () => {
    const threeSubgraphs = composeSupergraph(undefined, ['agencies', 'petitions', 'procedures']);
    const full = composeSupergraph();
    expect(threeSubgraphs.errors).toEqual([]);
    expect(full.errors).toEqual([]);

    writeFileSync(supergraphPath, threeSubgraphs.supergraphSdl as string);
    const withoutReporting = await waitFor(async () => {
      const answer = await hub.query('{ reportingRegimes(first: 1) { totalCount } }');
      return answer.status === 400 ? answer : null;
    });
    expect(withoutReporting.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    // Requests keep flowing while the full supergraph is swapped back in: none may fail.
    let swapped = false;
    const inFlight: Promise<Awaited<ReturnType<Hub['query']>>>[] = [];
    const traffic = (async () => {
      // At least ten requests, however fast the swap is on this machine.
      while (!swapped || inFlight.length < 10) {
        inFlight.push(hub.query('{ agency(id: "tinh-01") { name procedureCount } }'));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    writeFileSync(supergraphPath, full.supergraphSdl as string);
    const withReporting = await waitFor(async () => {
      const answer = await hub.query('{ reportingRegimes(first: 1) { totalCount } }');
      return answer.status === 200 ? answer : null;
    });
    swapped = true;
    await traffic;
    const answers = await Promise.all(inFlight);

    expect(withReporting.errors).toBeUndefined();
    expect(answers.length).toBeGreaterThan(5);
    for (const answer of answers) {
      expect(answer).toMatchObject({ status: 200, data: { agency: { name: 'Thành phố Hà Nội' } } });
      expect(answer.errors).toBeUndefined();
    }
  });

  it('keeps serving the previous supergraph when the file is replaced by garbage', async () => {
    writeFileSync(supergraphPath, 'this is not a supergraph');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const answer = await hub.query('{ reportingRegimes(first: 1) { totalCount } }');
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
    writeFileSync(supergraphPath, composeSupergraph().supergraphSdl as string);
  });
});

describe('health', () => {
  it('answers liveness and readiness when its subgraphs are up', async () => {
    const base = hub.gateway.url.replace(/\/graphql$/, '');
    const health = await fetch(`${base}/health`);
    const ready = await fetch(`${base}/ready`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });
});

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('condition not met in time');
}

describe('a subgraph that does not answer', () => {
  it('gives up on it after the per-subgraph timeout, keeping the other subgraphs’ parts', async () => {
    // Takes the request and never answers, as a subgraph stuck on a lock would.
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/graphql`;
    const gateway = await startGateway({
      supergraphPath,
      port: 0,
      host: '127.0.0.1',
      keySet: createLocalJWKSet({ keys: [] }),
      tokens: TEST_TOKENS,
      subgraphUrls: {
        ...Object.fromEntries(
          Object.entries(hub.subgraphs).map(([name, running]) => [name, running.http.url]),
        ),
        procedures: silentUrl,
      },
      subgraphTimeoutMs: 300,
    });
    try {
      const res = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ agency(id: "tinh-01") { name procedureCount } }' }),
      });
      expect({ status: res.status, ...(await res.json()) }).toEqual({
        status: 200,
        data: { agency: { name: 'Thành phố Hà Nội', procedureCount: null } },
        errors: [
          {
            message: 'Dịch vụ procedures không trả lời trong 0.3 giây; vui lòng thử lại sau.',
            extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: 'procedures' },
          },
        ],
      });
    } finally {
      await gateway.close();
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

describe('a subgraph that is down', () => {
  it('leaves the other subgraphs’ parts of the answer, with an error naming the service', async () => {
    // A port nothing listens on, as a stopped subgraph leaves.
    const stopped = createServer(() => {});
    await new Promise<void>((resolve) => stopped.listen(0, '127.0.0.1', resolve));
    const stoppedUrl = `http://127.0.0.1:${(stopped.address() as AddressInfo).port}/graphql`;
    await new Promise((resolve) => stopped.close(resolve));
    const down = await hub.withGateway({ supergraphPath, subgraphUrls: { procedures: stoppedUrl } });
    const answer = await down
      .query('{ agency(id: "tinh-01") { name procedureCount } }')
      .finally(() => down.close());
    expect(answer).toEqual({
      status: 200,
      data: { agency: { name: 'Thành phố Hà Nội', procedureCount: null } },
      errors: [
        {
          message: 'Dịch vụ procedures tạm thời không hoạt động; vui lòng thử lại sau.',
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'procedures' },
        },
      ],
    });
  });
});
