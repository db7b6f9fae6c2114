import { badInput } from './errors.ts';

/**
 * Every subgraph's search is `search_text(…) like '%term%'` served by a GIN trigram index (gin_trgm_ops).
 * pg_trgm can only use the index when the term yields a trigram: a word of at least three letters or
 * digits. A term without one (`"v0"`, `"%"`, `"a b"`) makes PostgreSQL read and unaccent every row, which
 * on the petitions table takes seconds; such terms are refused before any SQL runs.
 */
export const MIN_SEARCH_WORD_LENGTH = 3;
export const MAX_SEARCH_LENGTH = 200;

/** Runs of letters and digits: pg_trgm treats everything else as a word boundary. */
const WORD = /[\p{L}\p{N}]+/gu;

export interface SearchTermOptions {
  /** A term the whole of which matches this is an exact code (served by the code's own index), short or not. */
  exactCode?: RegExp;
}

/**
 * The search as the store should receive it (trimmed, inner spaces collapsed), null when there is none, or a
 * BAD_USER_INPUT naming `field` when the index cannot serve it or it is too long.
 */
export function searchTerm(
  value: string | null | undefined,
  field: string,
  options: SearchTermOptions = {},
): string | null {
  const term = value?.trim().replace(/\s+/g, ' ') ?? '';
  if (!term) return null;
  if ([...term].length > MAX_SEARCH_LENGTH)
    throw badInput(`Từ khóa tìm kiếm quá dài (tối đa ${MAX_SEARCH_LENGTH} ký tự).`, field);
  if (options.exactCode?.test(term)) return term;
  const words = term.normalize('NFC').match(WORD) ?? [];
  if (!words.some((word) => [...word].length >= MIN_SEARCH_WORD_LENGTH))
    throw badInput(
      `Từ khóa tìm kiếm cần có ít nhất một từ dài từ ${MIN_SEARCH_WORD_LENGTH} ký tự (chữ hoặc số) trở lên.`,
      field,
    );
  return term;
}
