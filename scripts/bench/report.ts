import type { DatasetReport } from './dataset.ts';
import type { DirectSqlResult } from './directSql.ts';
import type { ScorecardCheck } from './gatewayScorecard.ts';
import type { BenchOptions } from './options.ts';
import { type Row, renderTable } from './table.ts';

export interface Report {
  machine: string;
  options: BenchOptions;
  dataset: DatasetReport;
  seedSeconds: number;
  copySeconds: number;
  inboxAgencyId: string;
  rows: Row[];
  direct: DirectSqlResult;
  checks: ScorecardCheck[];
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Everything stdout gets: the setting, the table, the physical limit of the scorecard. */
export function renderReport(report: Report): string {
  const { options, dataset } = report;
  const scorecardRows = report.rows.filter((row) => row.workload.startsWith('a.'));
  const lines = [
    `Machine: ${report.machine}`,
    `Dataset: ${dataset.petitions.toLocaleString('en')} petitions, ${dataset.procedures.toLocaleString('en')} procedures, ` +
      `${dataset.obligations.toLocaleString('en')} reporting obligations` +
      (dataset.reused ? ' (reused)' : `; seeded in ${report.seedSeconds.toFixed(0)} s`) +
      `; single database copied in ${report.copySeconds.toFixed(0)} s`,
    `Load: ${options.connections} connections for ${options.durationSeconds} s ` +
      `(scorecard: ${options.scorecardConnections} for ${options.scorecardDurationSeconds} s) after ${options.warmupSeconds} s warm-up; ` +
      `${options.sameCaller ? 'one caller' : '64 distinct callers'} per workload; ` +
      (options.rounds > 1 ? `${options.rounds} rounds per gateway, alternating which goes first; ` : '') +
      `subgraph pg options: ${options.pgOptions ?? 'server defaults'}; ` +
      `inbox agency ${report.inboxAgencyId}; SQL/req = transactions in pg_stat_database per answered request`,
    '',
    renderTable(report.rows),
    '',
    `Scorecard physical limit: one SQL statement over one database, p50 ${ms(report.direct.p50)} (${report.direct.runs} runs)`,
  ];
  for (const check of report.checks) {
    const loaded = scorecardRows.find((row) => row.gateway === check.gateway);
    lines.push(
      `  ${check.gateway === 'ours' ? 'ours' : 'Hive'}: one at a time p50 ${ms(check.p50)}, ` +
        `÷ SQL p50 = ${(check.p50 / report.direct.p50).toFixed(2)}` +
        (loaded
          ? `; under load p50 ${ms(loaded.load.p50)}, ÷ SQL p50 = ${(loaded.load.p50 / report.direct.p50).toFixed(2)}`
          : '') +
        `; ${check.provinces} provinces, ` +
        (check.difference ? `DIFFERENT from SQL: ${check.difference}` : 'every figure equals the SQL'),
    );
  }
  return lines.join('\n');
}
