import { useReducer } from 'react';
import { currentSession } from '../api/session.ts';
import { useQuery } from '../api/useQuery.ts';
import { type Period, PeriodPicker } from '../components/PeriodPicker.tsx';
import { ErrorBox, Loading } from '../components/States.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import { CATEGORY_LABELS, formatCount, formatRate } from '../labels.ts';
import { OverduePetitions, UrgingFigures } from './AgencyPetitionUrging.tsx';
import { Reports } from './AgencyReports.tsx';
import { AGENCY_HEADER, BY_CATEGORY, BY_FIELD } from './agencyData.ts';
import { PetitionUrgings, ReportingUrgings, UnacknowledgedAlert } from './ReceivedUrgings.tsx';
import { URGING_FIGURES } from './urgingData.ts';

/**
 * One agency: its petitions by category and by field, the overdue ones, its reports due and late, and the
 * urging of it (urge actions for those who may urge, the urgings received for all its readers). Each
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
