import { Counter, Gauge, type Registry } from 'prom-client';
import type { DecisionLog } from './decision-log';
import type { QualityFigures, QualityReport } from './quality';

/** The quality reports of every ruleset with logged decisions, over the metrics' window. */
export type QualitySource = () => Promise<(QualityReport & { rulesetId: string })[]>;

/**
 * Adds the decision log's and the quality report's metrics. The reports are computed at
 * scrape time over the last 30 days, at most once per `refreshMs` (the last result is
 * served in between), so frequent scrapes do not read the log each time.
 *
 * @example
 * addQualityMetrics(metrics.registry, decisions, () => reportsOfAllRulesets());
 * // handoff_quality_precision{ruleset="support",rule="humans-on-request"} 0.78
 */
export const addQualityMetrics = (
  registry: Registry,
  log: DecisionLog,
  reports: QualitySource,
  { refreshMs = 60_000, now = Date.now }: { refreshMs?: number; now?: () => number } = {},
): void => {
  let cached: { at: number; value: ReturnType<QualitySource> } | undefined;
  const current = () => {
    if (!cached || now() - cached.at >= refreshMs)
      cached = { at: now(), value: reports().catch(() => []) };
    return cached.value;
  };

  const logCounter = (name: string, help: string, key: keyof ReturnType<DecisionLog['stats']>) =>
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        this.reset();
        this.inc(log.stats()[key]);
      },
    });
  logCounter('handoff_decision_log_written_total', 'Decisions written to the log.', 'written');
  logCounter(
    'handoff_decision_log_dropped_total',
    'Decisions the log could not keep (queue full or a failed batch).',
    'dropped',
  );
  logCounter(
    'handoff_decision_log_implicit_verdicts_total',
    'Verdicts the service inferred from later decisions.',
    'implicitVerdicts',
  );
  logCounter(
    'handoff_decision_log_pruned_total',
    'Decisions deleted after DECISION_LOG_DAYS.',
    'pruned',
  );

  new Gauge({
    name: 'handoff_quality_rate',
    help: 'Over the last 30 days of the decision log, per ruleset: rate "handoff" (handoffs over decisions), "clingy" ((missed + too late) over kept) or "dumping_ground" (not needed over handoffs); by "all", "week", "language", "issue_type" or "queue", with the group in "key".',
    labelNames: ['ruleset', 'rate', 'by', 'key'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const q of await current()) {
        const groups: { by: string; key: string; f: QualityFigures }[] = [
          { by: 'all', key: 'all', f: q },
          ...q.by.week.map((g) => ({ by: 'week', key: g.key, f: g })),
          ...q.by.language.map((g) => ({ by: 'language', key: g.key, f: g })),
          ...q.by.issueType.map((g) => ({ by: 'issue_type', key: g.key, f: g })),
          ...q.by.queue.map((g) => ({ by: 'queue', key: g.key, f: g })),
        ];
        for (const { by, key, f } of groups) {
          const rates = {
            handoff: f.handoffRate,
            clingy: f.clingyRate,
            dumping_ground: f.dumpingGroundRate,
          };
          for (const [rate, value] of Object.entries(rates))
            if (value !== null) this.labels(q.rulesetId, rate, by, key).set(value);
        }
      }
    },
  });
  const perRule = (
    name: string,
    help: string,
    value: (r: QualityReport['rules'][number]) => number | null,
  ) =>
    new Gauge({
      name,
      help,
      labelNames: ['ruleset', 'rule'] as const,
      registers: [registry],
      async collect() {
        this.reset();
        for (const q of await current())
          for (const r of q.rules) {
            const v = value(r);
            if (v !== null) this.labels(q.rulesetId, r.rule).set(v);
          }
      },
    });
  perRule(
    'handoff_quality_rule_fired',
    'Decisions in which the rule matched, over the last 30 days.',
    (r) => r.fired,
  );
  perRule(
    'handoff_quality_precision',
    "Share of the rule's judged handoffs that people marked needed or too late, over the last 30 days.",
    (r) => r.precision,
  );
  perRule(
    'handoff_quality_not_needed_share',
    "Share of the rule's judged handoffs that people marked not needed, over the last 30 days.",
    (r) => r.notNeededShare,
  );
  new Gauge({
    name: 'handoff_quality_missed',
    help: 'Kept conversations people said needed a person, over the last 30 days, by the rule that should have caught them ("no rule" when none reads a signal that was present).',
    labelNames: ['ruleset', 'rule'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const q of await current())
        for (const m of q.missedBy) this.labels(q.rulesetId, m.rule).set(m.count);
    },
  });
};
