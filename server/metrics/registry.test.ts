import { describe, expect, it } from 'vitest';
import { Counter, Gauge, Histogram, Registry } from './registry';
import { createServiceMetrics } from './service-metrics';

describe('Prometheus registry', () => {
  it('renders counters with escaped labels', () => {
    const reg = new Registry();
    const c = reg.add(new Counter('x_total', 'Things.', ['a']));
    c.inc({ a: 'say "hi"\\\n' });
    c.inc({ a: 'say "hi"\\\n' }, 2);
    expect(reg.render()).toBe(
      '# HELP x_total Things.\n# TYPE x_total counter\nx_total{a="say \\"hi\\"\\\\\\n"} 3\n',
    );
  });

  it('renders cumulative histogram buckets, sum and count', () => {
    const h = new Histogram('lat', 'Latency.', ['r'], [0.1, 1]);
    h.observe({ r: 'a' }, 0.05);
    h.observe({ r: 'a' }, 0.5);
    h.observe({ r: 'a' }, 5);
    expect(h.render().split('\n').slice(2)).toEqual([
      'lat_bucket{r="a",le="0.1"} 1',
      'lat_bucket{r="a",le="1"} 2',
      'lat_bucket{r="a",le="+Inf"} 3',
      'lat_sum{r="a"} 5.55',
      'lat_count{r="a"} 3',
    ]);
  });

  it('reads gauges when rendered', () => {
    let v = 1;
    const g = new Gauge('g', 'G.', () => [{ value: v }]);
    v = 7;
    expect(g.render()).toContain('\ng 7');
  });

  it('counts decisions by ruleset, reason and queue, and the handoff rate', () => {
    const m = createServiceMetrics();
    m.countDecision({
      handoff: true,
      reasons: [{ code: 'refund_dispute' }],
      route: { queue: 'billing' },
      ruleset: { id: 'default' },
    });
    m.countDecision({ handoff: false, reasons: [], ruleset: { id: 'default' } });
    const text = m.registry.render();
    expect(text).toContain('handoff_decisions_total{ruleset="default",handoff="true"} 1');
    expect(text).toContain('handoff_decision_reasons_total{reason="refund_dispute"} 1');
    expect(text).toContain('handoff_decision_queue_total{queue="billing"} 1');
    expect(text).toContain('handoff_handoff_rate{ruleset="default"} 0.5');
  });
});
