import {
  collectDefaultMetrics,
  Counter,
  Histogram,
  Registry,
} from 'prom-client';

/** Seconds: from a cached answer (milliseconds) to a slow audit or subgraph (seconds). */
const LATENCY_BUCKETS = [
  0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
];

/**
 * One service's Prometheus metrics, in a registry of its own (so tests and
 * several services in one process never share counters). Every label value is
 * drawn from a closed set: the service's name, the outcome vocabulary, the
 * subgraph names, the register's owners, categories and levels, the schema's
 * root fields, and operation names only of known operations (see
 * operationLabels.ts). Never a value, a nominal id, a caller or free text.
 */
export interface ServiceMetrics {
  readonly registry: Registry;
  readonly requests: Counter<'operation' | 'root_field' | 'outcome'>;
  readonly requestDuration: Histogram<'operation' | 'root_field' | 'outcome'>;
  readonly subgraphFetchDuration: Histogram<'subgraph' | 'outcome'>;
  readonly subgraphFetchErrors: Counter<'subgraph'>;
  readonly disclosureDecisions: Counter<'owner' | 'category' | 'level'>;
  readonly auditAppendDuration: Histogram<'outcome'>;
  readonly auditAppendFailures: Counter;
  readonly limitRefusals: Counter<'limit'>;
  /** The text exposition format, as a scrape receives it. */
  render(): Promise<string>;
}

export function createServiceMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const requestLabels = ['operation', 'root_field', 'outcome'] as const;
  return {
    registry,
    requests: new Counter({
      name: 'marsoc_requests_total',
      help: 'Requests answered, by known operation, root field and outcome',
      labelNames: requestLabels,
      registers,
    }),
    requestDuration: new Histogram({
      name: 'marsoc_request_duration_seconds',
      help: 'Time from a request arriving to its answer leaving, by known operation, root field and outcome',
      labelNames: requestLabels,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    subgraphFetchDuration: new Histogram({
      name: 'marsoc_subgraph_fetch_duration_seconds',
      help: 'Time of each fetch from the gateway to a subgraph, by subgraph and outcome',
      labelNames: ['subgraph', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    subgraphFetchErrors: new Counter({
      name: 'marsoc_subgraph_fetch_errors_total',
      help: 'Fetches to a subgraph that got no answer (unreachable, HTTP error), by subgraph',
      labelNames: ['subgraph'],
      registers,
    }),
    disclosureDecisions: new Counter({
      name: 'marsoc_disclosure_decisions_total',
      help: "Field decisions an owner recorded for its audit, by owner, category and level (NCND counted as WITHHELD, as the owner's audit view does)",
      labelNames: ['owner', 'category', 'level'],
      registers,
    }),
    auditAppendDuration: new Histogram({
      name: 'marsoc_audit_append_duration_seconds',
      help: 'Time to make one audit record durable, by outcome',
      labelNames: ['outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    auditAppendFailures: new Counter({
      name: 'marsoc_audit_append_failures_total',
      help: 'Audit records that could not be written (the answer was withheld)',
      registers,
    }),
    limitRefusals: new Counter({
      name: 'marsoc_limit_refusals_total',
      help: 'Requests refused by a limit (operation limits, request body size, a per-caller limit: SEARCH_RATE or NOMINAL_BREADTH, a rate limit on a root field)',
      labelNames: ['limit'],
      registers,
    }),
    render: () => registry.metrics(),
  };
}
