import { randomUUID } from 'node:crypto';

/** The header a request id travels in: from the client, back to it, and on to every subgraph call. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Short and plain, so that a client cannot write a line break, a quote or a novel into every log line. */
const ACCEPTED = /^[A-Za-z0-9._:-]{1,64}$/;

/** The client's request id when it is a plausible one, else a fresh one. */
export function acceptRequestId(header: string | string[] | undefined): string {
  return typeof header === 'string' && ACCEPTED.test(header) ? header : randomUUID();
}
