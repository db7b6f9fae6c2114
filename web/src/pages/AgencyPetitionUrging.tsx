import { useState } from 'react';
import { request } from '../api/client.ts';
import { currentSession } from '../api/session.ts';
import type { QueryState } from '../api/useQuery.ts';
import { ErrorBox, Loading } from '../components/States.tsx';
import type { DashboardAgencyUrgingFiguresQuery } from '../gql/graphql.ts';
import { formatCount, formatDate } from '../labels.ts';
import { EscalateForm } from './EscalateForm.tsx';
import { OverdueList, type OverduePetition } from './OverdueList.tsx';
import { useUrging } from './UrgeForm.tsx';
import { URGE_PETITIONS } from './urgingData.ts';

/** The period's petitions, the overdue ones, and how many were urged and then published (whether urging works). */
export function UrgingFigures({ figures }: { figures: QueryState<DashboardAgencyUrgingFiguresQuery> }) {
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

/**
 * The overdue list; for those who may urge the agency, "Đôn đốc" on each row and "Đôn đốc tất cả" above; for
 * the officers and leaders of the agency handling a petition, "Chuyển Chính phủ" on its row (Art. 17).
 */
export function OverduePetitions({
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
  const [escalating, setEscalating] = useState<{ petition: OverduePetition; reload: () => void } | null>(
    null,
  );
  const [escalated, setEscalated] = useState<string | null>(null);
  const session = currentSession();
  const staff = session?.role === 'OFFICER' || session?.role === 'LEADER';
  // The API decides; the page offers the action to the handling agency's staff only (the page's own agency
  // holds the petitions of its reach).
  const canEscalate = (petition: OverduePetition) =>
    staff && (session?.agencyId === agencyId || session?.agencyId === petition.handlingAgency.id);
  const escalateButton = (petition: OverduePetition, reload: () => void) =>
    canEscalate(petition) && (
      <button
        type="button"
        className="row-action"
        aria-label={`Chuyển Chính phủ ${petition.trackingCode}`}
        onClick={() => {
          setEscalated(null);
          setEscalating({ petition, reload });
        }}
      >
        Chuyển Chính phủ
      </button>
    );
  return (
    <>
      {urging.result}
      {escalated && (
        <p className="success" role="status" data-testid="escalate-result">
          {escalated}
        </p>
      )}
      {escalating && (
        <EscalateForm
          key={escalating.petition.id}
          petition={escalating.petition}
          onDone={(text) => {
            setEscalating(null);
            setEscalated(text);
            escalating.reload();
          }}
          onClose={() => setEscalating(null)}
        />
      )}
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
          canUrge || staff
            ? (petition, reload) => (
                <>
                  {canUrge && (
                    <button
                      type="button"
                      className="row-action"
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
                  )}
                  {escalateButton(petition, reload)}
                </>
              )
            : undefined
        }
      />
    </>
  );
}
