import type { LoadResult } from './load.ts';

export interface Row {
  workload: string;
  gateway: 'ours' | 'hive';
  load: LoadResult;
  peakRssMiB: number;
  sqlPerRequest: number;
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
      fixed(row.sqlPerRequest, 2),
      ratio,
    ];
  });
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i].length)));
  const format = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((width, i) => (i < 2 ? `${'-'.repeat(width + 1)}-` : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [format(header), rule, ...lines.map(format)].join('\n');
}
