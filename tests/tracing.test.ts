import type { IncomingMessage } from 'node:http';
import { type ProxyTracerProvider, SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubTracer, startTracing, stopTracing, tracingRequested } from '../kit/tracing.ts';
import { PROVINCE_SCORECARD } from '../scripts/scorecardQuery.ts';
import { type GraphQLResponse, type Hub, startHub } from './support/hub.ts';

let hub: Hub;
/** The traceparent header of every GraphQL request a subgraph received, with the subgraph's name. */
const received: { subgraph: string; traceparent: string | undefined }[] = [];

beforeAll(async () => {
  hub = await startHub({ petitions: 500 });
  for (const [subgraph, running] of Object.entries(hub.subgraphs)) {
    running.http.server.on('request', (req: IncomingMessage) => {
      const traceparent = req.headers.traceparent;
      if (req.url?.startsWith('/graphql')) {
        received.push({ subgraph, traceparent: typeof traceparent === 'string' ? traceparent : undefined });
      }
    });
  }
});
afterAll(async () => {
  await hub?.close();
  await stopTracing();
});

const variables = { on: '2025-07-01', from: '2025-01-01', to: '2026-06-30' };
const CLIENT_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const CLIENT_SPAN = '00f067aa0ba902b7';

const id = (span: ReadableSpan) => span.spanContext().spanId;
const parentId = (span: ReadableSpan) => span.parentSpanContext?.spanId;

describe('with no OTLP endpoint', () => {
  it('registers no tracer provider, makes no spans and forwards no traceparent', async () => {
    expect(tracingRequested({})).toBe(false);
    expect(await startTracing('pakn-gateway', { env: {} })).toBe(false);
    expect(hubTracer()).toBeUndefined();
    const provider = trace.getTracerProvider() as ProxyTracerProvider;
    expect(provider.getDelegateTracer('probe')).toBeUndefined();
    expect(trace.getTracer('probe').startSpan('probe').isRecording()).toBe(false);

    received.length = 0;
    const answer = await hub.query(
      PROVINCE_SCORECARD.replace('ProvinceScorecard', 'UntracedScorecard'),
      variables,
      { token: await centralToken(), headers: { traceparent: `00-${CLIENT_TRACE}-${CLIENT_SPAN}-01` } },
    );
    expect(answer.errors).toBeUndefined();
    expect(received.map((call) => call.subgraph).sort()).toEqual([
      'agencies',
      'petitions',
      'procedures',
      'reporting',
    ]);
    expect(received.map((call) => call.traceparent)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

let token: Promise<string> | undefined;
function centralToken(): Promise<string> {
  token ??= hub.token({ subject: 'vpcp.giam-sat', role: 'CENTRAL_OFFICE', agencyId: 'bo-vpcp' });
  return token;
}

describe('with an in-memory exporter', () => {
  const exporter = new InMemorySpanExporter();
  beforeAll(async () => {
    expect(await startTracing('pakn-hub-test', { exporter })).toBe(true);
  });

  it('records one trace for a scorecard request: gateway operation, planning, fetches, subgraphs and SQL', async () => {
    exporter.reset();
    let answer: GraphQLResponse<{ agencies: { nodes: { id: string }[] } }> | undefined;
    const statements = await hub.countStatements(async () => {
      answer = await hub.asCentralOffice<{ agencies: { nodes: { id: string }[] } }>(
        PROVINCE_SCORECARD,
        variables,
      );
    });
    expect(answer?.errors).toBeUndefined();
    const spans = await requestSpans(exporter, 'query ProvinceScorecard');

    // One trace, whose only root is the gateway's operation span.
    expect(new Set(spans.map((span) => span.spanContext().traceId)).size).toBe(1);
    const roots = spans.filter((span) => !span.parentSpanContext);
    expect(roots.map((span) => span.name)).toEqual(['query ProvinceScorecard']);
    const [root] = roots;
    expect(root.kind).toBe(SpanKind.SERVER);
    expect(root.attributes).toEqual({
      'http.request.method': 'POST',
      'http.route': '/graphql',
      'url.path': '/graphql',
      'url.scheme': 'http',
      'http.response.status_code': 200,
      'graphql.operation.type': 'query',
      'graphql.operation.name': 'ProvinceScorecard',
    });

    // Every span but SQL, as a tree: Apollo's gateway spans, a client span per fetch, the subgraph's span under it.
    const byId = new Map(spans.map((span) => [id(span), span]));
    const children = (span: ReadableSpan) => spans.filter((child) => parentId(child) === id(span));
    const isSql = (span: ReadableSpan) => span.attributes['db.system'] === 'postgresql';
    const outline = (span: ReadableSpan): unknown => {
      const label = span.name === 'gateway.fetch' ? `gateway.fetch ${span.attributes.service}` : span.name;
      const below = children(span).filter((child) => !isSql(child));
      return below.length === 0 ? label : { [label]: below.map(outline).sort(byLabel) };
    };
    const fetch = (subgraph: string, operation: string) => ({
      [`gateway.fetch ${subgraph}`]: [{ POST: [`query ProvinceScorecard__${subgraph}__${operation}`] }],
    });
    expect(outline(root)).toEqual({
      'query ProvinceScorecard': [
        {
          'gateway.request': [
            {
              'gateway.execute': [
                fetch('agencies', '0'),
                fetch('petitions', '3'),
                fetch('procedures', '2'),
                fetch('reporting', '1'),
                'gateway.postprocessing',
              ],
            },
            'gateway.plan',
            'gateway.validate',
          ],
        },
      ],
    });

    // The client spans name the subgraph they call; each subgraph's span hangs under its fetch through the
    // traceparent header: a remote parent, as nothing else joins the two servers' contexts.
    const clientSpans = spans.filter((span) => span.name === 'POST');
    expect(clientSpans.map((span) => [span.kind, span.attributes['peer.service']]).sort()).toEqual(
      ['agencies', 'petitions', 'procedures', 'reporting'].map((name) => [SpanKind.CLIENT, `pakn-${name}`]),
    );
    for (const span of clientSpans) {
      expect(byId.get(parentId(span) ?? '')?.attributes.service).toBe(
        String(span.attributes['peer.service']).replace('pakn-', ''),
      );
      expect(span.attributes['http.response.status_code']).toBe(200);
    }
    const subgraphSpans = spans.filter((span) => span.kind === SpanKind.SERVER && span !== root);
    expect(subgraphSpans).toHaveLength(4);
    for (const span of subgraphSpans) {
      expect(span.parentSpanContext?.isRemote).toBe(true);
      expect(clientSpans.map(id)).toContain(parentId(span));
      expect(span.attributes['graphql.operation.type']).toBe('query');
    }

    // SQL: a span per statement run, each under its subgraph's span, with the statement's text and its
    // placeholders, never the values bound to them.
    const sqlSpans = spans.filter(isSql);
    expect(sqlSpans).toHaveLength(statements);
    const subgraphsWithSql = new Set(sqlSpans.map((span) => byId.get(parentId(span) ?? '')?.name));
    expect([...subgraphsWithSql].sort()).toEqual(subgraphSpans.map((span) => span.name).sort());
    const values = [
      ...Object.values(variables),
      'PROVINCE',
      'bo-vpcp',
      ...(answer?.data?.agencies.nodes.map((node) => node.id) ?? []),
    ];
    expect(values.length).toBeGreaterThan(30);
    for (const span of sqlSpans) {
      expect(span.kind).toBe(SpanKind.CLIENT);
      const statement = String(span.attributes['db.statement']);
      expect(statement).toMatch(/^\s*(select|with|insert|update|delete)\b/i);
      expect(span.name).toBe(String(span.attributes['db.operation']));
      for (const value of values) expect(statement).not.toContain(value);
    }
    expect(sqlSpans.some((span) => /\$1\b|\?/.test(String(span.attributes['db.statement'])))).toBe(true);
  });

  it('continues a client’s trace: its traceparent is the parent of the gateway’s span', async () => {
    exporter.reset();
    received.length = 0;
    const answer = await hub.query(
      `query OneProvince { agencies(filter: { kind: PROVINCE, activeOn: "2025-07-01" }, first: 1) { totalCount } }`,
      {},
      { token: await centralToken(), headers: { traceparent: `00-${CLIENT_TRACE}-${CLIENT_SPAN}-01` } },
    );
    expect(answer).toEqual({ status: 200, data: { agencies: { totalCount: 34 } } });
    const spans = await requestSpans(exporter, 'query OneProvince');
    const gatewaySpan = spans.find((span) => span.name === 'query OneProvince');
    expect(gatewaySpan?.parentSpanContext).toMatchObject({
      traceId: CLIENT_TRACE,
      spanId: CLIENT_SPAN,
      isRemote: true,
    });
    expect(new Set(spans.map((span) => span.spanContext().traceId))).toEqual(new Set([CLIENT_TRACE]));
    // The subgraph's header names the gateway's fetch span, not the client's.
    const fetchSpan = spans.find((span) => span.name === 'POST');
    expect(received).toEqual([
      { subgraph: 'agencies', traceparent: `00-${CLIENT_TRACE}-${fetchSpan && id(fetchSpan)}-01` },
    ]);
  });

  it('follows a subgraph asking another: the agencies span hangs under the petitions subgraph’s call', async () => {
    exporter.reset();
    const officer = await hub.token({ subject: 'canbo.angiang', role: 'OFFICER', agencyId: 'tinh-91-2025' });
    const answer = await hub.query<{ petitions: { totalCount: number } }>(
      'query OfficerPetitions { petitions(first: 1) { totalCount } }',
      {},
      { token: officer },
    );
    expect(answer.errors).toBeUndefined();
    const spans = await requestSpans(exporter, 'query OfficerPetitions');
    expect(new Set(spans.map((span) => span.spanContext().traceId)).size).toBe(1);
    const byId = new Map(spans.map((span) => [id(span), span]));
    const coverage = spans.find((span) => span.name === 'query Coverage');
    const call = byId.get(parentId(coverage as ReadableSpan) ?? '');
    const caller = byId.get(parentId(call as ReadableSpan) ?? '');
    expect([call?.name, call?.kind, call?.attributes['peer.service']]).toEqual([
      'POST',
      SpanKind.CLIENT,
      'pakn-agencies',
    ]);
    expect(coverage?.parentSpanContext?.isRemote).toBe(true);
    expect(caller?.name).toMatch(/^query OfficerPetitions__petitions__\d+$/);
  });
});

function byLabel(a: unknown, b: unknown): number {
  const label = (item: unknown) => (typeof item === 'string' ? item : Object.keys(item as object)[0]);
  return label(a).localeCompare(label(b));
}

/**
 * The spans of the request whose gateway span has this name, once all have ended: a server span ends just
 * after its answer is sent, so the client may read the answer a moment before.
 */
async function requestSpans(exporter: InMemorySpanExporter, name: string): Promise<ReadableSpan[]> {
  for (let waited = 0; waited < 5_000; waited += 10) {
    const spans = exporter.getFinishedSpans();
    const calls = spans.filter((span) => span.kind === SpanKind.CLIENT && span.attributes['peer.service']);
    const answered = calls.every((call) => spans.some((span) => span.parentSpanContext?.spanId === id(call)));
    if (answered && spans.some((span) => span.name === name)) return spans;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`the spans of ${name} did not all end`);
}
