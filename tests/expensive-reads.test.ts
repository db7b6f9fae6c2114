import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseMode } from './support/databases.ts';
import { type GraphQLResponse, type Hub, sharedHub } from './support/hub.ts';

let hub: Hub;
let officerToken: string;

beforeAll(async () => {
  // Two in all, so that the per-client bound shows on its own (the default is one in all).
  hub = await sharedHub({ expensiveReads: { perClient: 1, anonymousTotal: 2 } });
  officerToken = await hub.token({ subject: 'vpcp-1', role: 'CENTRAL_OFFICE', agencyId: 'bo-vpcp' });
});
afterAll(() => hub?.close());

/** One anonymous visitor's request, from the address given (the gateway trusts X-Forwarded-For here). */
async function fromAddress(address: string, query: string, token?: string): Promise<GraphQLResponse> {
  const res = await fetch(hub.gateway.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': address,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

const search = (alias: string, term: string) =>
  `${alias}: publishedPetitions(filter: { search: "${term}" }, first: 1) { totalCount nodes { id } }`;

const SHORT_SEARCH_MESSAGE = 'Từ khóa tìm kiếm cần có ít nhất một từ dài từ 3 ký tự (chữ hoặc số) trở lên.';

describe('the aliased short-search attack', () => {
  it('ten aliased published-petition searches in one anonymous request are refused before any SQL runs', async () => {
    const attack = `{ ${Array.from({ length: 10 }, (_, i) => search(`s${i}`, `v${i}`)).join(' ')} }`;
    const statements = await hub.countStatements(async () => {
      const answer = await hub.query(attack);
      expect(answer.status).toBe(400);
      expect(answer.data).toBeUndefined();
      expect(answer.errors?.map((e) => e.extensions)).toEqual([{ code: 'COST_LIMIT_EXCEEDED' }]);
    });
    expect(statements).toBe(0);
  });

  it('a two-character term is refused by every search, naming the field, in Vietnamese', async () => {
    const refusals = [
      ['petitions', 'publishedPetitions', '{ publishedPetitions(filter: { search: "v0" }) { totalCount } }'],
      ['procedures', 'procedures', '{ procedures(filter: { search: "v0" }) { totalCount } }'],
      ['reporting', 'reportingRegimes', '{ reportingRegimes(filter: { search: "v0" }) { totalCount } }'],
      // A lone token is an agency code ("52"): two words of one letter are not.
      ['agencies', 'agencies', '{ agencies(filter: { search: "v 0" }) { totalCount } }'],
    ];
    for (const [serviceName, field, query] of refusals) {
      const answer = await hub.query(query);
      expect({ field, errors: answer.errors }).toEqual({
        field,
        errors: [
          {
            message: SHORT_SEARCH_MESSAGE,
            path: [field],
            extensions: { code: 'BAD_USER_INPUT', field: 'filter.search', serviceName },
          },
        ],
      });
    }
    const officer = await hub.query(
      '{ agency(id: "tinh-01") { petitions(filter: { search: "%" }) { totalCount } } }',
      {},
      { token: officerToken },
    );
    expect(officer.errors?.map((e) => [e.message, e.extensions])).toEqual([
      [SHORT_SEARCH_MESSAGE, { code: 'BAD_USER_INPUT', field: 'filter.search', serviceName: 'petitions' }],
    ]);
  });

  it('a term the trigram index can serve passes: "Hà Nội" (one word of three letters), an agency code "52"', async () => {
    const answer = await hub.query<{
      publishedPetitions: { totalCount: number };
      agencies: { totalCount: number };
    }>(`{ ${search('publishedPetitions', 'Hà Nội')} agencies(filter: { search: "52" }) { totalCount } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.agencies.totalCount).toBeGreaterThan(0);
  });

  it('one petition search of a common three-letter term fits in a request (the worst that gets through); two do not', async () => {
    const one = await hub.query<{ s0: { totalCount: number } }>(`{ ${search('s0', 'ang')} }`);
    expect(one.errors).toBeUndefined();
    expect(one.data?.s0.totalCount).toBeGreaterThan(0);
    const two = await hub.query(`{ ${search('s0', 'ang')} ${search('s1', 'anh')} }`);
    expect(two.status).toBe(400);
    expect(two.errors?.map((e) => e.extensions)).toEqual([{ code: 'COST_LIMIT_EXCEEDED' }]);
  });

  it('petition counts over a page of 100 agencies are priced: with a petition search beside them, over the limit', async () => {
    const counts = '{ agencies(first: 100) { nodes { petitions(first: 1) { totalCount } } } }';
    const alone = await hub.query(counts, {}, { token: officerToken });
    expect(alone.errors).toBeUndefined();
    const withSearch = await hub.query(
      `{ ${search('s0', 'duong')} ${counts.slice(1, -1)} }`,
      {},
      {
        token: officerToken,
      },
    );
    expect(withSearch.errors?.map((e) => e.extensions)).toEqual([{ code: 'COST_LIMIT_EXCEEDED' }]);
  });
});

/** Holds the petitions database (an exclusive lock; on PGlite, its one connection) until `release` is called. */
function holdPetitionsDatabase(): { held: Promise<void>; release: () => void; done: Promise<void> } {
  let release = () => {};
  let signalHeld = () => {};
  const held = new Promise<void>((resolve) => {
    signalHeld = resolve;
  });
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const done = hub.db.petitions.transaction(async (trx) => {
    await trx.raw('lock table petitions in access exclusive mode');
    signalHeld();
    await released;
  });
  return { held, release, done };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('anonymous expensive reads in flight', () => {
  it('one per anonymous client and two for all anonymous clients at once; the rest are RATE_LIMITED (429)', async () => {
    const previous = process.env.GATEWAY_TRUST_PROXY;
    process.env.GATEWAY_TRUST_PROXY = '1';
    const { tracking_code: trackingCode } = await hub.db
      .petitions('petitions')
      .where('status', 'PUBLISHED')
      .first('tracking_code');
    const database = holdPetitionsDatabase();
    try {
      await database.held;
      const query = `{ ${search('found', 'duong')} }`;
      const first = fromAddress('203.0.113.1', query);
      await sleep(1500); // the first is in flight, waiting for the database
      const sameClient = await fromAddress('203.0.113.1', query);
      const second = fromAddress('203.0.113.2', query);
      await sleep(1500);
      const thirdClient = await fromAddress('203.0.113.3', query);
      const signedIn = fromAddress('203.0.113.3', query, officerToken);
      const tracking = fromAddress(
        '203.0.113.3',
        `{ petitionByTrackingCode(trackingCode: "${trackingCode}") { trackingCode } }`,
      );
      for (const refused of [sameClient, thirdClient]) {
        expect(refused.status).toBe(429);
        expect(refused.errors).toEqual([
          {
            message:
              'Hệ thống đang bận xử lý các truy vấn tìm kiếm, thống kê. Vui lòng thử lại sau giây lát.',
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 1 },
          },
        ]);
      }
      database.release();
      await database.done;
      for (const answer of await Promise.all([first, second, signedIn])) {
        expect(answer.status).toBe(200);
        expect(answer.errors).toBeUndefined();
      }
      // Not a priced field: never counted, never refused.
      expect(await tracking).toEqual({ status: 200, data: { petitionByTrackingCode: { trackingCode } } });
      // The slots were given back.
      expect((await fromAddress('203.0.113.1', query)).errors).toBeUndefined();
    } finally {
      database.release();
      await database.done.catch(() => undefined);
      if (previous === undefined) delete process.env.GATEWAY_TRUST_PROXY;
      else process.env.GATEWAY_TRUST_PROXY = previous;
    }
  });
});

describe.runIf(databaseMode === 'pglite')('the embedded database runs off the service thread', () => {
  it("the petitions subgraph's /health answers while a 3-second statement runs on its PGlite", async () => {
    const health = hub.subgraphs.petitions.http.url.replace(/\/graphql$/, '/health');
    let sleeping = true;
    const statement = hub.db.petitions.raw('select pg_sleep(3)').then(() => {
      sleeping = false;
    });
    await sleep(300);
    const started = Date.now();
    const res = await fetch(health);
    const ms = Date.now() - started;
    expect({ status: res.status, body: await res.json(), sleeping }).toEqual({
      status: 200,
      body: { status: 'ok' },
      sleeping: true,
    });
    expect(ms).toBeLessThan(1000);
    await statement;
  });
});
