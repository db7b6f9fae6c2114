import { createLocalJWKSet, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from '../gateway/createGateway.ts';
import { CONTROL_CHARACTER_MESSAGE } from '../kit/inputGuard.ts';
import { INTERNAL_TOKEN_HEADER, internalSecret } from '../kit/internalToken.ts';
import { clock } from '../subgraphs/petitions/clock.ts';
import { limitKey } from '../subgraphs/petitions/limitCounters.ts';
import { RATING_REFUSED_MESSAGE } from '../subgraphs/petitions/rating.ts';
import { type Hub, sharedHub, startReplica, TEST_TOKENS } from './support/hub.ts';
import { petitionInput, runCommand, SUBMIT, type Submitted } from './support/petitionCommands.ts';
import { callSubgraphAs } from './support/subgraphCall.ts';

/**
 * What an attack run found, each finding replayed and shown refused: through the gateway, or straight at a
 * subgraph where that is the attack. Hà Nội is tinh-01 (its Department of Justice tinh-01.stp); the
 * Government is cp, the root of the agency tree; the central office is bo-vpcp.
 */
let hub: Hub;
/** A production gateway over the same subgraphs, with a key pair this file signs raw tokens with. */
let production: RunningGateway;
let signingKey: CryptoKey;

beforeAll(async () => {
  hub = await sharedHub();
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  signingKey = privateKey;
  production = await startReplica(hub, {
    keySet: createLocalJWKSet({
      keys: [{ ...(await exportJWK(publicKey)), kid: 'attack-key', alg: 'ES256' }],
    }),
    hardening: { production: true },
  });
});
afterAll(async () => {
  await production?.close();
  await hub?.close();
});
afterEach(() => clock.set(null));

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

/** Runs `work` with these environment variables, then puts them back. */
async function withEnv<T>(vars: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  Object.assign(process.env, vars);
  try {
    return await work();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

async function submit(overrides: Record<string, unknown> = {}, key?: string, token?: string) {
  return hub.query<Submitted>(SUBMIT, { input: petitionInput(overrides), key }, { token });
}

const withPhone = (phone: string, more: Record<string, unknown> = {}) => ({
  petitioner: { ...(petitionInput().petitioner as object), phone },
  ...more,
});

describe('1. the rating is no phone oracle', () => {
  const RATE = `mutation ($code: String!, $phone: String!, $rating: Int!) {
    ratePetition(trackingCode: $code, phone: $phone, rating: $rating) { trackingCode rating }
  }`;
  const refusal = {
    status: 200,
    data: null,
    errors: [
      {
        message: RATING_REFUSED_MESSAGE,
        path: ['ratePetition'],
        extensions: { code: 'FORBIDDEN', serviceName: 'petitions' },
      },
    ],
  };
  /** Published sample petitions, each test its own: tracking code and phone. */
  let published: { id: string; tracking_code: string; petitioner_phone: string; rating: number | null }[];
  const rate = (code: string, phone: string, rating = 4) => hub.query(RATE, { code, phone, rating });

  beforeAll(async () => {
    published = await hub.db
      .petitions('petitions')
      .where('status', 'PUBLISHED')
      .orderBy('id')
      .limit(4)
      .select('id', 'tracking_code', 'petitioner_phone', 'rating');
    expect(published).toHaveLength(4);
  });

  it('an unknown code, a wrong phone and an unpublished petition get one and the same answer', async () => {
    clock.set(new Date('2026-11-21T08:10:00+07:00'));
    const own = await submit(withPhone('0912 000 111'));
    const unpublished = own.data?.submitPetition.trackingCode as string;
    const [target] = published;
    const answers = [
      await rate('PA-2345-6789', target.petitioner_phone),
      await rate(target.tracking_code, '0999999999'),
      // The petitioner's own right phone, on an answer not yet published.
      await rate(unpublished, '0912000111'),
    ];
    for (const answer of answers) expect(answer).toEqual(refusal);
    const stored = await hub.db.petitions('petitions').where('id', target.id).first('rating');
    expect(stored.rating).toBe(target.rating);
  });

  it('guessing phones is cut off after 5 attempts on a code, the right phone included, until the next hour', async () => {
    const [, target] = published;
    clock.set(new Date('2026-11-21T09:10:00+07:00'));
    for (let guess = 0; guess < 5; guess++) {
      expect(await rate(target.tracking_code, `09000000${10 + guess}`)).toEqual(refusal);
    }
    const cutOff = await rate(target.tracking_code, target.petitioner_phone);
    expect(cutOff).toEqual({
      status: 200,
      data: null,
      errors: [
        {
          message: 'Đã thử đánh giá quá nhiều lần trong một giờ. Vui lòng thử lại sau 50 phút.',
          path: ['ratePetition'],
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 3000, serviceName: 'petitions' },
        },
      ],
    });
    clock.set(new Date('2026-11-21T10:00:00+07:00'));
    expect(await rate(target.tracking_code, target.petitioner_phone, 5)).toEqual({
      status: 200,
      data: { ratePetition: { trackingCode: target.tracking_code, rating: 5 } },
    });
    // The counters hold neither the code nor the phone.
    const keys = (await hub.db.petitions('submission_counters').pluck('key')).join(' ');
    expect(keys).not.toContain(target.tracking_code);
    expect(keys).toContain(limitKey('rating-code', target.tracking_code));
  });

  it('one client guessing across many codes is cut off after 20 attempts', async () => {
    clock.set(new Date('2026-11-21T11:10:00+07:00'));
    const codes = await hub.db.petitions('petitions').orderBy('id', 'desc').limit(21).pluck('tracking_code');
    for (const code of codes.slice(0, 20)) expect(await rate(code, '0911111111')).toEqual(refusal);
    const cutOff = await rate(codes[20], '0911111111');
    expect(cutOff.errors?.map((error) => error.extensions?.code)).toEqual(['RATE_LIMITED']);
  });

  it('the petitioner changes the rating with the same proof, and each change is recorded without the phone', async () => {
    clock.set(new Date('2026-11-21T12:10:00+07:00'));
    const [, , target] = published;
    const international = `+84${target.petitioner_phone.slice(1)}`;
    expect(await rate(target.tracking_code, target.petitioner_phone, 4)).toEqual({
      status: 200,
      data: { ratePetition: { trackingCode: target.tracking_code, rating: 4 } },
    });
    expect(await rate(target.tracking_code.toLowerCase(), international, 2)).toEqual({
      status: 200,
      data: { ratePetition: { trackingCode: target.tracking_code, rating: 2 } },
    });
    const changes = await hub.db
      .petitions('petition_rating_changes')
      .where('petition_id', target.id)
      .orderBy('id')
      .select('old_rating', 'new_rating', 'rated_at', 'account');
    const at = new Date('2026-11-21T12:10:00+07:00');
    const first =
      target.rating === 4 ? [] : [{ old_rating: target.rating, new_rating: 4, rated_at: at, account: null }];
    expect(changes).toEqual([...first, { old_rating: 4, new_rating: 2, rated_at: at, account: null }]);
    expect(JSON.stringify(changes)).not.toContain(target.petitioner_phone.slice(1));
  });
});

describe('2. personal data: in full only for the agency handling or receiving the petition', () => {
  const PETITIONER = `query ($code: String!) {
    petitionByTrackingCode(trackingCode: $code) { petitioner { name phone masked } }
  }`;
  const MASKED = { name: 'N••• T••• H•••', phone: '091•••••78', masked: true };
  const FULL = { name: 'Nguyễn Thị Hoa', phone: '0912345678', masked: false };
  const officer = (agencyId: string, role = 'OFFICER') =>
    hub.token({ subject: `canbo.${agencyId}`, role, agencyId });
  const petitionerSeenBy = async (code: string, token: string) => {
    const answer = await hub.query<{ petitionByTrackingCode: { petitioner: unknown } }>(
      PETITIONER,
      { code },
      { token },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data?.petitionByTrackingCode.petitioner;
  };

  it('an officer of the Government (cp) reads every petition of the country masked, never in full', async () => {
    const government = await officer('cp');
    const answer = await hub.query<{ petitions: { totalCount: number; nodes: { petitioner: unknown }[] } }>(
      '{ petitions(first: 20) { totalCount nodes { petitioner { masked } } } }',
      {},
      { token: government },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.petitions.totalCount).toBeGreaterThan(500);
    expect(answer.data?.petitions.nodes).toEqual(Array(20).fill({ petitioner: { masked: true } }));
    const hanoi = await submit({ targetAgencyId: 'tinh-01.stp' });
    const code = hanoi.data?.submitPetition.trackingCode as string;
    expect(await petitionerSeenBy(code, government)).toEqual(MASKED);
    expect(await petitionerSeenBy(code, await officer('cp', 'LEADER'))).toEqual(MASKED);
  });

  it("a province above its department reads the department's petitioner masked; the department in full", async () => {
    const hanoi = await submit({ targetAgencyId: 'tinh-01.stp' });
    const code = hanoi.data?.submitPetition.trackingCode as string;
    expect(await petitionerSeenBy(code, await officer('tinh-01'))).toEqual(MASKED);
    expect(await petitionerSeenBy(code, await officer('tinh-01', 'LEADER'))).toEqual(MASKED);
    expect(await petitionerSeenBy(code, await officer('tinh-01.stp'))).toEqual(FULL);
    expect(await petitionerSeenBy(code, await officer('tinh-01.stp', 'LEADER'))).toEqual(FULL);
    const central = await hub.token({
      subject: 'vpcp.giam-sat',
      role: 'CENTRAL_OFFICE',
      agencyId: 'bo-vpcp',
    });
    expect(await petitionerSeenBy(code, central)).toEqual(MASKED);
  });

  it('the receiving agency reads it in full after transferring it to one of its units', async () => {
    const received = await submit({ targetAgencyId: 'tinh-01' });
    const { id, version } = (received.data as Submitted).submitPetition.petition;
    const province = await officer('tinh-01');
    const moved = await runCommand(hub, province, 'transfer', id, version, { target: 'tinh-01.stp' });
    expect(moved.errors).toBeUndefined();
    const code = received.data?.submitPetition.trackingCode as string;
    expect(await petitionerSeenBy(code, province)).toEqual(FULL);
    expect(await petitionerSeenBy(code, await officer('tinh-01.stp'))).toEqual(FULL);
    expect(await petitionerSeenBy(code, await officer('cp'))).toEqual(MASKED);
  });

  it("Kiên Giang's Department of Justice, dissolved: its successor reads in full; the new An Giang above, masked", async () => {
    // Received before the 2025 reorganization, by the old Kiên Giang's department (tinh-91.stp).
    clock.set(new Date('2025-05-12T09:00:00+07:00'));
    const old = await submit({ targetAgencyId: 'tinh-91.stp' });
    expect(old.data?.submitPetition.petition.handlingAgency).toEqual({ id: 'tinh-91.stp' });
    const code = old.data?.submitPetition.trackingCode as string;
    expect(await petitionerSeenBy(code, await officer('tinh-91-2025.stp'))).toEqual(FULL);
    expect(await petitionerSeenBy(code, await officer('tinh-91-2025'))).toEqual(MASKED);
    expect(await petitionerSeenBy(code, await officer('cp'))).toEqual(MASKED);
  });
});

describe('3. submission limits count stored submissions only, under keyed hashes', () => {
  const limited = (work: () => Promise<void>) => withEnv({ PETITIONS_SUBMISSIONS_PER_PHONE_HOUR: '5' }, work);

  it('the sixth retry of one submission is its replay, not RATE_LIMITED, and counts once', async () => {
    await limited(async () => {
      clock.set(new Date('2026-11-22T08:10:00+07:00'));
      const input = withPhone('0913 100 200');
      const first = await submit(input, 'retry-key-0001');
      const retries = [];
      for (let retry = 0; retry < 6; retry++) retries.push(await submit(input, 'retry-key-0001'));
      for (const retry of retries) {
        expect(retry.errors).toBeUndefined();
        expect(retry.data?.submitPetition).toEqual({ ...first.data?.submitPetition, replayed: true });
      }
      // The retries counted nothing: four more petitions from that phone are still welcome.
      for (let more = 0; more < 4; more++) {
        expect((await submit(input)).errors).toBeUndefined();
      }
      const sixth = await submit(input);
      expect(sixth.errors?.map((error) => error.extensions?.code)).toEqual(['RATE_LIMITED']);
    });
  });

  it("refused submissions count nothing: nobody can lock a stranger's phone out", async () => {
    await limited(async () => {
      clock.set(new Date('2026-11-22T09:10:00+07:00'));
      const victim = '0913 300 400';
      for (let attempt = 0; attempt < 8; attempt++) {
        const refused = await submit(withPhone(victim, { previousTrackingCode: 'PA-ZZZZ-ZZZZ' }));
        expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
        const nowhere = await submit(withPhone(victim, { targetAgencyId: 'khong-co-co-quan-nay' }));
        expect(nowhere.data).toBeNull();
      }
      const own = await submit(withPhone(victim));
      expect(own.errors).toBeUndefined();
      expect(own.data?.submitPetition.petition.status).toBe('RECEIVED');
    });
  });

  it('+84…, 0084… and 0… are one phone, counted under an HMAC of its E.164 form', async () => {
    await withEnv({ PETITIONS_SUBMISSIONS_PER_PHONE_HOUR: '2' }, async () => {
      clock.set(new Date('2026-11-22T10:10:00+07:00'));
      expect((await submit(withPhone('+84 913 500 600'))).errors).toBeUndefined();
      expect((await submit(withPhone('0084913500600'))).errors).toBeUndefined();
      const third = await submit(withPhone('0913.500.600'));
      expect(third.errors?.map((error) => error.extensions?.code)).toEqual(['RATE_LIMITED']);
      const keys = await hub.db
        .petitions('submission_counters')
        .where('window_start', new Date('2026-11-22T03:00:00Z'))
        .pluck('key');
      expect(keys).toContain(limitKey('phone', '+84913500600'));
      expect(keys.join(' ')).not.toMatch(/913|500600/);
    });
  });
});

describe('4. tokens: exp required, lifetime capped, clock skew bounded', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const sign = async (claims: JWTPayload) =>
    new SignJWT({ role: 'OFFICER', agency: 'tinh-01', ...claims })
      .setProtectedHeader({ alg: 'ES256', kid: 'attack-key', typ: 'JWT' })
      .setSubject('canbo.hanoi')
      .setIssuer(TEST_TOKENS.issuer)
      .setAudience(TEST_TOKENS.audience)
      .sign(signingKey);
  const ask = async (token: string) =>
    post(
      production.url,
      { query: '{ petitions(first: 1) { totalCount } }' },
      { authorization: `Bearer ${token}` },
    );
  const refusedAs = (message: string) => ({
    status: 401,
    errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }],
  });

  it('refuses a token without exp, one living a year, and one issued in the future', async () => {
    expect(await ask(await sign({ iat: now() }))).toEqual(refusedAs('Token is not valid.'));
    expect(await ask(await sign({ iat: now(), exp: now() + 365 * 86_400 }))).toEqual(
      refusedAs('Token lives longer than the 3600 s allowed.'),
    );
    expect(await ask(await sign({ exp: now() + 2 * 3600 }))).toEqual(
      refusedAs('Token lives longer than the 3600 s allowed.'),
    );
    expect(await ask(await sign({ iat: now() + 600, exp: now() + 1200 }))).toEqual(
      refusedAs('Token is issued in the future.'),
    );
  });

  it('accepts an hour-long token, and an issuer clock 20 s ahead', async () => {
    for (const claims of [
      { iat: now(), exp: now() + 3600 },
      { iat: now() + 20, exp: now() + 620 },
    ]) {
      const answer = await ask(await sign(claims));
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
    }
  });

  it('the test hub makes tokens of an hour, as the development token script does (tests/processes)', async () => {
    const token = await hub.token({ subject: 'canbo.hanoi', role: 'OFFICER', agencyId: 'tinh-01' });
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    expect(payload.exp - payload.iat).toBe(3600);
  });

  it("a subgraph refuses the hub's own signature on a token without exp, living a year, or issued ahead", async () => {
    const internal = (claims: JWTPayload) =>
      new SignJWT({ role: 'CENTRAL_OFFICE', agency: 'bo-vpcp', client: null, ...claims })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject('vpcp.giam-sat')
        .setIssuer('pakn-hub')
        .setAudience('pakn-subgraphs')
        .sign(internalSecret());
    for (const claims of [
      { iat: now() },
      { iat: now(), exp: now() + 365 * 86_400 },
      { iat: now() + 600, exp: now() + 630 },
    ]) {
      const answer = await post(
        hub.subgraphs.petitions.http.url,
        { query: '{ petitions(first: 1) { totalCount } }' },
        { [INTERNAL_TOKEN_HEADER]: await internal(claims) },
      );
      expect(answer).toEqual({
        status: 401,
        errors: [
          {
            message:
              'This service answers the PAKN Hub gateway only: the request carries no valid hub signature.',
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      });
    }
  });
});

describe('5. input errors are coded, and nothing extra is shown', () => {
  const NUL = 'tinh-01\u0000';

  it('a NUL byte or another control character anywhere is BAD_USER_INPUT naming the field, not a 500', async () => {
    const central = await hub.token({
      subject: 'vpcp.giam-sat',
      role: 'CENTRAL_OFFICE',
      agencyId: 'bo-vpcp',
    });
    const cases: [string, Record<string, unknown>, string][] = [
      ['query ($id: ID!) { petition(id: $id) { id } }', { id: NUL }, 'id'],
      ['query ($id: ID!) { agency(id: $id) { id } }', { id: NUL }, 'id'],
      ['query ($c: String!) { petitionByTrackingCode(trackingCode: $c) { id } }', { c: 'PA-\u0000' }, 'c'],
      [
        'query ($f: PetitionFilter) { publishedPetitions(filter: $f) { totalCount } }',
        { f: { search: 'thu\u0000e' } },
        'f.search',
      ],
      ['query ($s: String!) { agencies(filter: { search: $s }) { totalCount } }', { s: 'ha\u0007noi' }, 's'],
      [
        'query ($s: String!) { procedures(filter: { search: $s }) { totalCount } }',
        { s: 'khai\u0000sinh' },
        's',
      ],
      [
        'query ($s: String!) { reportingRegimes(filter: { search: $s }) { totalCount } }',
        { s: 'bao\u001bcao' },
        's',
      ],
      ['{ agency(id: "tinh-01\\u0000") { id } }', {}, 'id'],
    ];
    for (const [query, variables, field] of cases) {
      const answer = await post(
        hub.gateway.url,
        { query, variables },
        { authorization: `Bearer ${central}` },
      );
      expect(answer).toEqual({
        status: 400,
        errors: [{ message: CONTROL_CHARACTER_MESSAGE, extensions: { code: 'BAD_USER_INPUT', field } }],
      });
    }
  });

  it('a malformed id is NOT_FOUND with its field; _entities sent to a subgraph finds nothing, without an error', async () => {
    const central = await hub.token({
      subject: 'vpcp.giam-sat',
      role: 'CENTRAL_OFFICE',
      agencyId: 'bo-vpcp',
    });
    const answer = await hub.query(
      'query ($id: ID!) { petition(id: $id) { id } }',
      { id: "1' or '1'='1" },
      { token: central },
    );
    expect(answer).toEqual({
      status: 200,
      data: { petition: null },
      errors: [
        {
          message: "Không tìm thấy phản ánh, kiến nghị \"1' or '1'='1\".",
          path: ['petition'],
          extensions: { code: 'NOT_FOUND', field: 'id', serviceName: 'petitions' },
        },
      ],
    });
    const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Petition { id } } }`;
    const direct = await callSubgraphAs(
      hub.subgraphs.petitions.http.url,
      { subject: 'vpcp.giam-sat', role: 'CENTRAL_OFFICE', agencyId: 'bo-vpcp' },
      entities,
      { r: [{ __typename: 'Petition', id: 'not-a-uuid' }] },
    );
    expect(direct).toEqual({ status: 200, data: { _entities: [null] } });
    const withNul = await callSubgraphAs(
      hub.subgraphs.agencies.http.url,
      { subject: 'vpcp.giam-sat', role: 'CENTRAL_OFFICE', agencyId: 'bo-vpcp' },
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Agency { id } } }`,
      { r: [{ __typename: 'Agency', id: NUL }] },
    );
    expect(withNul).toEqual({
      status: 400,
      errors: [
        { message: CONTROL_CHARACTER_MESSAGE, extensions: { code: 'BAD_USER_INPUT', field: 'r.0.id' } },
      ],
    });
  });

  it('a subscription is a 400 with a code, not a 500', async () => {
    const answer = await post(hub.gateway.url, { query: 'subscription { petition(id: "x") { id } }' });
    expect(answer.status).toBe(400);
    expect(answer.errors).toEqual([
      {
        message: 'This hub has no subscriptions: use a query or a mutation.',
        locations: [{ line: 1, column: 1 }],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
  });

  it('production suggests no enum value, field or argument, in variables or in the query', async () => {
    const variable = await post(production.url, {
      query:
        'query ($c: [PetitionCategory!]) { publishedPetitions(filter: { category: $c }) { totalCount } }',
      variables: { c: ['CONDUC'] },
    });
    const literal = await post(production.url, {
      query: '{ publishedPetitions(filter: { category: [CONDUC] }) { totalCount } }',
    });
    const field = await post(production.url, { query: '{ publishedPetitions { totalCoun } }' });
    const argument = await post(production.url, { query: '{ publishedPetitions(firs: 1) { totalCount } }' });
    for (const answer of [variable, literal, field, argument]) {
      expect(answer.status).toBe(400);
      expect(answer.errors).toHaveLength(1);
      const text = JSON.stringify(answer);
      expect(text).not.toMatch(/Did you mean|Suggestion hidden|"CONDUCT"|"totalCount"\?|"first"/);
    }
    expect(variable.errors?.[0].message).toBe(
      'Variable "$c" got invalid value "CONDUC" at "c[0]"; Value "CONDUC" does not exist in "PetitionCategory" enum.',
    );
  });

  it("anonymous and citizen readers see the agency in a petition's history, never the officer", async () => {
    const submitted = await submit({ targetAgencyId: 'tinh-01' });
    const { id, version } = (submitted.data as Submitted).submitPetition.petition;
    const officer = await hub.token({ subject: 'canbo.hanoi.01', role: 'OFFICER', agencyId: 'tinh-01' });
    expect((await runCommand(hub, officer, 'accept', id, version)).errors).toBeUndefined();
    const HISTORY = `query ($code: String!) {
      petitionByTrackingCode(trackingCode: $code) { history { toStatus actor actorAgency { id } } }
    }`;
    const code = submitted.data?.submitPetition.trackingCode;
    const citizen = await hub.token({ subject: 'cong-dan-01', role: 'CITIZEN' });
    for (const token of [undefined, citizen]) {
      expect(await hub.query(HISTORY, { code }, { token })).toEqual({
        status: 200,
        data: {
          petitionByTrackingCode: {
            history: [
              { toStatus: 'RECEIVED', actor: null, actorAgency: { id: 'tinh-01' } },
              { toStatus: 'ACCEPTED', actor: null, actorAgency: { id: 'tinh-01' } },
            ],
          },
        },
      });
    }
    const seenByOfficer = await hub.query(HISTORY, { code }, { token: officer });
    expect(seenByOfficer.data?.petitionByTrackingCode).toEqual({
      history: [
        { toStatus: 'RECEIVED', actor: null, actorAgency: { id: 'tinh-01' } },
        { toStatus: 'ACCEPTED', actor: 'canbo.hanoi.01', actorAgency: { id: 'tinh-01' } },
      ],
    });
    const published = await hub.query<{
      publishedPetitions: { nodes: { history: { actor: string | null }[] }[] };
    }>('{ publishedPetitions(first: 50) { nodes { history { actor } } } }');
    expect(published.errors).toBeUndefined();
    const actors = published.data?.publishedPetitions.nodes.flatMap((node) =>
      node.history.map((e) => e.actor),
    );
    expect(actors?.length).toBeGreaterThan(50);
    expect(new Set(actors)).toEqual(new Set([null]));
  });

  it('bidi override and isolate characters are stripped from names and titles', async () => {
    const name = 'Nguyễn \u202EnaV\u202C An\u200F';
    const title = 'Chậm cấp \u2066giấy phép\u2069 xây dựng\u200E';
    const submitted = await submit({
      petitioner: { ...(petitionInput().petitioner as object), fullName: name },
      title,
      targetAgencyId: 'tinh-01',
    });
    expect(submitted.errors).toBeUndefined();
    const officer = await hub.token({ subject: 'canbo.hanoi', role: 'OFFICER', agencyId: 'tinh-01' });
    const read = await hub.query(
      'query ($id: ID!) { petition(id: $id) { title petitioner { name } } }',
      { id: submitted.data?.submitPetition.petition.id },
      { token: officer },
    );
    expect(read).toEqual({
      status: 200,
      data: { petition: { title: 'Chậm cấp giấy phép xây dựng', petitioner: { name: 'Nguyễn naV An' } } },
    });
  });
});
