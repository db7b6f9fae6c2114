import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One built file of the IDE: what /graphiql/<name> answers. */
export interface IdeAsset {
  contentType: string;
  body: string;
}

/** The files the page loads, by the name it asks for under /graphiql/. */
export const IDE_ASSETS = ['app.js', 'app.css', 'editor.worker.js', 'json.worker.js', 'graphql.worker.js'];

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// entry.ts from the sources, entry.js in a build (dist/) run with its development dependencies.
const entry = fileURLToPath(new URL('./entry.ts', import.meta.url));
const ENTRIES = {
  app: existsSync(entry) ? entry : entry.replace(/\.ts$/, '.js'),
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
};

/**
 * Bundles GraphiQL, React and Monaco's workers with esbuild, in memory. esbuild and graphiql are
 * development dependencies: they are imported here, on first use, so a production install never needs them.
 * Every font is inlined (graphiql's stylesheet already does; Monaco's codicons through the dataurl loader),
 * so the browser asks this gateway for nothing but these files.
 */
async function buildIde(): Promise<Map<string, IdeAsset>> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    bundle: true,
    write: false,
    outdir: 'graphiql',
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    loader: { '.ttf': 'dataurl' },
    // React's production build: the development one is slower and only helps someone debugging React.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const assets = new Map<string, IdeAsset>();
  for (const file of result.outputFiles) {
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    assets.set(name, { contentType: contentTypeOf(name), body: file.text });
  }
  return assets;
}

const contentTypeOf = (name: string) =>
  name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';

/** The bundle's inputs: the entry and the exact versions installed (the lock file). */
function bundleKey(): string | null {
  const lock = join(ROOT, 'package-lock.json');
  if (!existsSync(lock) || !existsSync(ENTRIES.app)) return null;
  const hash = createHash('sha256');
  for (const file of [ENTRIES.app, lock, fileURLToPath(import.meta.url)]) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The bundle, built once per set of inputs and kept on disk (node_modules/.cache, beside what it is built
 * from): a few seconds of esbuild saved at every start of a development gateway and of every test process
 * that asks for the IDE. Written aside and renamed, so a reader never sees half of one.
 */
export async function bundleIde(): Promise<Map<string, IdeAsset>> {
  const key = bundleKey();
  const folder = key ? join(ROOT, 'node_modules', '.cache', 'pakn-graphiql', key) : null;
  if (folder && existsSync(folder)) {
    return new Map(
      readdirSync(folder).map((name) => [
        name,
        { contentType: contentTypeOf(name), body: readFileSync(join(folder, name), 'utf8') },
      ]),
    );
  }
  const assets = await buildIde();
  if (folder) {
    const aside = `${folder}.${randomBytes(4).toString('hex')}`;
    try {
      mkdirSync(aside, { recursive: true });
      for (const [name, asset] of assets) writeFileSync(join(aside, name), asset.body);
      renameSync(aside, folder);
    } catch {
      // Another process kept it first, or the folder is read-only: the bundle in memory serves anyway.
      rmSync(aside, { recursive: true, force: true });
    }
  }
  return assets;
}
