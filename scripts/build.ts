/**
 * `npm run build`: the hub as JavaScript in dist/, run by plain Node.js without tsx (`npm run start:prod`,
 * the Dockerfile). tsc compiles by tsconfig.build.json; then the files the code reads at run time (schemas,
 * JSON data, the embedded database's worker) are copied beside it in the same layout, so dist/ is the
 * project root of the built hub (kit/config.ts PROJECT_ROOT).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildDashboard, DASHBOARD_MANIFEST } from '../gateway/dashboard/files.ts';
import { PROJECT_ROOT } from '../kit/config.ts';

const DIST = join(PROJECT_ROOT, 'dist');
// The folders tsconfig.build.json compiles, and schema/ (the gateway's supergraph).
const SOURCES = ['kit', 'gateway', 'registry', 'subgraphs', 'fixtures', 'scripts', 'schema'];
// Development tools left out of the build (tsconfig.build.json excludes their code).
const SKIPPED = new Set(['scripts/bench', 'scripts/soak', 'scripts/newSubgraph']);
// Read at run time by path or imported as JSON: every SDL file, JSON data, the worker thread's JavaScript.
const ASSET = /\.(graphql|json|mjs)$/;

function assets(folder: string): string[] {
  return readdirSync(join(PROJECT_ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return SKIPPED.has(path) ? [] : assets(path);
    return ASSET.test(entry.name) ? [path] : [];
  });
}

const started = Date.now();
// A file removed from the sources must not linger in the build.
rmSync(DIST, { recursive: true, force: true });
const tsc = join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', join(PROJECT_ROOT, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

const copied = SOURCES.flatMap(assets);
for (const path of copied) cpSync(join(PROJECT_ROOT, path), join(DIST, path));

// The dashboard, built here so the gateway serves its files as they are (no Vite in a production install),
// and its trusted documents, which the gateway runs by hash.
await buildDashboard(join(DIST, 'web', 'build'));
const dashboard = readdirSync(join(DIST, 'web', 'build'), { recursive: true, withFileTypes: true }).filter(
  (entry) => entry.isFile(),
);
cpSync(DASHBOARD_MANIFEST, join(DIST, relative(PROJECT_ROOT, DASHBOARD_MANIFEST)));
console.log(
  `build: ${relative(process.cwd(), DIST) || '.'} compiled, ${copied.length} files copied and the dashboard's ${dashboard.length} files built in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
