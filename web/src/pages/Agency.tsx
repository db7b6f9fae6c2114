import { useReducer } from 'react';
import { request } from '../api/client.ts';
import { currentSession } from '../api/session.ts';
import { type QueryState, useQuery } from '../api/useQuery.ts';
import { type Period, PeriodPicker } from '../components/PeriodPicker.tsx';
import { ErrorBox, Loading } from '../components/States.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import type { DashboardAgencyUrgingFiguresQuery } from '../gql/graphql.ts';
import { CATEGORY_LABELS, formatCount, formatDate, formatRate, OBLIGATION_STATUS_LABELS } from '../labels.ts';
import { AGENCY_HEADER, AGENCY_REPORTS, BY_CATEGORY, BY_FIELD } from './agencyData.ts';
import { OverdueList } from './OverdueList.tsx';
import { PetitionUrgings, ReportingUrgings, UnacknowledgedAlert } from './ReceivedUrgings.tsx';
import { useUrging } from './UrgeForm.tsx';
import { URGE_PETITIONS, URGE_REPORTS, URGING_FIGURES } from './urgingData.ts';

/**
 * One agency: its petitions by category and by field, the overdue ones, its reports due and late. Each
 * section asks for its own data, so one the caller may not read (statistics are for leaders and the central
 * office) says so without hiding the others.
 */
export function Agency({
  id,
  period,
  onPeriod,
}: {
  id: string;
  period: Period;
  onPeriod: (period: Period) => void;
}) {
  const header = useQuery(AGENCY_HEADER, { id });
  const figures = useQuery(URGING_FIGURES, { id, ...period });
  // Urgings sent or acknowledged here change the lists and counts below: they are read again.
  const [changes, changed] = useReducer((n: number) => n + 1, 0);
  const role = currentSession()?.role;
  // Who may urge the agency is who may read its statistics: the central office, and leaders over its reach.
  const canUrge =
    (role === 'CENTRAL_OFFICE' || role === 'LEADER') && Boolean(figures.data?.agency?.petitionStats);
  const staff = role === 'OFFICER' || role === 'LEADER';
  const onChange = () => {
    changed();
    figures.retry();
  };
  const showUrgings = () => {
    const heading = document.getElementById('urgings-title');
    heading?.scrollIntoView();
    heading?.focus();
  };
  return (
    <section aria-labelledby="agency-title">
      <h1 id="agency-title">{header.data?.agency?.name ?? 'Cơ quan'}</h1>
      {header.loading && <Loading what="thông tin cơ quan" />}
      {header.error && <ErrorBox error={header.error} retry={header.retry} />}
      {staff && <UnacknowledgedAlert key={changes} agencyId={id} onShow={showUrgings} />}
      <PeriodPicker period={period} onChange={onPeriod} />
      <h2>Tổng hợp trong kỳ</h2>
      <UrgingFigures figures={figures} />
      <h2>Theo nhóm nội dung</h2>
      <ByCategory id={id} period={period} />
      <h2>Theo lĩnh vực</h2>
      <ByField id={id} period={period} />
      <h2>Phản ánh, kiến nghị quá hạn</h2>
      <OverduePetitions agencyId={id} canUrge={canUrge} onUrged={onChange} />
      <h2 id="urgings-title" tabIndex={-1}>
        Văn bản đôn đốc đã nhận
      </h2>
      <PetitionUrgings key={`p${changes}`} agencyId={id} canAcknowledge={staff} onChange={onChange} />
      <h2>Chế độ báo cáo</h2>
      <Reports id={id} period={period} canUrge={canUrge} onUrged={onChange} />
      <h3>Văn bản đôn đốc về báo cáo đã nhận</h3>
      <ReportingUrgings key={`r${changes}`} agencyId={id} canAcknowledge={staff} onChange={onChange} />
    </section>
  );
}

/** The period's petitions, the overdue ones, and how many were urged and then published (whether urging works). */
function UrgingFigures({ figures }: { figures: QueryState<DashboardAgencyUrgingFiguresQuery> }) {
  if (figures.loading && !figures.data) return <Loading what="số liệu tổng hợp" />;
  if (figures.error) return <ErrorBox error={figures.error} retry={figures.retry} />;
  const stats = figures.data?.agency?.petitionStats;
  if (!stats) return null;
  return (
    <dl className="figures" data-testid="urging-figures">
      <div>
        <dt>Tiếp nhận trong kỳ</dt>
        <dd data-field="received">{formatCount(stats.received)}</dd>
      </div>
      <div>
        <dt>Quá hạn</dt>
        <dd data-field="overdue">{formatCount(stats.overdue)}</dd>
      </div>
      <div>
        <dt>Đã đôn đốc</dt>
        <dd data-field="urged">{formatCount(stats.urged)}</dd>
      </div>
      <div>
        <dt>Xử lý sau đôn đốc</dt>
        <dd data-field="resolvedAfterUrging">{formatCount(stats.resolvedAfterUrging)}</dd>
      </div>
    </dl>
  );
}

/** The overdue list; for those who may urge the agency, "Đôn đốc" on each row and "Đôn đốc tất cả" above. */
function OverduePetitions({
  agencyId,
  canUrge,
  onUrged,
}: {
  agencyId: string;
  canUrge: boolean;
  onUrged: () => void;
}) {
  const urging = useUrging('petitions', async (target, message, expectedBy) => {
    const { urgePetitions } = await request(URGE_PETITIONS, {
      input: { agencyId: target.agencyId ?? agencyId, petitionIds: target.ids, message, expectedBy },
    });
    onUrged();
    return `Đã gửi văn bản đôn đốc tới ${urgePetitions.agency.name} về ${formatCount(urgePetitions.petitionCount)} phản ánh, kiến nghị; hạn mới ${formatDate(urgePetitions.expectedBy)}.`;
  });
  return (
    <>
      {urging.result}
      <OverdueList
        agencyId={agencyId}
        toolbar={
          canUrge
            ? (petitions, reload) => (
                <>
                  {petitions.length > 0 && (
                    <button
                      type="button"
                      onClick={() =>
                        urging.open({
                          ids: null,
                          heading: 'Đôn đốc tất cả phản ánh, kiến nghị quá hạn do cơ quan trực tiếp xử lý',
                          reload,
                        })
                      }
                    >
                      Đôn đốc tất cả
                    </button>
                  )}
                  {urging.form}
                </>
              )
            : undefined
        }
        rowActions={
          canUrge
            ? (petition, reload) => (
                <button
                  type="button"
                  aria-label={`Đôn đốc ${petition.trackingCode}`}
                  onClick={() =>
                    // The petition's own handler is urged: a unit's or a predecessor's petition is the unit's.
                    urging.open({
                      ids: [petition.id],
                      agencyId: petition.handlingAgency.id,
                      heading: `Đôn đốc phản ánh, kiến nghị ${petition.trackingCode}`,
                      reload,
                    })
                  }
                >
                  Đôn đốc
                </button>
              )
            : undefined
        }
      />
    </>
  );
}

function ByCategory({ id, period }: { id: string; period: Period }) {
  const query = useQuery(BY_CATEGORY, { id, ...period });
  if (query.loading) return <Loading what="số liệu theo nhóm nội dung" />;
  if (query.error) return <ErrorBox error={query.error} retry={query.retry} />;
  const rows = query.data?.agency?.petitionStatsByCategory ?? [];
  return (
    <TableScroll>
      <table className="numeric" data-testid="by-category">
        <caption>Tình trạng xử lý theo nhóm nội dung (Nghị định 20/2008, Điều 5)</caption>
        <thead>
          <tr>
            <th scope="col">Nhóm nội dung</th>
            <th scope="col">Tiếp nhận</th>
            <th scope="col">Công khai đúng hạn</th>
            <th scope="col">Công khai muộn</th>
            <th scope="col">Đang xử lý trong hạn</th>
            <th scope="col">Quá hạn chưa công khai</th>
            <th scope="col">Không tiếp nhận</th>
            <th scope="col">Tỷ lệ đúng hạn</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ category, stats }) => (
            <tr key={category}>
              <th scope="row">{CATEGORY_LABELS[category]}</th>
              <td>{formatCount(stats.received)}</td>
              <td>{formatCount(stats.publishedOnTime)}</td>
              <td>{formatCount(stats.publishedLate)}</td>
              <td>{formatCount(stats.inProgressOnTime)}</td>
              <td>{formatCount(stats.overdueUnpublished)}</td>
              <td>{formatCount(stats.rejected)}</td>
              <td>{formatRate(stats.onTimeRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function ByField({ id, period }: { id: string; period: Period }) {
  const query = useQuery(BY_FIELD, { id, ...period });
  if (query.loading) return <Loading what="số liệu theo lĩnh vực" />;
  if (query.error) return <ErrorBox error={query.error} retry={query.retry} />;
  const rows = (query.data?.fields.nodes ?? []).filter((field) => (field.petitionStats?.received ?? 0) > 0);
  if (rows.length === 0) return <p>Không có phản ánh, kiến nghị nào gắn với thủ tục hành chính trong kỳ.</p>;
  return (
    <TableScroll>
      <table className="numeric" data-testid="by-field">
        <caption>Phản ánh, kiến nghị về thủ tục hành chính theo lĩnh vực</caption>
        <thead>
          <tr>
            <th scope="col">Lĩnh vực</th>
            <th scope="col">Tiếp nhận</th>
            <th scope="col">Công khai đúng hạn</th>
            <th scope="col">Quá hạn</th>
            <th scope="col">Tỷ lệ đúng hạn</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((field) => (
            <tr key={field.code}>
              <th scope="row">{field.name}</th>
              <td>{formatCount(field.petitionStats?.received ?? 0)}</td>
              <td>{formatCount(field.petitionStats?.publishedOnTime ?? 0)}</td>
              <td>{formatCount(field.petitionStats?.overdue ?? 0)}</td>
              <td>{formatRate(field.petitionStats?.onTimeRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Reports({
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
