import { type FormEvent, useId } from 'react';
import { useCommand } from '../api/useCommand.ts';
import { CommandError } from '../components/States.tsx';
import { ANSWER, ASSIGN } from './escalationData.ts';

export interface AgencyOption {
  id: string;
  name: string;
}

const DECIDED = {
  INVALID_TRANSITION:
    'Văn phòng Chính phủ đã quyết định phản ánh, kiến nghị này, hoặc nó đã khép lại. Tải lại để xem.',
};

/**
 * The Government Office's two decisions on a pending escalation (Decree 20/2008 Art. 17): assign the agency
 * that is to handle it, or answer it itself. `onDone` reloads the queue.
 */
export function EscalationActions({
  escalationId,
  agencies,
  onDone,
}: {
  escalationId: string;
  agencies: AgencyOption[];
  onDone: () => void;
}) {
  const assign = useCommand(ASSIGN);
  const answer = useCommand(ANSWER);
  const ids = useId();

  async function submitAssign(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const note = String(form.get('note') ?? '').trim();
    const done = await assign.run({
      id: escalationId,
      agencyId: String(form.get('agency')),
      note: note || null,
    });
    if (done) onDone();
  }

  async function submitAnswer(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('answer') ?? '').trim();
    if (await answer.run({ id: escalationId, answer: text })) onDone();
  }

  return (
    <details className="actions">
      <summary>Xử lý</summary>
      <form onSubmit={submitAssign} aria-labelledby={`${ids}-assign`} data-testid="assign-form">
        <h3 id={`${ids}-assign`}>Giao cơ quan xử lý</h3>
        <label>
          Cơ quan
          <select name="agency" required defaultValue="">
            <option value="" disabled>
              Chọn cơ quan
            </option>
            {agencies.map((agency) => (
              <option key={agency.id} value={agency.id}>
                {agency.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Ghi chú
          <input name="note" maxLength={2000} />
        </label>
        <button type="submit" disabled={assign.busy || !agencies.length}>
          Giao cơ quan xử lý
        </button>
        <CommandError error={assign.error} messages={DECIDED} />
      </form>
      <form onSubmit={submitAnswer} aria-labelledby={`${ids}-answer`}>
        <h3 id={`${ids}-answer`}>Chính phủ trả lời</h3>
        <label>
          Nội dung trả lời
          <textarea name="answer" required maxLength={20000} rows={4} />
        </label>
        <button type="submit" disabled={answer.busy}>
          Chính phủ trả lời
        </button>
        <CommandError error={answer.error} messages={DECIDED} />
      </form>
    </details>
  );
}
