import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresAvailable, testDatabaseUrl } from '../test/postgres';
import { twoReplicas } from '../test/replicas';
import { api, type ChildService } from '../test/spawn';
import { sampleInput, sampleRuleset } from '../test/samples';

const adminKey = `test-admin-${'l'.repeat(30)}`;

const received = async (r: ChildService, via: 'notify' | 'poll') => {
  const text = await (await fetch(`${r.url}/metrics`)).text();
  const m = new RegExp(`^handoff_changes_received_total\\{via="${via}"\\} (\\d+)$`, 'm').exec(text);
  return Number(m?.[1]);
};
const listener = async (r: ChildService) =>
  (
    (await (await fetch(`${r.url}/readyz`)).json()) as {
      changes: { listener: { status: string; recoveries: number } };
    }
  ).changes.listener;

/**
 * The change listener heals: its PostgreSQL backends are terminated, and a publish must
 * still reach the other replica within 2 s, through LISTEN. The replicas poll only once a
 * minute here, so the poll cannot be what delivers it.
 */
describe('the change listener after pg_terminate_backend (two replicas, PostgreSQL)', () => {
  const pair = twoReplicas(adminKey);
  const { schema, replicas } = pair;
  const admin = new Client({ connectionString: testDatabaseUrl });
  afterAll(async () => {
    await admin.end().catch(() => undefined);
  });

  it('reconnects, logs it, and delivers publishes by LISTEN within 2 s', async ({ skip }) => {
    if (!(await postgresAvailable())) skip();
    const [a, b] = await pair.start({ SYNC_POLL_MS: '60000', LOG_LEVEL: 'info' });
    admin.on('error', () => undefined);
    await admin.connect();
    for (const r of replicas)
      expect((await api(r.url, adminKey, 'POST', '/v1/handoff', sampleInput())).status).toBe(200);
    const created = await api(a.url, adminKey, 'POST', '/v1/rulesets', {
      ruleset: sampleRuleset('heal', 1),
    });
    let etag: string = created.headers.get('etag')!;

    /** Publishes content `n` through `from` and times until `to` decides with it. */
    const publishAndTime = async (from: ChildService, to: ChildService, n: number) => {
      if (n > 1) {
        const put = await api(
          from.url,
          adminKey,
          'PUT',
          '/v1/rulesets/heal',
          { ruleset: sampleRuleset('heal', n) },
          { 'if-match': etag },
        );
        expect(put.status).toBe(200);
        etag = put.headers.get('etag')!;
      }
      const pub = await api(from.url, adminKey, 'POST', '/v1/rulesets/heal/publish', undefined, {
        'if-match': etag,
      });
      expect(pub.status).toBe(201);
      etag = pub.headers.get('etag')!;
      const version = pub.body.version.version;
      const published = Date.now();
      for (;;) {
        const d = await api(to.url, adminKey, 'POST', '/v1/handoff?ruleset=heal', sampleInput());
        if (d.status === 200 && d.body.ruleset.version === version) return Date.now() - published;
        expect(
          Date.now() - published,
          `publish ${n} has not reached the other replica`,
        ).toBeLessThan(2000);
        await new Promise((r) => setTimeout(r, 10));
      }
    };

    const before = await publishAndTime(a, b, 1);
    const notifiedBefore = await received(b, 'notify');

    const listeners = `handoff-listener:${schema}`;
    const killed = await admin.query(
      'select pg_terminate_backend(pid) as ok from pg_stat_activity where application_name = $1',
      [listeners],
    );
    expect(killed.rows).toEqual([{ ok: true }, { ok: true }]);
    // A publish made while the listeners are down still arrives (the recovery resyncs).
    const duringOutage = await publishAndTime(a, b, 2);

    const deadline = Date.now() + 10_000;
    for (const r of replicas) {
      for (;;) {
        const l = await listener(r);
        if (l.status === 'listening' && l.recoveries >= 1) break;
        expect(Date.now(), `listener state ${JSON.stringify(l)}`).toBeLessThan(deadline);
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(r.output()).toMatch(/"level":"warn".*terminat.*"msg":"change listener dropped/);
      // Info lines go out with the log's next batch: within a second (server/log.ts).
      const recovered = /"level":"info".*"msg":"change listener recovered"/;
      const logged = Date.now() + 3_000;
      while (!recovered.test(r.output()) && Date.now() < logged) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(r.output()).toMatch(recovered);
    }
    const back = await admin.query(
      'select count(*)::int as n from pg_stat_activity where application_name = $1',
      [listeners],
    );
    expect(back.rows[0].n).toBe(2);
    const metrics = await (await fetch(`${b.url}/metrics`)).text();
    expect(metrics).toMatch(/^handoff_change_listener_up 1$/m);
    expect(metrics).toMatch(/^handoff_change_listener_drops_total 1$/m);
    expect(metrics).toMatch(/^handoff_change_listener_recoveries_total 1$/m);

    // Now through LISTEN again, both ways.
    const afterAtoB = await publishAndTime(a, b, 3);
    const afterBtoA = await publishAndTime(b, a, 4);
    expect(await received(b, 'notify')).toBeGreaterThan(notifiedBefore);
    for (const r of replicas) expect(await received(r, 'poll')).toBe(0);
    console.log(
      `listener proof: publish reached the other replica in ${before} ms before, ${duringOutage} ms during the outage, ` +
        `${afterAtoB} ms and ${afterBtoA} ms after the recovery (poll every 60 s, so by LISTEN)`,
    );
  }, 120_000);
});
