import autocannon from 'autocannon';

/** One GraphQL request of a workload, made fresh each time: its caller, unique keys, sampled codes. */
export interface WorkloadRequest {
  build(): { headers: Record<string, string>; body: string };
}

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers, connection errors, timeouts, and 2xx answers carrying GraphQL errors. */
  errors: number;
  /** The first failing answer seen, so a wrong setup is obvious rather than a fast row of errors. */
  errorSample: string | null;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * Fixed concurrency for a fixed time against one gateway. Latencies are every answer's own time (autocannon
 * reports no p95); every body is checked for a top-level `"errors"` (cheap enough at these rates).
 */
export async function drive(
  url: string,
  request: WorkloadRequest,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const times: number[] = [];
  let graphqlErrors = 0;
  let errorSample: string | null = null;
  const options: autocannon.Options = {
    url,
    connections,
    duration: seconds,
    // The 1M-row scorecard takes seconds under load: a timeout would hide it as errors.
    timeout: 120,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => {
          const { headers, body } = request.build();
          return { ...req, headers: { ...req.headers, ...headers }, body };
        },
        onResponse: (status, body) => {
          if (status >= 200 && status < 300 && !body.includes('"errors"')) return;
          if (status < 300) graphqlErrors += 1;
          errorSample ??= `HTTP ${status}: ${body.slice(0, 400)}`;
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, time) => {
      times.push(time);
    });
  });
  times.sort((a, b) => a - b);
  const answered = result['2xx'] + result.non2xx;
  return {
    requests: answered,
    seconds: result.duration,
    requestsPerSecond: answered / result.duration,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.non2xx + result.errors + result.timeouts + graphqlErrors,
    errorSample:
      errorSample ?? (result.errors + result.timeouts > 0 ? 'connection errors or timeouts' : null),
  };
}
