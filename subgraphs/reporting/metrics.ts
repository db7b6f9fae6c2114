import { Gauge, type Registry } from 'prom-client';
import { todayInVietnam } from '../../kit/dates.ts';
import type { Database } from '../../kit/db.ts';
import { figuresTtlMs, keptFigure } from '../../kit/metrics.ts';
import { unreportedCounts } from './obligationStore.ts';

/** The reporting subgraph's own gauges (SubgraphDefinition.metrics), counted when scraped. */
export function reportingMetrics(registry: Registry, db: Database): void {
  const figures = keptFigure('reporting', 'reports owed', figuresTtlMs(), () =>
    unreportedCounts(db, todayInVietnam()),
  );
  const gauge = (name: string, help: string, figure: 'due' | 'overdue') =>
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        const counted = await figures();
        if (counted) this.set(counted[figure]);
      },
    });
  gauge(
    'pakn_reporting_reports_due',
    'Reports owed, not yet submitted, due today or later (every agency and regime)',
    'due',
  );
  gauge(
    'pakn_reporting_reports_overdue',
    'Reports owed, not submitted, past their due date: what overdueReports lists (every agency and regime)',
    'overdue',
  );
}
