import type { Knex } from 'knex';
import { referenceAgencies } from '../../fixtures/agencies/referenceAgencies.ts';
import { todayInVietnam } from '../../kit/dates.ts';
import type { SeedOptions } from '../../kit/subgraph.ts';
import { obligationRow, planObligations } from './data/planObligations.ts';
import { cutOffRuleOf, disaggregationOf, outlineOf } from './data/regimeContents.ts';
import { planRow, SAMPLE_PLANS } from './data/samplePlans.ts';
import { SAMPLE_REGIMES } from './data/sampleRegimes.ts';
import { simulateSubmissions } from './data/simulateSubmissions.ts';

const BATCH = 1000;

async function insertBatches(trx: Knex.Transaction, table: string, rows: object[], progress: () => void) {
  for (let i = 0; i < rows.length; i += BATCH) {
    await trx(table).insert(rows.slice(i, i + BATCH));
    progress();
  }
}

/**
 * The sample regimes, every obligation they put on agencies from 2024-01-01 to `until` (default: today in
 * Vietnam) and the submissions received by then. Replaces whatever sample data was there. Agency ids come
 * from the shared reference fixture (fixtures/agencies), which the agencies subgraph is seeded from too.
 */
export async function seedReporting(knex: Knex, options: SeedOptions = {}): Promise<void> {
  const until = options.until ?? todayInVietnam();
  const agencies = referenceAgencies();
  const agencyById = new Map(agencies.map((agency) => [agency.id, agency]));
  for (const regime of SAMPLE_REGIMES) {
    for (const id of [regime.receiver, regime.issuer, ...(regime.subjectAgencies ?? [])]) {
      if (!agencyById.has(id)) throw new Error(`regime ${regime.code} names unknown agency ${id}`);
    }
  }

  const regimeRows = SAMPLE_REGIMES.map((regime) => ({
    code: regime.code,
    name: regime.name,
    content: regime.content,
    frequency: regime.frequency,
    reporting_subjects: regime.subjects,
    subject_note: regime.subjectNote ?? null,
    subject_agency_ids: regime.subjectAgencies ?? [],
    subject_unit_suffix: regime.unitSuffix ?? null,
    data_cut_off_rule: cutOffRuleOf(regime.frequency),
    outline_template: outlineOf(regime),
    receiving_agency_id: regime.receiver,
    sending_methods: regime.methods,
    deadline_working_days: regime.deadline,
    legal_basis: regime.legalBasis,
    issuing_agency_id: regime.issuer,
    status: regime.status ?? 'ACTIVE',
    effective_from: regime.effectiveFrom,
    effective_to: regime.effectiveTo ?? null,
  }));
  const indicatorRows = SAMPLE_REGIMES.flatMap((regime) =>
    regime.indicators.map((indicator, position) => {
      const [code, name, unit, dataType, required = true] = indicator;
      return {
        regime_code: regime.code,
        position: position + 1,
        code,
        name,
        unit,
        data_type: dataType,
        required,
        disaggregation: disaggregationOf(regime, indicator),
      };
    }),
  );

  const indicatorsByRegime = new Map(SAMPLE_REGIMES.map((regime) => [regime.code, regime.indicators]));
  const planned = planObligations(SAMPLE_REGIMES, agencies, until);
  const obligationRows = planned.map((obligation, index) => ({
    id: index + 1,
    ...obligationRow(obligation),
  }));
  const submissionRows = planned.flatMap((obligation, index) =>
    simulateSubmissions(
      obligation,
      indicatorsByRegime.get(obligation.regimeCode) ?? [],
      agencyById.get(obligation.agencyId)?.validTo ?? null,
      until,
    ).map((submission) => ({
      obligation_id: index + 1,
      version: submission.version,
      submitted_at: submission.submittedAt,
      late: submission.late,
      values: JSON.stringify(submission.values),
    })),
  );

  const total = Math.ceil(obligationRows.length / BATCH) + Math.ceil(submissionRows.length / BATCH) + 1;
  let done = 0;
  const progress = () => options.onProgress?.(++done, total);

  await knex.transaction(async (trx) => {
    await trx.raw('delete from reporting_simplification_plans');
    await trx.raw('delete from reporting_urgings');
    await trx.raw('delete from reporting_submissions');
    await trx.raw('delete from reporting_obligations');
    await trx.raw('delete from reporting_indicators');
    await trx.raw('delete from reporting_regimes');
    await trx('reporting_regimes').insert(regimeRows);
    await trx('reporting_indicators').insert(indicatorRows);
    await trx('reporting_regime_versions').insert(
      regimeRows.map((regime) => ({
        regime_code: regime.code,
        effective_from: regime.effective_from,
        frequency: regime.frequency,
        sending_methods: regime.sending_methods,
        deadline_working_days: regime.deadline_working_days,
      })),
    );
    await trx('reporting_regime_changes').insert(
      regimeRows.map((regime) => ({
        regime_code: regime.code,
        kind: 'CREATED',
        effective_from: regime.effective_from,
        reason: regime.legal_basis,
      })),
    );
    progress();
    await insertBatches(trx, 'reporting_obligations', obligationRows, progress);
    await insertBatches(trx, 'reporting_submissions', submissionRows, progress);
    await trx('reporting_simplification_plans').insert(SAMPLE_PLANS.map(planRow));
    // Ids were given explicitly so the seed is reproducible; later inserts continue after them.
    await trx.raw(
      `select setval(pg_get_serial_sequence('reporting_obligations', 'id'),
         (select coalesce(max(id), 0) + 1 from reporting_obligations), false)`,
    );
    await trx.raw(
      `select setval(pg_get_serial_sequence('reporting_simplification_plans', 'id'),
         (select coalesce(max(id), 0) + 1 from reporting_simplification_plans), false)`,
    );
  });
}
