import type { LoadResult } from './load.ts';

export interface Row {
  workload: string;
  gateway: 'ours' | 'hive';
  load: LoadResult;
  peakRssMiB: number;
  /** The gateway process's own CPU time (user + system) over the measured run, per answered request. */
  gatewayCpuMsPerRequest: number;
  /** The whole machine's busy CPU time (every process, every core) over the run, per answered request. */
  machineCpuMsPerRequest: number;
  sqlPerRequest: number;
  /** With --rounds above 1: req/s of every round; the row's other figures are its median round's. */
  roundsRequestsPerSecond?: number[];
}

/** Several rounds of one workload on one gateway as one row: the round with the median req/s. */
export function medianRound(rounds: Row[]): Row {
  const sorted = [...rounds].sort((a, b) => a.load.requestsPerSecond - b.load.requestsPerSecond);
  return {
    ...sorted[Math.floor((sorted.length - 1) / 2)],
    roundsRequestsPerSecond: rounds.map((round) => round.load.requestsPerSecond),
  };
}

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/** The one table: a line per workload and gateway, the ratio ours ÷ Hive on our line. */
export function renderTable(rows: Row[]): string {
  const header = [
    'workload',
    'gateway',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'errors',
    'peak RSS MiB',
    'gateway CPU ms/req',
    'machine CPU ms/req',
    'SQL/req',
    'ours÷Hive',
  ];
  const lines = rows.map((row) => {
    const hive = rows.find((other) => other.workload === row.workload && other.gateway === 'hive');
    const ratio =
      row.gateway === 'ours' && hive
        ? fixed(row.load.requestsPerSecond / hive.load.requestsPerSecond, 2)
        : '';
    return [
      row.workload,
      row.gateway === 'ours' ? 'ours (Apollo)' : 'Hive Gateway',
      fixed(row.load.requestsPerSecond, 1),
      fixed(row.load.p50, 0),
      fixed(row.load.p95, 0),
      fixed(row.load.p99, 0),
      `${row.load.errors}/${row.load.requests}`,
      fixed(row.peakRssMiB, 0),
      fixed(row.gatewayCpuMsPerRequest, 2),
      fixed(row.machineCpuMsPerRequest, 2),
      fixed(row.sqlPerRequest, 2),
      ratio,
    ];
  });
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i].length)));
  const format = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((width, i) => (i < 2 ? `${'-'.repeat(width + 1)}-` : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  const rounds = rows
    .filter((row) => (row.roundsRequestsPerSecond?.length ?? 0) > 1)
    .map(
      (row) =>
        `  ${row.workload} ${row.gateway}: ${row.roundsRequestsPerSecond?.map((rps) => rps.toFixed(1)).join(', ')} req/s`,
    );
  return [
    format(header),
    rule,
    ...lines.map(format),
    ...(rounds.length > 0
      ? ['', 'Rounds (req/s, in the order run; the table shows the median round):', ...rounds]
      : []),
  ].join('\n');
}
