import type { Answer, GraphQLError } from './client.ts';

/** Does this error say which subgraph failed (extensions.serviceName, or the service named in the message)? */
export function namesService(error: GraphQLError, service: string): boolean {
  return error.extensions?.serviceName === service || error.message.toLowerCase().includes(service);
}

/** The time windows of one fault, for sorting answers by when their request was sent. */
export interface Timeline {
  killedAt: number;
  exitedAt: number;
  restartedAt: number;
  readyAt: number;
}

export type Phase = 'before' | 'outage' | 'restarting' | 'after';

/** Requests sent before the kill, while the process was dead, while it was starting, and once it was ready. */
export function phaseOf(answer: Answer, timeline: Timeline): Phase {
  if (answer.startedAt + answer.ms < timeline.killedAt) return 'before';
  if (answer.startedAt >= timeline.exitedAt && answer.startedAt + answer.ms < timeline.restartedAt)
    return 'outage';
  if (answer.startedAt >= timeline.readyAt) return 'after';
  return 'restarting';
}
