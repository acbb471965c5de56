import { describe, expect, it } from 'vitest';
import { postgresAvailable } from '../test/postgres';
import { twoReplicas } from '../test/replicas';
import { api, type ChildService } from '../test/spawn';
import { sampleInput, sampleRuleset } from '../test/samples';

const adminKey = `test-admin-${'r'.repeat(30)}`;

/** Two replicas on one PostgreSQL behave as one service. */
describe('two replicas on one PostgreSQL', () => {
  const pair = twoReplicas(adminKey);

  it('evaluates on B what was published through A within a second', async ({ skip }) => {
    if (!(await postgresAvailable())) skip();
    // Started together, they migrate once between them.
    const [a, b] = await pair.start();

    expect(
      (await api(a.url, adminKey, 'POST', '/v1/rulesets', { ruleset: sampleRuleset('shared', 1) }))
        .status,
    ).toBe(201);
    // B reads the ruleset A wrote; nothing is published yet, so B refuses to decide with it.
    expect((await api(b.url, adminKey, 'GET', '/v1/rulesets/shared')).status).toBe(200);
    expect(
      (await api(b.url, adminKey, 'POST', '/v1/handoff?ruleset=shared', sampleInput())).status,
    ).toBe(404);

    // Warm both up, so the first round times propagation and not a cold pipeline.
    for (const r of [a, b])
      expect((await api(r.url, adminKey, 'POST', '/v1/handoff', sampleInput())).status).toBe(200);
    const delays: number[] = [];
    const etag = async (via: ChildService) =>
      (await api(via.url, adminKey, 'GET', '/v1/rulesets/shared')).headers.get('etag')!;
    for (let n = 1; n <= 4; n++) {
      if (n > 1)
        await api(
          a.url,
          adminKey,
          'PUT',
          '/v1/rulesets/shared',
          { ruleset: sampleRuleset('shared', n) },
          { 'if-match': await etag(a) },
        );
      const pub = await api(a.url, adminKey, 'POST', '/v1/rulesets/shared/publish', undefined, {
        'if-match': await etag(a),
      });
      expect(pub.status).toBe(201);
      const version = pub.body.version.version;
      const published = Date.now();
      for (;;) {
        const d = await api(b.url, adminKey, 'POST', '/v1/handoff?ruleset=shared', sampleInput());
        if (d.status === 200 && d.body.ruleset.version === version) break;
        expect(
          Date.now() - published,
          `B still decides with an older version of "shared" (round ${n})`,
        ).toBeLessThan(1000);
        await new Promise((r) => setTimeout(r, 10));
      }
      delays.push(Date.now() - published);
    }
    expect(Math.max(...delays)).toBeLessThan(1000);

    // A rollback through B is what A evaluates.
    const versions = await api(b.url, adminKey, 'GET', '/v1/rulesets/shared/versions');
    const first = versions.body.versions[0].version;
    expect(
      (
        await api(
          b.url,
          adminKey,
          'POST',
          '/v1/rulesets/shared/rollback',
          { version: first },
          { 'if-match': await etag(b) },
        )
      ).status,
    ).toBe(200);
    const rolledBack = Date.now();
    for (;;) {
      const d = await api(a.url, adminKey, 'POST', '/v1/handoff?ruleset=shared', sampleInput());
      if (d.body.ruleset.version === first) break;
      expect(Date.now() - rolledBack).toBeLessThan(1000);
      await new Promise((r) => setTimeout(r, 10));
    }

    // A key revoked through A stops working on B.
    const made = await api(a.url, adminKey, 'POST', '/v1/keys', {
      name: 'shared',
      scopes: ['evaluate'],
    });
    expect((await api(b.url, made.body.key, 'GET', '/v1/me')).status).toBe(200);
    await api(a.url, adminKey, 'DELETE', `/v1/keys/${made.body.id}`);
    const revoked = Date.now();
    while ((await api(b.url, made.body.key, 'GET', '/v1/me')).status !== 401) {
      expect(Date.now() - revoked).toBeLessThan(1000);
      await new Promise((r) => setTimeout(r, 10));
    }
  }, 90_000);
});
