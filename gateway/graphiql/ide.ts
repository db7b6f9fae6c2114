import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { EndpointAnswer } from '../../kit/http.ts';
import { bundleIde, IDE_ASSETS, type IdeAsset } from './bundle.ts';

export interface GraphiqlIde {
  /** What a browser gets at GET /graphql: this IDE in development, nothing in production. */
  plugin: ApolloServerPlugin;
  /** /graphiql/<asset> for kit/http.ts's extra GET endpoints: none in production. */
  endpoints: Record<string, () => Promise<EndpointAnswer>>;
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>PAKN Hub GraphiQL</title>
<link rel="stylesheet" href="/graphiql/app.css">
<style>body { margin: 0; } #graphiql { height: 100dvh; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script type="module" src="/graphiql/app.js"></script>
</body>
</html>
`;

/**
 * GraphiQL served by the gateway itself, in development only, instead of Apollo's default pages (Sandbox
 * in development, a landing page in production), which both load from Apollo's CDN: a closed network
 * could not reach it, and production shows no page at all. The files are bundled on the first request
 * and kept in memory (gateway/graphiql/bundle.ts).
 */
export function graphiqlIde(enabled: boolean): GraphiqlIde {
  if (!enabled) return { plugin: ApolloServerPluginLandingPageDisabled(), endpoints: {} };
  let bundle: Promise<Map<string, IdeAsset>> | null = null;
  const asset = async (name: string): Promise<EndpointAnswer> => {
    bundle ??= bundleIde().catch((error: unknown) => {
      bundle = null; // Try again on the next request rather than keep a failure.
      throw error;
    });
    const files = await bundle.catch((error: Error) => error);
    // Without the development dependencies (a production install run with NODE_ENV unset): say so.
    if (files instanceof Error)
      return { status: 503, body: { error: `GraphiQL unavailable: ${files.message}` } };
    const file = files.get(name);
    return file ? { status: 200, ...file } : { status: 404, body: { error: 'not found' } };
  };
  return {
    plugin: {
      async serverWillStart() {
        return {
          async renderLandingPage() {
            return { html: PAGE };
          },
        };
      },
    },
    endpoints: Object.fromEntries(IDE_ASSETS.map((name) => [`/graphiql/${name}`, () => asset(name)])),
  };
}
