import { request } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import type { Period } from '../components/PeriodPicker.tsx';
import { ErrorBox, Loading } from '../components/States.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import { formatCount, formatDate, formatRate, OBLIGATION_STATUS_LABELS } from '../labels.ts';
import { AGENCY_REPORTS } from './agencyData.ts';
import { useUrging } from './UrgeForm.tsx';
import { URGE_REPORTS } from './urgingData.ts';

/**
 * The agency's reporting compliance in the period and its overdue reports; for those who may urge the
 * agency, "Đôn đốc" on each overdue report and "Đôn đốc tất cả báo cáo" above them.
 */
export function Reports({
  id,
  period,
  canUrge,
  onUrged,
}: {
  id: string;
  period: Period;
  canUrge: boolean;
  onUrged: () => void;
}) {
  const query = useQuery(AGENCY_REPORTS, { id, ...period });
  const urging = useUrging('reports', async (target, message, expectedBy) => {
    const { urgeReports } = await request(URGE_REPORTS, {
      input: { agencyId: id, obligationIds: target.ids, message, expectedBy },
    });
    onUrged();
    return `Đã gửi văn bản đôn đốc về ${formatCount(urgeReports.obligationCount)} báo cáo; hạn mới ${formatDate(urgeReports.expectedBy)}.`;
  });
  if (query.loading && !query.data) return <Loading what="báo cáo" />;
  if (query.loading) return <Loading what="báo cáo" />;
  if (query.error) return <ErrorBox error={query.error} retry={query.retry} />;
  const compliance = query.data?.agency?.reportingCompliance;
  const late = query.data?.overdueReports;
  return (
    <>
      {urging.result}
      {compliance && (
        <dl className="figures">
          <div>
            <dt>Phải gửi trong kỳ</dt>
            <dd>{formatCount(compliance.due)}</dd>
          </div>
          <div>
            <dt>Gửi đúng hạn</dt>
            <dd>{formatCount(compliance.submittedOnTime)}</dd>
          </div>
          <div>
            <dt>Gửi muộn</dt>
            <dd>{formatCount(compliance.late)}</dd>
          </div>
          <div>
            <dt>Quá hạn chưa gửi</dt>
            <dd>{formatCount(compliance.missing)}</dd>
          </div>
          <div>
            <dt>Chưa đến hạn</dt>
            <dd>{formatCount(compliance.pending)}</dd>
          </div>
          <div>
            <dt>Tỷ lệ đúng hạn</dt>
            <dd>{formatRate(compliance.onTimeRate)}</dd>
          </div>
          <div>
            <dt>Đã đôn đốc</dt>
            <dd data-field="reportsUrged">{formatCount(compliance.urged)}</dd>
          </div>
          <div>
            <dt>Gửi sau đôn đốc</dt>
            <dd data-field="reportsResolvedAfterUrging">{formatCount(compliance.resolvedAfterUrging)}</dd>
          </div>
        </dl>
      )}
      {canUrge && late && late.nodes.length > 0 && (
        <button
          type="button"
          onClick={() =>
            urging.open({
              ids: null,
              heading: 'Đôn đốc tất cả báo cáo quá hạn của cơ quan',
              reload: query.retry,
            })
          }
        >
          Đôn đốc tất cả báo cáo
        </button>
      )}
      {canUrge && urging.form}
      {late && (
        <TableScroll>
          <table data-testid="late-reports">
            <caption>Báo cáo quá hạn chưa gửi ({formatCount(late.totalCount)})</caption>
            <thead>
              <tr>
                <th scope="col">Chế độ báo cáo</th>
                <th scope="col">Kỳ</th>
                <th scope="col">Hạn gửi</th>
                <th scope="col">Số ngày quá hạn</th>
                <th scope="col">Trạng thái</th>
                {canUrge && <th scope="col">Thao tác</th>}
              </tr>
            </thead>
            <tbody>
              {late.nodes.map((obligation) => (
                <tr key={obligation.id} data-obligation-id={obligation.id}>
                  <th scope="row">{obligation.regime.name}</th>
                  <td>{obligation.period.name}</td>
                  <td>{formatDate(obligation.dueDate)}</td>
                  <td>{obligation.daysOverdue ?? '—'}</td>
                  <td>{OBLIGATION_STATUS_LABELS[obligation.status]}</td>
                  {canUrge && (
                    <td>
                      <button
                        type="button"
                        className="row-action"
                        aria-label={`Đôn đốc báo cáo ${obligation.regime.name}, ${obligation.period.name}`}
                        onClick={() =>
                          urging.open({
                            ids: [obligation.id],
                            heading: `Đôn đốc báo cáo ${obligation.regime.name}, ${obligation.period.name}`,
                            reload: query.retry,
                          })
                        }
                      >
                        Đôn đốc
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
