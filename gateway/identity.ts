import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTVerifyGetKey,
  errors as joseErrors,
  jwtVerify,
  SignJWT,
} from 'jose';
import { dataDir } from '../kit/config.ts';
import { unauthenticated } from '../kit/errors.ts';
import { ANONYMOUS, type Identity, isRole } from '../kit/identity.ts';

/** Signature algorithms we accept: asymmetric only, so a public key can never be used as an HMAC secret. */
export const ACCEPTED_ALGORITHMS = ['ES256', 'RS256', 'EdDSA'];
const DEV_ALGORITHM = 'ES256';

export interface TokenSettings {
  issuer: string;
  audience: string;
}

export function tokenSettings(): TokenSettings {
  return {
    issuer: process.env.JWT_ISSUER ?? 'pakn-hub-dev',
    audience: process.env.JWT_AUDIENCE ?? 'pakn-hub',
  };
}

function devKeyFolder(): string {
  return join(dataDir(), 'dev-keys');
}

/**
 * The development key pair, generated on first use under data/dev-keys (gitignored): lets `npm start` and
 * `npm run token` work on a fresh machine with no identity provider.
 */
export async function devKeys(): Promise<{ privateJwk: JWK; jwks: { keys: JWK[] } }> {
  const folder = devKeyFolder();
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
    .setExpirationTime(claims.expiresIn ?? '8h')
    .sign(key);
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
    const { payload } = await jwtVerify(match[1], keySet, {
      issuer: settings.issuer,
      audience: settings.audience,
      algorithms: ACCEPTED_ALGORITHMS,
    });
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
