import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { procedureCountForAgencyDirect } from '../subgraphs/procedures/procedureStore.ts';
import { type GraphQLResponse, type Hub, sharedHub } from './support/hub.ts';

interface PageAnswer {
  procedures: {
    totalCount: number;
    nodes: { code: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}

let hub: Hub;
beforeAll(async () => {
  hub = await sharedHub();
});
afterAll(async () => {
  await hub?.close();
});

interface Filter {
  search?: string;
  fieldCode?: string;
  level?: string;
  agencyId?: string;
  status?: string;
  subject?: string;
}

/** Every code the gateway lists for a filter, page by page. */
async function listed(filter: Filter): Promise<{ codes: string[]; totalCount: number }> {
  const codes: string[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const answer: GraphQLResponse<PageAnswer> = await hub.query<{
      procedures: {
        totalCount: number;
        nodes: { code: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      `query($f: ProcedureFilter, $a: String) {
        procedures(filter: $f, first: 100, after: $a) { totalCount nodes { code } pageInfo { hasNextPage endCursor } }
      }`,
      { f: filter, a: after },
    );
    expect(answer.errors).toBeUndefined();
    const page: PageAnswer['procedures'] | undefined = answer.data?.procedures;
    if (!page) throw new Error('no page');
    totalCount = page.totalCount;
    codes.push(...page.nodes.map((n) => n.code));
    if (!page.pageInfo.hasNextPage) return { codes, totalCount };
    after = page.pageInfo.endCursor;
  }
}

/** The same filter written plainly in SQL, independent of the store's query builder. */
async function direct(filter: Filter): Promise<string[]> {
  const where: string[] = [];
  const bindings: unknown[] = [];
  if (filter.search) {
    where.push(
      `(search_document like '%' || search_text(?) || '%' or search_text(?) <% search_document or code = ?)`,
    );
    bindings.push(filter.search, filter.search, filter.search);
  }
  if (filter.fieldCode) {
    where.push('field_code = ?');
    bindings.push(filter.fieldCode);
  }
  if (filter.level) {
    where.push('? = any(levels)');
    bindings.push(filter.level);
  }
  if (filter.status) {
    where.push('status = ?');
    bindings.push(filter.status);
  }
  if (filter.agencyId) {
    where.push('code in (select procedure_code from procedure_agencies where agency_id = ?)');
    bindings.push(filter.agencyId);
  }
  if (filter.subject) {
    where.push(
      `exists (select 1 from unnest(subjects) s where search_text(s) like '%' || search_text(?) || '%')`,
    );
    bindings.push(filter.subject);
  }
  const result = await hub.db.procedures.raw(
    `select code from procedures ${where.length ? `where ${where.join(' and ')}` : ''} order by code`,
    bindings as string[],
  );
  return (result.rows as { code: string }[]).map((row) => row.code);
}

describe('a citizen looks a procedure up in the national catalog', () => {
  it('reads the whole record of Đăng ký khai sinh, every part as stored', async () => {
    const answer = await hub.query<{ procedure: Record<string, unknown> }>(`{
      procedure(code: "1.001193") {
        code name field { code name } levels kind subjects status effectiveFrom effectiveTo keywords sample
        managingAgency { id name }
        agencies { role name agency { id name } }
        channels { channel processingDays fee }
        steps dossierComponents { document form quantity } requirements
        result { name code } publicationDecision { number date }
        legalBases { number title issuer date }
        relatedProcedures { code }
        petitionCount
      }
    }`);
    // The petition count is a statistic (leaders, central office): the citizen gets everything else.
    expect(answer.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([
      ['UNAUTHENTICATED', ['procedure', 'petitionCount']],
    ]);
    const p = answer.data?.procedure as Record<string, unknown>;
    const db = hub.db.procedures;
    const row = await db('procedures').where('code', '1.001193').first();
    const steps = await db('procedure_steps').where('procedure_code', '1.001193').orderBy('position');
    const dossier = await db('procedure_dossier_components')
      .where('procedure_code', '1.001193')
      .orderBy('position');
    const petitions = await hub.db
      .petitions('petitions')
      .where('procedure_code', '1.001193')
      .count({ n: '*' })
      .first();
    expect(p).toMatchObject({
      code: '1.001193',
      name: 'Đăng ký khai sinh',
      field: { code: 'ho-tich', name: 'Hộ tịch' },
      levels: ['COMMUNAL'],
      kind: 'INTERCONNECTED',
      status: row.status,
      sample: false,
      managingAgency: { id: 'bo-btp', name: 'Bộ Tư pháp' },
      channels: expect.arrayContaining([{ channel: 'IN_PERSON', processingDays: 0, fee: 0 }]),
      steps: steps.map((s: { description: string }) => s.description),
      dossierComponents: dossier.map((d: { document: string; form: string | null; quantity: number }) => ({
        document: d.document,
        form: d.form,
        quantity: d.quantity,
      })),
      requirements: row.requirements,
      result: { name: 'Giấy khai sinh', code: 'KQ.1.001193.01' },
      publicationDecision: { number: row.publication_number, date: row.publication_date },
      petitionCount: null,
    });
    const central = await hub.token({ subject: 'vpcp.kstthc', role: 'CENTRAL_OFFICE', agencyId: 'bo-vpcp' });
    const counted = await hub.query(
      '{ procedure(code: "1.001193") { petitionCount } }',
      {},
      { token: central },
    );
    expect(counted).toEqual({ status: 200, data: { procedure: { petitionCount: Number(petitions?.n) } } });
    expect((p.steps as string[]).length).toBeGreaterThanOrEqual(3);
    expect((p.dossierComponents as unknown[]).length).toBeGreaterThanOrEqual(2);
    expect(p.publicationDecision).toMatchObject({ number: expect.stringMatching(/^\d+\/QĐ-BTP$/) });
    expect(p.agencies).toEqual(
      expect.arrayContaining([
        { role: 'IMPLEMENTING', name: 'Ủy ban nhân dân cấp xã', agency: null },
        { role: 'COORDINATING', name: 'Công an cấp xã', agency: null },
      ]),
    );
    expect((p.legalBases as { number: string }[]).map((b) => b.number)).toContain('60/2014/QH13');
  });

  it('names every role, AUTHORIZED included, with the competent ministry resolved by the agencies subgraph', async () => {
    const { procedure_code: code } = await hub.db
      .procedures('procedure_agencies')
      .where('role', 'AUTHORIZED')
      .orderBy('procedure_code')
      .first('procedure_code');
    const central = await hub.db
      .procedures('procedure_agencies')
      .where('role', 'COMPETENT')
      .whereNotNull('agency_id')
      .orderBy('procedure_code')
      .first('procedure_code', 'agency_id');
    const answer = await hub.query<{
      a: { agencies: { role: string }[] };
      c: {
        agencies: { role: string; agency: { id: string; kind: string } | null }[];
        relatedProcedures: { code: string }[];
      };
    }>(
      `query($a: String!, $c: String!) {
        a: procedure(code: $a) { agencies { role } }
        c: procedure(code: $c) { agencies { role agency { id kind } } relatedProcedures { code } }
      }`,
      { a: code, c: central.procedure_code },
    );
    expect(answer.data?.a.agencies.map((a) => a.role)).toContain('AUTHORIZED');
    expect(answer.data?.c.agencies.find((a) => a.role === 'COMPETENT')?.agency).toEqual({
      id: central.agency_id,
      kind: 'MINISTRY',
    });
    const related = await hub.db
      .procedures('procedure_related')
      .where('procedure_code', central.procedure_code)
      .orderBy('position')
      .select('related_code');
    expect(answer.data?.c.relatedProcedures).toEqual(
      related.map((r: { related_code: string }) => ({ code: r.related_code })),
    );
  });

  it('finds the right procedure first without diacritics and with one typo', async () => {
    const answer = await hub.query(`{
      birth: procedures(filter: { search: "dang ky khai sihn" }, first: 1) { nodes { code name } }
      marriage: procedures(filter: { search: "DANG KY KET HON CO YEU TO NUOC NGOAI" }, first: 1) { nodes { code } }
      typo: procedures(filter: { search: "ket hon yeu to nuoc ngaoi" }, first: 1) { nodes { code } }
    }`);
    expect(answer).toEqual({
      status: 200,
      data: {
        birth: { nodes: [{ code: '1.001193', name: 'Đăng ký khai sinh' }] },
        marriage: { nodes: [{ code: '2.000806' }] },
        typo: { nodes: [{ code: '2.000806' }] },
      },
    });
  });

  it('composes search, field, level, agency, status and subject exactly as the SQL written out directly', async () => {
    const filters: Filter[] = [
      { fieldCode: 'ho-tich', level: 'COMMUNAL', status: 'AMENDED' },
      { agencyId: 'bo-btp', level: 'CENTRAL', status: 'IN_EFFECT' },
      { subject: 'to chuc', level: 'PROVINCIAL' },
      { search: 'giay phep', level: 'PROVINCIAL', subject: 'ca nhan' },
      { search: 'dang ky', fieldCode: 'doanh-nghiep', status: 'IN_EFFECT', subject: 'doanh nghiep' },
      {
        search: 'cap',
        agencyId: 'bo-bca',
        level: 'CENTRAL',
        fieldCode: 'xuat-nhap-canh',
        status: 'IN_EFFECT',
        subject: 'cong dan',
      },
    ];
    for (const filter of filters) {
      const expected = await direct(filter);
      const { codes, totalCount } = await listed(filter);
      expect({ filter, codes: [...codes].sort(), totalCount }).toEqual({
        filter,
        codes: expected,
        totalCount: expected.length,
      });
    }
    // The combinations are not vacuous: each narrows and most still find something.
    const sizes = await Promise.all(filters.map((f) => direct(f).then((c) => c.length)));
    expect(sizes.filter((n) => n > 0).length).toBeGreaterThanOrEqual(5);
  });
});

describe('the federated fields through the gateway', () => {
  it('a province and a ministry list the procedures they handle; a field lists its own', async () => {
    const answer = await hub.query<{
      province: { procedureCount: number; procedures: { totalCount: number; nodes: { levels: string[] }[] } };
      ministry: { kind: string; procedureCount: number };
      fields: { nodes: { code: string; procedures: { totalCount: number } }[] };
    }>(`{
      province: agency(id: "tinh-91-2025") { procedureCount procedures(first: 5) { totalCount nodes { levels } } }
      ministry: agency(id: "bo-btp") { kind procedureCount }
      fields(first: 3) { nodes { code procedures(first: 1) { totalCount } } }
    }`);
    expect(answer.errors).toBeUndefined();
    const data = answer.data;
    if (!data) throw new Error('no data');
    const province = await procedureCountForAgencyDirect(hub.db.procedures, {
      id: 'tinh-91-2025',
      kind: 'PROVINCE',
    });
    const ministry = await procedureCountForAgencyDirect(hub.db.procedures, {
      id: 'bo-btp',
      kind: 'MINISTRY',
    });
    expect(data.province.procedureCount).toBe(province);
    expect(data.province.procedures.totalCount).toBe(province);
    expect(data.province.procedures.nodes.every((n) => n.levels.includes('PROVINCIAL'))).toBe(true);
    expect(data.ministry).toEqual({ kind: 'MINISTRY', procedureCount: ministry });
    for (const field of data.fields.nodes) {
      const n = await hub.db
        .procedures('procedures')
        .where('field_code', field.code)
        .count({ n: '*' })
        .first();
      expect(field.procedures.totalCount).toBe(Number(n?.n));
    }
  });

  it('a malformed code is BAD_USER_INPUT and an unknown one NOT_FOUND, both from the procedures service', async () => {
    const bad = await hub.query('{ procedure(code: "1001193") { name } }');
    const unknown = await hub.query('{ procedure(code: "9.999999") { name } }');
    expect(
      [bad, unknown].map((a) => [
        a.data,
        a.errors?.map((e) => [e.extensions?.code, e.extensions?.field, e.extensions?.serviceName]),
      ]),
    ).toEqual([
      [{ procedure: null }, [['BAD_USER_INPUT', 'code', 'procedures']]],
      [{ procedure: null }, [['NOT_FOUND', 'code', 'procedures']]],
    ]);
  });
});
