import { GraphQLError } from 'graphql';

/**
 * The urging commands' own codes, on top of the kit's (BAD_USER_INPUT, NOT_FOUND, FORBIDDEN, …) and the
 * same as the petitions subgraph's urging: one helper per code. Clients branch on them: never rename one.
 */
export const ReportingUrgingErrorCode = {
  NOT_OVERDUE: 'NOT_OVERDUE',
  NOTHING_OVERDUE: 'NOTHING_OVERDUE',
  ALREADY_ACKNOWLEDGED: 'ALREADY_ACKNOWLEDGED',
} as const;

/** Named obligations that are not OVERDUE now (submitted, or not yet due): nothing is stored. */
export function notOverdue(obligationIds: readonly number[]): GraphQLError {
  const ids = obligationIds.map(String);
  return new GraphQLError(`Báo cáo chưa quá hạn hoặc đã được gửi nên không thể đôn đốc: ${ids.join(', ')}.`, {
    extensions: {
      code: ReportingUrgingErrorCode.NOT_OVERDUE,
      field: 'input.obligationIds',
      obligationIds: ids,
    },
  });
}

/** Urging all of an agency's overdue reports when it owes none. */
export function nothingOverdue(agencyId: string): GraphQLError {
  return new GraphQLError(`Cơ quan "${agencyId}" không có báo cáo nào quá hạn để đôn đốc.`, {
    extensions: { code: ReportingUrgingErrorCode.NOTHING_OVERDUE, field: 'input.agencyId' },
  });
}

export function alreadyAcknowledged(acknowledgedAt: Date): GraphQLError {
  return new GraphQLError('Văn bản đôn đốc này đã được xác nhận.', {
    extensions: {
      code: ReportingUrgingErrorCode.ALREADY_ACKNOWLEDGED,
      acknowledgedAt: new Date(acknowledgedAt).toISOString(),
    },
  });
}
