import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEntryPoint } from '../support/runEntryPoint.ts';

// What an operator sees when a service lacks its secrets in production, and the development token script.

describe('in production a service without its secrets refuses to start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pakn-prod-'));
  const devSecret = 'development-secret-0123456789abcdefghij';
  const goodSecret = 'a-production-secret-of-forty-characters!';
  mkdirSync(join(dataDir, 'dev-keys'), { recursive: true });
  writeFileSync(join(dataDir, 'dev-keys', 'internal-secret'), devSecret);
  writeFileSync(join(dataDir, 'dev-keys', 'jwks.json'), JSON.stringify({ keys: [] }));
  const productionEnv = {
    NODE_ENV: 'production',
    PAKN_DATA_DIR: dataDir,
    PETITIONS_PORT: '0',
    GATEWAY_PORT: '0',
  };

  it('a subgraph without PAKN_INTERNAL_SECRET, or with the development one, exits 1 naming it', async () => {
    const missing = await runEntryPoint(['subgraphs/petitions/main.ts'], productionEnv);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      '[petitions] refusing to start: PAKN_INTERNAL_SECRET is not set: set it (32+ characters, the same for every service).',
    );
    expect(missing.stdout).not.toMatch(/ready/);
    const development = await runEntryPoint(['subgraphs/petitions/main.ts'], {
      ...productionEnv,
      PAKN_INTERNAL_SECRET: devSecret,
    });
    expect(development.code).toBe(1);
    expect(development.stderr).toContain(
      '[petitions] refusing to start: PAKN_INTERNAL_SECRET is the development secret from data/dev-keys/',
    );
  }, 60_000);

  it('the gateway without PAKN_INTERNAL_SECRET, or with the development token keys, exits 1 naming them', async () => {
    const bare = await runEntryPoint(['gateway/main.ts'], productionEnv);
    expect(bare.code).toBe(1);
    expect(bare.stderr).toContain('[gateway] refusing to start: PAKN_INTERNAL_SECRET is not set');
    expect(bare.stderr).toContain('[gateway] refusing to start: JWKS_URL or JWKS_FILE is not set');
    const devKeys = await runEntryPoint(['gateway/main.ts'], {
      ...productionEnv,
      PAKN_INTERNAL_SECRET: goodSecret,
      JWKS_FILE: join(dataDir, 'dev-keys', 'jwks.json'),
    });
    expect(devKeys.code).toBe(1);
    expect(devKeys.stderr).toContain('[gateway] refusing to start: JWKS_FILE is the development key set');
  }, 60_000);
});

describe('tokens', () => {
  it('the development token script makes tokens of an hour', async () => {
    const script = await runEntryPoint(['scripts/token.ts', '--role', 'officer', '--agency', 'tinh-01'], {
      PAKN_DATA_DIR: mkdtempSync(join(tmpdir(), 'pakn-token-')),
    });
    expect(script.code).toBe(0);
    const made = JSON.parse(Buffer.from(script.stdout.trim().split('.')[1], 'base64url').toString());
    expect(made.exp - made.iat).toBe(3600);
  });
});
