import { GraphQLError } from 'graphql';

/** Stable error codes clients may branch on. Never rename one: add a new code instead. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Input the caller can fix: names the argument or field so a form can highlight it. */
export function badInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) },
  });
}

export function notFound(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.NOT_FOUND, ...(field ? { field } : {}) },
  });
}

/** Refuses the whole request with HTTP 401 (Apollo Server reads `http` and keeps it out of the response). */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
  });
}

/** A field the caller may not read or a command they may not run: null (or no result) with this error. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

/** A field that needs a signed-in caller: refused alone, so the rest of the request still answers. */
export function signInRequired(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

/**
 * Too many attempts: retry after this many seconds. `httpStatus` (429) where the whole request is refused
 * before it runs; a refused field or command keeps the request's status.
 */
export function rateLimited(message: string, retryAfterSeconds: number, httpStatus?: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.RATE_LIMITED,
      retryAfterSeconds,
      ...(httpStatus ? { http: { status: httpStatus } } : {}),
    },
  });
}
