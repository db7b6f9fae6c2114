import { parseArgs } from 'node:util';

/** What one `npm run soak` run does; the verdict lines print the figures these produce. */
export interface SoakOptions {
  /** Scenario 1: distinct submissions (each its own idempotency key). */
  submissions: number;
  /** Open sockets to the gateway during the load of scenarios 1, 2 and 4. */
  connections: number;
  /** Scenario 5: how long the gateway is loaded while its memory is sampled. */
  memorySeconds: number;
  /** Scenario 7: how long the killed subgraph is kept down (its restarts failing) before it may come back. */
  downSeconds: number;
  /** Only these scenarios (digits 1–7), in numeric order. */
  scenarios: number[];
  /** Keep the pakn_soak_* databases at the end, and reuse them on the next run (skips seeding). */
  keep: boolean;
  /** The subgraphs on PGlite (in the run's folder) instead of the server: scenario 6 only. */
  embedded: boolean;
  serverUrl: string;
}

const USAGE = `Usage: npm run soak -- [--submissions N] [--connections C] [--memory-seconds S]
       [--down-seconds D] [--scenarios 1234567] [--keep] [--server postgres://…/postgres]
       npm run soak -- --embedded [--scenarios 6]   (the subgraphs on PGlite: scenario 6 only)`;

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a positive integer, got "${raw}"\n${USAGE}`);
    process.exit(2);
  }
  return value;
}

export function soakOptions(argv = process.argv.slice(2)): SoakOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      submissions: { type: 'string' },
      connections: { type: 'string' },
      'memory-seconds': { type: 'string' },
      'down-seconds': { type: 'string' },
      scenarios: { type: 'string' },
      embedded: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      server: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const picked = values.scenarios ?? (values.embedded ? '6' : '1234567');
  const scenarios = [...new Set([...picked].map(Number))].sort();
  const allowed = (s: number) => Number.isInteger(s) && s >= 1 && s <= 7 && (!values.embedded || s === 6);
  if (!scenarios.every(allowed)) {
    console.error(USAGE);
    process.exit(2);
  }
  return {
    submissions: positiveInt('submissions', values.submissions, 10_000),
    connections: positiveInt('connections', values.connections, 300),
    memorySeconds: positiveInt('memory-seconds', values['memory-seconds'], 180),
    downSeconds: positiveInt('down-seconds', values['down-seconds'], 30),
    scenarios,
    keep: values.keep,
    embedded: values.embedded,
    serverUrl: values.server ?? process.env.PAKN_SOAK_SERVER ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  };
}
