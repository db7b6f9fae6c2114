import { useState } from 'react';
import { request } from '../api/client.ts';
import { type QueryState, useQuery } from '../api/useQuery.ts';
import { ErrorBox, Loading } from '../components/States.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import type { DashboardPetitionUrgingsQuery } from '../gql/graphql.ts';
import { formatCount, formatDate, formatDateTime } from '../labels.ts';
import { type UrgedItems, urgingErrorText } from './UrgeForm.tsx';
import {
  ACKNOWLEDGE_REPORTING_URGING,
  ACKNOWLEDGE_URGING,
  PETITION_URGINGS,
  REPORTING_URGINGS,
  UNACKNOWLEDGED,
} from './urgingData.ts';

type Urgings = NonNullable<DashboardPetitionUrgingsQuery['agency']>['urgings'];

const SHOWN = 20;

/** The urgings about petitions addressed to the agency, newest first; its own staff acknowledge them. */
export function PetitionUrgings(props: { agencyId: string; canAcknowledge: boolean; onChange: () => void }) {
  const query = useQuery(PETITION_URGINGS, { id: props.agencyId, first: SHOWN });
  return (
    <UrgingTable
      {...props}
      items="petitions"
      query={query}
      urgings={query.data?.agency?.urgings}
      acknowledge={(id) => request(ACKNOWLEDGE_URGING, { id })}
    />
  );
}

/** The urgings about reports addressed to the agency, as PetitionUrgings. */
export function ReportingUrgings(props: { agencyId: string; canAcknowledge: boolean; onChange: () => void }) {
  const query = useQuery(REPORTING_URGINGS, { id: props.agencyId, first: SHOWN });
  return (
    <UrgingTable
      {...props}
      items="reports"
      query={query}
      urgings={query.data?.agency?.urgings}
      acknowledge={(id) => request(ACKNOWLEDGE_REPORTING_URGING, { id })}
    />
  );
}

const CAPTIONS: Record<UrgedItems, { caption: string; count: string; none: string }> = {
  petitions: {
    caption: 'Văn bản đôn đốc về phản ánh, kiến nghị quá hạn',
    count: 'Số phản ánh, kiến nghị',
    none: 'Cơ quan chưa nhận văn bản đôn đốc nào về phản ánh, kiến nghị.',
  },
  reports: {
    caption: 'Văn bản đôn đốc về báo cáo quá hạn',
    count: 'Số báo cáo',
    none: 'Cơ quan chưa nhận văn bản đôn đốc nào về báo cáo.',
  },
};

function UrgingTable({
  items,
  query,
  urgings,
  canAcknowledge,
  acknowledge,
  onChange,
}: {
  items: UrgedItems;
  query: QueryState<unknown>;
  urgings: Urgings | null | undefined;
  canAcknowledge: boolean;
  acknowledge: (id: string) => Promise<unknown>;
  onChange: () => void;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const texts = CAPTIONS[items];
  if (query.loading && !urgings) return <Loading what="văn bản đôn đốc" />;
  if (query.error) return <ErrorBox error={query.error} retry={query.retry} />;
  if (!urgings) return null;
  if (urgings.totalCount === 0) return <p>{texts.none}</p>;

  async function confirm(id: string) {
    setBusy(id);
    setRefusal(null);
    try {
      await acknowledge(id);
      query.retry();
      onChange();
    } catch (error) {
      setRefusal(urgingErrorText(error, items));
    }
    setBusy(null);
  }

  return (
    <>
      {refusal && (
        <p className="error" role="alert">
          {refusal}
        </p>
      )}
      <TableScroll>
        <table data-testid={`urgings-${items}`}>
          <caption>
            {texts.caption} ({formatCount(urgings.totalCount)}
            {urgings.totalCount > urgings.nodes.length ? `, hiển thị ${urgings.nodes.length} mới nhất` : ''})
          </caption>
          <thead>
            <tr>
              <th scope="col">Ngày đôn đốc</th>
              <th scope="col">Cơ quan đôn đốc</th>
              <th scope="col">Nội dung</th>
              <th scope="col">Hạn mới</th>
              <th scope="col">{texts.count}</th>
              <th scope="col">Xác nhận</th>
            </tr>
          </thead>
          <tbody>
            {urgings.nodes.map((urging) => (
              <tr key={urging.id} data-urging-id={urging.id}>
                <td>{formatDateTime(urging.urgedAt)}</td>
                <td>{urging.urgedByAgency.name}</td>
                <td data-field="message">{urging.message}</td>
                <td>{formatDate(urging.expectedBy)}</td>
                <td>{formatCount(urging.count)}</td>
                <td data-field="acknowledged">
                  {urging.acknowledgedAt ? (
                    `Đã xác nhận ${formatDateTime(urging.acknowledgedAt)}`
                  ) : canAcknowledge ? (
                    <button
                      type="button"
                      disabled={busy === urging.id}
                      aria-label={`Xác nhận đã nhận văn bản đôn đốc ngày ${formatDateTime(urging.urgedAt)}`}
                      onClick={() => confirm(urging.id)}
                    >
                      Xác nhận đã nhận
                    </button>
                  ) : (
                    'Chưa xác nhận'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

/**
 * At the top of the agency's page, for its own staff: how many urgings wait for their acknowledgement, with
 * a way to the list. Nothing when none waits (or the caller may not read them).
 */
export function UnacknowledgedAlert({ agencyId, onShow }: { agencyId: string; onShow: () => void }) {
  const query = useQuery(UNACKNOWLEDGED, { id: agencyId });
  const petitions = query.data?.agency?.urgings?.totalCount ?? 0;
  const reports = query.data?.agency?.reportingUrgings?.totalCount ?? 0;
  if (petitions + reports === 0) return null;
  const parts = [
    petitions > 0 ? `${formatCount(petitions)} về phản ánh, kiến nghị quá hạn` : null,
    reports > 0 ? `${formatCount(reports)} về báo cáo quá hạn` : null,
  ].filter(Boolean);
  return (
    <div className="urging-alert" role="status" data-testid="unacknowledged-urgings">
      <p>
        Cơ quan có {formatCount(petitions + reports)} văn bản đôn đốc chưa xác nhận ({parts.join('; ')}).
      </p>
      <button type="button" onClick={onShow}>
        Xem văn bản đôn đốc
      </button>
    </div>
  );
}
