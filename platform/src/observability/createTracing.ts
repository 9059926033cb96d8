import {
  context as otelContext,
  type Context,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  trace,
  type Tracer,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import {
  defaultResource,
  resourceFromAttributes,
} from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  ConsoleSpanExporter,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { type TracingConfig } from './readObservabilityConfig';

/** Header carriers: a fetch's outgoing headers, a request's incoming ones. */
export type HeaderCarrier = Record<string, string | string[] | undefined>;

/**
 * The service's tracer, or nothing when tracing is off (the default). Spans
 * are created with explicit parents (never a global context manager or the
 * global tracer provider), so only these spans exist: @apollo/gateway's own
 * spans stay on the no-op global tracer, and carry nothing of ours.
 */
export interface Tracing {
  readonly enabled: boolean;
  /**
   * Starts a span; `parent` is a span of this service, or a trace context read
   * from a request's headers with `extract`.
   */
  startSpan(
    name: string,
    kind: SpanKind,
    parent: Span | Context | undefined,
    attributes?: Record<string, string | number>,
  ): Span | undefined;
  /** The W3C traceparent/tracestate headers for a fetch made within `span`. */
  inject(span: Span): Record<string, string>;
  /** The remote parent a request's traceparent header names, if any. */
  extract(headers: HeaderCarrier): Context;
  /** Sends what is buffered and stops. */
  shutdown(): Promise<void>;
}

const propagator = new W3CTraceContextPropagator();
const INSTRUMENTATION = 'marsoc';

export interface TracingOptions {
  /** Replaces the configured exporters (tests pass an in-memory one). */
  spanProcessors?: SpanProcessor[];
}

export function createTracing(
  config: TracingConfig,
  options: TracingOptions = {},
): Tracing {
  const processors =
    options.spanProcessors ??
    config.exporters.map(
      (name) => new BatchSpanProcessor(createExporter(name)),
    );
  if (processors.length === 0) return DISABLED;
  const provider = new BasicTracerProvider({
    resource: defaultResource().merge(
      resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName }),
    ),
    spanProcessors: processors,
  });
  const tracer: Tracer = provider.getTracer(INSTRUMENTATION);
  return {
    enabled: true,
    startSpan(name, kind, parent, attributes) {
      const parentContext =
        parent === undefined
          ? ROOT_CONTEXT
          : isSpan(parent)
            ? trace.setSpan(ROOT_CONTEXT, parent)
            : parent;
      return tracer.startSpan(name, { kind, attributes }, parentContext);
    },
    inject(span) {
      const headers: Record<string, string> = {};
      propagator.inject(trace.setSpan(ROOT_CONTEXT, span), headers, {
        set: (carrier, key, value) => {
          carrier[key] = value;
        },
      });
      return headers;
    },
    extract(headers) {
      return propagator.extract(ROOT_CONTEXT, headers, {
        keys: (carrier) => Object.keys(carrier),
        get: (carrier, key) => carrier[key],
      });
    },
    shutdown: () => provider.shutdown(),
  };
}

const DISABLED: Tracing = {
  enabled: false,
  startSpan: () => undefined,
  inject: () => ({}),
  extract: () => otelContext.active(),
  shutdown: () => Promise.resolve(),
};

function createExporter(name: 'otlp' | 'console'): SpanExporter {
  // The OTLP exporter reads OTEL_EXPORTER_OTLP_* (endpoint, headers, timeout) itself.
  return name === 'otlp' ? new OTLPTraceExporter() : new ConsoleSpanExporter();
}

function isSpan(value: Span | Context): value is Span {
  return typeof (value as Span).spanContext === 'function';
}

export { SpanKind };

/** A tracing whose finished spans are kept in memory, for tests. */
export interface RecordingTracing {
  /** The tracing one service gets; its spans name it as `serviceName`. */
  forService(serviceName: string): Tracing;
  /** Every span ended so far, all services together. */
  finishedSpans(): readonly ReadableSpan[];
}

export function createRecordingTracing(): RecordingTracing {
  const exporter = new InMemorySpanExporter();
  return {
    forService: (serviceName) =>
      createTracing(
        { exporters: [], serviceName },
        { spanProcessors: [new SimpleSpanProcessor(exporter)] },
      ),
    finishedSpans: () => exporter.getFinishedSpans(),
  };
}

export { type ReadableSpan };
