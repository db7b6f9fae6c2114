import type { Knex } from 'knex';
import { badInput } from './errors.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** One column of a keyset ordering, with the type its cursor value must have. */
export interface KeysetKey {
  column: string;
  /** The property of a loaded row that holds this column's value. */
  field: string;
  type: 'string' | 'number';
}

export interface Keyset {
  /** Names the ordering, so that a cursor from another list is refused rather than misread. */
  name: string;
  keys: KeysetKey[];
  direction: 'asc' | 'desc';
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: () => Promise<number>;
}

export function pageSize(first: number | null | undefined): number {
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`"first" phải từ 1 đến ${MAX_PAGE_SIZE}.`, 'first');
  }
  return first;
}

export function encodeCursor(keyset: Keyset, row: Record<string, unknown>): string {
  const values = keyset.keys.map((key) => row[key.field]);
  return Buffer.from(JSON.stringify([keyset.name, ...values])).toString('base64url');
}

/** Cursors are opaque to clients; anything we did not issue for this ordering is refused. */
export function decodeCursor(keyset: Keyset, cursor: string): unknown[] {
  const refuse = () => badInput('Con trỏ phân trang "after" không hợp lệ.', 'after');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(parsed) || parsed.length !== keyset.keys.length + 1 || parsed[0] !== keyset.name) {
    throw refuse();
  }
  const values = parsed.slice(1);
  keyset.keys.forEach((key, i) => {
    const value = values[i];
    const ok = key.type === 'number' ? Number.isFinite(value) : typeof value === 'string';
    if (!ok) throw refuse();
  });
  return values;
}

function orderAndSeek(query: Knex.QueryBuilder, keyset: Keyset, after: string | null | undefined): void {
  const columns = keyset.keys.map((key) => key.column);
  if (after) {
    const values = decodeCursor(keyset, after);
    const op = keyset.direction === 'asc' ? '>' : '<';
    query.whereRaw(`(${columns.map(() => '??').join(', ')}) ${op} (${columns.map(() => '?').join(', ')})`, [
      ...columns,
      ...values,
    ] as Knex.RawBinding[]);
  }
  for (const column of columns) query.orderBy(column, keyset.direction);
}

function toConnection<T extends Record<string, unknown>>(
  rows: T[],
  size: number,
  keyset: Keyset,
  totalCount: () => Promise<number>,
): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyset, node), node }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/**
 * One page of `base` ordered by the keyset, read with a seek (never OFFSET). `base` carries the filters;
 * the total is counted only when a client asks for it: by `count` when given (a kept total, say), else
 * from the same filters.
 */
export async function keysetPage<T extends Record<string, unknown>>(
  base: Knex.QueryBuilder,
  keyset: Keyset,
  args: PageArgs,
  count?: () => Promise<number>,
): Promise<Connection<T>> {
  const size = pageSize(args.first);
  const query = base.clone();
  orderAndSeek(query, keyset, args.after);
  const rows = (await query.limit(size + 1)) as T[];
  let total: Promise<number> | undefined;
  const totalCount = () => {
    total ??= count
      ? count()
      : base
          .clone()
          .clearSelect()
          .clearOrder()
          .count({ n: '*' })
          .first()
          .then((row) => Number((row as { n: number } | undefined)?.n ?? 0));
    return total;
  };
  return toConnection(rows, size, keyset, totalCount);
}

/**
 * Pages of one list per parent in a single statement: rows are numbered per parent in keyset order and
 * each parent keeps its first `first + 1`. For nested lists (`Agency.petitions`) behind a DataLoader.
 */
export async function keysetPagesByParent<T extends Record<string, unknown>>(
  knex: Knex,
  base: Knex.QueryBuilder,
  parentColumn: string,
  parentField: string,
  parentIds: readonly string[],
  keyset: Keyset,
  args: PageArgs,
): Promise<Map<string, T[]>> {
  const size = pageSize(args.first);
  const inner = base.clone().whereIn(parentColumn, parentIds as string[]);
  if (args.after) orderAndSeek(inner, keyset, args.after);
  inner.clearOrder();
  const orderSql = keyset.keys.map(() => `?? ${keyset.direction}`).join(', ');
  const numbered = inner.select(
    knex.raw(`row_number() over (partition by ?? order by ${orderSql}) as page_row`, [
      parentColumn,
      ...keyset.keys.map((key) => key.column),
    ]),
  );
  const rows = (await knex
    .select('*')
    .from(numbered.as('numbered'))
    .where('page_row', '<=', size + 1)
    .orderBy([
      parentField,
      ...keyset.keys.map((key) => ({ column: key.field, order: keyset.direction })),
    ])) as T[];
  const byParent = new Map<string, T[]>();
  for (const row of rows) {
    const parent = String(row[parentField]);
    const list = byParent.get(parent) ?? [];
    list.push(row);
    byParent.set(parent, list);
  }
  return byParent;
}

export function connectionFromRows<T extends Record<string, unknown>>(
  rows: T[],
  keyset: Keyset,
  args: PageArgs,
  totalCount: () => Promise<number>,
): Connection<T> {
  return toConnection(rows, pageSize(args.first), keyset, totalCount);
}
