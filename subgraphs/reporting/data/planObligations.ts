import { type DirectoryAgency, existsOn } from '../../../kit/agencyDirectory.ts';
import type { Frequency } from '../periods.ts';
import { type ScheduleVersion, versionedSchedule } from '../regimeSchedule.ts';

/** The kinds of agency a regime names as reporting subjects: this schema's AgencyKind, as the agencies schema's. */
export type AgencyKind =
  | 'GOVERNMENT'
  | 'MINISTRY'
  | 'MINISTERIAL_AGENCY'
  | 'GOVERNMENT_AGENCY'
  | 'PROVINCE'
  | 'PROVINCIAL_DEPARTMENT'
  | 'MINISTRY_DEPARTMENT'
  | 'DISTRICT'
  | 'COMMUNE';

/** What planning needs of an agency: the agencies subgraph's directory (planner) and the reference fixture (seed) alike. */
export type PlanningAgency = Pick<DirectoryAgency, 'id' | 'kind' | 'validFrom' | 'validTo'>;

/** What planning needs of a regime: the sample regimes (seed) and rows of reporting_regimes (planner) alike. */
export interface PlanningRegime {
  code: string;
  frequency: Frequency;
  subjects: readonly AgencyKind[];
  /** Only units with this id suffix report, for unit-level subjects. */
  unitSuffix?: string | null;
  /** Agencies that report whatever their kind. */
  subjectAgencies?: readonly string[] | null;
  receiver: string;
  /** Sending deadline in working days after the cut-off end. */
  deadline: number;
  effectiveFrom: string;
  effectiveTo?: string | null;
  /** The regime's versions, oldest first (stored regimes); without them, one version of the fields above. */
  versions?: readonly ScheduleVersion[];
}

export interface PlannedObligation {
  regimeCode: string;
  agencyId: string;
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
}

/** The first day the hub holds obligations for. */
export const HISTORY_START = '2024-01-01';

function reportsUnder(regime: PlanningRegime, agency: PlanningAgency): boolean {
  if (agency.id === regime.receiver) return false;
  // Named agencies report whatever their kind; the others by kind (and unit, for unit-level subjects).
  if (regime.subjectAgencies?.includes(agency.id)) return true;
  if (!(regime.subjects as readonly string[]).includes(agency.kind)) return false;
  if (regime.unitSuffix && !agency.id.endsWith(`.${regime.unitSuffix}`)) return false;
  // A ministry does not report to itself under its own regime.
  return agency.id !== regime.receiver;
}

/**
 * Every obligation of every periodic regime whose period's cut-off ended in [HISTORY_START, until] while the
 * regime was in force, each period under the version in force on its cut-off start. An agency owes a period when it exists on the cut-off end: a province dissolved on
 * 2025-06-30 owes the period ending 2025-06-14 (even when its due date falls after 1 July), not the next
 * one; its successor, formed on 2025-07-01, owes from the period ending 2025-07-14.
 */
export function planObligations(
  regimes: readonly PlanningRegime[],
  agencies: readonly PlanningAgency[],
  until: string,
): PlannedObligation[] {
  const planned: PlannedObligation[] = [];
  for (const regime of regimes) {
    const versions = regime.versions?.length
      ? regime.versions
      : [{ effectiveFrom: regime.effectiveFrom, frequency: regime.frequency, deadline: regime.deadline }];
    const periods = versionedSchedule({ ...regime, versions }, HISTORY_START, until);
    if (periods.length === 0) continue;
    const subjects = agencies.filter((agency) => reportsUnder(regime, agency));
    for (const period of periods) {
      for (const agency of subjects) {
        if (!existsOn(agency, period.cutOffEnd)) continue;
        planned.push({
          regimeCode: regime.code,
          agencyId: agency.id,
          periodLabel: period.label,
          periodStart: period.cutOffStart,
          periodEnd: period.cutOffEnd,
          dueDate: period.dueDate,
        });
      }
    }
  }
  return planned;
}

/** A planned obligation as a reporting_obligations row (the seed adds its explicit id). */
export function obligationRow(obligation: PlannedObligation) {
  return {
    regime_code: obligation.regimeCode,
    agency_id: obligation.agencyId,
    period_label: obligation.periodLabel,
    period_start: obligation.periodStart,
    period_end: obligation.periodEnd,
    due_date: obligation.dueDate,
  };
}
