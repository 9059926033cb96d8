/**
 * Metrics, traces and access logs for every service (`docs/architecture.md#observability`):
 * Prometheus metrics on `/metrics` with bounded labels, OpenTelemetry traces
 * (off unless the standard OTEL_* variables turn them on) with W3C trace
 * context from the gateway to the subgraphs, and one pino access-log line per
 * request. Never a value, a nominal id, a token or a justification.
 */
export * from './createServiceMetrics';
export * from './createServiceObservability';
export * from './createTracing';
export * from './metricsEndpoint';
export * from './operationLabels';
export * from './readObservabilityConfig';
export * from './createObservedHttpServer';
