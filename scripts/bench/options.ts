import { parseArgs } from 'node:util';

/** What one `npm run bench` run does; every figure in the table depends on these, so the table prints them. */
export interface BenchOptions {
  petitions: number;
  /** Keep the databases of an earlier run with the same --petitions (skips the slow seeding). */
  reuse: boolean;
  connections: number;
  /** Concurrency of workload (a) only: a few central-office analysts at once. */
  scorecardConnections: number;
  /** Duration of workload (a): at 1M rows one scorecard takes seconds, so it needs a longer window. */
  scorecardDurationSeconds: number;
  /** libpq options for the subgraphs' connections, e.g. "-c jit=off" (a lever to measure, off by default). */
  pgOptions: string | null;
  durationSeconds: number;
  warmupSeconds: number;
  /** Runs of the hand-written scorecard SQL whose p50 is the physical limit. */
  sqlRuns: number;
  /** Only these workloads (letters a–e), in this order. */
  workloads: string[];
  /** Only these gateways. */
  gateways: ('ours' | 'hive')[];
  serverUrl: string;
  /** Measured runs per workload and gateway, alternating which gateway goes first; the table shows the median. */
  rounds: number;
  /** Every request of a workload from one caller (Hive's in-flight deduplication then merges them). */
  sameCaller: boolean;
}

const USAGE = `Usage: npm run bench -- [--petitions N] [--reuse] [--connections C] [--scorecard-connections C] [--scorecard-duration S] [--duration S] [--warmup S]
       [--sql-runs N] [--rounds N] [--workloads abcdef] [--gateways ours,hive] [--same-caller] [--pg-options='-c jit=off'] [--server postgres://…/postgres]`;

function positiveInt(name: string, raw: string | undefined, fallback: number, min = 1): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    console.error(`--${name} must be an integer ≥ ${min}, got "${raw}"\n${USAGE}`);
    process.exit(2);
  }
  return value;
}

export function benchOptions(argv = process.argv.slice(2)): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      petitions: { type: 'string' },
      reuse: { type: 'boolean', default: false },
      connections: { type: 'string' },
      'scorecard-connections': { type: 'string' },
      'scorecard-duration': { type: 'string' },
      'pg-options': { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      'sql-runs': { type: 'string' },
      rounds: { type: 'string' },
      workloads: { type: 'string', default: 'abcdef' },
      gateways: { type: 'string', default: 'ours,hive' },
      server: { type: 'string' },
      'same-caller': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const workloads = [...values.workloads];
  const gateways = values.gateways.split(',').map((g) => g.trim());
  if (workloads.some((w) => !'abcdef'.includes(w)) || gateways.some((g) => g !== 'ours' && g !== 'hive')) {
    console.error(USAGE);
    process.exit(2);
  }
  return {
    petitions: positiveInt('petitions', values.petitions, 1_000_000, 0),
    reuse: values.reuse,
    connections: positiveInt('connections', values.connections, 32),
    scorecardConnections: positiveInt('scorecard-connections', values['scorecard-connections'], 2),
    scorecardDurationSeconds: positiveInt('scorecard-duration', values['scorecard-duration'], 30),
    pgOptions: values['pg-options'] ?? null,
    durationSeconds: positiveInt('duration', values.duration, 15),
    warmupSeconds: positiveInt('warmup', values.warmup, 3, 0),
    sqlRuns: positiveInt('sql-runs', values['sql-runs'], 30),
    rounds: positiveInt('rounds', values.rounds, 1),
    workloads,
    gateways: gateways as ('ours' | 'hive')[],
    sameCaller: values['same-caller'],
    serverUrl:
      values.server ?? process.env.PAKN_BENCH_SERVER ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  };
}
