/**
 * The subgraph's clock: receipt instants, due dates and "overdue" all read it. Tests set it to a fixed
 * instant (a petition received just before Tết) and reset it; nothing else should touch it.
 */
let override: (() => Date) | null = null;

export const clock = {
  now: (): Date => (override ? override() : new Date()),
  /** Test seam: a fixed instant (or a function), null for the real time. */
  set(instant: Date | (() => Date) | null): void {
    override = instant === null ? null : typeof instant === 'function' ? instant : () => new Date(instant);
  },
};
