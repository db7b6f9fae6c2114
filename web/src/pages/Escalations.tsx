import { useEffect, useMemo, useState } from 'react';
import { currentSession } from '../api/session.ts';
import { useQuery } from '../api/useQuery.ts';
import { Chart } from '../components/Chart.tsx';
import { type Period, PeriodPicker } from '../components/PeriodPicker.tsx';
import { ErrorBox, Loading } from '../components/States.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import type { DashboardEscalationsQuery, EscalationGround, EscalationState } from '../gql/graphql.ts';
import { ESCALATION_GROUND_LABELS, ESCALATION_STATE_LABELS, formatCount, formatDateTime } from '../labels.ts';
import { type AgencyOption, EscalationActions } from './EscalationActions.tsx';
import { DIRECTORY, ESCALATION_STATS, ESCALATIONS } from './escalationData.ts';

const PAGE = 20;
type Row = NonNullable<DashboardEscalationsQuery['escalations']>['nodes'][number];
interface Filter {
  state: EscalationState | '';
  ground: EscalationGround | '';
}

/**
 * The Government Office's queue of petitions escalated to the Government (Decree 20/2008 Art. 17), oldest
 * first, with its figures for a period. The central office decides (assigns an agency, or answers); a leader
 * reads the escalations touching their agency's reach.
 */
export function Escalations({ period, onPeriod }: { period: Period; onPeriod: (period: Period) => void }) {
  const [filter, setFilter] = useState<Filter>({ state: 'PENDING', ground: '' });
  const [version, setVersion] = useState(0);
  return (
    <section aria-labelledby="escalations-title">
      <h1 id="escalations-title">Phản ánh, kiến nghị chuyển Chính phủ xem xét</h1>
      <PeriodPicker period={period} onChange={onPeriod} />
      <Stats period={period} version={version} />
      <h2>Hàng đợi</h2>
      <fieldset className="period">
        <legend>Lọc</legend>
        <label>
          Trạng thái
          <select
            name="state"
            value={filter.state}
            onChange={(event) => setFilter({ ...filter, state: event.target.value as Filter['state'] })}
          >
            <option value="">Tất cả</option>
            {Object.entries(ESCALATION_STATE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Căn cứ
          <select
            name="ground"
            value={filter.ground}
            onChange={(event) => setFilter({ ...filter, ground: event.target.value as Filter['ground'] })}
          >
            <option value="">Tất cả</option>
            {Object.entries(ESCALATION_GROUND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <Queue key={JSON.stringify(filter)} filter={filter} onDecided={() => setVersion((n) => n + 1)} />
    </section>
  );
}

function Stats({ period, version }: { period: Period; version: number }) {
  const stats = useQuery(ESCALATION_STATS, period);
  const { retry } = stats;
  // `version` changes after a decision: the figures by state move with it.
  useEffect(() => {
    if (version) retry();
  }, [version, retry]);
  const figures = stats.data?.escalationStats;
  const option = useMemo(
    () =>
      figures && {
        grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
        tooltip: {},
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: {
          type: 'category',
          data: figures.byGround.map((row) => ESCALATION_GROUND_LABELS[row.ground].split(' (')[0]),
        },
        series: [{ type: 'bar', data: figures.byGround.map((row) => row.count), color: '#8e1c16' }],
      },
    [figures],
  );
  return (
    <section aria-labelledby="escalation-stats-title">
      <h2 id="escalation-stats-title">Số liệu trong kỳ</h2>
      {stats.loading && <Loading what="số liệu" />}
      {stats.error && <ErrorBox error={stats.error} retry={stats.retry} />}
      {figures && (
        <>
          <dl className="figures" data-testid="escalation-stats">
            {(
              [
                ['escalated', 'Đã chuyển Chính phủ', figures.escalated],
                ['pending', ESCALATION_STATE_LABELS.PENDING, figures.pending],
                ['assigned', ESCALATION_STATE_LABELS.ASSIGNED, figures.assigned],
                ['answered', ESCALATION_STATE_LABELS.ANSWERED, figures.answered],
              ] as const
            ).map(([field, label, value]) => (
              <div key={field}>
                <dt>{label}</dt>
                <dd data-field={field}>{formatCount(value)}</dd>
              </div>
            ))}
            {figures.byGround.map((row) => (
              <div key={row.ground}>
                <dt>{ESCALATION_GROUND_LABELS[row.ground]}</dt>
                <dd data-field={row.ground}>{formatCount(row.count)}</dd>
              </div>
            ))}
          </dl>
          {option && (
            <Chart
              option={option}
              height={180}
              label={`Số phản ánh, kiến nghị chuyển Chính phủ theo căn cứ: ${figures.byGround
                .map((row) => `${ESCALATION_GROUND_LABELS[row.ground]} ${formatCount(row.count)}`)
                .join('; ')}`}
            />
          )}
        </>
      )}
    </section>
  );
}

function Queue({ filter, onDecided }: { filter: Filter; onDecided: () => void }) {
  const central = currentSession()?.role === 'CENTRAL_OFFICE';
  const [after, setAfter] = useState<string | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const query = useQuery(ESCALATIONS, {
    filter: { state: filter.state || null, ground: filter.ground || null },
    first: PAGE,
    after,
  });
  const page = query.data?.escalations;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a page is appended once, when it arrives.
  useEffect(() => {
    if (page) setRows((previous) => (after ? [...previous, ...page.nodes] : page.nodes));
  }, [page]);
  const directory = useQuery(DIRECTORY, { on: new Date().toISOString().slice(0, 10) }, !central);
  const agencies: AgencyOption[] = directory.data
    ? [
        ...directory.data.ministries.nodes,
        ...directory.data.ministerialAgencies.nodes,
        ...directory.data.provinces.nodes,
      ]
    : [];
  const reload = () => {
    setAfter(null);
    query.retry();
    onDecided();
  };

  if (query.error) return <ErrorBox error={query.error} retry={query.retry} />;
  return (
    <>
      {page && (
        <p>
          {formatCount(page.totalCount)} phản ánh, kiến nghị
          {central ? '' : ' (chỉ xem: Văn phòng Chính phủ quyết định)'}
        </p>
      )}
      {rows.length > 0 && (
        <TableScroll>
          <table className="queue" data-testid="escalations">
            <caption>Phản ánh, kiến nghị chuyển Chính phủ, cũ nhất trước</caption>
            <thead>
              <tr>
                <th scope="col">Phản ánh, kiến nghị</th>
                <th scope="col">Căn cứ</th>
                <th scope="col">Lý do</th>
                <th scope="col">Cơ quan liên quan</th>
                <th scope="col">Chuyển lúc, cơ quan chuyển</th>
                <th scope="col">Trạng thái</th>
                {central && <th scope="col">Thao tác</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-escalation-id={row.id} data-state={row.state}>
                  <th scope="row">
                    <span data-field="code">{row.petition.trackingCode}</span>: {row.petition.title}
                  </th>
                  <td data-field="ground">{ESCALATION_GROUND_LABELS[row.ground]}</td>
                  <td data-field="reason">{row.reason || '—'}</td>
                  <td data-field="agencies">{row.agencies.map((agency) => agency.name).join('; ')}</td>
                  <td data-field="escalated">
                    {formatDateTime(row.escalatedAt)}, {row.escalatedByAgency.name}
                  </td>
                  <td data-field="state">
                    {ESCALATION_STATE_LABELS[row.state]}
                    {row.assignedAgency && `: ${row.assignedAgency.name}`}
                    {row.decidedAt && ` (${formatDateTime(row.decidedAt)})`}
                  </td>
                  {central && (
                    <td>
                      {row.state === 'PENDING' ? (
                        <EscalationActions escalationId={row.id} agencies={agencies} onDone={reload} />
                      ) : (
                        '—'
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {page && !rows.length && !query.loading && <p className="notice">Không có phản ánh, kiến nghị nào.</p>}
      {query.loading && <Loading what="hàng đợi" />}
      {page?.pageInfo.hasNextPage && !query.loading && (
        <button type="button" onClick={() => setAfter(page.pageInfo.endCursor ?? null)}>
          Xem thêm
        </button>
      )}
    </>
  );
}
