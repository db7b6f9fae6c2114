import { Counter, Gauge, type Registry } from 'prom-client';
import { agencyDirectory } from '../../kit/agencyDirectory.ts';
import { todayInVietnam } from '../../kit/dates.ts';
import type { Database } from '../../kit/db.ts';
import { figuresTtlMs, keptFigure } from '../../kit/metrics.ts';
import { clock } from './clock.ts';
import { pendingCountChanges, totalsByAgency } from './petitionCounts.ts';

interface PetitionFigures {
  received: number;
  /** Changes to the petition counts not merged yet. */
  pendingCountChanges: number;
  /** By the handling agency's kind; every kind in the directory, zeros included. */
  overdueByKind: Map<string, number>;
}

/** Handling agencies the directory does not know (a record older than it, say). */
const UNKNOWN_KIND = 'UNKNOWN';

/**
 * Every petition received, and those overdue as Petition.overdue and the `overdue` filter define it
 * (petitionStore.ts OVERDUE: published late, or unpublished, not rejected and past due) by the kind of the
 * agency handling them, the kind read from the agency directory (kit/agencyDirectory.ts, kept a few minutes).
 * From the petition counts (petitionCounts.ts): a few rows per agency and month, whatever the history.
 */
async function countPetitions(db: Database): Promise<PetitionFigures> {
  const today = todayInVietnam(clock.now());
  const [rows, directory, pending] = await Promise.all([
    totalsByAgency(db, today),
    agencyDirectory(),
    pendingCountChanges(db),
  ]);
  const kindOf = new Map(directory.map((agency) => [agency.id, agency.kind]));
  const overdueByKind = new Map(directory.map((agency) => [agency.kind, 0]));
  let received = 0;
  for (const row of rows) {
    received += Number(row.received);
    const overdue = Number(row.overdue);
    if (overdue === 0) continue;
    const kind = kindOf.get(row.agency_id) ?? UNKNOWN_KIND;
    overdueByKind.set(kind, (overdueByKind.get(kind) ?? 0) + overdue);
  }
  return { received, overdueByKind, pendingCountChanges: pending };
}

/** The petitions subgraph's own gauges (SubgraphDefinition.metrics), counted when scraped. */
export function petitionMetrics(registry: Registry, db: Database): void {
  const figures = keptFigure('petitions', 'petitions', figuresTtlMs(), () => countPetitions(db));
  new Counter({
    name: 'pakn_petitions_received_total',
    help: 'Petitions received by the hub, all channels, since its records began (counted in the database)',
    registers: [registry],
    async collect() {
      const counted = await figures();
      if (!counted) return;
      this.reset();
      this.inc(counted.received);
    },
  });
  new Gauge({
    name: 'pakn_petitions_overdue',
    help: 'Petitions overdue (Petition.overdue: published late, or unpublished, not rejected and past due) by the handling agency’s kind',
    labelNames: ['agency_kind'],
    registers: [registry],
    async collect() {
      const counted = await figures();
      if (!counted) return;
      this.reset();
      for (const [kind, overdue] of counted.overdueByKind) this.set({ agency_kind: kind }, overdue);
    },
  });
  new Gauge({
    name: 'pakn_petition_count_changes_pending',
    help: 'Changes to the petition counts waiting for the merge (every second); readers add them, so this is lag, not error',
    registers: [registry],
    async collect() {
      const counted = await figures();
      if (counted) this.set(counted.pendingCountChanges);
    },
  });
}
