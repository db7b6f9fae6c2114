import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../kit/config.ts';
import { internalSecret } from '../kit/internalToken.ts';
import { hubAccessRulesTable } from '../scripts/accessRules.ts';
import { clock } from '../subgraphs/petitions/clock.ts';
import { type Hub, sharedHub } from './support/hub.ts';
import { petitionInput, runCommand, SUBMIT, type Submitted } from './support/petitionCommands.ts';
import { callSubgraphAs, gatewayHeaders } from './support/subgraphCall.ts';

/**
 * What an attacker would try, through the gateway and around it. Hà Nội is tinh-01; the new An Giang is
 * tinh-91-2025 (formed from the old An Giang tinh-89 and Kiên Giang tinh-91). Every refusal is asserted
 * whole, and so is the absence of what it protects.
 */
const HANOI = 'tinh-01';
const ANGIANG = 'tinh-91-2025';
const PETITIONER = { name: 'Nguyễn Thị Hoa', phone: '0912345678', email: 'hoa.nguyen@example.vn' };

let hub: Hub;
let hanoiOfficer: string;
let anGiangOfficer: string;
let anGiangLeader: string;
let central: string;
let citizen: string;
let hanoiPetition: { id: string; trackingCode: string; title: string };

beforeAll(async () => {
  hub = await sharedHub();
  hanoiOfficer = await hub.token({ subject: 'canbo.hanoi', role: 'OFFICER', agencyId: HANOI });
  anGiangOfficer = await hub.token({ subject: 'canbo.angiang', role: 'OFFICER', agencyId: ANGIANG });
  anGiangLeader = await hub.token({ subject: 'lanhdao.angiang', role: 'LEADER', agencyId: ANGIANG });
  central = await hub.token({ subject: 'vpcp.giam-sat', role: 'CENTRAL_OFFICE', agencyId: 'bo-vpcp' });
  citizen = await hub.token({ subject: 'cong-dan-01', role: 'CITIZEN' });
  const title = 'Phản ánh về việc chậm cấp giấy phép xây dựng tại Hà Nội';
  const submitted = await submitTo(HANOI, { title });
  hanoiPetition = { id: submitted.petition.id, trackingCode: submitted.trackingCode, title };
});
afterAll(async () => {
  await hub?.close();
});
afterEach(() => clock.set(null));

async function submitTo(agencyId: string, overrides: Record<string, unknown> = {}, token?: string) {
  const answer = await hub.query<Submitted>(
    SUBMIT,
    { input: petitionInput({ targetAgencyId: agencyId, ...overrides }) },
    { token },
  );
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data.submitPetition;
}

const codesOf = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  answer.errors?.map((error) => error.extensions?.code);

/** Nothing of the petitioner, nor of the protected petition, in the whole response. */
function expectNothingLeaked(answer: unknown, extra: string[] = []) {
  const text = JSON.stringify(answer);
  for (const secret of [PETITIONER.name, PETITIONER.phone, PETITIONER.email, ...extra]) {
    expect(text).not.toContain(secret);
  }
}

describe("a petitioner's personal data", () => {
  const PERSONAL = `query ($code: String!) {
    petitionByTrackingCode(trackingCode: $code) { status petitioner { name address phone email masked } }
  }`;

  it('anonymous and citizen callers tracking a petition never see the petitioner', async () => {
    for (const [token, code] of [
      [undefined, 'UNAUTHENTICATED'],
      [citizen, 'FORBIDDEN'],
    ] as const) {
      const answer = await hub.query(PERSONAL, { code: hanoiPetition.trackingCode }, { token });
      expect(answer.data).toEqual({ petitionByTrackingCode: { status: 'RECEIVED', petitioner: null } });
      expect(codesOf(answer)).toEqual([code]);
      expect(answer.errors?.[0].path).toEqual(['petitionByTrackingCode', 'petitioner']);
      expectNothingLeaked(answer);
    }
  });

  it('an officer of Hà Nội reads it in full, and leaves an access record without the data', async () => {
    const answer = await hub.query(PERSONAL, { code: hanoiPetition.trackingCode }, { token: hanoiOfficer });
    expect(answer).toEqual({
      status: 200,
      data: {
        petitionByTrackingCode: {
          status: 'RECEIVED',
          petitioner: {
            name: PETITIONER.name,
            address: 'Số 12 phố Hàng Bài, phường Hoàn Kiếm, Thành phố Hà Nội',
            phone: PETITIONER.phone,
            email: PETITIONER.email,
            masked: false,
          },
        },
      },
    });
    const records = await hub.db.petitions('personal_data_access').where('petition_id', hanoiPetition.id);
    expect(
      records.map(({ subject, role, agency_id, masked }) => ({ subject, role, agency_id, masked })),
    ).toEqual([{ subject: 'canbo.hanoi', role: 'OFFICER', agency_id: HANOI, masked: false }]);
    expectNothingLeaked(records);
    const entry = hub.audit.find(
      (e) => e.event === 'personal_data.read' && e.petitionIds.includes(hanoiPetition.id),
    );
    expect(entry).toMatchObject({
      service: 'petitions',
      subject: 'canbo.hanoi',
      role: 'OFFICER',
      masked: false,
    });
  });

  it('the central office sees it masked outside its own agency, in full for a petition it handles', async () => {
    const masked = await hub.query(PERSONAL, { code: hanoiPetition.trackingCode }, { token: central });
    expect(masked).toEqual({
      status: 200,
      data: {
        petitionByTrackingCode: {
          status: 'RECEIVED',
          petitioner: {
            name: 'N••• T••• H•••',
            address: '•••, Thành phố Hà Nội',
            phone: '091•••••78',
            email: 'h•••@example.vn',
            masked: true,
          },
        },
      },
    });
    expectNothingLeaked(masked);

    const own = await submitTo('bo-vpcp');
    const full = await hub.query(PERSONAL, { code: own.trackingCode }, { token: central });
    expect(full.errors).toBeUndefined();
    expect(full.data?.petitionByTrackingCode).toMatchObject({
      petitioner: { phone: PETITIONER.phone, masked: false },
    });
    const records = await hub.db
      .petitions('personal_data_access')
      .whereIn('petition_id', [hanoiPetition.id, own.petition.id])
      .where('subject', 'vpcp.giam-sat')
      .orderBy('id')
      .select('petition_id', 'masked');
    expect(records).toEqual([
      { petition_id: hanoiPetition.id, masked: true },
      { petition_id: own.petition.id, masked: false },
    ]);
  });

  it('a page of 50 petitioners is read in one statement and recorded in one more', async () => {
    const query = `query { agency(id: "${HANOI}") { petitions(first: 50) { nodes { petitioner { phone } } } } }`;
    const statements = await hub.countStatements(async () => {
      const answer = await hub.query<{ agency: { petitions: { nodes: unknown[] } } }>(
        query,
        {},
        {
          token: hanoiOfficer,
        },
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.agency.petitions.nodes).toHaveLength(50);
    });
    // Page + count, petitioners, access records (agencies: the lookup of the agency, none per row).
    expect(statements).toBeLessThanOrEqual(5);
  });
});

describe('an officer of An Giang cannot read a Hà Nội petition', () => {
  it('by id', async () => {
    const answer = await hub.query(
      'query ($id: ID!) { petition(id: $id) { id title petitioner { phone } } }',
      { id: hanoiPetition.id },
      { token: anGiangOfficer },
    );
    expect(answer.data).toEqual({ petition: null });
    expect(codesOf(answer)).toEqual(['FORBIDDEN']);
    expectNothingLeaked(answer, [hanoiPetition.title]);
  });

  it('through Agency.petitions', async () => {
    const answer = await hub.query(
      `{ agency(id: "${HANOI}") { name petitions(first: 5) { totalCount nodes { id title } } } }`,
      {},
      { token: anGiangOfficer },
    );
    expect(answer.data).toEqual({ agency: { name: 'Thành phố Hà Nội', petitions: null } });
    expect(codesOf(answer)).toEqual(['FORBIDDEN']);
    expectNothingLeaked(answer, [hanoiPetition.title]);
  });

  it('through petitions(filter:), and an unfiltered list holds only An Giang’s reach', async () => {
    const filtered = await hub.query(
      `{ petitions(filter: { agencyId: "${HANOI}" }) { totalCount nodes { id title } } }`,
      {},
      { token: anGiangOfficer },
    );
    expect(filtered.data).toEqual({ petitions: null });
    expect(codesOf(filtered)).toEqual(['FORBIDDEN']);
    expectNothingLeaked(filtered, [hanoiPetition.title]);

    const own = await hub.query<{
      petitions: { totalCount: number; nodes: { handlingAgency: { id: string } }[] };
    }>(
      '{ petitions(first: 100) { totalCount nodes { handlingAgency { id } } } }',
      {},
      { token: anGiangOfficer },
    );
    expect(own.errors).toBeUndefined();
    const reach = ['tinh-89', 'tinh-91', ANGIANG];
    const [{ n }] = await hub.db
      .petitions('petitions')
      .where((q) =>
        q.whereIn('handling_agency_id', reach).orWhereRaw('handling_agency_ancestors && ?::text[]', [reach]),
      )
      .count({ n: '*' });
    expect(own.data?.petitions.totalCount).toBe(Number(n));
    expect(Number(n)).toBeGreaterThan(0);
    for (const node of own.data?.petitions.nodes ?? []) {
      expect(node.handlingAgency.id.split('.')[0]).toMatch(/^tinh-(89|91|91-2025)$/);
    }
  });

  it('through _entities sent straight to the petitions subgraph, signed or not', async () => {
    const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Petition { id title } } }`;
    const variables = { r: [{ __typename: 'Petition', id: hanoiPetition.id }] };
    const unsigned = await fetch(hub.subgraphs.petitions.http.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: entities, variables }),
    });
    expect(unsigned.status).toBe(401);
    const unsignedBody = await unsigned.json();
    expect(unsignedBody).toEqual({
      errors: [
        {
          message:
            'This service answers the PAKN Hub gateway only: the request carries no valid hub signature.',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });

    // Even with the hub's signature (a compromised network path), the subgraph applies the officer's scope.
    const signed = await callSubgraphAs(
      hub.subgraphs.petitions.http.url,
      { subject: 'canbo.angiang', role: 'OFFICER', agencyId: ANGIANG },
      entities,
      variables,
    );
    expect(signed.data).toEqual({ _entities: [null] });
    expect(codesOf(signed)).toEqual(['FORBIDDEN']);
    expectNothingLeaked(signed, [hanoiPetition.title]);
  });

  it('nor act on it: accept is FORBIDDEN and nothing changes', async () => {
    const before = await hub.db
      .petitions('petitions')
      .where('id', hanoiPetition.id)
      .first('version', 'status');
    const answer = await runCommand(hub, anGiangOfficer, 'accept', hanoiPetition.id, before.version);
    expect(answer.data).toBeNull();
    expect(codesOf(answer)).toEqual(['FORBIDDEN']);
    expect(
      await hub.db.petitions('petitions').where('id', hanoiPetition.id).first('version', 'status'),
    ).toEqual(before);
  });
});

describe('who handles a transferred petition', () => {
  it('the agency it went to handles it; the receiving agency checks and publishes; others may not', async () => {
    const justice = await hub.token({ subject: 'canbo.btp', role: 'OFFICER', agencyId: 'bo-btp' });
    const { petition } = await submitTo(HANOI);
    const step = async (token: string, command: Parameters<typeof runCommand>[2], version: number) =>
      runCommand(hub, token, command, petition.id, version);
    expect((await step(hanoiOfficer, 'transfer', 1)).errors).toBeUndefined();
    // Transferred away, it is no longer Hà Nội's to accept, nor the central office's.
    for (const token of [hanoiOfficer, central]) {
      const refused = await step(token, 'accept', 2);
      expect(refused.data).toBeNull();
      expect(codesOf(refused)).toEqual(['FORBIDDEN']);
    }
    for (const [command, version] of [
      ['accept', 2],
      ['classify', 3],
      ['answer', 4],
    ] as const) {
      expect((await step(justice, command, version)).errors).toBeUndefined();
    }
    // Art. 19: the receiving agency checks the answer; an unrelated agency cannot publish it.
    const outsider = await step(anGiangOfficer, 'publish', 5);
    expect(outsider.data).toBeNull();
    expect(codesOf(outsider)).toEqual(['FORBIDDEN']);
    const published = await step(hanoiOfficer, 'publish', 5);
    expect(published.errors).toBeUndefined();
    expect(published.data).toEqual({
      reviewPetitionAnswer: { id: petition.id, status: 'PUBLISHED', version: 6 },
    });
  });
});

describe('statistics are for leaders and the central office', () => {
  const STATS = `query ($id: ID!) { agency(id: $id) { petitionStats(from: "2025-01-01", to: "2026-10-31") { received } } }`;

  it('a leader of An Giang reads An Giang’s figures, not Hà Nội’s; an officer reads neither', async () => {
    const own = await hub.query<{ agency: { petitionStats: { received: number } } }>(
      STATS,
      { id: ANGIANG },
      {
        token: anGiangLeader,
      },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.agency.petitionStats.received).toBeGreaterThan(0);
    for (const [token, id] of [
      [anGiangLeader, HANOI],
      [anGiangOfficer, ANGIANG],
    ]) {
      const refused = await hub.query(STATS, { id }, { token });
      expect(refused.data).toEqual({ agency: { petitionStats: null } });
      expect(codesOf(refused)).toEqual(['FORBIDDEN']);
    }
    const anonymous = await hub.query(STATS, { id: ANGIANG });
    expect(anonymous.data).toEqual({ agency: { petitionStats: null } });
    expect(codesOf(anonymous)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('published answers are public', () => {
  it('anonymous callers list published petitions only, and not the others', async () => {
    const published = await hub.query<{
      publishedPetitions: { totalCount: number; nodes: { status: string }[] };
    }>('{ publishedPetitions(first: 20) { totalCount nodes { status answer } } }');
    expect(published.errors).toBeUndefined();
    const [{ n }] = await hub.db.petitions('petitions').where('status', 'PUBLISHED').count({ n: '*' });
    expect(published.data?.publishedPetitions.totalCount).toBe(Number(n));
    expect(new Set(published.data?.publishedPetitions.nodes.map((node) => node.status))).toEqual(
      new Set(['PUBLISHED']),
    );
    const all = await hub.query('{ petitions(first: 1) { totalCount } }');
    expect(all.data).toEqual({ petitions: null });
    expect(codesOf(all)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('subgraphs trust only the gateway', () => {
  it('every subgraph refuses calls without a valid hub signature, _service included, but answers health', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ role: 'CENTRAL_OFFICE', agency: 'bo-vpcp' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('pakn-hub')
      .setAudience('pakn-subgraphs')
      .setIssuedAt(now - 600)
      .setExpirationTime(now - 300)
      .sign(internalSecret());
    const otherSecret = await new SignJWT({ role: 'CENTRAL_OFFICE', agency: 'bo-vpcp' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('pakn-hub')
      .setAudience('pakn-subgraphs')
      .setExpirationTime('1m')
      .sign(new TextEncoder().encode('not-the-hub-secret-not-the-hub-secret'));
    const [header, payload] = expired.split('.');
    const unsignedAlgNone = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
    for (const subgraph of Object.values(hub.subgraphs)) {
      for (const token of [undefined, expired, otherSecret, unsignedAlgNone, `${header}.${payload}.`]) {
        const res = await fetch(subgraph.http.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { 'x-pakn-identity': token } : {}) },
          body: JSON.stringify({ query: '{ _service { sdl } }' }),
        });
        expect(res.status, `${subgraph.name} ${token ?? 'none'}`).toBe(401);
        const body = (await res.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
        expect(body.data).toBeUndefined();
        expect(body.errors.map((error) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);
      }
      const health = await fetch(subgraph.http.url.replace('/graphql', '/health'));
      expect(health.status).toBe(200);
      const signed = await fetch(subgraph.http.url, {
        method: 'POST',
        headers: await gatewayHeaders(),
        body: JSON.stringify({ query: '{ _service { sdl } }' }),
      });
      expect(signed.status).toBe(200);
    }
    expect(hub.audit.filter((entry) => entry.event === 'request.unsigned').length).toBeGreaterThanOrEqual(20);
  });
});

describe('submissions are rate limited per client and per phone number', () => {
  it('the sixth petition from one phone within the hour is RATE_LIMITED, and not stored', async () => {
    process.env.PETITIONS_SUBMISSIONS_PER_PHONE_HOUR = '5';
    try {
      clock.set(new Date('2026-11-20T09:10:00+07:00'));
      const phone = '0987 111 222';
      for (let i = 0; i < 5; i++)
        await submitTo(HANOI, { petitioner: { ...(petitionInput().petitioner as object), phone } });
      const before = await hub.db.petitions('petitions').count({ n: '*' });
      const answer = await hub.query(SUBMIT, {
        input: petitionInput({
          petitioner: { ...(petitionInput().petitioner as object), phone: '+84 987 111 222' },
        }),
      });
      expect(answer.data).toBeNull();
      expect(answer.errors).toEqual([
        {
          message:
            'Đã có quá nhiều phản ánh, kiến nghị gửi từ số điện thoại này trong một giờ. Vui lòng thử lại sau 50 phút.',
          path: ['submitPetition'],
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 3000, serviceName: 'petitions' },
        },
      ]);
      expect(await hub.db.petitions('petitions').count({ n: '*' })).toEqual(before);
      // The next hour, the same phone may submit again.
      clock.set(new Date('2026-11-20T10:00:00+07:00'));
      await submitTo(HANOI, { petitioner: { ...(petitionInput().petitioner as object), phone } });
      // The counters hold no phone number.
      const keys = await hub.db.petitions('submission_counters').pluck('key');
      expect(keys.join(' ')).not.toMatch(/987/);
    } finally {
      process.env.PETITIONS_SUBMISSIONS_PER_PHONE_HOUR = '1000000';
    }
  });

  it('one client is limited whatever the phones; an officer entering petitions at a desk is not', async () => {
    process.env.PETITIONS_SUBMISSIONS_PER_CLIENT_HOUR = '3';
    try {
      clock.set(new Date('2026-11-21T14:00:00+07:00'));
      const withPhone = (n: number) => ({
        petitioner: { ...(petitionInput().petitioner as object), phone: `090000000${n}` },
      });
      for (let i = 0; i < 3; i++) await submitTo(HANOI, withPhone(i));
      const answer = await hub.query(SUBMIT, { input: petitionInput(withPhone(3)) });
      expect(answer.data).toBeNull();
      expect(codesOf(answer)).toEqual(['RATE_LIMITED']);
      for (let i = 4; i < 8; i++) await submitTo(HANOI, { ...withPhone(i), channel: 'PHONE' }, hanoiOfficer);
    } finally {
      process.env.PETITIONS_SUBMISSIONS_PER_CLIENT_HOUR = '1000000';
    }
  });
});

describe('the audit log', () => {
  it('records refusals with who and where, and never personal data or tokens', async () => {
    const refusals = hub.audit.filter((entry) => entry.event === 'authorization.refused');
    expect(refusals).toContainEqual(
      expect.objectContaining({
        service: 'petitions',
        code: 'FORBIDDEN',
        path: 'petition',
        subject: 'canbo.angiang',
      }),
    );
    const log = JSON.stringify(hub.audit);
    for (const secret of [
      PETITIONER.name,
      PETITIONER.phone,
      PETITIONER.email,
      hanoiOfficer,
      central,
      'eyJ',
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});

describe('the README', () => {
  it('states the access rules as the subgraphs’ accessRules.ts list them', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Who may do what'));
    // The first table of the section, cell by cell (however a formatter pads it), separator row dropped.
    const lines = section.split('\n');
    const start = lines.findIndex((line) => line.startsWith('|'));
    const end = lines.findIndex((line, i) => i > start && !line.startsWith('|'));
    const cells = lines
      .slice(start, end)
      .map((line) =>
        line
          .slice(1, -1)
          .split('|')
          .map((cell) => cell.trim()),
      )
      .filter((row) => !row.every((cell) => /^-+$/.test(cell)));
    expect(cells).toEqual(hubAccessRulesTable());
  });
});
