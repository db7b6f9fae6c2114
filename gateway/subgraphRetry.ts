/**
 * Errors of the connection itself, before any answer: the subgraph closed or reset a keep-alive connection
 * (it restarted, or a balancer dropped the idle connection), or refused a new one. Timeouts are not here: a
 * call past its deadline has no time left for another try.
 */
const CONNECTION_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'UND_ERR_SOCKET']);

/** An operation that only reads: `query …` or the `{ … }` shorthand (the gateway's `_entities` fetches included). */
const READ_OPERATION = /^\s*(?:query\b|\{)/;

/**
 * Whether a subgraph call that failed may be sent once more: it failed on the connection before any answer,
 * within its deadline, and it only reads, so that a second copy cannot do anything twice. A mutation is never
 * sent again: the first copy may have reached the subgraph before the connection broke.
 */
export function mayRetry(error: unknown, pastDeadline: boolean, query: string | undefined): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    !pastDeadline &&
    typeof code === 'string' &&
    CONNECTION_CODES.has(code) &&
    typeof query === 'string' &&
    READ_OPERATION.test(query)
  );
}
