import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard, DASHBOARD_MANIFEST } from '../gateway/dashboard/files.ts';
import { documentHash, loadTrustedDocuments } from '../gateway/trustedDocuments.ts';
import { type Hub, sharedHub } from './support/hub.ts';

/**
 * The central office's dashboard, as the gateway serves it: the page and its files at /, its queries run by
 * their hash alone (the manifest GraphQL Code Generator writes), and the development sign-in that only a
 * development gateway has. The browser itself is tests/browser/ (npm run test:browser).
 */
let hub: Hub;
let production: Hub;
let trusted: Hub;
const manifest = JSON.parse(readFileSync(DASHBOARD_MANIFEST, 'utf8')) as Record<string, string>;
const scorecardId = Object.keys(manifest).find((id) => manifest[id].startsWith('query DashboardScorecard'));
const OTHER = '{ agencies(first: 1) { totalCount } }';

beforeAll(async () => {
  hub = await sharedHub({ devSignIn: true });
  production = await sharedHub({ devSignIn: true, hardening: { production: true } });
  const operatorManifest = join(mkdtempSync(join(tmpdir(), 'pakn-dashboard-')), 'manifest.json');
  writeFileSync(operatorManifest, JSON.stringify({ [documentHash(OTHER)]: OTHER }));
  trusted = await sharedHub({ hardening: { trustedDocuments: loadTrustedDocuments(operatorManifest) } });
}, 180_000);
afterAll(async () => {
  await hub?.close();
  await production?.close();
  await trusted?.close();
});

const base = (target: Hub) => new URL('/', target.gateway.url).href;

async function post(target: Hub, body: unknown, token?: string) {
  const res = await fetch(target.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    ...((await res.json()) as { data?: unknown; errors?: { extensions?: unknown }[] }),
  };
}

async function signIn(target: Hub, body: unknown) {
  const res = await fetch(new URL('/dev/sign-in', target.gateway.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { token?: string; error?: string } };
}

const scorecardVariables = { kind: 'PROVINCE', on: '2026-10-31', from: '2026-08-01', to: '2026-10-31' };

describe('the dashboard served by the gateway', () => {
  it('serves the page at / with its own files only, under a content security policy', async () => {
    const res = await fetch(base(hub));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const page = await res.text();
    expect(page).toContain('<html lang="vi">');
    const links = [...page.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((match) => match[1]);
    // The icon is drawn inline (a data: URL the policy's img-src allows); everything else is a file of ours.
    expect(links.filter((link) => link.startsWith('data:image/svg+xml,'))).toHaveLength(1);
    const files = links.filter((link) => !link.startsWith('data:'));
    expect(files.length).toBe(2);
    for (const file of files) {
      expect(file).toMatch(/^\/assets\/index-[\w-]+\.(js|css)$/);
      const asset = await fetch(new URL(file, base(hub)));
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect((await asset.text()).length).toBeGreaterThan(1000);
    }
    expect((await fetch(new URL('/assets/../package.json', base(hub)))).status).toBe(404);
    expect((await fetch(new URL('/nothing-here', base(hub)))).status).toBe(404);
  });

  it("building it leaves this process's NODE_ENV alone (Vite's build would set it to production)", async () => {
    const before = process.env.NODE_ENV;
    delete process.env.NODE_ENV;
    try {
      const out = join(mkdtempSync(join(tmpdir(), 'pakn-dashboard-build-')), 'build');
      await buildDashboard(out);
      expect(process.env.NODE_ENV).toBeUndefined();
      expect(readdirSync(out).sort()).toEqual(['assets', 'index.html']);
    } finally {
      process.env.NODE_ENV = before;
    }
  });

  it('is served in production too (the page is the product; only the sign-in is for development)', async () => {
    expect((await fetch(base(production))).status).toBe(200);
  });
});

describe("the dashboard's trusted documents", () => {
  it('every manifest entry is the sha256 of its text (the gateway checks it at start)', () => {
    expect(Object.keys(manifest).length).toBeGreaterThanOrEqual(10);
    expect(() => loadTrustedDocuments(DASHBOARD_MANIFEST)).not.toThrow();
  });

  it('runs a dashboard query sent by its documentId alone, and still runs other clients’ query text', async () => {
    const token = await hub.token({ subject: 'vpcp', role: 'CENTRAL_OFFICE', agencyId: 'bo-vpcp' });
    const byId = await post(hub, { documentId: scorecardId, variables: scorecardVariables }, token);
    const byText = await post(
      hub,
      { query: manifest[scorecardId as string], variables: scorecardVariables },
      token,
    );
    expect(byId.errors).toBeUndefined();
    expect(byId).toEqual(byText);
    expect((byId.data as { agencies: { totalCount: number } }).agencies.totalCount).toBe(34);
    expect((await post(hub, { query: OTHER })).data).toEqual({
      agencies: { totalCount: expect.any(Number) },
    });
  });

  it('an unknown documentId is not run, and is not a trusted-documents refusal when that mode is off', async () => {
    const answer = await post(hub, { documentId: `sha256:${documentHash('{ __typename }')}` });
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.[0].extensions).not.toEqual({ code: 'PERSISTED_QUERY_NOT_ALLOWED' });
  });

  it("in trusted-documents mode the dashboard's documents join the operator's; anything else is refused", async () => {
    const token = await trusted.token({ subject: 'vpcp', role: 'CENTRAL_OFFICE', agencyId: 'bo-vpcp' });
    const byId = await post(trusted, { documentId: scorecardId, variables: scorecardVariables }, token);
    expect(byId.status).toBe(200);
    expect(byId.errors).toBeUndefined();
    expect((await post(trusted, { query: OTHER })).status).toBe(200);
    const refused = await post(trusted, { query: '{ agencies(first: 2) { totalCount } }' });
    expect(refused.status).toBe(403);
    expect(refused.errors?.[0].extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_ALLOWED' });
  });
});

describe('the development sign-in', () => {
  it('signs a short-lived token for a role and an agency, which the gateway then accepts', async () => {
    const { status, body } = await signIn(hub, { role: 'CENTRAL_OFFICE', agencyId: 'bo-vpcp' });
    expect(status).toBe(200);
    expect(body).toEqual({
      token: expect.any(String),
      role: 'CENTRAL_OFFICE',
      agencyId: 'bo-vpcp',
      subject: 'central_office-bo-vpcp',
    });
    const claims = JSON.parse(Buffer.from((body.token as string).split('.')[1], 'base64url').toString());
    expect(claims.exp - claims.iat).toBe(1800);
    const answer = await post(hub, { documentId: scorecardId, variables: scorecardVariables }, body.token);
    expect(answer.errors).toBeUndefined();
  });

  it('a citizen needs no agency; staff do; an unknown role or a malformed body is refused', async () => {
    const citizen = await signIn(hub, { role: 'citizen' });
    expect(citizen.status).toBe(200);
    expect(citizen.body).toMatchObject({ role: 'CITIZEN', agencyId: null, subject: 'citizen-citizen' });
    expect(await signIn(hub, { role: 'OFFICER' })).toEqual({
      status: 400,
      body: { error: 'role OFFICER needs an agencyId (e.g. tinh-01, bo-vpcp)' },
    });
    expect((await signIn(hub, { role: 'ANONYMOUS' })).status).toBe(400);
    expect((await signIn(hub, { role: 'ROOT', agencyId: 'bo-vpcp' })).status).toBe(400);
    expect((await signIn(hub, 'not an object')).status).toBe(400);
    expect((await fetch(new URL('/dev/sign-in', base(hub)))).status).toBe(405);
    const form = await fetch(new URL('/dev/sign-in', base(hub)), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ role: 'CENTRAL_OFFICE', agencyId: 'bo-vpcp' }),
    });
    expect(form.status).toBe(415);
  });

  it('probe: a production gateway has no sign-in, even when given a key to sign with', async () => {
    const answer = await signIn(production, { role: 'CENTRAL_OFFICE', agencyId: 'bo-vpcp' });
    expect(answer).toEqual({ status: 404, body: { error: 'not found' } });
    expect((await fetch(new URL('/dev/sign-in', base(production)))).status).toBe(404);
  });
});
