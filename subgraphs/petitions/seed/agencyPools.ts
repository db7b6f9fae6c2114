import {
  activeOn,
  GOVERNMENT_OFFICE_ID,
  type ReferenceAgency,
  referenceAgencies,
} from '../../../fixtures/agencies/referenceAgencies.ts';
import { hashString, type Rng, weightedSampler } from './random.ts';

/**
 * Which agencies handle the synthetic petitions. The seed reads the shared reference fixture
 * (fixtures/agencies), as the agencies subgraph's seed does: agency ids and validity stay consistent.
 */

/** Rough population in millions per pre-2025 province code (2023 estimates): petitions follow people. */
const POPULATION: Record<string, number> = {
  '01': 8.6,
  '02': 0.9,
  '04': 0.55,
  '06': 0.33,
  '08': 0.8,
  '10': 0.77,
  '11': 0.64,
  '12': 0.48,
  '14': 1.3,
  '15': 0.85,
  '17': 0.88,
  '19': 1.33,
  '20': 0.8,
  '22': 1.36,
  '24': 1.9,
  '25': 1.5,
  '26': 1.2,
  '27': 1.5,
  '30': 1.95,
  '31': 2.1,
  '33': 1.3,
  '34': 1.88,
  '35': 0.88,
  '36': 1.88,
  '37': 1.0,
  '38': 3.7,
  '40': 3.4,
  '42': 1.3,
  '44': 0.9,
  '45': 0.65,
  '46': 1.16,
  '48': 1.22,
  '49': 1.5,
  '51': 1.25,
  '52': 1.5,
  '54': 0.88,
  '56': 1.25,
  '58': 0.6,
  '60': 1.25,
  '62': 0.58,
  '64': 1.6,
  '66': 1.9,
  '67': 0.67,
  '68': 1.33,
  '70': 1.03,
  '72': 1.19,
  '74': 2.7,
  '75': 3.3,
  '77': 1.2,
  '79': 9.4,
  '80': 1.7,
  '82': 1.8,
  '83': 1.3,
  '84': 1.0,
  '86': 1.0,
  '87': 1.6,
  '89': 1.9,
  '91': 1.75,
  '92': 1.25,
  '93': 0.73,
  '94': 1.2,
  '95': 0.92,
  '96': 1.2,
};

/** Relative petition volume of central agencies by code (pre-2025 codes; a merged ministry sums its predecessors). */
const CENTRAL_WEIGHT: Record<string, number> = {
  BTC: 3,
  BKHDT: 1,
  BNV: 1,
  BLDTBXH: 2.5,
  BTNMT: 2,
  BNNPTNT: 1,
  BYT: 2,
  BCA: 2,
  BTP: 1.5,
  BXD: 1.5,
  BGTVT: 1.5,
  BGDDT: 1.5,
  BTTTT: 0.8,
  BKHCN: 0.6,
  BCT: 1,
  BVHTTDL: 0.6,
  NHNN: 0.8,
  BQP: 0.3,
  BNG: 0.4,
  UBDT: 0.3,
  TTCP: 0.5,
  VPCP: 0.8,
};

/** Share of a province's petitions per handler: the People's Committee itself or one of its departments. */
const PROVINCE_SPLIT: Record<string, number> = {
  '': 0.3,
  vp: 0.12,
  stp: 0.18,
  stc: 0.14,
  syt: 0.14,
  sgddt: 0.12,
};
const MINISTRY_SPLIT: Record<string, number> = { '': 0.6, vp: 0.15, vpc: 0.25 };
/** Provinces handle most petitions; ministries and their units some. */
const CENTRAL_SHARE = 0.16;

export interface PickedAgency {
  agency: ReferenceAgency;
  /** The province or ministry the handler belongs to (itself when it is one). */
  top: ReferenceAgency;
}

const all = referenceAgencies();
const byId = new Map(all.map((agency) => [agency.id, agency]));

/** A top agency's weight: its own, or for one formed in 2025 the sum of its predecessors'. */
const weights = new Map<string, number>();
function topWeight(agency: ReferenceAgency): number {
  const known = weights.get(agency.id);
  if (known !== undefined) return known;
  const weight = computeTopWeight(agency);
  weights.set(agency.id, weight);
  return weight;
}

function computeTopWeight(agency: ReferenceAgency): number {
  const own = agency.kind === 'PROVINCE' ? POPULATION[agency.code] : CENTRAL_WEIGHT[agency.code];
  const predecessors = all.filter((other) => other.successorId === agency.id);
  if (predecessors.length) return predecessors.reduce((sum, p) => sum + topWeight(p), 0);
  // Volume grows faster than population in the big cities (more online filing, more procedures).
  return agency.kind === 'PROVINCE' ? (own ?? 1) ** 1.3 : (own ?? 0.5);
}

function buildPool(active: ReferenceAgency[], day: string): (rng: Rng) => PickedAgency {
  const provinces = active.filter((a) => a.kind === 'PROVINCE');
  const central = active.filter((a) => a.kind === 'MINISTRY' || a.kind === 'MINISTERIAL_AGENCY');
  const entries: [PickedAgency, number][] = [];
  const add = (tops: ReferenceAgency[], share: number, split: Record<string, number>) => {
    const total = tops.reduce((sum, top) => sum + topWeight(top), 0);
    for (const top of tops) {
      const weight = (share * topWeight(top)) / total;
      for (const [suffix, part] of Object.entries(split)) {
        const agency = suffix ? byId.get(`${top.id}.${suffix}`) : top;
        if (agency && activeOn(agency, day)) entries.push([{ agency, top }, weight * part]);
      }
    }
  };
  add(provinces, 1 - CENTRAL_SHARE, PROVINCE_SPLIT);
  add(central, CENTRAL_SHARE, MINISTRY_SPLIT);
  return weightedSampler(entries);
}

/** Pools by the set of agencies active: the directory only changes on the reorganization days. */
const poolsByActiveSet = new Map<string, (rng: Rng) => PickedAgency>();
const poolsByDay = new Map<string, (rng: Rng) => PickedAgency>();

/** A handling agency active on the day, with the realistic skew (Hà Nội and Hồ Chí Minh largest). */
export function pickHandlingAgency(rng: Rng, day: string): PickedAgency {
  let pool = poolsByDay.get(day);
  if (!pool) {
    const active = all.filter((agency) => activeOn(agency, day));
    const key = active.map((agency) => agency.id).join(',');
    pool = poolsByActiveSet.get(key) ?? buildPool(active, day);
    poolsByActiveSet.set(key, pool);
    poolsByDay.set(day, pool);
  }
  return pool(rng);
}

export const governmentOffice = (): ReferenceAgency => {
  const office = byId.get(GOVERNMENT_OFFICE_ID);
  if (!office) throw new Error('the Government Office is missing from the reference agencies');
  return office;
};

/** Fixed per agency, so scorecards differ between agencies: the share of answers that come late. */
export function lateShare(agencyId: string): number {
  return 0.03 + ((hashString(agencyId) % 1000) / 1000) * 0.2;
}

/** Fixed per agency: the share of petitions left unanswered. */
export function stuckShare(agencyId: string): number {
  return 0.01 + ((hashString(`${agencyId}/stuck`) % 1000) / 1000) * 0.04;
}

const ancestorMemo = new Map<string, string[]>();
/** The agencies above one, nearest first, as the agencies subgraph's Agency.ancestors gives them. */
export function ancestorsOf(agencyId: string): string[] {
  let result = ancestorMemo.get(agencyId);
  if (!result) {
    result = [];
    for (let parent = byId.get(agencyId)?.parentId; parent; parent = byId.get(parent)?.parentId ?? null) {
      result.push(parent);
    }
    ancestorMemo.set(agencyId, result);
  }
  return result;
}
