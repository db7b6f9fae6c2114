/** One scenario's outcome: PASS or FAIL, the figures that decided it, and why it failed. */
export interface Verdict {
  scenario: string;
  pass: boolean;
  figures: string;
  /** The checks that failed, in words; empty on PASS. */
  failures: string[];
}

/** Collects named checks; the verdict passes when every check held. */
export function checks() {
  const failures: string[] = [];
  return {
    check(ok: boolean, failure: string): boolean {
      if (!ok) failures.push(failure);
      return ok;
    },
    verdict(scenario: string, figures: string): Verdict {
      return { scenario, pass: failures.length === 0, figures, failures };
    },
  };
}

export function verdictLine(verdict: Verdict): string {
  const why = verdict.failures.length ? ` — ${verdict.failures.join('; ')}` : '';
  return `${verdict.pass ? 'PASS' : 'FAIL'} ${verdict.scenario}: ${verdict.figures}${why}`;
}

export function log(message: string): void {
  process.stderr.write(`[soak] ${message}\n`);
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
