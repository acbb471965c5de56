import { describe, expect, it } from 'vitest';
import { postgresAvailable } from '../test/postgres';
import { twoReplicas } from '../test/replicas';
import { api } from '../test/spawn';
import { routedRuleset, sampleInput } from '../test/samples';

const adminKey = `test-admin-${'q'.repeat(30)}`;

/** Routing published with a ruleset reaches every replica as the rules do. */
describe('routing in the ruleset, across two replicas', () => {
  const pair = twoReplicas(adminKey);

  it("routes on B to the queues published through A within a second, in the ruleset's words", async ({
    skip,
  }) => {
    if (!(await postgresAvailable())) skip();
    const [a, b] = await pair.start();
    const etag = async () =>
      (await api(a.url, adminKey, 'GET', '/v1/rulesets/desks')).headers.get('etag')!;

    expect(
      (await api(a.url, adminKey, 'POST', '/v1/rulesets', { ruleset: routedRuleset('desks', 1) }))
        .status,
    ).toBe(201);
    for (const r of [a, b])
      expect((await api(r.url, adminKey, 'POST', '/v1/handoff', sampleInput())).status).toBe(200);

    const delays: number[] = [];
    for (let n = 1; n <= 3; n++) {
      if (n > 1)
        expect(
          (
            await api(
              a.url,
              adminKey,
              'PUT',
              '/v1/rulesets/desks',
              { ruleset: routedRuleset('desks', n) },
              { 'if-match': await etag() },
            )
          ).status,
        ).toBe(200);
      const pub = await api(a.url, adminKey, 'POST', '/v1/rulesets/desks/publish', undefined, {
        'if-match': await etag(),
      });
      expect(pub.status).toBe(201);
      const published = Date.now();
      for (;;) {
        const d = await api(b.url, adminKey, 'POST', '/v1/handoff?ruleset=desks', sampleInput());
        if (d.status === 200 && d.body.route?.queue === `desk-${n}`) {
          expect(d.body.customerMessage).toContain(`Desk ${n} takes over from here.`);
          break;
        }
        expect(Date.now() - published, `B still routes round ${n} elsewhere`).toBeLessThan(1000);
        await new Promise((r) => setTimeout(r, 10));
      }
      delays.push(Date.now() - published);
    }
    expect(Math.max(...delays)).toBeLessThan(1000);
    // The route step alone reads the same published routing.
    const routed = await api(b.url, adminKey, 'POST', '/v1/route?ruleset=desks', sampleInput());
    expect(routed.body.route.queue).toBe('desk-3');
  }, 240_000);
});
