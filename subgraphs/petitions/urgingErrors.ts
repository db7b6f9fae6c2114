import { GraphQLError } from 'graphql';

/**
 * The urging commands' own codes, on top of the kit's (BAD_USER_INPUT, NOT_FOUND, FORBIDDEN, …): one helper
 * per code. Clients branch on them: never rename one.
 */
export const UrgingErrorCode = {
  NOT_OVERDUE: 'NOT_OVERDUE',
  NOTHING_OVERDUE: 'NOTHING_OVERDUE',
  ALREADY_ACKNOWLEDGED: 'ALREADY_ACKNOWLEDGED',
} as const;

/** Named petitions that are not overdue now (or owe nothing: published, rejected): nothing is stored. */
export function notOverdue(petitionIds: readonly string[]): GraphQLError {
  return new GraphQLError(
    `Phản ánh, kiến nghị chưa quá hạn hoặc đã có kết quả nên không thể đôn đốc: ${petitionIds.join(', ')}.`,
    { extensions: { code: UrgingErrorCode.NOT_OVERDUE, field: 'input.petitionIds', petitionIds } },
  );
}

/** Urging all of an agency's overdue petitions when it has none. */
export function nothingOverdue(agencyId: string): GraphQLError {
  return new GraphQLError(`Cơ quan "${agencyId}" không có phản ánh, kiến nghị nào quá hạn để đôn đốc.`, {
    extensions: { code: UrgingErrorCode.NOTHING_OVERDUE, field: 'input.agencyId' },
  });
}

export function alreadyAcknowledged(acknowledgedAt: Date): GraphQLError {
  return new GraphQLError('Văn bản đôn đốc này đã được xác nhận.', {
    extensions: {
      code: UrgingErrorCode.ALREADY_ACKNOWLEDGED,
      acknowledgedAt: new Date(acknowledgedAt).toISOString(),
    },
  });
}
