import { useState } from 'react';
import { useQuery } from '../api/useQuery.ts';
import { ErrorBox, Loading } from '../components/States.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import type { ReportingPlanStatus } from '../gql/graphql.ts';
import { formatCount, formatVnd, PLAN_ACTION_LABELS, PLAN_STATUS_LABELS } from '../labels.ts';
import { PlanActions } from './PlanActions.tsx';
import { PLANS } from './planData.ts';
import { RegimeHistory } from './RegimeHistory.tsx';

const percent = (value: number) => `${value.toFixed(1).replace('.', ',')} %`;

/**
 * Plans to simplify reporting regimes (Decree 09/2019) of a year, with the compliance cost each saves, where
 * each stands (draft, submitted, approved, implemented) and the step the caller may take next.
 */
export function Plans() {
  const [year, setYear] = useState(new Date().getFullYear());
  const [status, setStatus] = useState<ReportingPlanStatus | ''>('');
  const query = useQuery(PLANS, { year, status: status || null });
  const totals = query.data?.reportingSimplificationTotals;
  return (
    <section aria-labelledby="plans-title">
      <h1 id="plans-title">Phương án đơn giản hóa chế độ báo cáo</h1>
      <label className="inline">
        Năm
        <input
          type="number"
          min={2019}
          max={2100}
          value={year}
          onChange={(event) => event.target.valueAsNumber && setYear(event.target.valueAsNumber)}
        />
      </label>{' '}
      <label className="inline">
        Trạng thái
        <select
          name="status"
          value={status}
          onChange={(event) => setStatus(event.target.value as ReportingPlanStatus | '')}
        >
          <option value="">Tất cả</option>
          {Object.entries(PLAN_STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {query.loading && <Loading what="phương án" />}
      {query.error && <ErrorBox error={query.error} retry={query.retry} />}
      {totals && (
        <dl className="figures">
          <div>
            <dt>Số phương án</dt>
            <dd>{formatCount(totals.plans)}</dd>
          </div>
          <div>
            <dt>Chi phí tuân thủ trước</dt>
            <dd>{formatVnd(totals.beforeVnd)}</dd>
          </div>
          <div>
            <dt>Chi phí sau</dt>
            <dd>{formatVnd(totals.afterVnd)}</dd>
          </div>
          <div>
            <dt>Tiết kiệm mỗi năm</dt>
            <dd>
              {formatVnd(totals.savingVnd)} ({percent(totals.percentCut)})
            </dd>
          </div>
        </dl>
      )}
      {query.data && (
        <TableScroll>
          <table className="numeric" data-testid="plans">
            <caption>Các phương án năm {year}</caption>
            <thead>
              <tr>
                <th scope="col">Chế độ báo cáo</th>
                <th scope="col">Phương án</th>
                <th scope="col">Cơ quan đề xuất</th>
                <th scope="col">Số cơ quan báo cáo</th>
                <th scope="col">Chi phí trước</th>
                <th scope="col">Chi phí sau</th>
                <th scope="col">Tiết kiệm</th>
                <th scope="col" className="text">
                  Trạng thái
                </th>
                <th scope="col" className="text">
                  Thao tác
                </th>
              </tr>
            </thead>
            <tbody>
              {query.data.reportingSimplificationPlans.nodes.map((plan) => (
                <tr key={plan.id} data-plan-id={plan.id} data-status={plan.status}>
                  <th scope="row">
                    {plan.regime.name} ({plan.regime.code})
                  </th>
                  <td className="text">
                    {PLAN_ACTION_LABELS[plan.action]}: {plan.description}
                    <RegimeHistory code={plan.regime.code} />
                  </td>
                  <td className="text">{plan.proposedByAgency?.name ?? '—'}</td>
                  <td>{formatCount(plan.reportingAgencies)}</td>
                  <td>{formatVnd(plan.saving.beforeVnd)}</td>
                  <td>{formatVnd(plan.saving.afterVnd)}</td>
                  <td>
                    {formatVnd(plan.saving.savingVnd)} ({percent(plan.saving.percentCut)})
                  </td>
                  <td className="status" data-field="status">
                    {PLAN_STATUS_LABELS[plan.status]}
                  </td>
                  <td className="text">
                    <PlanActions plan={plan} onDone={query.retry} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
