import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useCommand } from '../api/useCommand.ts';
import { useQuery } from '../api/useQuery.ts';
import { CommandError } from '../components/States.tsx';
import type { EscalationGround } from '../gql/graphql.ts';
import { ESCALATION_GROUND_LABELS } from '../labels.ts';
import type { AgencyOption } from './EscalationActions.tsx';
import { DIRECTORY, ESCALATE } from './escalationData.ts';
import type { OverduePetition } from './OverdueList.tsx';

const REFUSALS = {
  CONFLICT: 'Phản ánh, kiến nghị vừa được thay đổi ở nơi khác. Tải lại danh sách rồi thử lại.',
};

/**
 * The handling agency reports an overdue petition to the Government (Decree 20/2008 Art. 17): a ground, the
 * reason, and for disagreeing agencies the others involved. The API checks each ground's proof; its
 * refusals (ground not met, already escalated, a closed petition) are its own Vietnamese text.
 */
export function EscalateForm({
  petition,
  onDone,
  onClose,
}: {
  petition: OverduePetition;
  onDone: (text: string) => void;
  onClose: () => void;
}) {
  const id = useId();
  const escalate = useCommand(ESCALATE);
  const [ground, setGround] = useState<EscalationGround>('GOVERNMENT_COMPETENCE');
  const disagree = ground === 'AGENCIES_DISAGREE';
  const directory = useQuery(DIRECTORY, { on: new Date().toISOString().slice(0, 10) }, !disagree);
  const agencies: AgencyOption[] = directory.data
    ? [
        ...directory.data.ministries.nodes,
        ...directory.data.ministerialAgencies.nodes,
        ...directory.data.provinces.nodes,
      ].filter((agency) => agency.id !== petition.handlingAgency.id)
    : [];
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const done = await escalate.run({
      id: petition.id,
      expectedVersion: petition.version,
      input: {
        ground,
        reason: String(form.get('reason') ?? '').trim(),
        involvedAgencyIds: disagree ? form.getAll('agencies').map(String) : null,
      },
    });
    if (done)
      onDone(
        `Đã chuyển phản ánh, kiến nghị ${petition.trackingCode} lên Chính phủ; đang chờ Văn phòng Chính phủ xử lý.`,
      );
  }

  return (
    <form
      className="card urge-form"
      aria-labelledby={`${id}-title`}
      data-testid="escalate-form"
      onSubmit={submit}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <h3 id={`${id}-title`}>Chuyển Chính phủ xem xét phản ánh, kiến nghị {petition.trackingCode}</h3>
      <label>
        Căn cứ
        <select
          ref={first}
          name="ground"
          value={ground}
          onChange={(event) => setGround(event.target.value as EscalationGround)}
        >
          {Object.entries(ESCALATION_GROUND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Lý do
        <textarea name="reason" required={ground === 'GOVERNMENT_COMPETENCE'} maxLength={2000} rows={3} />
      </label>
      {disagree && (
        <label>
          Cơ quan có ý kiến khác
          <select name="agencies" multiple required size={6}>
            {agencies.map((agency) => (
              <option key={agency.id} value={agency.id}>
                {agency.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <CommandError error={escalate.error} messages={REFUSALS} />
      <div className="actions">
        <button type="submit" disabled={escalate.busy}>
          {escalate.busy ? 'Đang gửi…' : 'Chuyển Chính phủ'}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Hủy
        </button>
      </div>
    </form>
  );
}
