import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { dataDir, devKeysDir, envInt } from './config.ts';
import { type Identity, isRole } from './identity.ts';

/**
 * The identity the gateway forwards to subgraphs, as a short-lived token signed with a secret only the hub's
 * own services hold (PAKN_INTERNAL_SECRET). A subgraph serves nothing but its health endpoints without one,
 * so it is never a back door around the gateway's token checks. Subgraphs that call each other for a
 * command sign the same way. HS256 only: the external tokens are asymmetric (gateway/identity.ts), so the
 * two kinds can never be confused for each other.
 */
export const INTERNAL_TOKEN_HEADER = 'x-pakn-identity';
const ISSUER = 'pakn-hub';
const AUDIENCE = 'pakn-subgraphs';
const ALGORITHM = 'HS256';
/** Long enough for a slow request's last subgraph call, short enough that a leaked token soon dies. */
const LIFETIME_SECONDS = 60;
/** The gateway reuses a token for the same caller this long, so signing is not paid on every request. */
const REUSE_SECONDS = 30;

export interface Caller {
  identity: Identity;
  /** Who is sending, for rate limits: the signed-in subject, else a hash of the client's address. */
  client: string | null;
}

let cachedSecret: { source: string; key: Uint8Array } | null = null;

/** PAKN_INTERNAL_SECRET; outside production, a random one kept in the data folder for every local process. */
export function internalSecret(): Uint8Array {
  const fromEnv = process.env.PAKN_INTERNAL_SECRET;
  const source = fromEnv ?? `file:${dataDir()}`;
  if (cachedSecret?.source === source) return cachedSecret.key;
  let secret: string;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('PAKN_INTERNAL_SECRET must be at least 32 characters');
    secret = fromEnv;
  } else {
    if (process.env.NODE_ENV === 'production') {
      throw new Error('PAKN_INTERNAL_SECRET must be set in production (the same value for every service)');
    }
    const file = join(devKeysDir(), 'internal-secret');
    if (!existsSync(file)) {
      mkdirSync(devKeysDir(), { recursive: true });
      // Processes starting together: each writes its own file whole, and the first hard link wins, so no
      // process ever reads a half-written secret; the others read the winner's.
      const draft = `${file}.${process.pid}`;
      writeFileSync(draft, randomBytes(32).toString('base64url'), { mode: 0o600 });
      try {
        linkSync(draft, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      } finally {
        unlinkSync(draft);
      }
    }
    secret = readFileSync(file, 'utf8').trim();
  }
  cachedSecret = { source, key: new TextEncoder().encode(secret) };
  return cachedSecret.key;
}

const signed = new Map<string, { token: string; until: number }>();

/** A token for this caller, reused while it has more than half its life left. */
export async function signCaller(caller: Caller): Promise<string> {
  const cacheKey = JSON.stringify([
    caller.identity.subject,
    caller.identity.role,
    caller.identity.agencyId,
    caller.client,
  ]);
  const now = Date.now();
  const hit = signed.get(cacheKey);
  if (hit && hit.until > now) return hit.token;
  const token = await new SignJWT({
    role: caller.identity.role,
    agency: caller.identity.agencyId,
    client: caller.client,
  })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(caller.identity.subject ?? '')
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(Math.floor(now / 1000))
    .setExpirationTime(Math.floor(now / 1000) + LIFETIME_SECONDS)
    .sign(internalSecret());
  if (signed.size > 10_000) signed.clear();
  signed.set(cacheKey, { token, until: now + REUSE_SECONDS * 1000 });
  return token;
}

const verified = new Map<string, { caller: Caller; until: number }>();

/** The caller a token names, or null when it is missing, forged, expired or not meant for subgraphs. */
export async function verifyCaller(token: string | undefined | null): Promise<Caller | null> {
  if (!token) return null;
  const now = Date.now();
  const hit = verified.get(token);
  if (hit && hit.until > now) return hit.caller;
  try {
    const skew = envInt('PAKN_INTERNAL_CLOCK_SKEW_SECONDS', 5);
    const { payload } = await jwtVerify(token, internalSecret(), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: [ALGORITHM],
      requiredClaims: ['exp', 'iat'],
      clockTolerance: skew,
      // iat no older than the lifetime and not in the future (beyond the skew).
      maxTokenAge: LIFETIME_SECONDS,
    });
    // Signed by a hub service, yet living longer than a hub service signs for: not ours to trust.
    if ((payload.exp as number) - (payload.iat as number) > LIFETIME_SECONDS) return null;
    const role = String(payload.role ?? '');
    if (!isRole(role)) return null;
    const caller: Caller = {
      identity: {
        subject: payload.sub ? payload.sub : null,
        role,
        agencyId: typeof payload.agency === 'string' ? payload.agency : null,
      },
      client: typeof payload.client === 'string' ? payload.client : null,
    };
    if (verified.size > 10_000) verified.clear();
    verified.set(token, { caller, until: Math.min(now + REUSE_SECONDS * 1000, (payload.exp ?? 0) * 1000) });
    return caller;
  } catch (error) {
    if (error instanceof joseErrors.JOSEError) return null;
    throw error;
  }
}
