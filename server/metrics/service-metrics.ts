import { Counter, Gauge, Histogram, Registry } from './registry';

/** The decision fields the metrics count. */
export interface CountedDecision {
  handoff: boolean;
  reasons: { code: string }[];
  route?: { queue: string };
  ruleset: { id: string };
}

/** Every metric the service exports, in one registry. */
export interface ServiceMetrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status'>;
  latency: Histogram<'method' | 'route'>;
  /** Counts one decision: by ruleset and outcome, by reason, by queue. */
  countDecision(decision: CountedDecision): void;
}

/**
 * Creates the service's metrics: requests and latency by route, decisions by reason and
 * queue, and the handoff rate per ruleset.
 *
 * @example
 * const m = createServiceMetrics();
 * m.countDecision({ handoff: true, reasons: [{ code: 'human_request' }], ruleset: { id: 'default' } });
 */
export const createServiceMetrics = (): ServiceMetrics => {
  const registry = new Registry();
  const started = Date.now();
  const requests = registry.add(
    new Counter('handoff_http_requests_total', 'HTTP requests by method, route and status.', [
      'method',
      'route',
      'status',
    ] as const),
  );
  const latency = registry.add(
    new Histogram('handoff_http_request_duration_seconds', 'HTTP request latency in seconds.', [
      'method',
      'route',
    ] as const),
  );
  const decisions = registry.add(
    new Counter(
      'handoff_decisions_total',
      'Decisions by ruleset and outcome (handoff "true" or "false").',
      ['ruleset', 'handoff'] as const,
    ),
  );
  const reasons = registry.add(
    new Counter(
      'handoff_decision_reasons_total',
      'Reasons given in decisions that hand off, by reason code.',
      ['reason'] as const,
    ),
  );
  const queues = registry.add(
    new Counter('handoff_decision_queue_total', 'Handoffs routed, by queue.', ['queue'] as const),
  );
  const rulesetIds = new Set<string>();
  registry.add(
    new Gauge(
      'handoff_handoff_rate',
      'Share of decisions that hand off since start, per ruleset.',
      () =>
        [...rulesetIds].map((ruleset) => {
          const yes = decisions.get({ ruleset, handoff: 'true' });
          const total = yes + decisions.get({ ruleset, handoff: 'false' });
          return { labels: { ruleset }, value: total ? yes / total : 0 };
        }),
    ),
  );
  registry.add(
    new Gauge('handoff_process_uptime_seconds', 'Seconds since the process started.', () => [
      { value: (Date.now() - started) / 1000 },
    ]),
  );
  registry.add(
    new Gauge('handoff_process_resident_memory_bytes', 'Resident memory of the process.', () => [
      { value: process.memoryUsage().rss },
    ]),
  );
  return {
    registry,
    requests,
    latency,
    countDecision(d) {
      rulesetIds.add(d.ruleset.id);
      decisions.inc({ ruleset: d.ruleset.id, handoff: String(d.handoff) });
      if (!d.handoff) return;
      for (const r of d.reasons) reasons.inc({ reason: r.code });
      if (d.route) queues.inc({ queue: d.route.queue });
    },
  };
};
