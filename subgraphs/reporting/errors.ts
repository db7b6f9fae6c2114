import { GraphQLError } from 'graphql';
import { forbidden, signInRequired } from '../../kit/errors.ts';
import type { Identity } from '../../kit/identity.ts';

/**
 * Stable error codes of the reporting commands, on top of the kit's (BAD_USER_INPUT, NOT_FOUND, …). Clients
 * branch on them: never rename one. Refusals are field-level errors (no HTTP status), so a request that
 * also reads other fields still gets them.
 */
export const ReportingErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  UNKNOWN_INDICATOR: 'UNKNOWN_INDICATOR',
  INVALID_VALUE: 'INVALID_VALUE',
  REQUIRED_VALUE_MISSING: 'REQUIRED_VALUE_MISSING',
  PERIOD_OUT_OF_RANGE: 'PERIOD_OUT_OF_RANGE',
  NOT_OBLIGED: 'NOT_OBLIGED',
  ALREADY_SUBMITTED: 'ALREADY_SUBMITTED',
  NOTHING_TO_CORRECT: 'NOTHING_TO_CORRECT',
  CONFLICT: 'CONFLICT',
  /** A simplification plan asked to move out of order (e.g. approved before it was submitted). */
  INVALID_TRANSITION: 'INVALID_TRANSITION',
} as const;
export type ReportingErrorCode = (typeof ReportingErrorCode)[keyof typeof ReportingErrorCode];

export function reportingError(code: ReportingErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } });
}

/** Anonymous callers are refused; the others must hold one of `roles`. */
export function requireRole(identity: Identity, roles: readonly Identity['role'][]): void {
  if (identity.role === 'ANONYMOUS' || !identity.subject) {
    throw signInRequired('Cần đăng nhập để thực hiện thao tác này.');
  }
  if (!roles.includes(identity.role)) {
    throw forbidden('Vai trò của người dùng không được thực hiện thao tác này.');
  }
}

/** PostgreSQL's unique_violation: another transaction stored the same key first. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505';
}
