import { once } from 'node:events';
import { type AddressInfo, connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from '../gateway/createGateway.ts';
import { DEFAULT_RETRY_BUDGET } from '../gateway/retryBudget.ts';
import { type Hub, sharedHub, startReplica } from './support/hub.ts';

/**
 * A TCP proxy in front of the petitions subgraph that counts the HTTP requests it receives and, for those
 * `breaks` picks, resets the connection once the request has arrived, before forwarding it: what a subgraph
 * that restarts, or a balancer dropping a kept-alive connection, does to the gateway.
 */
interface BreakingProxy {
  url: string;
  /** Requests received, and those passed on to the subgraph. */
  received: number;
  forwarded: number;
  breaks: (request: number) => boolean;
  close(): Promise<void>;
}

async function breakingProxy(target: string): Promise<BreakingProxy> {
  const upstream = new URL(target);
  const sockets = new Set<Socket>();
  const proxy: BreakingProxy = {
    url: '',
    received: 0,
    forwarded: 0,
    breaks: () => false,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  const server: Server = createServer((client) => {
    const subgraph = connect(Number(upstream.port), upstream.hostname);
    sockets.add(client).add(subgraph);
    client.on('close', () => subgraph.destroy());
    subgraph.on('close', () => client.destroy());
    client.on('error', () => {});
    subgraph.on('error', () => {});
    subgraph.pipe(client);
    let broken = false;
    client.on('data', (chunk: Buffer) => {
      if (broken) return;
      // Request bodies here are small: a chunk starting a request line starts a new request.
      if (chunk.subarray(0, 5).toString() === 'POST ') {
        proxy.received++;
        if (proxy.breaks(proxy.received)) {
          broken = true;
          client.resetAndDestroy();
          return;
        }
        proxy.forwarded++;
      }
      subgraph.write(chunk);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${upstream.pathname}`;
  return proxy;
}

let hub: Hub;
let proxy: BreakingProxy;
let gateway: RunningGateway;

beforeAll(async () => {
  hub = await sharedHub();
});
afterAll(async () => {
  await hub?.close();
});

// A fresh gateway (and so a fresh retry budget) behind a fresh proxy for each case.
async function gatewayBehindProxy(): Promise<void> {
  proxy = await breakingProxy(hub.subgraphs.petitions.http.url);
  gateway = await startReplica(hub, { subgraphUrls: { petitions: proxy.url } });
}
afterEach(async () => {
  await gateway?.close();
  await proxy?.close();
});

async function post(query: string, variables?: Record<string, unknown>) {
  const res = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

async function retryMetrics(): Promise<string[]> {
  const text = await (await fetch(gateway.url.replace(/\/graphql$/, '/metrics'))).text();
  return text.split('\n').filter((line) => line.startsWith('pakn_gateway_subgraph_fetch_retries_total{'));
}

const READ = '{ petitionByTrackingCode(trackingCode: "KHONG-CO") { id } }';
const SUBMIT = `mutation ($input: SubmitPetitionInput!) {
  submitPetition(input: $input) { trackingCode }
}`;
// The subgraph's own answer to READ: no such petition.
const answered = {
  status: 200,
  data: { petitionByTrackingCode: null },
  errors: [
    {
      message: 'Không tìm thấy phản ánh, kiến nghị có mã "KHONG-CO".',
      path: ['petitionByTrackingCode'],
      extensions: { code: 'NOT_FOUND', field: 'trackingCode', serviceName: 'petitions' },
    },
  ],
};
const unavailable = (data: unknown) => ({
  status: 200,
  data,
  errors: [
    {
      message: 'Dịch vụ petitions tạm thời không hoạt động; vui lòng thử lại sau.',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'petitions' },
    },
  ],
});

describe('a subgraph connection that breaks before any answer', () => {
  it('a read is sent once more and succeeds', async () => {
    await gatewayBehindProxy();
    proxy.breaks = (request) => request === 1;
    expect(await post(READ)).toEqual(answered);
    expect({ received: proxy.received, forwarded: proxy.forwarded }).toEqual({ received: 2, forwarded: 1 });
    expect(await retryMetrics()).toEqual([
      'pakn_gateway_subgraph_fetch_retries_total{subgraph="petitions",decision="sent",service="gateway"} 1',
    ]);
  });

  it('a mutation is not sent again: it fails as unavailable, received once', async () => {
    await gatewayBehindProxy();
    proxy.breaks = (request) => request === 1;
    const input = {
      petitioner: { type: 'INDIVIDUAL', fullName: 'Nguyễn Văn Thử', phone: '0912345678' },
      category: 'CONDUCT',
      title: 'Thử lại',
      content: 'Một kiến nghị gửi khi kết nối bị ngắt.',
    };
    expect(await post(SUBMIT, { input })).toEqual(unavailable(null));
    expect({ received: proxy.received, forwarded: proxy.forwarded }).toEqual({ received: 1, forwarded: 0 });
    expect(await retryMetrics()).toEqual([]);
    // The connection is back: the same path answers the next call.
    expect(await post(READ)).toEqual(answered);
  });

  it('a subgraph that breaks every connection gets retries only while the budget lasts', async () => {
    await gatewayBehindProxy();
    proxy.breaks = () => true;
    const calls = 20;
    for (let call = 0; call < calls; call++)
      expect(await post(READ)).toEqual(unavailable({ petitionByTrackingCode: null }));
    // floor 3 + 10% of the calls: call k may retry while retries < 3 + 0.1 k, so calls 1-4 and 11 retry.
    const { floor, ratio } = DEFAULT_RETRY_BUDGET;
    expect({ floor, ratio }).toEqual({ floor: 3, ratio: 0.1 });
    expect(proxy.received).toBe(calls + 5);
    expect(await retryMetrics()).toEqual([
      'pakn_gateway_subgraph_fetch_retries_total{subgraph="petitions",decision="sent",service="gateway"} 5',
      'pakn_gateway_subgraph_fetch_retries_total{subgraph="petitions",decision="budget_spent",service="gateway"} 15',
    ]);
  });
});
