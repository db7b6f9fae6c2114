import type { EndpointAnswer } from '../../kit/http.ts';
import { type DashboardFiles, dashboardFiles } from './files.ts';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  json: 'application/json; charset=utf-8',
};

// The page loads only its own files and talks only to this gateway; ECharts draws on a canvas.
const SECURITY = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * GET / (the page) and /assets/<file> (hashed names, cached for a year). The files are read or built on the
 * first request (gateway/dashboard/files.ts); a failure to build is a 503 that says why, tried again next time.
 */
export function dashboardRoute(): (pathname: string) => Promise<EndpointAnswer | null> {
  let files: Promise<DashboardFiles> | null = null;
  return async (pathname) => {
    const name = pathname === '/' || pathname === '/index.html' ? 'index.html' : pathname.slice(1);
    if (name !== 'index.html' && !/^assets\/[\w.-]+$/.test(name)) return null;
    files ??= dashboardFiles().catch((error: unknown) => {
      files = null;
      throw error;
    });
    const loaded = await files.catch((error: Error) => error);
    if (loaded instanceof Error)
      return { status: 503, body: { error: `dashboard unavailable: ${loaded.message}` } };
    const body = loaded.get(name);
    if (body === undefined) return null;
    const extension = name.slice(name.lastIndexOf('.') + 1);
    return {
      status: 200,
      body,
      contentType: TYPES[extension] ?? 'application/octet-stream',
      headers: {
        ...SECURITY,
        'cache-control': name === 'index.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
      },
    };
  };
}
