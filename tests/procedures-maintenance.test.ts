import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Hub, sharedHub } from './support/hub.ts';

let hub: Hub;
beforeAll(async () => {
  hub = await sharedHub();
});
afterAll(async () => {
  await hub?.close();
});

const officerOf = (agencyId: string, role: 'OFFICER' | 'LEADER' = 'OFFICER') =>
  hub.token({ subject: `canbo.${agencyId}`, role, agencyId });

const CREATE = `mutation Create($input: NewProcedureInput!) {
  createProcedure(input: $input) {
    code name status effectiveFrom effectiveTo levels kind subjects sample
    managingAgency { id }
    agencies { role name agency { id } }
    channels { channel processingDays fee }
    steps dossierComponents { document form quantity } requirements
    result { name code } publicationDecision { number date }
    legalBases { number title issuer date }
    relatedProcedures { code }
    history { totalCount nodes { action changedBy agency { id } effectiveOn reason before changedParts } }
  }
}`;

/** A complete, valid record of the Ministry of Justice. */
function newRecord(overrides: Record<string, unknown> = {}) {
  return {
    code: '1.999001',
    name: 'Cấp bản sao trích lục hộ tịch điện tử',
    fieldCode: 'ho-tich',
    levels: ['COMMUNAL'],
    kind: 'STANDARD',
    subjects: ['Công dân Việt Nam'],
    ministryId: 'bo-btp',
    agencies: [
      { role: 'COMPETENT', name: 'Bộ Tư pháp', agencyId: 'bo-btp' },
      { role: 'IMPLEMENTING', name: 'Ủy ban nhân dân cấp xã' },
      { role: 'AUTHORIZED', name: 'Trung tâm Phục vụ hành chính công cấp xã' },
    ],
    channels: [
      { channel: 'ONLINE', processingDays: 1, fee: 4000 },
      { channel: 'IN_PERSON', processingDays: 1, fee: 8000 },
    ],
    steps: ['Nộp yêu cầu trên Cổng Dịch vụ công quốc gia.', 'Ủy ban nhân dân cấp xã cấp bản sao điện tử.'],
    dossierComponents: [
      { document: 'Tờ khai cấp bản sao trích lục hộ tịch', form: 'Mẫu TK-01', quantity: 1 },
    ],
    requirements: ['Người yêu cầu là người có tên trong sổ hộ tịch hoặc người được ủy quyền.'],
    result: { name: 'Bản sao trích lục hộ tịch điện tử', code: 'KQ.1.999001.01' },
    legalBases: [{ number: '60/2014/QH13', title: 'Luật Hộ tịch', issuer: 'Quốc hội', date: '2014-11-20' }],
    publicationDecision: { number: '2150/QĐ-BTP', date: '2025-12-01' },
    relatedCodes: ['1.001193'],
    keywords: ['trích lục', 'bản sao điện tử'],
    effectiveFrom: '2026-01-01',
    reason: 'Thực hiện Đề án 06',
    ...overrides,
  };
}

interface Snapshot {
  channels: unknown[];
}
interface Amended {
  history: { totalCount: number; nodes: { action: string; before: Snapshot; after: Snapshot }[] };
}

async function counts() {
  const [procedures, changes] = await Promise.all([
    hub.db.procedures('procedures').count({ n: '*' }).first(),
    hub.db.procedures('procedure_changes').count({ n: '*' }).first(),
  ]);
  return { procedures: Number(procedures?.n), changes: Number(changes?.n) };
}

describe('a Ministry of Justice officer maintains the procedures of the ministry', () => {
  it('creates a procedure with its whole record, and the history records who did it', async () => {
    const token = await officerOf('bo-btp');
    const answer = await hub.query(CREATE, { input: newRecord() }, { token });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      createProcedure: {
        code: '1.999001',
        name: 'Cấp bản sao trích lục hộ tịch điện tử',
        status: 'IN_EFFECT',
        effectiveFrom: '2026-01-01',
        effectiveTo: null,
        levels: ['COMMUNAL'],
        kind: 'STANDARD',
        subjects: ['Công dân Việt Nam'],
        sample: false,
        managingAgency: { id: 'bo-btp' },
        agencies: [
          { role: 'COMPETENT', name: 'Bộ Tư pháp', agency: { id: 'bo-btp' } },
          { role: 'IMPLEMENTING', name: 'Ủy ban nhân dân cấp xã', agency: null },
          { role: 'AUTHORIZED', name: 'Trung tâm Phục vụ hành chính công cấp xã', agency: null },
        ],
        channels: [
          { channel: 'ONLINE', processingDays: 1, fee: 4000 },
          { channel: 'IN_PERSON', processingDays: 1, fee: 8000 },
        ],
        steps: [
          'Nộp yêu cầu trên Cổng Dịch vụ công quốc gia.',
          'Ủy ban nhân dân cấp xã cấp bản sao điện tử.',
        ],
        dossierComponents: [
          { document: 'Tờ khai cấp bản sao trích lục hộ tịch', form: 'Mẫu TK-01', quantity: 1 },
        ],
        requirements: ['Người yêu cầu là người có tên trong sổ hộ tịch hoặc người được ủy quyền.'],
        result: { name: 'Bản sao trích lục hộ tịch điện tử', code: 'KQ.1.999001.01' },
        publicationDecision: { number: '2150/QĐ-BTP', date: '2025-12-01' },
        legalBases: [
          { number: '60/2014/QH13', title: 'Luật Hộ tịch', issuer: 'Quốc hội', date: '2014-11-20' },
        ],
        relatedProcedures: [{ code: '1.001193' }],
        history: {
          totalCount: 1,
          nodes: [
            {
              action: 'CREATED',
              changedBy: 'canbo.bo-btp',
              agency: { id: 'bo-btp' },
              effectiveOn: '2026-01-01',
              reason: 'Thực hiện Đề án 06',
              before: null,
              changedParts: expect.arrayContaining(['code', 'name', 'channels', 'steps']),
            },
          ],
        },
      },
    });
    const search = await hub.query(
      `{ procedures(filter: { search: "trich luc ho tich dien tu" }, first: 1) { nodes { code } } }`,
    );
    expect(search.data).toEqual({ procedures: { nodes: [{ code: '1.999001' }] } });
  });

  it('amends it: the parts given replace the old ones, the status becomes AMENDED, history keeps before and after', async () => {
    const token = await officerOf('bo-btp', 'LEADER');
    const answer = await hub.query(
      `mutation($code: String!, $input: ProcedureAmendmentInput!) {
        amendProcedure(code: $code, input: $input) {
          code status effectiveFrom name channels { channel processingDays fee }
          history { totalCount nodes { action changedBy effectiveOn reason before after changedParts } }
        }
      }`,
      {
        code: '1.999001',
        input: {
          channels: [{ channel: 'ONLINE', processingDays: 0, fee: 0 }],
          effectiveFrom: '2026-07-01',
          reason: 'Miễn lệ phí khi nộp trực tuyến',
        },
      },
      { token },
    );
    expect(answer.errors).toBeUndefined();
    const amended = (answer.data as { amendProcedure: Amended }).amendProcedure;
    expect(amended).toMatchObject({
      code: '1.999001',
      status: 'AMENDED',
      effectiveFrom: '2026-07-01',
      name: 'Cấp bản sao trích lục hộ tịch điện tử',
      channels: [{ channel: 'ONLINE', processingDays: 0, fee: 0 }],
    });
    expect(amended.history.totalCount).toBe(2);
    const [latest, created] = amended.history.nodes;
    expect(created.action).toBe('CREATED');
    expect(latest).toMatchObject({
      action: 'AMENDED',
      changedBy: 'canbo.bo-btp',
      effectiveOn: '2026-07-01',
      reason: 'Miễn lệ phí khi nộp trực tuyến',
      changedParts: ['channels', 'effectiveFrom', 'status'],
    });
    expect(latest.before.channels).toEqual([
      { channel: 'ONLINE', processingDays: 1, fee: 4000 },
      { channel: 'IN_PERSON', processingDays: 1, fee: 8000 },
    ]);
    expect(latest.after.channels).toEqual([{ channel: 'ONLINE', processingDays: 0, fee: 0 }]);
    // The stored history is what the gateway showed.
    const rows = await hub.db
      .procedures('procedure_changes')
      .where('procedure_code', '1.999001')
      .orderBy('id')
      .select('action', 'changed_by', 'agency_id');
    expect(rows).toEqual([
      { action: 'CREATED', changed_by: 'canbo.bo-btp', agency_id: 'bo-btp' },
      { action: 'AMENDED', changed_by: 'canbo.bo-btp', agency_id: 'bo-btp' },
    ]);
  });

  it('refuses records that break the rules, naming the field, and stores nothing', async () => {
    const token = await officerOf('bo-btp');
    const before = await counts();
    const cases: [string, Record<string, unknown>, string][] = [
      ['malformed code', { code: '1001193' }, 'code'],
      ['code already used', { code: '1.001193' }, 'code'],
      ['unknown field', { fieldCode: 'khong-co' }, 'fieldCode'],
      [
        'negative fee',
        { channels: [{ channel: 'IN_PERSON', processingDays: 3, fee: -1000 }] },
        'channels[0].fee',
      ],
      [
        'negative processing time',
        { channels: [{ channel: 'POST', processingDays: -2, fee: 0 }] },
        'channels[0].processingDays',
      ],
      ['empty name', { name: '   ' }, 'name'],
      ['a district level after 2025-07-01', { levels: ['DISTRICT'] }, 'levels'],
      ['no steps', { steps: [] }, 'steps'],
      [
        'no implementing agency',
        { agencies: [{ role: 'COMPETENT', name: 'Bộ Tư pháp', agencyId: 'bo-btp' }] },
        'agencies',
      ],
      [
        'a dossier component without copies',
        { dossierComponents: [{ document: 'Tờ khai', quantity: 0 }] },
        'dossierComponents[0].quantity',
      ],
      ['an unknown related procedure', { relatedCodes: ['9.999999'] }, 'relatedCodes[0]'],
    ];
    for (const [story, override, field] of cases) {
      const answer = await hub.query(
        CREATE,
        { input: newRecord({ code: '1.999002', ...override }) },
        { token },
      );
      expect({
        story,
        data: answer.data,
        errors: answer.errors?.map((e) => [e.extensions?.code, e.extensions?.field]),
      }).toEqual({
        story,
        data: null,
        errors: [['BAD_USER_INPUT', field]],
      });
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses anonymous callers, citizens and officers of another ministry', async () => {
    const before = await counts();
    const anonymous = await hub.query(CREATE, { input: newRecord({ code: '1.999003' }) });
    const citizen = await hub.query(
      CREATE,
      { input: newRecord({ code: '1.999003' }) },
      { token: await hub.token({ subject: 'cd-1', role: 'CITIZEN' }) },
    );
    const health = await hub.query(
      CREATE,
      { input: newRecord({ code: '1.999003' }) },
      { token: await officerOf('bo-byt') },
    );
    const amendOther = await hub.query(
      `mutation { amendProcedure(code: "1.001193", input: { name: "Khai sinh", effectiveFrom: "2026-09-01", reason: "x" }) { code } }`,
      {},
      { token: await officerOf('bo-byt') },
    );
    const codes = [anonymous, citizen, health, amendOther].map((a) => [
      a.data,
      a.errors?.map((e) => [e.extensions?.code, e.extensions?.serviceName]),
    ]);
    expect(codes).toEqual([
      [null, [['UNAUTHENTICATED', 'procedures']]],
      [null, [['FORBIDDEN', 'procedures']]],
      [null, [['FORBIDDEN', 'procedures']]],
      [null, [['FORBIDDEN', 'procedures']]],
    ]);
    expect(anonymous.status).toBe(200);
    expect(await counts()).toEqual(before);
  });
});

describe('an abolished procedure', () => {
  it('still resolves for a petition that references it, with status ABOLISHED and its last day', async () => {
    // A petition naming a procedure still in effect, whichever the ministry managing it.
    const named = (await hub.db
      .petitions('petitions')
      .whereNotNull('procedure_code')
      .distinct('procedure_code')) as { procedure_code: string }[];
    const procedure = await hub.db
      .procedures('procedures')
      .whereIn(
        'code',
        named.map((row) => row.procedure_code),
      )
      .whereNot('status', 'ABOLISHED')
      // The last code: the first ones (1.001193…) are the examples other files on the shared hub use in force.
      .orderBy('code', 'desc')
      .first('code', 'managing_agency_id');
    const petition = await hub.db
      .petitions('petitions')
      .where('procedure_code', procedure.code)
      .orderBy('tracking_code')
      .first('tracking_code');

    const abolished = await hub.query(
      `mutation($code: String!) {
        abolishProcedure(code: $code, effectiveTo: "2026-12-31", reason: "Bãi bỏ theo phương án đơn giản hóa") {
          code status effectiveTo
        }
      }`,
      { code: procedure.code },
      { token: await officerOf(procedure.managing_agency_id) },
    );
    expect(abolished).toEqual({
      status: 200,
      data: { abolishProcedure: { code: procedure.code, status: 'ABOLISHED', effectiveTo: '2026-12-31' } },
    });

    const tracked = await hub.query(
      `query($code: String!) { petitionByTrackingCode(trackingCode: $code) { trackingCode procedure { code status effectiveTo name } } }`,
      { code: petition.tracking_code },
    );
    const name = await hub.db.procedures('procedures').where('code', procedure.code).first('name');
    expect(tracked).toEqual({
      status: 200,
      data: {
        petitionByTrackingCode: {
          trackingCode: petition.tracking_code,
          procedure: {
            code: procedure.code,
            status: 'ABOLISHED',
            effectiveTo: '2026-12-31',
            name: name.name,
          },
        },
      },
    });

    const direct = await hub.query(
      `query($code: String!) { procedure(code: $code) { status effectiveTo history(first: 1) { nodes { action effectiveOn } } } }`,
      { code: procedure.code },
    );
    expect(direct.data).toEqual({
      procedure: {
        status: 'ABOLISHED',
        effectiveTo: '2026-12-31',
        history: { nodes: [{ action: 'ABOLISHED', effectiveOn: '2026-12-31' }] },
      },
    });
  });

  it('cannot be abolished again nor amended (INVALID_TRANSITION)', async () => {
    const token = await officerOf('bo-btp');
    await hub.query(
      `mutation { abolishProcedure(code: "1.999001", effectiveTo: "2026-12-31", reason: "Hợp nhất") { code } }`,
      {},
      { token },
    );
    const again = await hub.query(
      `mutation { abolishProcedure(code: "1.999001", effectiveTo: "2027-01-31", reason: "Lần nữa") { code } }`,
      {},
      { token },
    );
    const amend = await hub.query(
      `mutation { amendProcedure(code: "1.999001", input: { name: "Tên mới", effectiveFrom: "2027-01-01", reason: "x" }) { code } }`,
      {},
      { token },
    );
    expect(
      [again, amend].map((a) => [
        a.data,
        a.errors?.map((e) => [e.extensions?.code, e.extensions?.serviceName]),
      ]),
    ).toEqual([
      [null, [['INVALID_TRANSITION', 'procedures']]],
      [null, [['INVALID_TRANSITION', 'procedures']]],
    ]);
  });
});

describe('a citizen searching the catalog', () => {
  const SEARCH =
    '{ procedures(filter: { search: "dang ky khai tu" }, first: 50) { totalCount nodes { code name } } }';
  type SearchAnswer = { procedures: { totalCount: number; nodes: { code: string; name: string }[] } };

  it('gets a repeated search from the cache in one statement, and a new procedure as soon as it is created', async () => {
    let first: Awaited<ReturnType<typeof hub.query<SearchAnswer>>> | undefined;
    const missStatements = await hub.countStatements(async () => {
      first = await hub.query<SearchAnswer>(SEARCH);
    });
    expect(first?.errors).toBeUndefined();
    const before = first?.data?.procedures;
    expect(before?.totalCount).toBeGreaterThan(0);
    // Ranking the candidates, then keeping the page.
    expect(missStatements).toBeGreaterThanOrEqual(2);

    let again: Awaited<ReturnType<typeof hub.query<SearchAnswer>>> | undefined;
    const hitStatements = await hub.countStatements(async () => {
      again = await hub.query<SearchAnswer>(SEARCH);
    });
    expect(again).toEqual({ status: 200, data: { procedures: before } });
    expect(hitStatements).toBe(1);

    const token = await officerOf('bo-btp');
    const created = await hub.query(
      CREATE,
      {
        input: newRecord({
          code: '1.999077',
          name: 'Đăng ký khai tử lưu động',
          keywords: ['khai tử'],
          result: { name: 'Trích lục khai tử', code: 'KQ.1.999077.01' },
        }),
      },
      { token },
    );
    expect(created.errors).toBeUndefined();

    const after = await hub.query<SearchAnswer>(SEARCH);
    expect(after.errors).toBeUndefined();
    expect(after.data?.procedures.totalCount).toBe((before?.totalCount ?? 0) + 1);
    expect(after.data?.procedures.nodes).toContainEqual({
      code: '1.999077',
      name: 'Đăng ký khai tử lưu động',
    });
  });
});
