import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { devKeysDir } from './config.ts';

/**
 * What a service refuses to start without in production (NODE_ENV=production): a secret of its own, not a
 * development one generated under data/dev-keys/ — a service that started without it would report ready and
 * then fail (or, worse, trust) every request. Each problem names the variable to set.
 */
function devFile(name: string): string {
  return join(devKeysDir(), name);
}

function readIfExists(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8').trim() : null;
}

/** Every service: the shared internal secret. */
export function internalSecretProblems(env: NodeJS.ProcessEnv = process.env): string[] {
  const secret = env.PAKN_INTERNAL_SECRET;
  if (!secret) {
    return ['PAKN_INTERNAL_SECRET is not set: set it (32+ characters, the same for every service).'];
  }
  if (secret.length < 32) return ['PAKN_INTERNAL_SECRET is shorter than 32 characters.'];
  if (secret === readIfExists(devFile('internal-secret'))) {
    return ['PAKN_INTERNAL_SECRET is the development secret from data/dev-keys/: set a secret of its own.'];
  }
  return [];
}

/** The gateway: a key set of the identity provider, not the development key pair. */
export function tokenKeyProblems(env: NodeJS.ProcessEnv = process.env): string[] {
  if (!env.JWKS_URL && !env.JWKS_FILE) {
    return ['JWKS_URL or JWKS_FILE is not set: production tokens cannot be checked with development keys.'];
  }
  if (env.JWKS_FILE) {
    const devJwks = readIfExists(devFile('jwks.json'));
    const sameFile = resolve(env.JWKS_FILE) === resolve(devFile('jwks.json'));
    const given = readIfExists(env.JWKS_FILE);
    if (given === null) return [`JWKS_FILE names a file that does not exist: ${env.JWKS_FILE}.`];
    if (sameFile || (devJwks !== null && given === devJwks)) {
      return ['JWKS_FILE is the development key set from data/dev-keys/: use the identity provider’s.'];
    }
  }
  return [];
}

/** In production, stops the process (exit code 1) with the problems on standard error; else does nothing. */
export function refuseToStartWithout(
  service: string,
  problems: (env: NodeJS.ProcessEnv) => string[],
  env: NodeJS.ProcessEnv = process.env,
): void {
  if (env.NODE_ENV !== 'production') return;
  const found = problems(env);
  if (!found.length) return;
  for (const problem of found) console.error(`[${service}] refusing to start: ${problem}`);
  process.exit(1);
}
