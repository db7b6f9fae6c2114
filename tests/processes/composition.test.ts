import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, SUBGRAPHS } from '../../kit/config.ts';
import { composeSupergraph, SUPERGRAPH_PATH } from '../../scripts/composeSupergraph.ts';

function runCompose(args: string[], env: Record<string, string> = {}) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', join(PROJECT_ROOT, 'scripts', 'compose.ts'), ...args],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    },
  );
}

describe('composition of the configured subgraphs', () => {
  it('composes, and the committed supergraph is what they compose to today', () => {
    const { supergraphSdl, errors } = composeSupergraph();
    expect(errors).toEqual([]);
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(supergraphSdl);
    for (const name of Object.keys(SUBGRAPHS)) {
      // Composition names a graph's enum value after it, in capitals, a hyphen becoming "_".
      const graph = name.toUpperCase().replace(/-/g, '_');
      expect(supergraphSdl).toContain(`${graph} @join__graph(name: "${name}"`);
    }
  });

  it('`npm run compose -- --check` passes on the committed supergraph', () => {
    const run = runCompose(['--check']);
    expect(run.stdout).toContain('schema/supergraph.graphql is current.');
    expect(run.status).toBe(0);
  });

  it('fails, printing the composition errors, when two subgraphs disagree about a shared type', () => {
    const copy = mkdtempSync(join(tmpdir(), 'pakn-subgraphs-'));
    cpSync(join(PROJECT_ROOT, 'subgraphs'), copy, { recursive: true });
    // The procedures subgraph now claims an agency's code is a number, where agencies says it is a string.
    const sdlPath = join(copy, 'procedures', 'schema.graphql');
    writeFileSync(
      sdlPath,
      `${readFileSync(sdlPath, 'utf8')}\nextend type Agency @key(fields: "id") { code: Int! }\n`,
    );
    const run = runCompose(['--check'], { PAKN_SUBGRAPHS_DIR: copy });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Composition failed with \d+ error/);
    expect(run.stderr).toContain('Agency.code');
  });
});
