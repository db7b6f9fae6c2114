import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import sampleCatalog from '../fixtures/procedures/sampleCatalog.json' with { type: 'json' };
import { PROJECT_ROOT, SUBGRAPHS } from '../kit/config.ts';
import { generateProcedures } from '../subgraphs/procedures/data/generate.ts';

/**
 * Subgraphs meet only through the federated schema: a team changes its own subgraph without touching
 * another's. These read the sources (no hub): every import, re-export and dynamic import is resolved.
 */

const SUBGRAPHS_DIR = join(PROJECT_ROOT, 'subgraphs');
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function typeScriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : typeScriptFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every relative import of a file, as a path from the project root ("subgraphs/agencies/data/x.ts"). */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(IMPORT)]
    .map((match) => match[1])
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) =>
      relative(PROJECT_ROOT, resolve(dirname(file), specifier))
        .split(sep)
        .join('/'),
    );
}

const subgraphOf = (path: string) => /^subgraphs\/([^/]+)\//.exec(path)?.[1] ?? null;
const fromRoot = (file: string) => relative(PROJECT_ROOT, file).split(sep).join('/');

/** "file -> import" for every import of `folder`'s files that `crosses` says leaves what the file may read. */
function violations(folder: string, crosses: (file: string, target: string) => boolean): string[] {
  return typeScriptFiles(folder).flatMap((file) =>
    importsOf(file)
      .filter((target) => crosses(fromRoot(file), target))
      .map((target) => `${fromRoot(file)} -> ${target}`),
  );
}

describe('boundaries between subgraphs', () => {
  it('finds every configured subgraph and reads their imports (the scan itself works)', () => {
    const names = readdirSync(SUBGRAPHS_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(names).toEqual(Object.keys(SUBGRAPHS).sort());
    expect(importsOf(join(SUBGRAPHS_DIR, 'reporting', 'index.ts'))).toContain(
      'subgraphs/reporting/resolvers.ts',
    );
  });

  it('no subgraph imports another subgraph’s code or data', () => {
    // Only files inside a subgraph's folder: subgraphs/index.ts lists them all for the hub's start-up.
    const crossing = violations(SUBGRAPHS_DIR, (file, target) => {
      if (subgraphOf(file) === null) return false;
      const other = subgraphOf(target);
      return other !== null && other !== subgraphOf(file);
    });
    expect(crossing).toEqual([]);
  });

  it('kit/ imports nothing from any subgraph: the shared kit holds no subgraph’s rules', () => {
    expect(violations(join(PROJECT_ROOT, 'kit'), (_file, target) => target.startsWith('subgraphs/'))).toEqual(
      [],
    );
  });

  it('the shared fixtures are facts: they import nothing from subgraphs or kit', () => {
    expect(
      violations(
        join(PROJECT_ROOT, 'fixtures'),
        (_file, target) => target.startsWith('subgraphs/') || target.startsWith('kit/'),
      ),
    ).toEqual([]);
  });

  it('the dashboard (web/) talks to the hub only through the API: it imports nothing outside web/', () => {
    const web = join(PROJECT_ROOT, 'web');
    expect(importsOf(join(web, 'src', 'App.tsx'))).toContain('web/src/pages/Scorecard.tsx');
    expect(violations(web, (_file, target) => !target.startsWith('web/'))).toEqual([]);
  });

  it('the sample procedure catalog fixture is what the procedures subgraph seeds (its generator’s default)', () => {
    expect(sampleCatalog).toEqual(generateProcedures().map(({ code, name }) => ({ code, name })));
  });
});
