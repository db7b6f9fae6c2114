import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningGateway } from '../gateway/createGateway.ts';
import { type SharedCache, sharedCacheFromUrl } from '../gateway/sharedCache.ts';
import { type Hub, sharedHub, startReplica } from './support/hub.ts';
import { petitionInput } from './support/petitionCommands.ts';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A query no other test sends, so that its hash is unknown to Redis until this test registers it. */
const query = `query Catalog_${randomBytes(4).toString('hex')} { procedures(first: 2) { nodes { code } } }`;
const sha256Hash = createHash('sha256').update(query).digest('hex');
const persisted = { persistedQuery: { version: 1, sha256Hash } };

async function post(url: string, body: unknown) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
}

describe('gateway replicas behind one load balancer share what they must agree on', () => {
  let hub: Hub;
  const shared: SharedCache[] = [];
  const replicas: RunningGateway[] = [];

  /** Another gateway over the same subgraphs, as a second replica would run. */
  async function replica(cache?: SharedCache): Promise<RunningGateway> {
    const gateway = await startReplica(hub, {
      ...(cache ? { persistedQueryCache: cache.cache } : {}),
    });
    replicas.push(gateway);
    return gateway;
  }

  beforeAll(async () => {
    shared.push(sharedCacheFromUrl(REDIS_URL, `pakn-test-${process.pid}`));
    hub = await sharedHub({ persistedQueryCache: shared[0]?.cache });
  }, 240_000);

  afterAll(async () => {
    await Promise.all(replicas.map((gateway) => gateway.close()));
    await hub?.close();
    await Promise.all(shared.map((cache) => cache.close()));
  });

  test('a persisted query registered on one replica is served by another through Redis', async () => {
    const other = await replica(sharedCacheFromUrl(REDIS_URL, `pakn-test-${process.pid}`));
    const alone = await replica();
    expect((await post(other.url, { extensions: persisted })).errors?.[0]?.extensions?.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );

    const registered = await post(hub.gateway.url, { query, extensions: persisted });
    expect(registered.errors).toBeUndefined();
    const byHash = await post(other.url, { extensions: persisted });
    expect(byHash).toEqual(registered);
    // A replica keeping its own memory has never seen the hash.
    expect((await post(alone.url, { extensions: persisted })).errors?.[0]?.extensions?.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
  });

  test('the submission limit per phone counts submissions through every replica', async () => {
    const other = await replica();
    const saved = process.env.PETITIONS_SUBMISSIONS_PER_PHONE_HOUR;
    process.env.PETITIONS_SUBMISSIONS_PER_PHONE_HOUR = '2';
    // A phone of its own: other files on the shared hub submit with the sample one.
    const phone = `09${String(process.pid % 100_000_000).padStart(8, '0')}`;
    try {
      const submit = (url: string, n: number) =>
        post(url, {
          query: `mutation Submit($input: SubmitPetitionInput!, $key: String) {
            submitPetition(input: $input, idempotencyKey: $key) { trackingCode }
          }`,
          variables: {
            key: `shared-limit-${process.pid}-${n}`,
            input: petitionInput({ petitioner: { ...(petitionInput().petitioner as object), phone } }),
          },
        });
      const answers = [
        await submit(hub.gateway.url, 1),
        await submit(other.url, 2),
        await submit(hub.gateway.url, 3),
      ];
      expect(answers.map((answer) => answer.errors?.[0]?.extensions?.code ?? 'stored')).toEqual([
        'stored',
        'stored',
        'RATE_LIMITED',
      ]);
    } finally {
      process.env.PETITIONS_SUBMISSIONS_PER_PHONE_HOUR = saved;
    }
  });
});
