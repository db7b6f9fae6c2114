export interface Period {
  from: string;
  to: string;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The last three full months before this one: the sample data covers the twelve months before the hub's
 * first start, so these are the most recent complete months it holds.
 */
export function defaultPeriod(today = new Date()): Period {
  const from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 3, 1));
  const to = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0));
  return { from: iso(from), to: iso(to) };
}

export function PeriodPicker({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  return (
    <fieldset className="period">
      <legend>Kỳ thống kê</legend>
      <label>
        Từ ngày
        <input
          type="date"
          value={period.from}
          max={period.to}
          onChange={(event) => event.target.value && onChange({ ...period, from: event.target.value })}
        />
      </label>
      <label>
        Đến ngày
        <input
          type="date"
          value={period.to}
          min={period.from}
          onChange={(event) => event.target.value && onChange({ ...period, to: event.target.value })}
        />
      </label>
    </fieldset>
  );
}
