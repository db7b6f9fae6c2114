import { useEffect, useMemo, useState } from 'react';
import { request } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { Chart } from '../components/Chart.tsx';
import { type Period, PeriodPicker } from '../components/PeriodPicker.tsx';
import { ErrorBox, Loading } from '../components/States.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import type { AgencyKind, DashboardScorecardQuery } from '../gql/graphql.ts';
import { formatCount, formatRate } from '../labels.ts';
import { MONTH_TOTALS, SCORECARD, trendMonths } from './scorecardData.ts';

type Row = DashboardScorecardQuery['agencies']['nodes'][number];
type SortKey = 'onTimeRate' | 'overdue' | 'reporting';

const SORTS: Record<SortKey, { label: string; value: (row: Row) => number }> = {
  onTimeRate: { label: 'Tỷ lệ đúng hạn', value: (row) => row.petitionStats?.onTimeRate ?? -1 },
  overdue: { label: 'Quá hạn', value: (row) => row.petitionStats?.overdue ?? -1 },
  reporting: { label: 'Báo cáo đúng hạn', value: (row) => row.reportingCompliance?.onTimeRate ?? -1 },
};

const TABS: { kind: AgencyKind; label: string }[] = [
  { kind: 'PROVINCE', label: 'Tỉnh, thành phố' },
  { kind: 'MINISTRY', label: 'Bộ, ngành' },
];

/** The national scorecard: provinces or ministries, sortable, with the on-time chart and the monthly trend. */
export function Scorecard({ period, onPeriod }: { period: Period; onPeriod: (period: Period) => void }) {
  const [kind, setKind] = useState<AgencyKind>('PROVINCE');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'onTimeRate',
    descending: true,
  });
  const scorecard = useQuery(SCORECARD, { kind, on: period.to, ...period });
  const rows = useMemo(() => {
    const nodes = [...(scorecard.data?.agencies.nodes ?? [])];
    const value = SORTS[sort.key].value;
    nodes.sort(
      (a, b) => (sort.descending ? value(b) - value(a) : value(a) - value(b)) || a.code.localeCompare(b.code),
    );
    return nodes;
  }, [scorecard.data, sort]);
  const chartOption = useMemo(() => onTimeChart(rows), [rows]);
  const kindLabel = TABS.find((tab) => tab.kind === kind)?.label ?? '';

  return (
    <section aria-labelledby="scorecard-title">
      <h1 id="scorecard-title">Bảng theo dõi toàn quốc</h1>
      <PeriodPicker period={period} onChange={onPeriod} />
      <div className="tabs" role="tablist" aria-label="Nhóm cơ quan">
        {TABS.map((tab) => (
          <button
            key={tab.kind}
            type="button"
            role="tab"
            aria-selected={tab.kind === kind}
            onClick={() => setKind(tab.kind)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {scorecard.loading && <Loading what="bảng theo dõi" />}
      {scorecard.error && <ErrorBox error={scorecard.error} retry={scorecard.retry} />}
      {scorecard.data && (
        <>
          <p className="summary">
            {formatCount(scorecard.data.agencies.totalCount)} {kindLabel.toLowerCase()} · phản ánh, kiến nghị
            tiếp nhận từ ngày {period.from.split('-').reverse().join('/')} đến{' '}
            {period.to.split('-').reverse().join('/')}
          </p>
          <TableScroll>
            <table className="numeric" data-testid="scorecard">
              <caption>
                Kết quả xử lý phản ánh, kiến nghị và chế độ báo cáo ({kindLabel.toLowerCase()})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Mã</th>
                  <th scope="col">Cơ quan</th>
                  <th scope="col">Tiếp nhận</th>
                  <th scope="col">Công khai đúng hạn</th>
                  <th scope="col">Công khai muộn</th>
                  <SortHeader sortKey="overdue" sort={sort} onSort={setSort} />
                  <SortHeader sortKey="onTimeRate" sort={sort} onSort={setSort} />
                  <th scope="col">Đã đôn đốc</th>
                  <th scope="col">Xử lý sau đôn đốc</th>
                  <th scope="col">Báo cáo phải gửi</th>
                  <th scope="col">Báo cáo gửi đúng hạn</th>
                  <SortHeader sortKey="reporting" sort={sort} onSort={setSort} />
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <ScorecardRow key={row.id} row={row} />
                ))}
              </tbody>
            </table>
          </TableScroll>
          <h2>Tỷ lệ công khai đúng hạn theo {kindLabel.toLowerCase()}</h2>
          <Chart
            label={`Tỷ lệ công khai đúng hạn theo ${kindLabel.toLowerCase()}`}
            height={Math.max(320, rows.length * 18)}
            option={chartOption}
          />
          <h2>Xu hướng theo tháng (sáu tháng đến hết kỳ)</h2>
          <Trend kind={kind} period={period} />
        </>
      )}
    </section>
  );
}

function SortHeader({
  sortKey,
  sort,
  onSort,
}: {
  sortKey: SortKey;
  sort: { key: SortKey; descending: boolean };
  onSort: (sort: { key: SortKey; descending: boolean }) => void;
}) {
  const active = sort.key === sortKey;
  return (
    <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        className="sort"
        data-sort={sortKey}
        onClick={() => onSort({ key: sortKey, descending: active ? !sort.descending : true })}
      >
        {SORTS[sortKey].label}
        <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
      </button>
    </th>
  );
}

function ScorecardRow({ row }: { row: Row }) {
  const stats = row.petitionStats;
  const reports = row.reportingCompliance;
  const cell = (field: string, text: string) => <td data-field={field}>{text}</td>;
  return (
    <tr data-agency-id={row.id}>
      {cell('code', row.code)}
      <th scope="row" data-field="name">
        <a href={`#/agency/${row.id}`}>{row.name}</a>
      </th>
      {cell('received', stats ? formatCount(stats.received) : '—')}
      {cell('publishedOnTime', stats ? formatCount(stats.publishedOnTime) : '—')}
      {cell('publishedLate', stats ? formatCount(stats.publishedLate) : '—')}
      {cell('overdue', stats ? formatCount(stats.overdue) : '—')}
      {cell('onTimeRate', formatRate(stats?.onTimeRate))}
      {cell('urged', stats ? formatCount(stats.urged) : '—')}
      {cell('resolvedAfterUrging', stats ? formatCount(stats.resolvedAfterUrging) : '—')}
      {cell('reportsDue', reports ? formatCount(reports.due) : '—')}
      {cell('reportsOnTime', reports ? formatCount(reports.submittedOnTime) : '—')}
      {cell('reportingRate', formatRate(reports?.onTimeRate))}
    </tr>
  );
}

function onTimeChart(rows: Row[]) {
  const shown = [...rows].reverse();
  return {
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: number) => `${value.toFixed(1).replace('.', ',')} %`,
    },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
    yAxis: { type: 'category', data: shown.map((row) => row.name), axisLabel: { fontSize: 10 } },
    series: [
      {
        type: 'bar',
        name: 'Tỷ lệ đúng hạn',
        data: shown.map((row) => Math.round((row.petitionStats?.onTimeRate ?? 0) * 1000) / 10),
        itemStyle: { color: '#b3261e' },
      },
    ],
  };
}

/** The on-time rate of all the tab's agencies together, month by month: sums of the API's own counts. */
function Trend({ kind, period }: { kind: AgencyKind; period: Period }) {
  const months = useMemo(() => trendMonths(period.to), [period.to]);
  const [rates, setRates] = useState<(number | null)[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    setRates(null);
    setFailed(false);
    Promise.all(
      months.map((month) => request(MONTH_TOTALS, { kind, on: month.to, from: month.from, to: month.to })),
    ).then(
      (answers) => {
        if (!current) return;
        setRates(
          answers.map((answer) => {
            let onTime = 0;
            let counted = 0;
            for (const node of answer.agencies.nodes) {
              const stats = node.petitionStats;
              if (!stats) continue;
              onTime += stats.publishedOnTime;
              counted += stats.published + stats.overdueUnpublished;
            }
            return counted === 0 ? null : onTime / counted;
          }),
        );
      },
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [kind, months]);
  if (failed) return <p role="alert">Không tải được xu hướng theo tháng.</p>;
  if (!rates) return <Loading what="xu hướng theo tháng" />;
  return (
    <Chart
      label="Tỷ lệ công khai đúng hạn theo tháng"
      height={260}
      option={{
        grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: months.map((month) => month.label) },
        yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
        series: [
          {
            type: 'line',
            name: 'Tỷ lệ đúng hạn',
            data: rates.map((rate) => (rate === null ? null : Math.round(rate * 1000) / 10)),
            itemStyle: { color: '#0b57d0' },
          },
        ],
      }}
    />
  );
}
