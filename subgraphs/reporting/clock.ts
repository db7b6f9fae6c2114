import { todayInVietnam } from '../../kit/dates.ts';

/**
 * The subgraph's clock: "today" for overdue reports, late submissions, obligation planning and the first day
 * a catalogue change may take effect. Tests set it to a fixed instant and reset it; nothing else should.
 */
let override: (() => Date) | null = null;

export const reportingClock = {
  now: (): Date => (override ? override() : new Date()),
  /** Today in Vietnam, the day the law counts in. */
  today: (): string => todayInVietnam(reportingClock.now()),
  /** Test seam: a fixed instant, null for the real time. */
  set(instant: Date | null): void {
    override = instant === null ? null : () => new Date(instant);
  },
};
