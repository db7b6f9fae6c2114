import type { Knex } from 'knex';
import {
  type Connection,
  connectionFromRows,
  decodeCursor,
  type Keyset,
  keysetPage,
  keysetPagesByParent,
  type PageArgs,
  pageSize,
} from '../../kit/pagination.ts';
import {
  cachedSearchPage,
  type RankedProcedure,
  searchCacheKey,
  searchCacheSeconds,
  storeSearchPage,
} from './procedureSearchCache.ts';

/** A procedures row as stored (without its generated search column). */
export interface ProcedureRow extends Record<string, unknown> {
  code: string;
  name: string;
  field_code: string;
  levels: string[];
  kind: string;
  subjects: string[];
  keywords: string[];
  status: string;
  effective_from: string | null;
  effective_to: string | null;
  sample: boolean;
  managing_agency_id: string;
  result_name: string;
  result_code: string;
  publication_number: string;
  publication_date: string;
  requirements: string[];
}

export interface FieldRow extends Record<string, unknown> {
  code: string;
  name: string;
}

export interface ProcedureAgencyRow {
  procedure_code: string;
  position: number;
  role: string;
  agency_id: string | null;
  agency_name: string;
}

export interface ChannelRow {
  procedure_code: string;
  channel: string;
  processing_days: number;
  fee_vnd: number;
}

export interface LegalBasisRow {
  procedure_code: string;
  number: string;
  title: string;
  issuer: string;
  issued_on: string;
}

export interface ProcedureFilter {
  search?: string | null;
  fieldCode?: string | null;
  level?: string | null;
  agencyId?: string | null;
  status?: string | null;
  subject?: string | null;
}

/** An agency as the gateway hands it over: its id and (through @requires) its kind. */
export interface AgencyRef {
  id: string;
  kind: string;
}

export const PROCEDURE_CODE_PATTERN = /^\d\.\d{6}$/;

export const PROCEDURE_ORDER: Keyset = {
  name: 'procedures',
  keys: [{ column: 'code', field: 'code', type: 'string' }],
  direction: 'asc',
};

/** Search results: rank descending, then code ascending. The cursor carries the rank (an integer score). */
export const RELEVANCE_ORDER: Keyset = {
  name: 'procedures-relevance',
  keys: [
    { column: 'rank', field: 'rank', type: 'number' },
    { column: 'code', field: 'code', type: 'string' },
  ],
  direction: 'desc',
};

export const FIELD_ORDER: Keyset = {
  name: 'fields',
  keys: [{ column: 'code', field: 'code', type: 'string' }],
  direction: 'asc',
};

const COLUMNS = [
  'code',
  'name',
  'field_code',
  'levels',
  'kind',
  'subjects',
  'keywords',
  'status',
  'effective_from',
  'effective_to',
  'sample',
  'managing_agency_id',
  'result_name',
  'result_code',
  'publication_number',
  'publication_date',
  'requirements',
];
const QUALIFIED = COLUMNS.map((column) => `p.${column}`).join(', ');

/** The procedure level an agency of this kind handles; other kinds only have linked procedures. */
export function levelOfAgencyKind(kind: string): string | null {
  switch (kind) {
    case 'PROVINCE':
      return 'PROVINCIAL';
    case 'COMMUNE':
      return 'COMMUNAL';
    case 'DISTRICT':
      return 'DISTRICT';
    default:
      return null;
  }
}

export async function proceduresByCodes(knex: Knex, codes: readonly string[]): Promise<ProcedureRow[]> {
  return knex('procedures')
    .select(COLUMNS)
    .whereIn('code', codes as string[]);
}

export async function fieldsByCodes(knex: Knex, codes: readonly string[]): Promise<FieldRow[]> {
  return knex('procedure_fields')
    .select('code', 'name')
    .whereIn('code', codes as string[]);
}

export function listFields(knex: Knex, page: PageArgs): Promise<Connection<FieldRow>> {
  return keysetPage<FieldRow>(knex('procedure_fields').select('code', 'name'), FIELD_ORDER, page);
}

/** Filters other than the search, shared by the code-ordered and the relevance-ordered lists. */
function filtered(knex: Knex, filter: ProcedureFilter): Knex.QueryBuilder {
  const query = knex('procedures').select(COLUMNS);
  if (filter.fieldCode) query.where('field_code', filter.fieldCode);
  if (filter.level) query.whereRaw('levels @> array[?]::text[]', [filter.level]);
  if (filter.status) query.where('status', filter.status);
  const subject = filter.subject?.trim();
  if (subject) {
    // A handful of short strings per row: unnest is cheap next to the other filters.
    query.whereRaw(
      `exists (select 1 from unnest(subjects) as s (subject)
               where search_text(s.subject) like '%' || search_text(?) || '%')`,
      [subject.replace(/[\\%_]/g, '\\$&')],
    );
  }
  if (filter.agencyId) {
    query.whereExists(
      knex('procedure_agencies')
        .select(knex.raw('1'))
        .whereRaw('procedure_agencies.procedure_code = procedures.code')
        .where('procedure_agencies.agency_id', filter.agencyId),
    );
  }
  return query;
}

/**
 * Matches served by the trigram index: the normalised words as a substring, or a fuzzy word match
 * (`<%`, word_similarity ≥ 0.6) that survives a typo; an exact code matches too.
 */
function whereMatches(query: Knex.QueryBuilder, search: string): void {
  const pattern = search.replace(/[\\%_]/g, '\\$&');
  query.where((q) =>
    q
      .whereRaw(`search_document like '%' || search_text(?) || '%'`, [pattern])
      .orWhereRaw('search_text(?) <% search_document', [search])
      .orWhere('code', search),
  );
}

/**
 * Relevance as an integer score (exact keyset comparisons, no float drift in cursors): how well the query's
 * words occur in name + keywords, plus how close the whole name is to the query, so that "Đăng ký khai
 * sinh" outranks the longer names that merely contain it.
 */
const RANK_SQL = `round(1000000 * (word_similarity(search_text(?), search_document)
  + similarity(search_text(?), search_text(name))))::integer as rank`;

async function searchPage(
  knex: Knex,
  filter: ProcedureFilter,
  search: string,
  page: PageArgs,
): Promise<Connection<ProcedureRow>> {
  const size = pageSize(page.first);
  const after = page.after ? (decodeCursor(RELEVANCE_ORDER, page.after) as [number, string]) : null;
  const ttl = searchCacheSeconds();
  const key = ttl > 0 ? searchCacheKey(filter, search, size, page) : null;
  const cached = key ? await cachedSearchPage(knex, key, QUALIFIED, ttl) : null;
  if (cached) {
    return connectionFromRows(cached.rows, RELEVANCE_ORDER, page, () => Promise.resolve(cached.matchCount));
  }

  const base = filtered(knex, filter);
  whereMatches(base, search);
  // Ranking sorts every match anyway, so counting them in the same pass costs nothing; a second count
  // statement would evaluate the (costly, typo-tolerant) match condition again. The catalog version is
  // read in the same snapshot as the matches, so the cache stores the page with the version it reflects.
  const ranked = base
    .clone()
    .select(
      knex.raw(RANK_SQL, [search, search]),
      knex.raw('count(*) over () as match_count'),
      knex.raw('(select version from catalog_version) as catalog_version'),
    );
  const query = knex.select('*').from(ranked.as('ranked'));
  if (after) {
    const [rank, code] = after;
    // Mixed directions (rank desc, code asc) cannot use a row comparison: spell the seek out.
    query.where((q) =>
      q.where('rank', '<', rank).orWhere((q2) => q2.where('rank', rank).where('code', '>', code)),
    );
  }
  const rows = (await query
    .orderBy([
      { column: 'rank', order: 'desc' },
      { column: 'code', order: 'asc' },
    ])
    .limit(size + 1)) as (RankedProcedure & { match_count: number; catalog_version: number })[];
  if (key && rows.length > 0) {
    const matchCount = Number(rows[0].match_count);
    await storeSearchPage(knex, key, Number(rows[0].catalog_version), { rows, matchCount }, ttl);
  }
  let total: Promise<number> | undefined;
  const totalCount = () => {
    if (rows.length > 0) return Promise.resolve(Number(rows[0].match_count));
    total ??= base
      .clone()
      .clearSelect()
      .count({ n: '*' })
      .first()
      .then((row) => Number((row as { n: number } | undefined)?.n ?? 0));
    return total;
  };
  return connectionFromRows(rows, RELEVANCE_ORDER, page, totalCount);
}

export function listProcedures(
  knex: Knex,
  filter: ProcedureFilter,
  page: PageArgs,
): Promise<Connection<ProcedureRow>> {
  const search = filter.search?.trim().replace(/\s+/g, ' ');
  if (search) return searchPage(knex, filter, search, page);
  return keysetPage<ProcedureRow>(filtered(knex, filter), PROCEDURE_ORDER, page);
}

export async function agenciesOfProcedures(
  knex: Knex,
  codes: readonly string[],
): Promise<ProcedureAgencyRow[]> {
  return knex('procedure_agencies')
    .select('procedure_code', 'position', 'role', 'agency_id', 'agency_name')
    .whereIn('procedure_code', codes as string[])
    .orderBy(['procedure_code', 'position']);
}

export async function channelsOfProcedures(knex: Knex, codes: readonly string[]): Promise<ChannelRow[]> {
  // Published order: online first, then post, then in person.
  return knex('procedure_channels')
    .select('procedure_code', 'channel', 'processing_days', 'fee_vnd')
    .whereIn('procedure_code', codes as string[])
    .orderByRaw(`procedure_code, array_position(array['ONLINE', 'POST', 'IN_PERSON']::text[], channel)`);
}

export async function legalBasesOfProcedures(knex: Knex, codes: readonly string[]): Promise<LegalBasisRow[]> {
  return knex('procedure_legal_bases as b')
    .join('legal_documents as d', 'd.number', 'b.document_number')
    .select('b.procedure_code', 'd.number', 'd.title', 'd.issuer', 'd.issued_on')
    .whereIn('b.procedure_code', codes as string[])
    .orderBy(['b.procedure_code', 'b.position']);
}

/** The procedure pages of many fields in one statement. */
export function fieldProcedurePages(knex: Knex, fieldCodes: readonly string[], page: PageArgs) {
  return keysetPagesByParent<ProcedureRow>(
    knex,
    knex('procedures').select(COLUMNS),
    'field_code',
    'field_code',
    fieldCodes,
    PROCEDURE_ORDER,
    page,
  );
}

export async function fieldProcedureCounts(
  knex: Knex,
  fieldCodes: readonly string[],
): Promise<Map<string, number>> {
  const rows = (await knex('procedures')
    .select('field_code')
    .count({ n: '*' })
    .whereIn('field_code', fieldCodes as string[])
    .groupBy('field_code')) as { field_code: string; n: number }[];
  return new Map(rows.map((row) => [row.field_code, Number(row.n)]));
}

/** The codes of every procedure of many fields (every status), in one statement. */
export async function fieldProcedureCodes(
  knex: Knex,
  fieldCodes: readonly string[],
): Promise<Map<string, string[]>> {
  const rows = (await knex('procedures')
    .select('field_code', knex.raw('array_agg(code order by code) as codes'))
    .whereIn('field_code', fieldCodes as string[])
    .groupBy('field_code')) as { field_code: string; codes: string[] }[];
  return new Map(rows.map((row) => [row.field_code, row.codes]));
}

/** Each agency once, with the level its kind handles (null: linked procedures only). */
function agencyLevels(agencies: readonly AgencyRef[]): { ids: string[]; levels: Knex.RawBinding } {
  const unique = new Map(agencies.map((agency) => [agency.id, levelOfAgencyKind(agency.kind)]));
  // Both drivers send a JS array with nulls as a text[] with NULL elements; knex's typing has no such binding.
  return { ids: [...unique.keys()], levels: [...unique.values()] as unknown as Knex.RawBinding };
}

/**
 * How many non-abolished procedures each agency handles, in ONE statement whatever the number of agencies:
 * |procedures at its level| (counted once per level, not once per agency) + |its linked procedures not
 * already at that level|. Agency.procedureCount and Agency.procedures' totalCount use exactly this.
 */
export async function procedureCountsForAgencies(
  knex: Knex,
  agencies: readonly AgencyRef[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>(agencies.map((agency) => [agency.id, 0]));
  if (agencies.length === 0) return counts;
  const { ids, levels } = agencyLevels(agencies);
  const result = await knex.raw(
    `with asked as (
       select * from unnest(?::text[], ?::text[]) as asked (agency_id, level)
     ),
     level_counts as (
       select l.level, count(*) as n
       from procedures p cross join lateral unnest(p.levels) as l (level)
       where p.status <> 'ABOLISHED' and l.level in (select level from asked)
       group by l.level
     ),
     link_counts as (
       select pa.agency_id, count(distinct pa.procedure_code) as n
       from procedure_agencies pa
       join asked on asked.agency_id = pa.agency_id
       join procedures p on p.code = pa.procedure_code
       where p.status <> 'ABOLISHED' and not coalesce(p.levels @> array[asked.level], false)
       group by pa.agency_id
     )
     select asked.agency_id, coalesce(level_counts.n, 0) + coalesce(link_counts.n, 0) as n
     from asked
     left join level_counts on level_counts.level = asked.level
     left join link_counts on link_counts.agency_id = asked.agency_id`,
    [ids, levels],
  );
  for (const row of result.rows as { agency_id: string; n: number }[])
    counts.set(row.agency_id, Number(row.n));
  return counts;
}

/**
 * The rule spelled out plainly for one agency (a union of the level match and the links), independent of
 * procedureCountsForAgencies' arithmetic: a cross-check for tests, not for serving.
 */
export async function procedureCountForAgencyDirect(knex: Knex, agency: AgencyRef): Promise<number> {
  const result = await knex.raw(
    `select count(*) as n from procedures p
     where p.status <> 'ABOLISHED'
       and (p.levels @> array[?::text]
            or exists (select 1 from procedure_agencies pa where pa.procedure_code = p.code and pa.agency_id = ?))`,
    [levelOfAgencyKind(agency.kind), agency.id],
  );
  return Number((result.rows as { n: number }[])[0]?.n ?? 0);
}

/**
 * One page of procedures per agency (ordered by code), in one statement. Each agency's page is the first
 * `first + 1` codes of two index-ordered walks (its level, its links) merged, so the work grows with the
 * page size, not with the catalog.
 */
export async function procedurePagesForAgencies(
  knex: Knex,
  agencies: readonly AgencyRef[],
  page: PageArgs,
): Promise<Map<string, ProcedureRow[]>> {
  const size = pageSize(page.first);
  const byAgency = new Map<string, ProcedureRow[]>();
  if (agencies.length === 0) return byAgency;
  const { ids, levels } = agencyLevels(agencies);
  // No cursor: start before every code ('' sorts first).
  const after = page.after ? (decodeCursor(PROCEDURE_ORDER, page.after) as [string])[0] : '';
  const result = await knex.raw(
    `select asked.agency_id, ${QUALIFIED}
     from unnest(?::text[], ?::text[]) as asked (agency_id, level)
     cross join lateral (
       (select p.code from procedures p
        where asked.level is not null and p.levels @> array[asked.level]
          and p.status <> 'ABOLISHED' and p.code > ?
        order by p.code limit ?)
       union
       (select p.code from procedure_agencies pa join procedures p on p.code = pa.procedure_code
        where pa.agency_id = asked.agency_id and p.status <> 'ABOLISHED' and p.code > ?
        order by p.code limit ?)
       order by code limit ?
     ) as page
     join procedures p on p.code = page.code
     order by asked.agency_id, p.code`,
    [ids, levels, after, size + 1, after, size + 1, size + 1],
  );
  for (const row of result.rows as (ProcedureRow & { agency_id: string })[]) {
    const list = byAgency.get(row.agency_id) ?? [];
    list.push(row);
    byAgency.set(row.agency_id, list);
  }
  return byAgency;
}

export async function hasProcedures(knex: Knex): Promise<boolean> {
  const row = await knex('procedures').first('code');
  return row !== undefined;
}

/** The tables holding a procedure's parts, keyed by procedure_code: replaced whole when a record is rewritten. */
export const PROCEDURE_PART_TABLES = [
  'procedure_agencies',
  'procedure_channels',
  'procedure_legal_bases',
  'procedure_steps',
  'procedure_dossier_components',
  'procedure_related',
] as const;
