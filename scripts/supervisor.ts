import { type ChildProcess, type StdioOptions, spawn } from 'node:child_process';

/** When a crashed service is started again: after `initialMs`, doubling per crash up to `maxMs`. */
export interface Backoff {
  initialMs: number;
  maxMs: number;
  /** A service that had run this long before it exited starts again after `initialMs`. */
  resetAfterMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 1_000, maxMs: 30_000, resetAfterMs: 60_000 };

/** The wait before the next start: `previousMs` is the wait before this run, null when it was the first. */
export function nextDelay(previousMs: number | null, ranMs: number, backoff: Backoff): number {
  if (previousMs === null || ranMs >= backoff.resetAfterMs) return backoff.initialMs;
  return Math.min(backoff.maxMs, previousMs * 2);
}

export interface ServiceSpec {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Polled after a restart, so that the output says when the service is back. */
  readyUrl?: string;
}

export interface SupervisorOptions {
  backoff?: Partial<Backoff>;
  /** Where the supervisor's own lines go (a restart, a pid): stderr by default. */
  log?: (line: string) => void;
  stdio?: StdioOptions;
}

interface Supervised {
  spec: ServiceSpec;
  child: ChildProcess | null;
  startedAt: number;
  /** The wait before the current run, null for the first run or after a reset. */
  delayMs: number | null;
  restarts: number;
  timer: NodeJS.Timeout | null;
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

/**
 * Keeps processes running: a service that exits, for whatever reason, is started again after a backoff,
 * on its own; the others go on. Each start prints the service's pid, each exit how it ended and when the
 * next start comes. stop() sends SIGTERM to every process and resolves once all have exited.
 */
export class Supervisor {
  private readonly services = new Map<string, Supervised>();
  private readonly backoff: Backoff;
  private readonly log: (line: string) => void;
  private stopping = false;

  constructor(private readonly options: SupervisorOptions = {}) {
    this.backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
    this.log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
  }

  start(spec: ServiceSpec): void {
    if (this.stopping) return;
    const service: Supervised = {
      spec,
      child: null,
      startedAt: 0,
      delayMs: null,
      restarts: 0,
      timer: null,
    };
    this.services.set(spec.name, service);
    this.spawn(service);
  }

  /** The pid of the service's current process; undefined while it waits to be restarted. */
  pid(name: string): number | undefined {
    const child = this.services.get(name)?.child;
    return child && child.exitCode === null && child.signalCode === null ? child.pid : undefined;
  }

  /** SIGTERM to every process; resolves when they have exited (SIGKILL for those still there after graceMs). */
  async stop(graceMs = 15_000): Promise<void> {
    this.stopping = true;
    const exits = [...this.services.values()].map((service) => {
      if (service.timer) clearTimeout(service.timer);
      const child = service.child;
      if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.log(`[start] ${service.spec.name} did not stop within ${seconds(graceMs)}: SIGKILL`);
          child.kill('SIGKILL');
        }, graceMs);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      });
    });
    await Promise.all(exits);
  }

  private spawn(service: Supervised): void {
    const { spec } = service;
    const child = spawn(spec.command, spec.args, {
      stdio: this.options.stdio ?? 'inherit',
      env: spec.env ?? process.env,
    });
    service.child = child;
    service.startedAt = Date.now();
    service.timer = null;
    // A command that cannot be run at all is an exit like any other (spawn reports it as an error).
    child.once('error', (error) => {
      if (child.pid === undefined) this.exited(service, child, `could not start (${error.message})`);
    });
    if (child.pid === undefined) return;
    this.log(`[start] ${spec.name} started, pid ${child.pid}`);
    child.once('exit', (code, signal) =>
      this.exited(service, child, signal ? `was killed by ${signal}` : `exited with code ${code}`),
    );
    if (service.restarts > 0 && spec.readyUrl) void this.announceReady(service, child, spec.readyUrl);
  }

  private exited(service: Supervised, child: ChildProcess, how: string): void {
    if (this.stopping || service.child !== child) return;
    const ranMs = Date.now() - service.startedAt;
    const delayMs = nextDelay(service.delayMs, ranMs, this.backoff);
    service.delayMs = delayMs;
    service.restarts += 1;
    this.log(
      `[start] ${service.spec.name}${child.pid ? ` (pid ${child.pid})` : ''} ${how} after ${seconds(ranMs)}; ` +
        `restart ${service.restarts} in ${seconds(delayMs)}`,
    );
    service.timer = setTimeout(() => this.spawn(service), delayMs);
  }

  private async announceReady(service: Supervised, child: ChildProcess, url: string): Promise<void> {
    while (!this.stopping && child.exitCode === null && child.signalCode === null) {
      const ok = await fetch(url, { signal: AbortSignal.timeout(1000) })
        .then((res) => res.ok)
        .catch(() => false);
      if (ok && child.exitCode === null && child.signalCode === null) {
        this.log(
          `[start] ${service.spec.name} is ready again (pid ${child.pid}, ${seconds(Date.now() - service.startedAt)} after its restart)`,
        );
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}

/** Whether a process with this id still runs (signal 0 checks without sending anything). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
