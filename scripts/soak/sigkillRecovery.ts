import type { SoakContext } from './context.ts';
import { partialAnswers } from './partialAnswers.ts';
import { submissionsThroughCrash } from './submissionsThroughCrash.ts';
import { checks, type Verdict } from './verdict.ts';

/**
 * Scenario 2: SIGKILL the procedures subgraph under a cross-subgraph load, then the petitions subgraph under
 * submissions, restarting each. The gateway keeps answering the other subgraphs' parts with errors naming
 * the dead one; no acknowledged petition is lost; clients retrying with the same key create no duplicates.
 */
export async function sigkillRecovery(ctx: SoakContext): Promise<Verdict> {
  const { check, verdict } = checks();
  const reads = await partialAnswers(ctx);
  check(reads.failures.length === 0, reads.failures.join('; '));
  const writes = await submissionsThroughCrash(ctx);
  check(writes.failures.length === 0, writes.failures.join('; '));
  return verdict('2. SIGKILL and restart', `${reads.figures} | ${writes.figures}`);
}
