import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
  errors as joseErrors,
  jwtVerify,
  SignJWT,
} from 'jose';
import { devKeysDir, envInt } from '../kit/config.ts';
import { unauthenticated } from '../kit/errors.ts';
import { ANONYMOUS, type Identity, isRole } from '../kit/identity.ts';

/** Signature algorithms we accept: asymmetric only, so a public key can never be used as an HMAC secret. */
export const ACCEPTED_ALGORITHMS = ['ES256', 'RS256', 'EdDSA'];
const DEV_ALGORITHM = 'ES256';

export interface TokenSettings {
  issuer: string;
  audience: string;
  /** The longest lifetime (exp − iat) a token may have, in seconds (JWT_MAX_LIFETIME_SECONDS, 1 h). */
  maxLifetimeSeconds?: number;
  /** How far the issuer's clock may be off ours, in seconds (JWT_CLOCK_SKEW_SECONDS, 30 s). */
  clockSkewSeconds?: number;
}

export const DEFAULT_MAX_LIFETIME_SECONDS = 3600;
export const DEFAULT_CLOCK_SKEW_SECONDS = 30;

export function tokenSettings(): TokenSettings {
  return {
    issuer: process.env.JWT_ISSUER ?? 'pakn-hub-dev',
    audience: process.env.JWT_AUDIENCE ?? 'pakn-hub',
    maxLifetimeSeconds: envInt('JWT_MAX_LIFETIME_SECONDS', DEFAULT_MAX_LIFETIME_SECONDS),
    clockSkewSeconds: envInt('JWT_CLOCK_SKEW_SECONDS', DEFAULT_CLOCK_SKEW_SECONDS),
  };
}

/**
 * The development key pair, generated on first use under data/dev-keys (gitignored): lets `npm start` and
 * `npm run token` work on a fresh machine with no identity provider.
 */
export async function devKeys(): Promise<{ privateJwk: JWK; jwks: { keys: JWK[] } }> {
  const folder = devKeysDir();
  const privatePath = join(folder, 'private.jwk.json');
  const jwksPath = join(folder, 'jwks.json');
  if (!existsSync(privatePath)) {
    mkdirSync(folder, { recursive: true });
    const { privateKey, publicKey } = await generateKeyPair(DEV_ALGORITHM, { extractable: true });
    const kid = `dev-${Date.now().toString(36)}`;
    const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: DEV_ALGORITHM };
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: DEV_ALGORITHM, use: 'sig' };
    writeFileSync(privatePath, JSON.stringify(privateJwk), { mode: 0o600 });
    writeFileSync(jwksPath, JSON.stringify({ keys: [publicJwk] }, null, 2));
  }
  return {
    privateJwk: JSON.parse(readFileSync(privatePath, 'utf8')),
    jwks: JSON.parse(readFileSync(jwksPath, 'utf8')),
  };
}

/** The keys tokens are checked against: JWKS_URL, else JWKS_FILE, else the development key pair. */
export async function loadKeySet(): Promise<JWTVerifyGetKey> {
  if (process.env.JWKS_URL) return createRemoteJWKSet(new URL(process.env.JWKS_URL));
  if (process.env.JWKS_FILE)
    return createLocalJWKSet(JSON.parse(readFileSync(process.env.JWKS_FILE, 'utf8')));
  return createLocalJWKSet((await devKeys()).jwks);
}

export interface TokenClaims {
  subject: string;
  role: string;
  agencyId?: string;
  expiresIn?: string;
}

export async function signToken(
  privateJwk: JWK,
  claims: TokenClaims,
  settings = tokenSettings(),
): Promise<string> {
  const key = await importJWK(privateJwk, privateJwk.alg ?? DEV_ALGORITHM);
  return new SignJWT({ role: claims.role, agency: claims.agencyId })
    .setProtectedHeader({ alg: privateJwk.alg ?? DEV_ALGORITHM, kid: privateJwk.kid, typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '1h')
    .sign(key);
}

/**
 * A token lives at most maxLifetime from its issue (or, without iat, from now): a stolen long-lived token is
 * refused however valid its signature. An iat in the future beyond the skew is a clock or forgery problem.
 */
function checkLifetime(payload: JWTPayload, maxLifetime: number, skew: number): void {
  const now = Math.floor(Date.now() / 1000);
  const exp = payload.exp as number;
  if (payload.iat !== undefined && payload.iat > now + skew) {
    throw unauthenticated('Token is issued in the future.');
  }
  const issued = payload.iat ?? now;
  if (exp - issued > maxLifetime + (payload.iat === undefined ? skew : 0)) {
    throw unauthenticated(`Token lives longer than the ${maxLifetime} s allowed.`);
  }
}

/** The caller's identity: anonymous without a token; an invalid or expired token is an error, never anonymous. */
export async function identityFromAuthorization(
  header: string | undefined,
  keySet: JWTVerifyGetKey,
  settings: TokenSettings,
): Promise<Identity> {
  if (!header) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw unauthenticated('Authorization header must be "Bearer <token>".');
  try {
    const skew = settings.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS;
    const { payload } = await jwtVerify(match[1], keySet, {
      issuer: settings.issuer,
      audience: settings.audience,
      algorithms: ACCEPTED_ALGORITHMS,
      requiredClaims: ['exp'],
      clockTolerance: skew,
    });
    checkLifetime(payload, settings.maxLifetimeSeconds ?? DEFAULT_MAX_LIFETIME_SECONDS, skew);
    const role = String(payload.role ?? '').toUpperCase();
    if (!isRole(role) || role === 'ANONYMOUS') throw unauthenticated('Token names no known role.');
    return {
      subject: payload.sub ?? null,
      role,
      agencyId: typeof payload.agency === 'string' ? payload.agency : null,
    };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw unauthenticated('Token has expired.');
    if (error instanceof joseErrors.JOSEError) throw unauthenticated('Token is not valid.');
    throw error;
  }
}
