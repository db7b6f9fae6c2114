import { type FormEvent, useId } from 'react';
import { currentSession } from '../api/session.ts';
import { useCommand } from '../api/useCommand.ts';
import { CommandError } from '../components/States.tsx';
import { formatDate } from '../labels.ts';
import { APPROVE_PLAN, IMPLEMENT_PLAN, SUBMIT_PLAN } from './planData.ts';

const MESSAGES = {
  INVALID_TRANSITION:
    'Phương án không còn ở trạng thái cho phép thao tác này (có thể vừa được xử lý). Tải lại để xem trạng thái hiện tại.',
  NOT_FOUND: 'Không tìm thấy phương án.',
};

/** Today in Vietnam, the day the law counts in: the first day a change may take effect. */
const todayInVietnam = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/**
 * The step a plan may take next (Decree 09/2019 Art. 27–28) and who may take it: the proposing agency or the
 * central office submits a draft; the central office approves, then implements from a day on.
 */
export function PlanActions({
  plan,
  onDone,
}: {
  plan: {
    id: string;
    status: string;
    effectiveFrom?: string | null;
    proposedByAgency?: { id: string } | null;
  };
  onDone: () => void;
}) {
  const session = currentSession();
  const central = session?.role === 'CENTRAL_OFFICE';
  const proposer =
    (session?.role === 'OFFICER' || session?.role === 'LEADER') &&
    session.agencyId === plan.proposedByAgency?.id;
  const submit = useCommand(SUBMIT_PLAN);
  const approve = useCommand(APPROVE_PLAN);
  const implement = useCommand(IMPLEMENT_PLAN);
  const dateId = useId();

  async function implementFrom(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const effectiveFrom = String(new FormData(event.currentTarget).get('effectiveFrom') ?? '');
    if (await implement.run({ id: plan.id, effectiveFrom })) onDone();
  }

  if (plan.status === 'IMPLEMENTED')
    return <>{plan.effectiveFrom ? `Áp dụng từ ${formatDate(plan.effectiveFrom)}` : '—'}</>;
  if (plan.status === 'DRAFT' && (central || proposer))
    return (
      <>
        <button
          type="button"
          disabled={submit.busy}
          onClick={async () => (await submit.run({ id: plan.id })) && onDone()}
        >
          Trình phương án
        </button>
        <CommandError error={submit.error} messages={MESSAGES} />
      </>
    );
  if (plan.status === 'SUBMITTED' && central)
    return (
      <>
        <button
          type="button"
          disabled={approve.busy}
          onClick={async () => (await approve.run({ id: plan.id })) && onDone()}
        >
          Phê duyệt
        </button>
        <CommandError error={approve.error} messages={MESSAGES} />
      </>
    );
  if (plan.status === 'APPROVED' && central)
    return (
      <form className="plan-implement" onSubmit={implementFrom}>
        <label htmlFor={dateId}>Áp dụng từ ngày</label>
        <input id={dateId} name="effectiveFrom" type="date" required min={todayInVietnam()} />
        <button type="submit" disabled={implement.busy}>
          Thực hiện
        </button>
        <CommandError error={implement.error} messages={MESSAGES} />
      </form>
    );
  return <>—</>;
}
