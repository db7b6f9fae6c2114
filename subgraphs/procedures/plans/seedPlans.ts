import type { Knex } from 'knex';
import { type GeneratedProcedure, mulberry32 } from '../data/generate.ts';

/**
 * Sample simplification plans: for the 2025 and 2026 reviews, ministries propose cuts to a handful of the
 * procedures they manage. 2025 plans have gone through (approved or implemented), 2026 ones are drafts
 * or submitted. An hour is valued at 30,000 VND (about the 2025 regional minimum wage per hour, rounded).
 */
const MINISTRIES = ['bo-btp', 'bo-byt', 'bo-btc-2025', 'bo-bca', 'bo-bxd-2025', 'bo-bnv-2025'];
const YEARS: { year: number; statuses: string[] }[] = [
  { year: 2025, statuses: ['IMPLEMENTED', 'APPROVED'] },
  { year: 2026, statuses: ['SUBMITTED', 'DRAFT'] },
];
const HOUR_VALUE = 30_000;
const PROPOSAL_SETS = [
  ['CUT_DOSSIER_COMPONENTS', 'MOVE_ONLINE'],
  ['SHORTEN_PROCESSING_TIME'],
  ['CUT_FEES', 'MOVE_ONLINE'],
  ['SHORTEN_PROCESSING_TIME', 'CUT_DOSSIER_COMPONENTS'],
  ['ABOLISH'],
];

export async function seedSimplificationPlans(
  trx: Knex.Transaction,
  catalog: readonly GeneratedProcedure[],
): Promise<void> {
  const random = mulberry32(2026_01_31);
  await trx('simplification_plans').where('sample', true).delete();
  const used = new Set<string>();
  for (const { year, statuses } of YEARS) {
    for (const [index, agencyId] of MINISTRIES.entries()) {
      const candidates = catalog.filter(
        (p) => p.managingAgencyId === agencyId && p.status !== 'ABOLISHED' && !used.has(p.code),
      );
      if (candidates.length < 2) continue;
      const size = Math.min(candidates.length, 2 + Math.floor(random() * 4));
      const chosen = candidates.slice(0, size);
      for (const p of chosen) used.add(p.code);
      const status = statuses[index % statuses.length];
      const at = (month: string) => `${year}-${month}T02:00:00Z`;
      const [plan] = (await trx('simplification_plans')
        .insert({
          review_year: year,
          agency_id: agencyId,
          title: `Phương án đơn giản hóa thủ tục hành chính năm ${year} (${chosen.length} thủ tục)`,
          hour_value_vnd: HOUR_VALUE,
          status,
          created_by: 'mau-du-lieu',
          created_at: at('01-10'),
          submitted_at: status === 'DRAFT' ? null : at('01-28'),
          approved_at: status === 'APPROVED' || status === 'IMPLEMENTED' ? at('03-15') : null,
          implemented_at: status === 'IMPLEMENTED' ? at('09-30') : null,
          sample: true,
        })
        .returning('id')) as { id: number }[];
      await trx('simplification_plan_items').insert(
        chosen.map((procedure, position) => {
          const proposals = PROPOSAL_SETS[Math.floor(random() * PROPOSAL_SETS.length)];
          const fee = Math.max(...procedure.channels.map((c) => c.fee));
          const hours = 4 + Math.floor(random() * 36);
          const other = 20_000 * (1 + Math.floor(random() * 10));
          const filings = 1_000 * (1 + Math.floor(random() * 400));
          const abolish = proposals.includes('ABOLISH');
          return {
            plan_id: plan.id,
            position,
            procedure_code: procedure.code,
            proposals,
            merge_into_code: null,
            rationale: abolish
              ? 'Thủ tục không còn cần thiết: thông tin đã có trong cơ sở dữ liệu quốc gia.'
              : 'Giảm thành phần hồ sơ, thời gian và chi phí cho người dân, doanh nghiệp.',
            before_hours: hours,
            before_fees_vnd: fee,
            before_other_vnd: other,
            before_filings: filings,
            after_hours: abolish ? 0 : Math.ceil(hours / 2),
            after_fees_vnd: abolish
              ? 0
              : proposals.includes('CUT_FEES')
                ? Math.round(fee / 2000) * 1000
                : fee,
            after_other_vnd: abolish ? 0 : proposals.includes('MOVE_ONLINE') ? 0 : Math.round(other / 2),
            after_filings: abolish ? 0 : filings,
          };
        }),
      );
    }
  }
}
