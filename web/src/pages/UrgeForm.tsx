import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../api/client.ts';

/** Today in Vietnam (the API's "today" for expectedBy), plus some days, as "2026-12-17". */
export function vietnamDay(plusDays = 0, now = new Date()): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date.toISOString().slice(0, 10);
}

/** What urging is about: petitions or reports; the texts differ, the codes do not. */
export type UrgedItems = 'petitions' | 'reports';

const NOT_OVERDUE: Record<UrgedItems, string> = {
  petitions: 'Không thể đôn đốc: phản ánh, kiến nghị đã chọn chưa quá hạn hoặc đã có kết quả.',
  reports: 'Không thể đôn đốc: báo cáo đã chọn chưa quá hạn hoặc đã được gửi.',
};
const NOTHING_OVERDUE: Record<UrgedItems, string> = {
  petitions: 'Cơ quan hiện không có phản ánh, kiến nghị nào quá hạn để đôn đốc.',
  reports: 'Cơ quan hiện không có báo cáo nào quá hạn để đôn đốc.',
};

/** A refused urging or acknowledgement in Vietnamese, by the API's code (its own text where it is Vietnamese). */
export function urgingErrorText(error: unknown, items: UrgedItems): string {
  if (!(error instanceof ApiError)) return 'Đã có lỗi, vui lòng thử lại.';
  switch (error.code) {
    case 'NOT_OVERDUE':
      return NOT_OVERDUE[items];
    case 'NOTHING_OVERDUE':
      return NOTHING_OVERDUE[items];
    case 'ALREADY_ACKNOWLEDGED':
      return 'Văn bản đôn đốc này đã được xác nhận trước đó.';
    case 'FORBIDDEN':
      return 'Tài khoản của bạn không có quyền thực hiện thao tác này với cơ quan này.';
    case 'NOT_FOUND':
      return 'Không tìm thấy nội dung được đôn đốc; danh sách có thể đã thay đổi.';
    case 'UNAUTHENTICATED':
      return 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.';
    default:
      // BAD_USER_INPUT and the network's: the API's (or the client's) own Vietnamese text.
      return error.fields[0]?.message ?? error.message;
  }
}

const DEFAULT_MESSAGE: Record<UrgedItems, string> = {
  petitions:
    'Đề nghị cơ quan khẩn trương xử lý và công khai kết quả xử lý các phản ánh, kiến nghị đã quá hạn.',
  reports: 'Đề nghị cơ quan khẩn trương gửi các báo cáo đã quá hạn.',
};

/**
 * The urging form: a message and the new date the agency is expected to act by (ten days from today by
 * default). Opened from a row or "urge all"; focus moves into it, Esc or "Hủy" closes it.
 */
export function UrgeForm({
  heading,
  items,
  send,
  onClose,
}: {
  heading: string;
  items: UrgedItems;
  send: (message: string, expectedBy: string) => Promise<void>;
  onClose: () => void;
}) {
  const id = useId();
  const [message, setMessage] = useState(DEFAULT_MESSAGE[items]);
  const [expectedBy, setExpectedBy] = useState(() => vietnamDay(10));
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ text: string; code: string | null } | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setRefusal(null);
    try {
      await send(message, expectedBy);
    } catch (error) {
      setRefusal({
        text: urgingErrorText(error, items),
        code: error instanceof ApiError ? error.code : null,
      });
      setBusy(false);
    }
  }

  return (
    <form
      className="card urge-form"
      aria-labelledby={`${id}-title`}
      data-testid="urge-form"
      onSubmit={submit}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <h3 id={`${id}-title`}>{heading}</h3>
      <label>
        Nội dung đôn đốc
        <textarea
          ref={field}
          name="message"
          required
          maxLength={4000}
          rows={3}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
        />
      </label>
      <label>
        Hạn mới
        <input
          type="date"
          name="expectedBy"
          required
          min={vietnamDay()}
          value={expectedBy}
          onChange={(event) => setExpectedBy(event.target.value)}
        />
      </label>
      {refusal && (
        <p className="error" role="alert" data-code={refusal.code ?? undefined}>
          {refusal.text}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Đang gửi…' : 'Gửi đôn đốc'}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Hủy
        </button>
      </div>
    </form>
  );
}

/** What is urged: the items' ids (null: every overdue one), the form's heading, and the list to reload after. */
export interface UrgeTarget {
  ids: string[] | null;
  /** The agency urged when not the page's: the one handling the named items. */
  agencyId?: string;
  heading: string;
  reload: () => void;
}

/**
 * The urge form's state for one list: `open` a target, the `form` to place near the list, and the `result`
 * of the last urging sent (`send` answers its text) to place where it survives the list's reload.
 */
export function useUrging(
  items: UrgedItems,
  send: (target: UrgeTarget, message: string, expectedBy: string) => Promise<string>,
) {
  const [target, setTarget] = useState<UrgeTarget | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const open = (next: UrgeTarget) => {
    setOutcome(null);
    setTarget(next);
  };
  const form = target && (
    <UrgeForm
      key={target.ids?.join(',') ?? 'all'}
      heading={target.heading}
      items={items}
      send={async (message, expectedBy) => {
        const text = await send(target, message, expectedBy);
        setTarget(null);
        setOutcome(text);
        target.reload();
      }}
      onClose={() => setTarget(null)}
    />
  );
  const result = outcome && (
    <p className="success" role="status" data-testid={`urge-result-${items}`}>
      {outcome}
    </p>
  );
  return { open, form, result };
}
