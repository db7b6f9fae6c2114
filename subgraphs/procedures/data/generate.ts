import { referenceAgencies } from '../../../fixtures/agencies/referenceAgencies.ts';
import { type CuratedProcedure, FIELDS, type FieldSpec } from './fields.ts';
import { LEGAL_DOCUMENTS } from './legalDocuments.ts';

export type Level = 'CENTRAL' | 'PROVINCIAL' | 'COMMUNAL' | 'DISTRICT';
export type Role = 'COMPETENT' | 'IMPLEMENTING' | 'AUTHORIZED' | 'COORDINATING';
export type Channel = 'ONLINE' | 'POST' | 'IN_PERSON';

export interface GeneratedProcedure {
  code: string;
  name: string;
  fieldCode: string;
  levels: Level[];
  kind: 'STANDARD' | 'INTERCONNECTED' | 'INTERNAL';
  subjects: string[];
  keywords: string[];
  status: 'IN_EFFECT' | 'AMENDED' | 'ABOLISHED';
  effectiveFrom: string;
  effectiveTo: string | null;
  sample: boolean;
  /** The ministry that manages the record (the only one whose officers may amend it), as of today. */
  managingAgencyId: string;
  agencies: { role: Role; agencyId: string | null; agencyName: string }[];
  channels: { channel: Channel; processingDays: number; fee: number }[];
  /** Numbers of documents in LEGAL_DOCUMENTS, in citation order. */
  legalBases: string[];
}

/** The default seed: every named procedure of fields.ts, then generated ones up to this total. */
export const DEFAULT_PROCEDURE_COUNT = 340;
export const DEFAULT_SEED = 20250701;
/** Nationwide about 6,400 procedures (2023): the scale the benchmark generates. */
export const NATIONAL_SCALE = 6500;

/** mulberry32: a small seeded PRNG, so the same seed always yields the same catalog. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTER_LEVEL: Record<string, Level> = { C: 'CENTRAL', P: 'PROVINCIAL', X: 'COMMUNAL', H: 'DISTRICT' };
const DISTRICT_END = '2025-06-30';
const LAW_DATE = new Map(LEGAL_DOCUMENTS.map((doc) => [doc.number, doc.date]));
/** Widen the catalog past the templates once their first pass is used up (national scale). */
const SCOPES = [
  '',
  ' thực hiện tại Trung tâm Phục vụ hành chính công',
  ' theo thủ tục rút gọn',
  ' thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh',
  ' thuộc thẩm quyền của bộ, cơ quan ngang bộ',
  ' trong trường hợp bị mất, hư hỏng',
  ' đối với trường hợp đặc biệt',
];

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)];

/** Names in `d.dddddd` form that are not among the real codes the catalog uses. */
function codeMaker(random: () => number, reserved: Set<string>) {
  const used = new Set(reserved);
  return () => {
    for (;;) {
      const head = pick(['1', '1', '2', '2', '3'], random);
      const code = `${head}.${String(Math.floor(random() * 1_000_000)).padStart(6, '0')}`;
      if (!used.has(code)) {
        used.add(code);
        return code;
      }
    }
  };
}

const ministryNames = new Map(referenceAgencies().map((agency) => [agency.id, agency.name]));
const successors = new Map(referenceAgencies().map((agency) => [agency.id, agency.successorId]));

/** A ministry dissolved in the 2025 reorganisation hands its records to its successor. */
export function currentMinistry(ministryId: string): string {
  let id = ministryId;
  for (let next = successors.get(id); next; next = successors.get(id)) id = next;
  return id;
}

function agenciesFor(
  field: FieldSpec,
  levels: Level[],
  ministryId: string,
  coordinating: string[],
  random: () => number,
): GeneratedProcedure['agencies'] {
  const ministryName = ministryNames.get(ministryId);
  if (!ministryName) throw new Error(`unknown ministry ${ministryId} in field ${field.code}`);
  const list: GeneratedProcedure['agencies'] = [];
  const add = (role: Role, agencyName: string, agencyId: string | null = null) => {
    if (!list.some((a) => a.role === role && a.agencyName === agencyName))
      list.push({ role, agencyId, agencyName });
  };
  const central = levels.includes('CENTRAL');
  const provincial = levels.includes('PROVINCIAL');
  for (const level of levels) {
    if (level === 'CENTRAL') {
      // The one link to a single agency: the ministry answers for its central procedures.
      add('COMPETENT', ministryName, ministryId);
      add('IMPLEMENTING', field.bodies.C);
    } else if (level === 'PROVINCIAL') {
      if (!central) add('COMPETENT', 'Ủy ban nhân dân cấp tỉnh');
      add('IMPLEMENTING', field.bodies.P);
      if (field.authorized && random() < 0.5) add('AUTHORIZED', field.authorized);
    } else {
      const body = level === 'COMMUNAL' ? field.bodies.X : field.bodies.H;
      if (!central && !provincial) add('COMPETENT', body);
      add('IMPLEMENTING', body);
    }
  }
  for (const name of coordinating) add('COORDINATING', name);
  return list;
}

function channelsFor(days: number, fee: number, random: () => number): GeneratedProcedure['channels'] {
  const channels: GeneratedProcedure['channels'] = [];
  if (random() < 0.85) {
    // Many provinces halve fees for online filing.
    const onlineFee = fee >= 20000 && random() < 0.5 ? Math.round(fee / 2000) * 1000 : fee;
    channels.push({ channel: 'ONLINE', processingDays: days, fee: onlineFee });
  }
  if (days > 0 && random() < 0.7) channels.push({ channel: 'POST', processingDays: days, fee });
  channels.push({ channel: 'IN_PERSON', processingDays: days, fee });
  return channels;
}

interface Draft extends CuratedProcedure {
  field: FieldSpec;
  sample: boolean;
}

/** Synthetic drafts for one field: verb × object × qualifier, then the same widened by scope. */
function syntheticNames(field: FieldSpec, random: () => number): string[] {
  const base = field.synthetic.flatMap((t) =>
    t.verbs.flatMap((verb) =>
      t.objects.flatMap((object) => field.qualifiers.map((q) => `${verb} ${object}${q}`)),
    ),
  );
  const names = SCOPES.flatMap((scope) => shuffled(base, random).map((name) => `${name}${scope}`));
  return names;
}

function finish(draft: Draft, code: string, random: () => number): GeneratedProcedure {
  const { field } = draft;
  const levels = [...new Set([...draft.levels].map((letter) => LETTER_LEVEL[letter]))];
  const status = draft.status ?? 'IN_EFFECT';
  const laws = draft.laws ?? field.laws;
  const latestLaw = laws
    .map((n) => LAW_DATE.get(n) ?? '2015-01-01')
    .sort()
    .at(-1) as string;
  let effectiveTo = draft.effectiveTo ?? null;
  let effectiveFrom = draft.effectiveFrom ?? addDays(latestLaw, 30 + Math.floor(random() * 150));
  if (status === 'ABOLISHED') {
    effectiveTo ??= addDays(effectiveFrom, 365 + Math.floor(random() * 900));
    if (effectiveTo > DISTRICT_END) effectiveTo = DISTRICT_END;
    if (effectiveFrom > effectiveTo)
      effectiveFrom = addDays(effectiveTo, -(730 + Math.floor(random() * 1500)));
  }
  const days = draft.days ?? Math.max(0, field.days + Math.floor(random() * 5) - 2);
  const fee = draft.fee ?? Math.round((field.fee * pick([0.5, 1, 1, 1, 2], random)) / 1000) * 1000;
  const keywords = [...new Set([...(draft.keywords ?? []), ...field.keywords])];
  return {
    code,
    name: draft.name,
    fieldCode: field.code,
    levels,
    kind: draft.kind ?? 'STANDARD',
    subjects: draft.subjects ?? field.subjects,
    keywords,
    status,
    effectiveFrom,
    effectiveTo,
    sample: draft.sample,
    managingAgencyId: currentMinistry(draft.ministryId ?? field.ministryId),
    agencies: agenciesFor(
      field,
      levels,
      draft.ministryId ?? field.ministryId,
      draft.coordinating ?? [],
      random,
    ),
    channels: channelsFor(days, fee, random),
    legalBases: laws,
  };
}

/** A generated draft's level, kind and status, drawn like the real catalog's mix. */
function syntheticDraft(field: FieldSpec, name: string, random: () => number): Draft {
  const r = random();
  const historical = r < 0.02;
  const kindRoll = random();
  const statusRoll = random();
  return {
    field,
    name,
    sample: true,
    levels: historical ? 'H' : pick(field.syntheticLevels, random),
    kind: kindRoll < 0.06 ? 'INTERCONNECTED' : kindRoll < 0.09 ? 'INTERNAL' : 'STANDARD',
    status: historical || statusRoll < 0.03 ? 'ABOLISHED' : statusRoll < 0.15 ? 'AMENDED' : 'IN_EFFECT',
    effectiveTo: historical ? DISTRICT_END : undefined,
    keywords: [name.split(' ').slice(1, 5).join(' ').toLowerCase()],
  };
}

/**
 * A deterministic catalog of `count` procedures: the named ones of fields.ts first (real codes where
 * known, generated `d.dddddd` codes marked sample elsewhere), then generated ones taken from the fields
 * in turn. A smaller count yields a prefix of a larger one with the same seed.
 */
export function generateProcedures(
  count: number = DEFAULT_PROCEDURE_COUNT,
  seed = DEFAULT_SEED,
): GeneratedProcedure[] {
  // Separate streams: the name shuffles never depend on how many procedures are asked for.
  const namesRandom = mulberry32(seed ^ 0x5eed);
  const random = mulberry32(seed);
  const reserved = new Set(FIELDS.flatMap((f) => f.curated.flatMap((c) => (c.code ? [c.code] : []))));
  const nextCode = codeMaker(random, reserved);
  const result: GeneratedProcedure[] = [];
  const names = new Set<string>();

  for (const field of FIELDS) {
    for (const curated of field.curated) {
      if (result.length >= count) return result;
      names.add(curated.name);
      const draft: Draft = { ...curated, field, sample: !curated.code };
      result.push(finish(draft, curated.code ?? nextCode(), random));
    }
  }

  const queues = FIELDS.map((field) => ({ field, names: syntheticNames(field, namesRandom), next: 0 }));
  let round = 0;
  while (result.length < count) {
    let added = false;
    for (const queue of queues) {
      if (result.length >= count) break;
      while (queue.next < queue.names.length && names.has(queue.names[queue.next])) queue.next += 1;
      if (queue.next >= queue.names.length) continue;
      const name = queue.names[queue.next];
      queue.next += 1;
      names.add(name);
      result.push(finish(syntheticDraft(queue.field, name, random), nextCode(), random));
      added = true;
    }
    if (!added) {
      // Templates exhausted (beyond national scale): number the repeats rather than loop forever.
      round += 1;
      for (const queue of queues) {
        queue.names = queue.names.map((name) => `${name} (đợt ${round + 1})`);
        queue.next = 0;
      }
    }
  }
  return result;
}
