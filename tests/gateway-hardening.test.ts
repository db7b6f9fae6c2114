import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalJWKSet, exportJWK, exportSPKI, generateKeyPair, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway, startGateway } from '../gateway/createGateway.ts';
import { signToken } from '../gateway/identity.ts';
import { documentHash, loadTrustedDocuments } from '../gateway/trustedDocuments.ts';
import { PROJECT_ROOT } from '../kit/config.ts';
import { PROVINCE_SCORECARD } from '../scripts/scorecardQuery.ts';
import { type Hub, sharedHub, TEST_TOKENS } from './support/hub.ts';

/** Three more gateways over the same subgraphs: production settings, trusted documents, rotated keys. */
let hub: Hub;
let production: RunningGateway;
let trusted: RunningGateway;
const keys: Record<'old' | 'new' | 'stray', { privateJwk: JWK; publicJwk: JWK; spki: string }> = {} as never;

const LISTED = '{ agency(id: "tinh-01") { name } }';
const UNLISTED = '{ agency(id: "tinh-01") { id name code } }';

async function keyPair(kid: string) {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'ES256' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256' },
    spki: await exportSPKI(publicKey),
  };
}

beforeAll(async () => {
  hub = await sharedHub();
  keys.old = await keyPair('key-2025');
  keys.new = await keyPair('key-2026');
  keys.stray = await keyPair('key-unknown');
  const subgraphUrls = Object.fromEntries(
    Object.entries(hub.subgraphs).map(([name, subgraph]) => [name, subgraph.http.url]),
  );
  const base = {
    supergraphPath: join(PROJECT_ROOT, 'schema', 'supergraph.graphql'),
    port: 0,
    host: '127.0.0.1',
    tokens: TEST_TOKENS,
    subgraphUrls,
  };
  production = await startGateway({
    ...base,
    // Mid-rotation: the identity provider signs with the new key, tokens signed with the old one still live.
    keySet: createLocalJWKSet({ keys: [keys.old.publicJwk, keys.new.publicJwk] }),
    hardening: { production: true },
  });
  const manifestPath = join(mkdtempSync(join(tmpdir(), 'pakn-trusted-')), 'manifest.json');
  // The client preset's form, document ids with their algorithm.
  writeFileSync(manifestPath, JSON.stringify({ [`sha256:${documentHash(LISTED)}`]: LISTED }));
  trusted = await startGateway({
    ...base,
    keySet: createLocalJWKSet({ keys: [keys.new.publicJwk] }),
    hardening: { trustedDocuments: loadTrustedDocuments(manifestPath) },
  });
});
afterAll(async () => {
  await production?.close();
  await trusted?.close();
  await hub?.close();
});

interface Answer {
  status: number;
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

/** Refused before any subgraph is asked, with this code, and nothing leaked in the error. */
function expectRefused(answer: Answer, code: string, status = 400) {
  expect(answer.status).toBe(status);
  expect(answer.data).toBeUndefined();
  expect(answer.errors).toHaveLength(1);
  expect(answer.errors?.[0].extensions).toEqual({ code });
  expect(JSON.stringify(answer)).not.toMatch(/stacktrace|127\.0\.0\.1|localhost|exceeded, found/i);
}

const nested = (levels: number) =>
  `{ agency(id: "tinh-01") { ${'parent { '.repeat(levels)}id${' }'.repeat(levels)} } }`;

describe('query shape limits', () => {
  it('refuses a 50-level deep query, and lets a lineage chain of eight levels through', async () => {
    expectRefused(await hub.query(nested(50)), 'DEPTH_LIMIT_EXCEEDED');
    const answer = await hub.query(nested(8));
    expect(answer.errors).toBeUndefined();
    expect(answer.status).toBe(200);
  });

  it('refuses a 1,000-alias query (its size alone is refused while parsing, before any validation)', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: agency(id: "tinh-01") { id }`).join(' ');
    const answer = await hub.query(`{ ${aliases} }`);
    expectRefused(answer, 'GRAPHQL_PARSE_FAILED');
    expect(answer.errors?.[0].message).toMatch(/^Syntax Error: Document contains more th\w+ \d+ tokens/);
  });

  it('refuses 40 aliases, small as the text is', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: name`).join(' ');
    expectRefused(await hub.query(`{ agency(id: "tinh-01") { ${aliases} } }`), 'ALIAS_LIMIT_EXCEEDED');
  });

  it('refuses a query with 1,000 root fields, and one with 20', async () => {
    const thousand = Array.from({ length: 1000 }, () => 'agencies { totalCount }').join(' ');
    expect((await hub.query(`{ ${thousand} }`)).status).toBe(400);
    const twenty = Array.from({ length: 20 }, () => '__typename').join(' ');
    expectRefused(await hub.query(`{ ${twenty} }`), 'ROOT_FIELD_LIMIT_EXCEEDED');
  });

  it('refuses too many directives', async () => {
    const fields = Array.from({ length: 30 }, () => 'totalCount @include(if: true)').join(' ');
    expectRefused(await hub.query(`{ agencies { ${fields} } }`), 'DIRECTIVE_LIMIT_EXCEEDED');
  });
});

describe('cost limit', () => {
  it('refuses three nested connections of 100 (a million agencies) with COST_LIMIT_EXCEEDED', async () => {
    const bomb = `query($n: Int) { agencies(first: 100) { nodes { children(first: $n) { nodes {
      children(first: 100) { nodes { id name } } } } } } }`;
    expectRefused(await hub.query(bomb, { n: 100 }), 'COST_LIMIT_EXCEEDED');
    // The same shape with small pages is fine: the cost follows the page sizes asked for.
    const small = await hub.query(bomb.replaceAll('first: 100', 'first: 2'), { n: 2 });
    expect(small.errors).toBeUndefined();
  });

  it('lets the province scorecard (100 provinces, four figures each) through', async () => {
    const token = await hub.token({ subject: 'vpcp-1', role: 'CENTRAL_OFFICE', agencyId: 'bo-vpcp' });
    const answer = await hub.query<{ agencies: { totalCount: number } }>(
      PROVINCE_SCORECARD,
      { on: '2026-01-01', from: '2026-01-01', to: '2026-06-30' },
      { token },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.agencies.totalCount).toBe(34);
  });
});

describe('request body size', () => {
  const fiveMegabytes = () =>
    fetch(hub.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(5_000_000) } }),
    });

  it('answers a 5 MB body with 413 and a JSON error, without running it', async () => {
    const res = await fiveMegabytes();
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      errors: [{ message: 'Request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });
});

describe('production mode', () => {
  it('refuses introspection', async () => {
    const answer = await post(production.url, { query: '{ __schema { queryType { name } } }' });
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.errors?.[0].message).toMatch(/introspection is not allowed/i);
  });

  it('gives no field suggestions, where development does', async () => {
    const typo = { query: '{ agency(id: "tinh-01") { nam } }' };
    const dev = await post(hub.gateway.url, typo);
    expect(dev.errors?.[0].message).toMatch(/Did you mean "name"/);
    const prod = await post(production.url, typo);
    expect(prod.status).toBe(400);
    expect(prod.errors?.[0].message).not.toMatch(/Did you mean/);
    expect(JSON.stringify(prod)).not.toMatch(/"name"/);
  });
});

describe('CSRF and batching', () => {
  it('refuses a mutation sent as GET', async () => {
    const query = 'mutation { acceptPetition(id: "p-1", expectedVersion: 1) { id status } }';
    const res = await fetch(`${hub.gateway.url}?query=${encodeURIComponent(query)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(405);
    const plain = await fetch(`${hub.gateway.url}?query=${encodeURIComponent(query)}`);
    expect(plain.status).toBe(400); // No preflight header: refused before even looking at the operation.
    const body = (await plain.json()) as Answer;
    expect(body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
  });

  it('refuses a simple (text/plain) POST without the preflight header', async () => {
    const res = await fetch(hub.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|preflight/i);
  });

  it('refuses a batched (array) body', async () => {
    const answer = await fetch(hub.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(answer.status).toBe(400);
    expect(await answer.text()).toMatch(/batch/i);
  });
});

describe('trusted-documents mode', () => {
  it('runs a listed query, by text or by hash alone', async () => {
    const expected = { status: 200, data: { agency: { name: 'Thành phố Hà Nội' } } };
    expect(await post(trusted.url, { query: LISTED })).toEqual(expected);
    const byHash = await post(trusted.url, {
      extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(LISTED) } },
    });
    expect(byHash).toEqual(expected);
  });

  it('runs a listed query by its document id, as clients built with the client preset send it', async () => {
    const expected = { status: 200, data: { agency: { name: 'Thành phố Hà Nội' } } };
    expect(await post(trusted.url, { documentId: `sha256:${documentHash(LISTED)}` })).toEqual(expected);
    const get = await fetch(`${trusted.url}?documentId=sha256:${documentHash(LISTED)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect({ status: get.status, ...((await get.json()) as object) }).toEqual(expected);
    expectRefused(
      await post(trusted.url, { documentId: `sha256:${documentHash(UNLISTED)}` }),
      'PERSISTED_QUERY_NOT_ALLOWED',
      403,
    );
  });

  it('refuses an unlisted query, an unknown hash, and a hash that does not match its text', async () => {
    const refusals = [
      await post(trusted.url, { query: UNLISTED }),
      await post(trusted.url, {
        extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(UNLISTED) } },
      }),
      await post(trusted.url, {
        query: UNLISTED,
        extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(LISTED) } },
      }),
    ];
    for (const answer of refusals) expectRefused(answer, 'PERSISTED_QUERY_NOT_ALLOWED', 403);
    const get = await fetch(`${trusted.url}?query=${encodeURIComponent(UNLISTED)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(403);
  });
});

describe('tokens', () => {
  const claims = { subject: 'officer-1', role: 'OFFICER', agencyId: 'tinh-01' };
  const ask = (url: string, token: string) =>
    post(url, { query: '{ agency(id: "tinh-01") { id } }' }, { authorization: `Bearer ${token}` });
  const unauthenticated = (answer: Answer) => {
    expect(answer.status).toBe(401);
    expect(answer.data).toBeUndefined();
    expect(answer.errors).toEqual([
      { message: 'Token is not valid.', extensions: { code: 'UNAUTHENTICATED' } },
    ]);
  };

  it('refuses an unsigned token (alg: none)', async () => {
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const payload = {
      sub: 'x',
      role: 'CENTRAL_OFFICE',
      agency: 'bo-vpcp',
      iss: TEST_TOKENS.issuer,
      aud: TEST_TOKENS.audience,
      iat: now,
      exp: now + 600,
    };
    unauthenticated(await ask(hub.gateway.url, `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`));
    unauthenticated(await ask(production.url, `${b64({ alg: 'none', kid: 'key-2026' })}.${b64(payload)}.`));
  });

  it('refuses an HS256 token signed with the public key as the secret (algorithm confusion)', async () => {
    for (const secret of [keys.new.spki, JSON.stringify(keys.new.publicJwk)]) {
      const forged = await new SignJWT({ role: 'CENTRAL_OFFICE', agency: 'bo-vpcp' })
        .setProtectedHeader({ alg: 'HS256', kid: 'key-2026', typ: 'JWT' })
        .setSubject('x')
        .setIssuer(TEST_TOKENS.issuer)
        .setAudience(TEST_TOKENS.audience)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(secret));
      unauthenticated(await ask(production.url, forged));
    }
  });

  it('refuses a token signed by a key the key set does not hold (unknown kid)', async () => {
    unauthenticated(await ask(production.url, await signToken(keys.stray.privateJwk, claims, TEST_TOKENS)));
  });

  it('accepts tokens of both the old and the new key while a rotation is under way', async () => {
    for (const key of [keys.old, keys.new]) {
      const answer = await ask(production.url, await signToken(key.privateJwk, claims, TEST_TOKENS));
      expect(answer).toEqual({ status: 200, data: { agency: { id: 'tinh-01' } } });
    }
    // The trusted gateway holds only the new key: the old key's tokens are refused there.
    const old = await signToken(keys.old.privateJwk, claims, TEST_TOKENS);
    unauthenticated(await post(trusted.url, { query: LISTED }, { authorization: `Bearer ${old}` }));
  });
});

describe('settings from the environment', () => {
  it('reads each GATEWAY_* limit, and refuses a limit that is not a positive integer', async () => {
    const { hardeningFromEnv, DEFAULT_HARDENING } = await import('../gateway/hardening.ts');
    expect(hardeningFromEnv({})).toEqual(DEFAULT_HARDENING);
    const set = hardeningFromEnv({
      NODE_ENV: 'production',
      GATEWAY_MAX_DEPTH: '8',
      GATEWAY_MAX_ALIASES: '5',
      GATEWAY_MAX_TOKENS: '500',
      GATEWAY_MAX_DIRECTIVES: '4',
      GATEWAY_MAX_ROOT_FIELDS: '3',
      GATEWAY_MAX_COST: '900',
      GATEWAY_MAX_BODY_BYTES: '65536',
    });
    expect(set).toEqual({
      maxDepth: 8,
      maxAliases: 5,
      maxTokens: 500,
      maxDirectives: 4,
      maxRootFields: 3,
      maxCost: 900,
      maxBodyBytes: 65536,
      production: true,
      trustedDocuments: null,
    });
    expect(() => hardeningFromEnv({ GATEWAY_MAX_DEPTH: '0' })).toThrow(/GATEWAY_MAX_DEPTH/);
    expect(() => hardeningFromEnv({ GATEWAY_MAX_COST: 'lots' })).toThrow(/GATEWAY_MAX_COST/);
  });
});
