import type { ApiError } from '../api/client.ts';

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
