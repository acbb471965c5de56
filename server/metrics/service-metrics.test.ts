import { describe, expect, it } from 'vitest';
import { addSyncMetrics } from './sync-metrics';
import { createServiceMetrics } from './service-metrics';
import type { SyncState } from '../sync/watch-changes';

describe('service metrics', () => {
  it('counts decisions by ruleset, reason and queue, and the handoff rate', async () => {
    const m = createServiceMetrics({ defaults: false });
    m.countDecision({
      handoff: true,
      reasons: [{ code: 'refund_dispute' }],
      route: { queue: 'billing' },
      ruleset: { id: 'default' },
    });
    m.countDecision({ handoff: false, reasons: [], ruleset: { id: 'default' } });
    const text = await m.registry.metrics();
    expect(text).toContain('handoff_decisions_total{ruleset="default",handoff="true"} 1');
    expect(text).toContain('handoff_decision_reasons_total{reason="refund_dispute"} 1');
    expect(text).toContain('handoff_decision_queue_total{queue="billing"} 1');
    expect(text).toContain('handoff_handoff_rate{ruleset="default"} 0.5');
  });

  it('counts requests and renders cumulative latency buckets, sum and count', async () => {
    const m = createServiceMetrics({ defaults: false });
    for (const s of [0.0001, 0.003, 0.003, 5]) m.countRequest('POST', '/v1/handoff', 200, s);
    m.countRequest('POST', '/v1/handoff', 400, 0.001);
    const text = await m.registry.metrics();
    expect(text).toContain(
      'handoff_http_requests_total{method="POST",route="/v1/handoff",status="200"} 4',
    );
    expect(text).toContain(
      'handoff_http_requests_total{method="POST",route="/v1/handoff",status="400"} 1',
    );
    const bucket = (le: string) =>
      new RegExp(
        `handoff_http_request_duration_seconds_bucket\\{le="${le.replace('+', '\\+')}",method="POST",route="/v1/handoff"\\} (\\d+)`,
      ).exec(text)?.[1];
    expect(bucket('0.0005')).toBe('1');
    expect(bucket('0.001')).toBe('2');
    expect(bucket('0.005')).toBe('4');
    expect(bucket('2.5')).toBe('4');
    expect(bucket('+Inf')).toBe('5');
    expect(text).toMatch(
      /handoff_http_request_duration_seconds_count\{method="POST",route="\/v1\/handoff"\} 5/,
    );
  });

  it('escapes label values', async () => {
    const m = createServiceMetrics({ defaults: false });
    m.countDecision({ handoff: false, reasons: [], ruleset: { id: 'say "hi"\\\n' } });
    expect(await m.registry.metrics()).toContain(
      'handoff_decisions_total{ruleset="say \\"hi\\"\\\\\\n",handoff="false"} 1',
    );
  });

  it('has the Node process metrics beside ours: event-loop lag, heap, GC', async () => {
    const text = await createServiceMetrics().registry.metrics();
    for (const name of [
      'nodejs_eventloop_lag_seconds',
      'nodejs_heap_size_used_bytes',
      'nodejs_gc_duration_seconds',
      'process_cpu_seconds_total',
      'handoff_process_uptime_seconds',
      'handoff_process_resident_memory_bytes',
    ])
      expect(text).toContain(`# TYPE ${name} `);
  });

  it('reads the change watcher’s totals when scraped', async () => {
    const m = createServiceMetrics({ defaults: false });
    const state = {
      listener: { status: 'listening', drops: 2, recoveries: 1 },
      received: { notify: 5, poll: 1, recovery: 0 },
      pollErrors: 0,
    };
    addSyncMetrics(m.registry, () => state as unknown as SyncState);
    let text = await m.registry.metrics();
    expect(text).toMatch(/^handoff_change_listener_up 1$/m);
    expect(text).toMatch(/^handoff_change_listener_drops_total 2$/m);
    expect(text).toMatch(/^handoff_changes_received_total\{via="notify"\} 5$/m);
    state.received.notify = 7;
    state.listener.status = 'reconnecting';
    text = await m.registry.metrics();
    expect(text).toMatch(/^handoff_changes_received_total\{via="notify"\} 7$/m);
    expect(text).toMatch(/^handoff_change_listener_up 0$/m);
  });
});
