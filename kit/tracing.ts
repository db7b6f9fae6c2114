import { context, propagation, type Tracer, trace } from '@opentelemetry/api';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';

/**
 * Tracing of this process with OpenTelemetry. It is on only when an OTLP endpoint is configured (or a test
 * passes an exporter): otherwise no provider is registered, the SDK is not even loaded, and the hub's own
 * hooks (kit/traceHttp.ts, kit/traceSql.ts, kit/traceFetch.ts) see `hubTracer()` undefined and do nothing.
 */

let tracer: Tracer | undefined;
let stop: (() => Promise<void>) | undefined;

/** The hub's tracer while tracing is on; undefined when off, which every hook checks first. */
export function hubTracer(): Tracer | undefined {
  return tracer;
}

export interface TracingOptions {
  /** Spans go here, each as it ends, instead of OTLP (tests: an InMemorySpanExporter). */
  exporter?: SpanExporter;
  env?: NodeJS.ProcessEnv;
}

/** Whether the environment asks for traces: an OTLP endpoint set, and the SDK not disabled. */
export function tracingRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim());
}

/**
 * Registers a tracer provider for the process (W3C trace context, async-local context) exporting over
 * OTLP/HTTP in batches, with `service.name` = serviceName unless OTEL_SERVICE_NAME or
 * OTEL_RESOURCE_ATTRIBUTES say otherwise. Returns whether tracing is on. Call it before serving.
 */
export async function startTracing(serviceName: string, options: TracingOptions = {}): Promise<boolean> {
  if (tracer) return true;
  if (!options.exporter && !tracingRequested(options.env)) return false;
  // Loaded here, not at the top: a process that does not trace never loads the SDK.
  const [node, resources, { ATTR_SERVICE_NAME }, { OTLPTraceExporter }] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/semantic-conventions'),
    import('@opentelemetry/exporter-trace-otlp-http'),
  ]);
  // The exporter reads its endpoint, headers and timeout from the OTEL_EXPORTER_OTLP_* variables itself.
  const processor = options.exporter
    ? new node.SimpleSpanProcessor(options.exporter)
    : new node.BatchSpanProcessor(new OTLPTraceExporter());
  const provider = new node.NodeTracerProvider({
    resource: resources
      .defaultResource()
      .merge(resources.resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName }))
      .merge(resources.detectResources({ detectors: [resources.envDetector] })),
    spanProcessors: [processor],
  });
  provider.register();
  tracer = provider.getTracer('pakn-hub');
  stop = async () => {
    tracer = undefined;
    await provider.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
  };
  return true;
}

/** Sends the spans still buffered and unregisters the provider (shutdown); nothing when tracing is off. */
export async function stopTracing(): Promise<void> {
  const stopping = stop;
  stop = undefined;
  await stopping?.();
}
