import { type ReferenceAgency, referenceAgencies } from './referenceAgencies.ts';

/** One name an agency bore over a period: the rows of agency_names. */
export interface ReferenceAgencyName {
  agencyId: string;
  name: string;
  shortName: string;
  /** Null: borne before the hub's records begin. */
  validFrom: string | null;
  /** Null: still borne. */
  validTo: string | null;
}

const dayAfter = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** An agency's names, oldest first: the periods cover its existence exactly, one after another. */
export function namePeriods(agency: ReferenceAgency): ReferenceAgencyName[] {
  const periods: ReferenceAgencyName[] = [];
  let from = agency.validFrom;
  for (const former of agency.formerNames) {
    periods.push({
      agencyId: agency.id,
      name: former.name,
      shortName: former.shortName,
      validFrom: from,
      validTo: former.validTo,
    });
    from = dayAfter(former.validTo);
  }
  periods.push({
    agencyId: agency.id,
    name: agency.name,
    shortName: agency.shortName,
    validFrom: from,
    validTo: agency.validTo,
  });
  return periods;
}

/** Every name every reference agency bore. */
export function referenceAgencyNames(agencies = referenceAgencies()): ReferenceAgencyName[] {
  return agencies.flatMap(namePeriods);
}
