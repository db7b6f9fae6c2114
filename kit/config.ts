import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** True in the compiled JavaScript of dist/ (`npm run build`); false under tsx and vitest. */
export const COMPILED = import.meta.url.endsWith('.js');

/**
 * Where the code runs from and finds the files it reads (schemas, data files): the repository, or dist/ once
 * built, which holds them in the same layout (scripts/build.ts copies them).
 */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// The package folder, beside dist/ when built: embedded data outlives a rebuild, which empties dist/.
const PACKAGE_ROOT = COMPILED ? join(PROJECT_ROOT, '..') : PROJECT_ROOT;

/**
 * The subgraphs, their default ports and the environment prefix of their settings. `npm run new-subgraph`
 * adds a line here (and in subgraphs/index.ts): everything else that lists the subgraphs reads these two.
 */
export const SUBGRAPHS = {
  agencies: { port: 4001, env: 'AGENCIES' },
  petitions: { port: 4002, env: 'PETITIONS' },
  procedures: { port: 4003, env: 'PROCEDURES' },
  reporting: { port: 4004, env: 'REPORTING' },
} as const;
export type SubgraphName = keyof typeof SUBGRAPHS;

export function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new Error(`${name} must be an integer, got "${raw}"`);
  return value;
}

export function dataDir(): string {
  return process.env.PAKN_DATA_DIR ?? join(PACKAGE_ROOT, 'data');
}

/** Where development secrets and keys are generated (never read in production: kit/productionChecks.ts). */
export function devKeysDir(): string {
  return join(dataDir(), 'dev-keys');
}

/** `<NAME>_PORT`, `<NAME>_HOST`, `<NAME>_DATABASE_URL` for a subgraph; its data folder when embedded. */
export function subgraphSettings(name: SubgraphName) {
  const { port, env } = SUBGRAPHS[name];
  return {
    port: envInt(`${env}_PORT`, port),
    host: process.env[`${env}_HOST`] ?? '127.0.0.1',
    databaseUrl: process.env[`${env}_DATABASE_URL`] || undefined,
    dataDir: join(dataDir(), name),
  };
}
