import { PROVINCE_RENAMES } from './renames.ts';
import {
  CENTRAL_BEFORE,
  CENTRAL_FORMED,
  MINISTRIES_MERGED_ON,
  MINISTRY_UNITS,
  PROVINCES_AFTER,
  PROVINCES_BEFORE,
  PROVINCES_MERGED_ON,
  PROVINCIAL_UNITS,
} from './reorganization2025.ts';

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

/** A name an agency bore before its current one, without a merger (renames.ts). */
export interface FormerName {
  name: string;
  shortName: string;
  /** Last day under this name. */
  validTo: string;
}

export interface ReferenceAgency {
  id: string;
  code: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  parentId: string | null;
  /** Null: existed before the hub's records begin. */
  validFrom: string | null;
  /** Null: still in existence. */
  validTo: string | null;
  successorId: string | null;
  /** Names borne before `name`, oldest first; empty unless the agency was renamed. `name` is its latest. */
  formerNames: FormerName[];
}

export const GOVERNMENT_ID = 'cp';
/** The Government Office: receives petitions that name no agency, and is the central office. */
export const GOVERNMENT_OFFICE_ID = 'bo-vpcp';

const dayBefore = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Ids are stable and never reused: a unit formed by a reorganization gets the year as a suffix, while a
 * unit no merger touched keeps its id on both sides (Hà Nội is `tinh-01` throughout).
 */
export const centralId = (code: string, formed = false) => `bo-${code.toLowerCase()}${formed ? '-2025' : ''}`;
export const provinceId = (code: string, formed = false) => `tinh-${code}${formed ? '-2025' : ''}`;

type Unit = (typeof PROVINCIAL_UNITS)[number];

/** A unit's names follow its parent's: "Sở Tư pháp tỉnh Kiên Giang" (inside a name, tỉnh and thành phố are lower case). */
function unitName(unit: Unit, parentKind: AgencyKind, parentName: string): string {
  const place =
    parentKind === 'PROVINCE' ? parentName.replace(/^(Tỉnh|Thành phố)/, (w) => w.toLowerCase()) : parentName;
  return `${unit.name} ${place}`;
}

function unitsOf(parent: ReferenceAgency, units: Unit[], kind: AgencyKind): ReferenceAgency[] {
  return units.map((unit) => ({
    id: `${parent.id}.${unit.suffix.toLowerCase()}`,
    code: `${parent.code}.${unit.suffix}`,
    name: unitName(unit, parent.kind, parent.name),
    shortName: `${unit.name} ${parent.shortName}`,
    kind,
    parentId: parent.id,
    validFrom: parent.validFrom,
    validTo: parent.validTo,
    successorId: parent.successorId ? `${parent.successorId}.${unit.suffix.toLowerCase()}` : null,
    formerNames: parent.formerNames.map((former) => ({
      name: unitName(unit, parent.kind, former.name),
      shortName: `${unit.name} ${former.shortName}`,
      validTo: former.validTo,
    })),
  }));
}

function buildCentral(): ReferenceAgency[] {
  const formedFrom = new Map<string, string>();
  for (const formed of CENTRAL_FORMED) for (const code of formed.from) formedFrom.set(code, formed.code);
  const endOfOld = dayBefore(MINISTRIES_MERGED_ON);
  const before = CENTRAL_BEFORE.map((fact): ReferenceAgency => {
    const successorCode = formedFrom.get(fact.code);
    return {
      id: centralId(fact.code),
      code: fact.code,
      name: fact.name,
      shortName: fact.shortName,
      kind: fact.kind,
      parentId: GOVERNMENT_ID,
      validFrom: null,
      validTo: successorCode ? endOfOld : null,
      successorId: successorCode ? centralId(successorCode, true) : null,
      formerNames: [],
    };
  });
  const formed = CENTRAL_FORMED.map(
    (fact): ReferenceAgency => ({
      id: centralId(fact.code, true),
      code: fact.code,
      name: fact.name,
      shortName: fact.shortName,
      kind: fact.kind,
      parentId: GOVERNMENT_ID,
      validFrom: MINISTRIES_MERGED_ON,
      validTo: null,
      successorId: null,
      formerNames: [],
    }),
  );
  return [...before, ...formed];
}

function buildProvinces(): ReferenceAgency[] {
  const unchanged = new Set(
    PROVINCES_AFTER.filter((p) => p.from.length === 1 && p.from[0] === p.code).map((p) => p.code),
  );
  const formedFrom = new Map<string, string>();
  for (const formed of PROVINCES_AFTER) for (const code of formed.from) formedFrom.set(code, formed.code);
  const endOfOld = dayBefore(PROVINCES_MERGED_ON);
  const fullName = (shortName: string, city: boolean) => `${city ? 'Thành phố' : 'Tỉnh'} ${shortName}`;
  const formerNamesOf = (code: string): FormerName[] =>
    PROVINCE_RENAMES.filter((rename) => rename.code === code).map((rename) => ({
      name: fullName(rename.formerShortName, rename.formerCity),
      shortName: rename.formerShortName,
      validTo: dayBefore(rename.on),
    }));

  const before = PROVINCES_BEFORE.map((fact): ReferenceAgency => {
    const kept = unchanged.has(fact.code);
    const successorCode = formedFrom.get(fact.code);
    if (!successorCode) throw new Error(`province ${fact.code} has no successor in the 2025 table`);
    return {
      id: provinceId(fact.code),
      code: fact.code,
      name: fullName(fact.shortName, fact.city),
      shortName: fact.shortName,
      kind: 'PROVINCE',
      parentId: GOVERNMENT_ID,
      validFrom: null,
      validTo: kept ? null : endOfOld,
      successorId: kept ? null : provinceId(successorCode, true),
      formerNames: formerNamesOf(fact.code),
    };
  });
  const formed = PROVINCES_AFTER.filter((fact) => !unchanged.has(fact.code)).map(
    (fact): ReferenceAgency => ({
      id: provinceId(fact.code, true),
      code: fact.code,
      name: fullName(fact.shortName, fact.city),
      shortName: fact.shortName,
      kind: 'PROVINCE',
      parentId: GOVERNMENT_ID,
      validFrom: PROVINCES_MERGED_ON,
      validTo: null,
      successorId: null,
      formerNames: [],
    }),
  );
  return [...before, ...formed];
}

/** Every agency the hub knows, parents before children. */
export function referenceAgencies(): ReferenceAgency[] {
  const government: ReferenceAgency = {
    id: GOVERNMENT_ID,
    code: 'CP',
    name: 'Chính phủ',
    shortName: 'Chính phủ',
    kind: 'GOVERNMENT',
    parentId: null,
    validFrom: null,
    validTo: null,
    successorId: null,
    formerNames: [],
  };
  const central = buildCentral();
  const provinces = buildProvinces();
  const ministryUnits = central
    .filter((a) => a.kind === 'MINISTRY')
    .flatMap((a) => unitsOf(a, MINISTRY_UNITS, 'MINISTRY_DEPARTMENT'));
  const provincialUnits = provinces.flatMap((a) => unitsOf(a, PROVINCIAL_UNITS, 'PROVINCIAL_DEPARTMENT'));
  return [government, ...central, ...provinces, ...ministryUnits, ...provincialUnits];
}

/** Whether an agency exists on a day. */
export function activeOn(agency: Pick<ReferenceAgency, 'validFrom' | 'validTo'>, day: string): boolean {
  return (
    (agency.validFrom === null || agency.validFrom <= day) &&
    (agency.validTo === null || agency.validTo >= day)
  );
}
