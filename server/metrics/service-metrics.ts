import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The decision fields the metrics count. */
export interface CountedDecision {
  handoff: boolean;
  reasons: { code: string }[];
  route?: { queue: string };
  ruleset: { id: string };
}

/** Counts one finished request; the series is found once per (method, route, status). */
export type CountRequest = (method: string, route: string, status: number, seconds: number) => void;

/** Every metric the service exports, in one prom-client registry. */
export interface ServiceMetrics {
  registry: Registry;
  countRequest: CountRequest;
  /** Counts one decision: by ruleset and outcome, by reason, by queue. */
  countDecision(decision: CountedDecision): void;
}

/** prom-client's default buckets start at 5 ms; most of our requests finish well below that. */
const latencyBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/**
 * Creates the service's metrics with prom-client: the Node process metrics it collects by
 * default (CPU, heap, event-loop lag, GC, handles), and ours, requests and latency by
 * route, decisions by reason and queue, and the handoff rate per ruleset.
 *
 * @example
 * const m = createServiceMetrics();
 * m.countDecision({ handoff: true, reasons: [{ code: 'human_request' }], ruleset: { id: 'default' } });
 * await m.registry.metrics(); // the text exposition format
 */
export const createServiceMetrics = ({
  defaults = true,
}: { defaults?: boolean } = {}): ServiceMetrics => {
  const registry = new Registry();
  if (defaults) collectDefaultMetrics({ register: registry });
  const started = Date.now();
  const requests = new Counter({
    name: 'handoff_http_requests_total',
    help: 'HTTP requests by method, route and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'handoff_http_request_duration_seconds',
    help: 'HTTP request latency in seconds.',
    labelNames: ['method', 'route'] as const,
    buckets: latencyBuckets,
    registers: [registry],
  });
  const decisions = new Counter({
    name: 'handoff_decisions_total',
    help: 'Decisions by ruleset and outcome (handoff "true" or "false").',
    labelNames: ['ruleset', 'handoff'] as const,
    registers: [registry],
  });
  const reasons = new Counter({
    name: 'handoff_decision_reasons_total',
    help: 'Reasons given in decisions that hand off, by reason code.',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  const queues = new Counter({
    name: 'handoff_decision_queue_total',
    help: 'Handoffs routed, by queue.',
    labelNames: ['queue'] as const,
    registers: [registry],
  });
  const tally = new Map<string, { yes: number; total: number }>();
  new Gauge({
    name: 'handoff_handoff_rate',
    help: 'Share of decisions that hand off since start, per ruleset.',
    labelNames: ['ruleset'] as const,
    registers: [registry],
    collect() {
      for (const [ruleset, t] of tally) this.labels(ruleset).set(t.total ? t.yes / t.total : 0);
    },
  });
  new Gauge({
    name: 'handoff_process_uptime_seconds',
    help: 'Seconds since the process started.',
    registers: [registry],
    collect() {
      this.set((Date.now() - started) / 1000);
    },
  });
  new Gauge({
    name: 'handoff_process_resident_memory_bytes',
    help: 'Resident memory of the process.',
    registers: [registry],
    collect() {
      this.set(process.memoryUsage.rss());
    },
  });

  // prom-client hashes the labels on every inc(); a bound child per series skips that, and
  // nested maps find the child without building a key string per request.
  type Series = {
    count: ReturnType<typeof requests.labels>;
    time: ReturnType<typeof latency.labels>;
  };
  const series = new Map<string, Map<string, Map<number, Series>>>();
  const countRequest: CountRequest = (method, route, status, seconds) => {
    let byRoute = series.get(method);
    if (!byRoute) series.set(method, (byRoute = new Map()));
    let byStatus = byRoute.get(route);
    if (!byStatus) byRoute.set(route, (byStatus = new Map()));
    let s = byStatus.get(status);
    if (!s) {
      s = {
        count: requests.labels(method, route, String(status)),
        time: latency.labels(method, route),
      };
      byStatus.set(status, s);
    }
    s.count.inc();
    s.time.observe(seconds);
  };

  return {
    registry,
    countRequest,
    countDecision(d) {
      const t = tally.get(d.ruleset.id) ?? { yes: 0, total: 0 };
      tally.set(d.ruleset.id, t);
      t.total++;
      if (d.handoff) t.yes++;
      decisions.labels(d.ruleset.id, String(d.handoff)).inc();
      if (!d.handoff) return;
      for (const r of d.reasons) reasons.labels(r.code).inc();
      if (d.route) queues.labels(d.route.queue).inc();
    },
  };
};
