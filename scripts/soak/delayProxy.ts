import http from 'node:http';

/**
 * A forwarding proxy that holds each GraphQL request `delayMs` before passing it on: a slow (or, with a long
 * delay, hung) subgraph as the gateway sees it. Health and readiness pass at once, so the gateway stays
 * "ready" and keeps sending work to it.
 */
export interface DelayProxy {
  delayMs: number;
  /** Requests the proxy received on /graphql, and how many of those the gateway gave up on while held. */
  stats: { received: number; abandoned: number };
  close(): Promise<void>;
}

export async function startDelayProxy(
  port: number,
  targetPort: number,
  delayMs: number,
): Promise<DelayProxy> {
  const proxy: DelayProxy = { delayMs, stats: { received: 0, abandoned: 0 }, close: async () => {} };
  const upstream = new http.Agent({ keepAlive: true });
  const server = http.createServer((req, res) => {
    const held = req.url?.startsWith('/graphql') ? proxy.delayMs : 0;
    if (held) proxy.stats.received += 1;
    let gone = false;
    res.on('close', () => {
      if (!res.writableFinished && held) {
        gone = true;
        proxy.stats.abandoned += 1;
      }
    });
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      setTimeout(() => {
        if (gone) return;
        const forward = http.request(
          {
            host: '127.0.0.1',
            port: targetPort,
            path: req.url,
            method: req.method,
            headers: req.headers,
            agent: upstream,
          },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        forward.on('error', () => res.destroy());
        forward.end(Buffer.concat(chunks));
      }, held);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
      upstream.destroy();
    });
  return proxy;
}
