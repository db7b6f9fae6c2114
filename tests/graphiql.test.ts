import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from '../gateway/createGateway.ts';
import { IDE_ASSETS } from '../gateway/graphiql/bundle.ts';
import { type Hub, sharedHub, startReplica } from './support/hub.ts';

/** The hub's gateway runs with development settings; a second gateway over the same subgraphs, production. */
let hub: Hub;
let production: RunningGateway;

beforeAll(async () => {
  hub = await sharedHub();
  production = await startReplica(hub, {
    hardening: { production: true },
  });
});
afterAll(async () => {
  await production?.close();
  await hub?.close();
});

const asBrowser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

function assetUrl(graphqlUrl: string, name: string): string {
  return new URL(`/graphiql/${name}`, graphqlUrl).href;
}

/**
 * Anything in the page or its files that makes the browser load from elsewhere: an absolute or
 * protocol-relative URL right after an import, a worker, importScripts, fetch, a stylesheet url() or @import,
 * or a src/href attribute. Other absolute URLs in the bundle are text the browser never requests (links in
 * help messages, XML namespaces, JSON-schema ids), so they are not matched.
 */
const LOADS_FROM_ELSEWHERE =
  /(?:\bimport\s*\(|\bimport\b|\bfrom|new\s+(?:Shared)?Worker\s*\(|importScripts\s*\(|fetch\s*\(|url\s*\(|@import|\bsrc\s*=|\bhref\s*=)\s*["'`]?\s*(?:https?:)?\/\/[^"'`\s)]*/gi;
/** The CDNs GraphiQL and Apollo would otherwise load from, or that fonts commonly come from. */
const CDN_HOSTS = /esm\.sh|unpkg\.com|jsdelivr|cdnjs|apollographql\.com|googleapis|gstatic/gi;

describe('GraphiQL in development', () => {
  it('answers a browser at /graphql with our own page, which loads only from this gateway', async () => {
    const res = await fetch(hub.gateway.url, { headers: asBrowser });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await res.text();
    expect(page).toContain('<div id="graphiql">');
    expect([...page.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((match) => match[1])).toEqual([
      '/graphiql/app.css',
      '/graphiql/app.js',
    ]);
    expect(page.match(LOADS_FROM_ELSEWHERE)).toBeNull();
    expect(page.match(CDN_HOSTS)).toBeNull();
  });

  it('serves the IDE and its editor workers, built with nothing to fetch from elsewhere', async () => {
    const types: Record<string, string> = {};
    for (const name of IDE_ASSETS) {
      const res = await fetch(assetUrl(hub.gateway.url, name));
      const body = await res.text();
      types[name] = `${res.status} ${res.headers.get('content-type')}`;
      expect(body.length, name).toBeGreaterThan(1000);
      expect(body.match(LOADS_FROM_ELSEWHERE), name).toBeNull();
      expect(body.match(CDN_HOSTS), name).toBeNull();
      if (name.endsWith('.css')) {
        // Fonts (GraphiQL's and Monaco's codicons) are inlined: every url() is a data URL.
        expect(body.match(/url\((?!["']?data:)[^)]*\)/g), name).toBeNull();
      }
    }
    const js = 'text/javascript; charset=utf-8';
    expect(types).toEqual({
      'app.js': `200 ${js}`,
      'app.css': '200 text/css; charset=utf-8',
      'editor.worker.js': `200 ${js}`,
      'json.worker.js': `200 ${js}`,
      'graphql.worker.js': `200 ${js}`,
    });
    // The page starts Monaco's workers from here, not from esm.sh as graphiql's own helper would.
    const app = await (await fetch(assetUrl(hub.gateway.url, 'app.js'))).text();
    expect(app).toContain('new Worker(`/graphiql/${');
  }, 120_000);

  it("answers the IDE's schema load (its introspection query) at the default limits", async () => {
    // What @graphiql/toolkit's fetcher sends for GraphiQL's first request.
    const res = await fetch(hub.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, multipart/mixed' },
      body: JSON.stringify({ query: getIntrospectionQuery(), operationName: 'IntrospectionQuery' }),
    });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { data?: IntrospectionQuery; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    // What GraphiQL does with the answer: a schema to complete, check and document queries against.
    const schema = buildClientSchema(answer.data as IntrospectionQuery);
    expect(schema.getQueryType()?.name).toBe('Query');
    expect(schema.getType('Agency')).toBeDefined();
  });
});

describe('GraphiQL in production', () => {
  it('serves no landing page and none of the IDE files', async () => {
    const res = await fetch(production.url, { headers: asBrowser });
    // Apollo's answer to a GET without a query: no page, neither ours nor Apollo's own.
    expect([res.status, res.headers.get('content-type')]).toEqual([400, 'application/json; charset=utf-8']);
    expect(await res.text()).not.toMatch(/<html|graphiql|apollographql|embeddable/i);
    for (const name of IDE_ASSETS) {
      const asset = await fetch(assetUrl(production.url, name));
      expect([name, asset.status, await asset.json()]).toEqual([name, 404, { error: 'not found' }]);
    }
  });
});
