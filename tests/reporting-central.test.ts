import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../kit/dates.ts';
import { type Hub, sharedHub } from './support/hub.ts';
import { unitsAnsweredFor } from './support/lineage.ts';

let hub: Hub;
/** National figures are the central office's to read (kit/agencyScope.ts statisticsScope): these are its. */
let central: { token: string };
beforeAll(async () => {
  hub = await sharedHub();
  central = {
    token: await hub.token({ subject: 'vpcp.tonghop', role: 'CENTRAL_OFFICE', agencyId: 'bo-vpcp' }),
  };
});
afterAll(async () => {
  await hub?.close();
});

/**
 * The compliance definitions written directly in SQL: an obligation is on time when its earliest report
 * arrived before midnight (Vietnam, UTC+7) ending its due date; missing when nothing arrived and the due
 * date has passed; pending when nothing arrived and it has not.
 */
const COUNTS_SQL = `
  count(*)::int as due,
  count(first_at)::int as submitted,
  count(*) filter (where first_at < (due_date + 1)::timestamp at time zone 'UTC' - interval '7 hours')::int as "submittedOnTime",
  count(*) filter (where first_at >= (due_date + 1)::timestamp at time zone 'UTC' - interval '7 hours')::int as late,
  count(*) filter (where first_at is null and due_date < ?::date)::int as missing,
  count(*) filter (where first_at is null and due_date >= ?::date)::int as pending`;

interface DirectCounts {
  key?: string;
  due: number;
  submitted: number;
  submittedOnTime: number;
  late: number;
  missing: number;
  pending: number;
  onTimeRate: number | null;
}

async function directCompliance(where: string, bindings: Knex.RawBinding[], groupBy?: string) {
  const today = todayInVietnam();
  const result = await hub.db.reporting.raw(
    `select ${groupBy ? `${groupBy} as key,` : ''} ${COUNTS_SQL}
     from (select o.*, (select min(s.submitted_at) from reporting_submissions s where s.obligation_id = o.id) as first_at
           from reporting_obligations o where ${where}) obligations
     ${groupBy ? `group by ${groupBy} order by ${groupBy}` : ''}`,
    [today, today, ...bindings],
  );
  return (result.rows as Record<string, number | string>[]).map((row): DirectCounts => {
    const due = Number(row.due);
    return {
      ...(groupBy ? { key: String(row.key) } : {}),
      due,
      submitted: Number(row.submitted),
      submittedOnTime: Number(row.submittedOnTime),
      late: Number(row.late),
      missing: Number(row.missing),
      pending: Number(row.pending),
      onTimeRate: due === 0 ? null : Number(row.submittedOnTime) / due,
    };
  });
}

const FIGURES = 'due submitted submittedOnTime late missing pending onTimeRate';

describe('compliance figures equal a direct SQL count', () => {
  const range = { from: '2024-01-01', to: '2026-10-31' };

  it('gives each agency’s compliance, counting its units and the provinces it succeeded', async () => {
    const ids = ['tinh-01', 'tinh-91-2025', 'tinh-79-2025', 'bo-btc-2025', 'bo-btp'];
    const answer = await hub.query<Record<string, { reportingCompliance: Record<string, number> }>>(
      `query($from: Date!, $to: Date!) { ${ids
        .map(
          (id, i) =>
            `a${i}: agency(id: "${id}") { reportingCompliance(from: $from, to: $to) { ${FIGURES} } }`,
        )
        .join(' ')} }`,
      range,
      central,
    );
    expect(answer.errors).toBeUndefined();
    const expected = Object.fromEntries(
      await Promise.all(
        ids.map(async (id, i) => {
          const [counts] = await directCompliance(
            'o.agency_id = any(?::text[]) and o.due_date between ?::date and ?::date',
            [unitsAnsweredFor(id), range.from, range.to],
          );
          return [`a${i}`, { reportingCompliance: counts }];
        }),
      ),
    );
    expect(answer).toEqual({ status: 200, data: expected });
    // Alive in every figure: the sample has late and missing reports.
    const all = Object.values(expected).map(
      (v) => (v as { reportingCompliance: DirectCounts }).reportingCompliance,
    );
    expect(all.every((c) => c.due > 0 && c.late > 0)).toBe(true);
    expect(all.some((c) => c.missing > 0)).toBe(true);
  });

  it('gives a regime’s compliance in total and per agency', async () => {
    const answer = await hub.query<{
      reportingRegime: {
        compliance: Record<string, number>;
        complianceByAgency: {
          totalCount: number;
          nodes: { agency: { id: string }; compliance: Record<string, number> }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    }>(
      `query($from: Date!, $to: Date!) { reportingRegime(code: "VPCP-KSTTHC") {
        compliance(from: $from, to: $to) { ${FIGURES} }
        complianceByAgency(from: $from, to: $to, first: 100) {
          totalCount pageInfo { hasNextPage endCursor } nodes { agency { id } compliance { ${FIGURES} } }
        }
      } }`,
      range,
      central,
    );
    expect(answer.errors).toBeUndefined();
    const where = `o.regime_code = 'VPCP-KSTTHC' and o.due_date between ?::date and ?::date`;
    const [total] = await directCompliance(where, [range.from, range.to]);
    const perAgency = await directCompliance(where, [range.from, range.to], 'agency_id');
    const regime = answer.data?.reportingRegime;
    expect(regime?.compliance).toEqual(total);
    expect(regime?.complianceByAgency.totalCount).toBe(perAgency.length);
    expect(regime?.complianceByAgency.pageInfo.hasNextPage).toBe(true);
    expect(regime?.complianceByAgency.nodes).toEqual(
      perAgency.slice(0, 100).map(({ key, ...compliance }) => ({ agency: { id: key }, compliance })),
    );

    const next = await hub.query<{
      reportingRegime: { complianceByAgency: { nodes: { agency: { id: string } }[] } };
    }>(
      `query($from: Date!, $to: Date!, $after: String) { reportingRegime(code: "VPCP-KSTTHC") {
        complianceByAgency(from: $from, to: $to, first: 100, after: $after) { nodes { agency { id } } } } }`,
      { ...range, after: regime?.complianceByAgency.pageInfo.endCursor },
      central,
    );
    expect(next.data?.reportingRegime.complianceByAgency.nodes.map((n) => n.agency.id)).toEqual(
      perAgency.slice(100, 200).map((row) => row.key),
    );
  });

  it('reads the per-agency compliance of many regimes with the same number of statements as of one', async () => {
    const query = (first: number) => `{ reportingRegimes(first: ${first}) { nodes {
      complianceByAgency(from: "2025-01-01", to: "2025-12-31", first: 5) { totalCount nodes { agency { id } compliance { due } } }
      simplificationPlans { id }
    } } }`;
    const one = await hub.countStatements(() => hub.query(query(1), {}, central));
    const many = await hub.countStatements(() => hub.query(query(30), {}, central));
    expect(many).toBe(one);
  });
});

describe('overdue reports for the central office', () => {
  const OVERDUE = `query($filter: OverdueReportsFilter, $first: Int, $after: String) {
    overdueReports(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id regime { code } agency { id } period { label } dueDate status daysOverdue submissions { version } }
    }
  }`;
  type Page = {
    overdueReports: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: { id: string; dueDate: string; status: string; daysOverdue: number; submissions: unknown[] }[];
    };
  };

  it('pages the new An Giang’s overdue reports, oldest due first, as the direct SQL lists them', async () => {
    const filter = { agencyId: 'tinh-91-2025', dueFrom: '2025-07-01', dueTo: '2026-10-31' };
    const ids: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (let page = 0; page < 20; page += 1) {
      const answer: { data?: Page | null; errors?: unknown } = await hub.query<Page>(
        OVERDUE,
        {
          filter,
          first: 2,
          after,
        },
        central,
      );
      expect(answer.errors).toBeUndefined();
      const connection = answer.data?.overdueReports as Page['overdueReports'];
      totalCount = connection.totalCount;
      for (const node of connection.nodes) {
        expect(node).toMatchObject({ status: 'OVERDUE', submissions: [] });
        expect(node.daysOverdue).toBeGreaterThan(0);
        ids.push(node.id);
      }
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    const direct = await hub.db.reporting.raw(
      `select o.id from reporting_obligations o
       where (o.agency_id = 'tinh-91-2025' or o.agency_id like 'tinh-91-2025.%')
         and o.due_date between '2025-07-01' and '2026-10-31' and o.due_date < ?::date
         and not exists (select 1 from reporting_submissions s where s.obligation_id = o.id)
       order by o.due_date, o.id`,
      [todayInVietnam()],
    );
    const expected = direct.rows.map((row: { id: number }) => String(row.id));
    expect(expected.length).toBeGreaterThan(2);
    expect(ids).toEqual(expected);
    expect(totalCount).toBe(expected.length);
  });

  it('filters by regime and counts nationally as SQL does', async () => {
    const answer = await hub.query<Page>(
      OVERDUE,
      { filter: { regimeCode: 'VPCP-KTXH-THANG' }, first: 3 },
      central,
    );
    const direct = await hub.db.reporting.raw(
      `select count(*)::int as n from reporting_obligations o where o.regime_code = 'VPCP-KTXH-THANG'
       and o.due_date < ?::date and not exists (select 1 from reporting_submissions s where s.obligation_id = o.id)`,
      [todayInVietnam()],
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.overdueReports.totalCount).toBe(Number(direct.rows[0].n));
    expect(answer.data?.overdueReports.nodes).toHaveLength(3);
  });

  it('refuses a cursor from another list', async () => {
    const answer = await hub.query(OVERDUE, { first: 3, after: 'bm90LWEtY3Vyc29y' }, central);
    expect(answer.data).toEqual({ overdueReports: null });
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('a regime’s record holds the mandatory contents of Decree 09/2019', () => {
  it('names subjects, receiver, methods, cut-off rule, deadline, outline, indicators, legal basis and status', async () => {
    const answer = await hub.query<{
      reportingRegime: Record<string, unknown>;
    }>(`{ reportingRegime(code: "BCA-DA06") {
      code name content frequency reportingSubjects subjectAgencies { id } subjectNote receivingAgency { id name }
      sendingMethods dataCutOffRule deadlineWorkingDays outlineTemplate legalBasis issuingAgency { id }
      status effectiveFrom effectiveTo
      indicators { code name unit dataType required disaggregation }
    } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.reportingRegime).toEqual({
      code: 'BCA-DA06',
      name: 'Báo cáo tình hình triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06)',
      content:
        'Kết quả kết nối, khai thác Cơ sở dữ liệu quốc gia về dân cư; số dịch vụ công thiết yếu đã tích hợp định danh điện tử; khó khăn, vướng mắc và đề xuất.',
      frequency: 'QUARTERLY',
      reportingSubjects: ['PROVINCE'],
      subjectAgencies: [{ id: 'bo-btp' }, { id: 'bo-byt' }, { id: 'bo-bgddt' }],
      subjectNote:
        'Ủy ban nhân dân các tỉnh, thành phố và các bộ được giao nhiệm vụ trong Đề án 06 (Tư pháp, Y tế, Giáo dục và Đào tạo)',
      receivingAgency: { id: 'bo-bca', name: 'Bộ Công an' },
      sendingMethods: ['REPORTING_SYSTEM', 'EMAIL'],
      dataCutOffRule:
        'Từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng cuối quý thuộc kỳ báo cáo.',
      deadlineWorkingDays: 5,
      outlineTemplate: [
        'I. Kết quả triển khai các nhiệm vụ của Đề án 06 trong kỳ',
        '  1. Kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư',
        '  2. Dịch vụ công thiết yếu tích hợp định danh và xác thực điện tử',
        'II. Khó khăn, vướng mắc và nguyên nhân',
        'III. Nhiệm vụ trọng tâm kỳ tới; đề xuất, kiến nghị',
        'Phụ lục: Biểu tổng hợp số liệu theo mẫu',
      ].join('\n'),
      legalBasis: 'Quyết định 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ; Nghị định 09/2019/NĐ-CP',
      issuingAgency: { id: 'cp' },
      status: 'ACTIVE',
      effectiveFrom: '2022-01-06',
      effectiveTo: null,
      indicators: [
        {
          code: 'dvc_tich_hop_vneid',
          name: 'Số dịch vụ công thiết yếu đã tích hợp định danh điện tử',
          unit: 'dịch vụ',
          dataType: 'INTEGER',
          required: true,
          disaggregation: ['Cấp tỉnh', 'Cấp xã'],
        },
        {
          code: 'luot_khai_thac',
          name: 'Số lượt khai thác dữ liệu dân cư',
          unit: 'lượt',
          dataType: 'INTEGER',
          required: true,
          disaggregation: ['Theo lĩnh vực', 'Theo cấp hành chính'],
        },
        {
          code: 'ty_le_lam_sach',
          name: 'Tỷ lệ dữ liệu chuyên ngành đã làm sạch, đồng bộ',
          unit: '%',
          dataType: 'PERCENT',
          required: true,
          disaggregation: [],
        },
        {
          code: 'kien_nghi',
          name: 'Khó khăn, vướng mắc và kiến nghị',
          unit: null,
          dataType: 'TEXT',
          required: false,
          disaggregation: [],
        },
      ],
    });
  });

  it('has the named ministries owe its reports alongside the provinces, and not the receiving ministry', async () => {
    const result = await hub.db.reporting.raw(
      `select agency_id from reporting_obligations where regime_code = 'BCA-DA06' and period_label = '2025-Q4'
       and agency_id like 'bo-%' order by agency_id`,
    );
    expect(result.rows.map((row: { agency_id: string }) => row.agency_id)).toEqual([
      'bo-bgddt',
      'bo-btp',
      'bo-byt',
    ]);
  });
});
