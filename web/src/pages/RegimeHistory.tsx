import { useState } from 'react';
import { useQuery } from '../api/useQuery.ts';
import { ErrorBox, Loading } from '../components/States.tsx';
import {
  formatDate,
  formatDateTime,
  localizeMessage,
  REGIME_CHANGE_LABELS,
  REGIME_FIELD_LABELS,
} from '../labels.ts';
import { REGIME_HISTORY } from './planData.ts';

/** A regime's changes, oldest first, read only when the reader opens them. */
export function RegimeHistory({ code }: { code: string }) {
  const [open, setOpen] = useState(false);
  const history = useQuery(REGIME_HISTORY, { code }, !open);
  const changes = history.data?.reportingRegime?.history;
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Lịch sử chế độ báo cáo</summary>
      {history.loading && <Loading what="lịch sử" />}
      {history.error && <ErrorBox error={history.error} retry={history.retry} />}
      {changes && (
        <ol className="history" data-testid="regime-history">
          {changes.map((change, index) => (
            // The history is append-only, oldest first: its position names an entry.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            <li key={index}>
              <strong>{REGIME_CHANGE_LABELS[change.kind]}</strong>, áp dụng từ{' '}
              {formatDate(change.effectiveFrom)} ({formatDateTime(change.at)}
              {change.byAgency ? `, ${change.byAgency.name}` : ''}
              {change.plan ? `, theo phương án số ${change.plan.id}` : ''}): {change.reason}
              {change.changes.length > 0 && (
                <ul>
                  {change.changes.map((field) => (
                    <li key={field.field}>
                      {REGIME_FIELD_LABELS[field.field] ?? field.field}:{' '}
                      {localizeMessage(field.before ?? '—')} → {localizeMessage(field.after ?? '—')}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
