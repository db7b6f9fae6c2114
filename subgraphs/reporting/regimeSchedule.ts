import {
  type Frequency,
  type Period,
  periodByLabel,
  periodsOfYear,
  type ScheduledPeriod,
  schedule,
} from './periods.ts';

/**
 * A regime over time: what it owes for a period follows the version in force on the period's data cut-off
 * start, so a change from a day never reaches a period that opened before it. Pure functions.
 */
export interface ScheduleVersion {
  effectiveFrom: string;
  frequency: Frequency;
  deadline: number;
}

export interface VersionedRegime<V extends ScheduleVersion = ScheduleVersion> {
  effectiveFrom: string;
  effectiveTo?: string | null;
  /** Oldest first; the first one also governs periods that opened before the regime took effect. */
  versions: readonly V[];
}

export interface VersionedPeriod<V extends ScheduleVersion = ScheduleVersion> extends ScheduledPeriod {
  version: V;
}

/** Whether the version at `index` governs a period opening on `cutOffStart`. */
function governs(versions: readonly ScheduleVersion[], index: number, cutOffStart: string): boolean {
  const next = versions[index + 1]?.effectiveFrom;
  return (index === 0 || cutOffStart >= versions[index].effectiveFrom) && (!next || cutOffStart < next);
}

/** The version in force for a period whose cut-off opens on `day`. */
export function versionOn<V extends ScheduleVersion>(versions: readonly V[], day: string): V {
  let found = versions[0];
  for (const version of versions) if (version.effectiveFrom <= day) found = version;
  return found;
}

/**
 * The periods whose cut-off ends in [from, to] while the regime is in force (its effectiveFrom to
 * effectiveTo, as obligations have always been planned), each under the version in force on its cut-off
 * start, in order of cut-off end.
 */
export function versionedSchedule<V extends ScheduleVersion>(
  regime: VersionedRegime<V>,
  from: string,
  to: string,
): VersionedPeriod<V>[] {
  const start = from > regime.effectiveFrom ? from : regime.effectiveFrom;
  const end = regime.effectiveTo && regime.effectiveTo < to ? regime.effectiveTo : to;
  if (start > end) return [];
  const periods = regime.versions.flatMap((version, index) =>
    schedule(version.frequency, version.deadline, start, end)
      .filter((period) => governs(regime.versions, index, period.cutOffStart))
      .map((period) => ({ ...period, version })),
  );
  return periods.sort((a, b) => a.cutOffEnd.localeCompare(b.cutOffEnd) || a.label.localeCompare(b.label));
}

/** The period a regime calls `label` with the version governing it, or null when it owes no such period. */
export function versionedPeriod<V extends ScheduleVersion>(
  regime: VersionedRegime<V>,
  label: string,
): { period: Period; version: V } | null {
  for (const [index, version] of regime.versions.entries()) {
    const period = periodByLabel(version.frequency, label);
    if (!period || !governs(regime.versions, index, period.cutOffStart)) continue;
    if (period.cutOffEnd < regime.effectiveFrom) continue;
    if (regime.effectiveTo && period.cutOffEnd > regime.effectiveTo) continue;
    return { period, version };
  }
  return null;
}

const PERIODIC: Frequency[] = ['MONTHLY', 'QUARTERLY', 'SEMIANNUAL', 'NINE_MONTHS', 'ANNUAL'];

/** A period by its label alone (labels differ between frequencies), for obligations of an earlier version. */
export function periodOfLabel(label: string): Period | null {
  for (const frequency of PERIODIC) {
    const period = periodByLabel(frequency, label);
    if (period) return period;
  }
  return null;
}

/**
 * Whether a cut-off window of `frequency` opens on `day`. A change of frequency takes effect on a day where
 * windows of both the old and the new frequency open, so that no data falls between two reports or in two.
 */
export function opensWindow(frequency: Frequency, day: string): boolean {
  if (frequency === 'THEMATIC' || frequency === 'AD_HOC') return true;
  const year = Number(day.slice(0, 4));
  return [year, year + 1].some((y) =>
    periodsOfYear(frequency, y).some((period) => period.cutOffStart === day),
  );
}
