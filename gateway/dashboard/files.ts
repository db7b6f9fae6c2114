import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../../kit/config.ts';

/** The dashboard's built files by their path under / ("index.html", "assets/index-3f2a.js"). */
export type DashboardFiles = ReadonlyMap<string, string>;

/** The dashboard's sources (web/); in a build, dist/web/ holds only `build/` and the manifest. */
export const WEB_ROOT = join(PROJECT_ROOT, 'web');
/** Where `npm run build` writes the dashboard (dist/web/build): served as it is, no build tool needed. */
export const PREBUILT = join(WEB_ROOT, 'build');
/** The dashboard's trusted documents, written by GraphQL Code Generator (npm run web:codegen). */
export const DASHBOARD_MANIFEST = join(WEB_ROOT, 'src', 'gql', 'persisted-documents.json');

const SOURCE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds the dashboard into outDir with Vite (a development dependency), in a child process: Vite's build sets
 * NODE_ENV=production in the process it runs in, which would turn this gateway's own checks to production's.
 */
export async function buildDashboard(outDir: string): Promise<void> {
  const vite = join(SOURCE_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(vite))
    throw new Error('Vite is not installed (a development dependency): run `npm run build`');
  const args = [vite, 'build', WEB_ROOT, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'];
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: SOURCE_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors = (errors + chunk).slice(-2000);
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`Vite failed (${code}): ${errors.trim()}`)),
    );
  });
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory())
      return entry.name === 'build' || entry.name === 'node_modules' ? [] : sourceFiles(path);
    return [path];
  });
}

/** The bundle's inputs: every file of web/ (by path and content), the lock file and this builder. */
function sourceKey(): string {
  const hash = createHash('sha256');
  const inputs = [...sourceFiles(WEB_ROOT).sort(), join(SOURCE_ROOT, 'package-lock.json')];
  for (const file of [...inputs, fileURLToPath(import.meta.url)]) {
    hash.update(relative(SOURCE_ROOT, file).split(sep).join('/'));
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

function readFolder(folder: string, under = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(join(folder, under), { withFileTypes: true })) {
    const path = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [name, body] of readFolder(folder, path)) files.set(name, body);
    else files.set(path, readFileSync(join(folder, path), 'utf8'));
  }
  return files;
}

/**
 * The dashboard: dist/web/build when the hub runs from a build; else built from web/ on first use and kept
 * under node_modules/.cache/pakn-web/<hash of the sources>, so a fresh clone's `npm start` serves it and a
 * restart does not rebuild it. Written aside and renamed, so a reader never sees half of one.
 */
export async function dashboardFiles(): Promise<DashboardFiles> {
  if (existsSync(join(PREBUILT, 'index.html'))) return readFolder(PREBUILT);
  const folder = join(SOURCE_ROOT, 'node_modules', '.cache', 'pakn-web', sourceKey());
  if (existsSync(join(folder, 'index.html'))) return readFolder(folder);
  const aside = `${folder}.${randomBytes(4).toString('hex')}`;
  try {
    await buildDashboard(aside);
    const files = readFolder(aside);
    try {
      renameSync(aside, folder);
    } catch {
      // Another process kept the same build first: this one served from memory all the same.
    }
    return files;
  } finally {
    rmSync(aside, { recursive: true, force: true });
  }
}
