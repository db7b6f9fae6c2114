// The browser side of the development IDE, bundled by gateway/graphiql/bundle.ts. Written with
// createElement, not JSX, so the project's tsc needs no JSX settings.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';

// Monaco's workers come from this gateway, not from esm.sh as graphiql's own setup helper would load them:
// the IDE must work on a network with no way out.
self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    const name = label === 'json' || label === 'graphql' ? label : 'editor';
    return new Worker(`/graphiql/${name}.worker.js`, { type: 'module' });
  },
};

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', location.href).href });
const root = document.getElementById('graphiql');
if (root) createRoot(root).render(createElement(GraphiQL, { fetcher }));
