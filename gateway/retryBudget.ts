/** How many retries a subgraph may get: a share of its recent calls, plus a few so that a quiet one gets any. */
export interface RetryBudgetOptions {
  /** Retries allowed per call made in the window (0.1: one retry per ten calls). */
  ratio: number;
  /** Retries allowed in the window whatever the traffic. */
  floor: number;
  /** The window, in seconds (counted in one-second slots). */
  windowSeconds: number;
}

export const DEFAULT_RETRY_BUDGET: RetryBudgetOptions = { ratio: 0.1, floor: 3, windowSeconds: 10 };

/**
 * Retries in the last windowSeconds stay within floor + ratio × calls in the same window. A subgraph that
 * restarts, or a balancer closing an idle connection, costs a retry now and then, well inside the budget;
 * a subgraph that is down fails every call, the budget runs out within a few calls, and from then on it
 * sees at most one extra call in ten instead of twice the traffic.
 */
export class RetryBudget {
  private readonly calls: number[];
  private readonly retries: number[];
  private second = 0;

  constructor(
    private readonly options: RetryBudgetOptions = DEFAULT_RETRY_BUDGET,
    private readonly now: () => number = Date.now,
  ) {
    this.calls = new Array(options.windowSeconds).fill(0);
    this.retries = new Array(options.windowSeconds).fill(0);
  }

  /** Counts a call (its first attempt). */
  called(): void {
    this.calls[this.slot()]++;
  }

  /** Takes one retry if the budget allows it; false means do not retry. */
  tryRetry(): boolean {
    const slot = this.slot();
    const calls = sum(this.calls);
    if (sum(this.retries) >= this.options.floor + this.options.ratio * calls) return false;
    this.retries[slot]++;
    return true;
  }

  /** The current second's slot, after emptying the slots of the seconds that went by since the last use. */
  private slot(): number {
    const second = Math.floor(this.now() / 1000);
    const size = this.calls.length;
    for (let s = Math.max(this.second + 1, second - size + 1); s <= second; s++) {
      this.calls[s % size] = 0;
      this.retries[s % size] = 0;
    }
    if (second > this.second) this.second = second;
    return second % size;
  }
}

function sum(values: number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
