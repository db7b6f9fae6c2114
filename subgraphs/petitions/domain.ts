/** The petition vocabulary, shared by the store, the seed and the migration's check constraints. */

/** Decree 20/2008/NĐ-CP Art. 5, in the article's order. */
export const CATEGORIES = [
  'CONDUCT',
  'UNSUITABLE_REGULATION',
  'INCONSISTENT_REGULATION',
  'ILLEGAL_REGULATION',
  'CONTRARY_TO_TREATY',
  'OTHER_REGULATION_ISSUE',
  'PROPOSED_SOLUTION',
  'NEW_REGULATION_INITIATIVE',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const KINDS = ['PHAN_ANH', 'KIEN_NGHI'] as const;
export type Kind = (typeof KINDS)[number];

export const CHANNELS = [
  'IN_PERSON',
  'POST',
  'PHONE',
  'QUESTIONNAIRE',
  'EMAIL',
  'PORTAL',
  'PAKN_SYSTEM',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const PETITIONER_TYPES = ['INDIVIDUAL', 'ORGANIZATION'] as const;
export type PetitionerType = (typeof PETITIONER_TYPES)[number];

export const STATUSES = [
  'RECEIVED',
  'REJECTED',
  'TRANSFERRED',
  'ACCEPTED',
  'PROCESSING',
  'ANSWERED',
  'RETURNED',
  'PUBLISHED',
] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses in which an answer stands (answered_at is set exactly then). */
export const ANSWERED_STATUSES: readonly Status[] = ['ANSWERED', 'PUBLISHED'];

/** SQL list literal of a vocabulary, for check constraints. */
export const sqlList = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/** Decree 20/2008 Art. 14: while processing, a petition has "not enough basis" (keep collecting) or enough. */
export const BASES = ['NOT_ENOUGH_BASIS', 'ENOUGH_BASIS'] as const;
export type Basis = (typeof BASES)[number];

/** Statuses reached only through acceptance (the "accepted" figure). */
export const ACCEPTED_STATUSES: readonly Status[] = [
  'ACCEPTED',
  'PROCESSING',
  'ANSWERED',
  'RETURNED',
  'PUBLISHED',
];

/** The Government Office receives petitions that name no agency. */
export const DEFAULT_RECEIVER_ID = 'bo-vpcp';
