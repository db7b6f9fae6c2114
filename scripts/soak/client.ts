import http from 'node:http';

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: GraphQLError[];
}

/** One HTTP exchange as the client saw it: status 0 when no answer came (refused, reset, timed out). */
export interface Answer {
  status: number;
  body: GraphQLBody | null;
  startedAt: number;
  ms: number;
  /** The network failure (ECONNREFUSED, ECONNRESET, "timeout"), when there was no answer. */
  failure: string | null;
}

/**
 * A keep-alive HTTP client on node:http: cheaper per request than fetch, which matters when the load
 * generator shares two cores with the hub. Each request has a hard deadline, so nothing can hang the run.
 */
export class SoakClient {
  readonly agent: http.Agent;

  constructor(maxSockets: number) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
  }

  post(url: string, body: string, headers: Record<string, string> = {}, timeoutMs = 60_000): Promise<Answer> {
    return this.send(url, 'POST', body, headers, timeoutMs);
  }

  get(url: string, timeoutMs = 5_000): Promise<Answer> {
    return this.send(url, 'GET', null, {}, timeoutMs);
  }

  close(): void {
    this.agent.destroy();
  }

  private send(
    url: string,
    method: string,
    body: string | null,
    headers: Record<string, string>,
    timeoutMs: number,
  ): Promise<Answer> {
    const startedAt = Date.now();
    return new Promise((resolve) => {
      let settled = false;
      const finish = (status: number, text: string | null, failure: string | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        let parsed: GraphQLBody | null = null;
        if (text) {
          try {
            parsed = JSON.parse(text) as GraphQLBody;
          } catch {
            parsed = null;
          }
        }
        resolve({ status, body: parsed, startedAt, ms: Date.now() - startedAt, failure });
      };
      const request = http.request(url, {
        method,
        agent: this.agent,
        headers: body
          ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers }
          : headers,
      });
      const timer = setTimeout(() => {
        finish(0, null, 'timeout');
        request.destroy();
      }, timeoutMs);
      request.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          finish(response.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'), null),
        );
        response.on('error', (error) =>
          finish(0, null, (error as NodeJS.ErrnoException).code ?? error.message),
        );
      });
      request.on('error', (error) => finish(0, null, (error as NodeJS.ErrnoException).code ?? error.message));
      request.end(body ?? undefined);
    });
  }
}

/** Runs `work` on `jobs` with at most `concurrency` at once. */
export async function pool<T>(
  jobs: T[],
  concurrency: number,
  work: (job: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next];
      next += 1;
      await work(job);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** `concurrency` workers repeating `work` until `stop()`, which resolves when every worker has finished. */
export function loop(
  concurrency: number,
  work: (worker: number) => Promise<void>,
): { stop(): Promise<void> } {
  let running = true;
  const workers = Array.from({ length: concurrency }, async (_, worker) => {
    while (running) await work(worker);
  });
  return {
    async stop() {
      running = false;
      await Promise.all(workers);
    },
  };
}
