import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One built file of the IDE: what /graphiql/<name> answers. */
export interface IdeAsset {
  contentType: string;
  body: string;
}

/** The files the page loads, by the name it asks for under /graphiql/. */
export const IDE_ASSETS = ['app.js', 'app.css', 'editor.worker.js', 'json.worker.js', 'graphql.worker.js'];

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
export async function bundleIde(): Promise<Map<string, IdeAsset>> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: fileURLToPath(new URL('../..', import.meta.url)),
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
    const contentType = name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
    assets.set(name, { contentType, body: file.text });
  }
  return assets;
}
