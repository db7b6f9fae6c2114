import type { ApiError } from '../api/client.ts';
import { localizeMessage } from '../labels.ts';

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      Đang tải {what}…
    </p>
  );
}

/** A failed request in Vietnamese, with a retry; a refusal of access says so instead (retrying cannot help). */
export function ErrorBox({ error, retry }: { error: ApiError; retry?: () => void }) {
  if (error.code === 'FORBIDDEN')
    return (
      <p className="notice" role="alert">
        Tài khoản của bạn không có quyền xem mục này.
      </p>
    );
  return (
    <div className="error" role="alert">
      <p>Không tải được dữ liệu: {error.message}</p>
      {retry && (
        <button type="button" onClick={retry}>
          Thử lại
        </button>
      )}
    </div>
  );
}

/**
 * A refused command in Vietnamese: `messages` words the codes whose API text a user should not read as is
 * (e.g. a state machine's codes); otherwise the API's own message, which is Vietnamese (its days and codes
 * put in words).
 */
export function CommandError({
  error,
  messages = {},
}: {
  error: ApiError | null;
  messages?: Partial<Record<string, string>>;
}) {
  if (!error) return null;
  const text =
    (error.code && messages[error.code]) ??
    (error.code === 'FORBIDDEN'
      ? 'Tài khoản của bạn không được thực hiện thao tác này.'
      : localizeMessage(error.message));
  return (
    <p className="error" role="alert">
      {text}
    </p>
  );
}
