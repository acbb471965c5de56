import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Ruleset, rulesetVersion } from '../../core';
import { dropSchema, freshSchemaName, postgresAvailable, testDatabaseUrl } from '../test/postgres';
import { api, startChild, type ChildService } from '../test/spawn';
import { sampleInput, sampleRuleset } from '../test/samples';

const adminKey = `test-admin-${'k'.repeat(30)}`;

/**
 * Kills the service with SIGKILL in the middle of a stream of publishes and evaluations,
 * restarts it on the same data, and checks that every acknowledged version is intact and
 * nothing is half-written.
 */
describe.each(['PGlite', 'PostgreSQL'])(
  'crash safety on %s (a real process, SIGKILL)',
  (backend) => {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-crash-'));
    const schema = freshSchemaName();
    let svc: ChildService | undefined;
    afterAll(async () => {
      await svc?.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
      if (backend === 'PostgreSQL' && (await postgresAvailable())) await dropSchema(schema);
    });

    it('keeps every acknowledged version after SIGKILL mid-stream', async ({ skip }) => {
      if (backend === 'PostgreSQL' && !(await postgresAvailable())) skip();
      const env: Record<string, string> =
        backend === 'PGlite'
          ? { DATA_DIR: dir, HANDOFF_ADMIN_KEY: adminKey }
          : { DATABASE_URL: testDatabaseUrl, DATABASE_SCHEMA: schema, HANDOFF_ADMIN_KEY: adminKey };
      svc = await startChild(env);
      const url = svc.url;
      const created = await api(url, adminKey, 'POST', '/v1/rulesets', {
        ruleset: sampleRuleset('crash', 0),
      });
      expect(created.status).toBe(201);
      let etag = created.headers.get('etag')!;

      const acknowledged = new Map<string, string>(); // version -> ruleset name
      let lastRevision = 1;
      let evaluations = 0;
      let stop = false;
      const publisher = (async () => {
        for (let n = 1; !stop; n++) {
          try {
            const put = await api(
              url,
              adminKey,
              'PUT',
              '/v1/rulesets/crash',
              { ruleset: sampleRuleset('crash', n) },
              { 'if-match': etag },
            );
            if (put.status !== 200) throw new Error(`PUT answered ${put.status}`);
            lastRevision = put.body.revision;
            etag = put.body.etag;
            const pub = await api(url, adminKey, 'POST', '/v1/rulesets/crash/publish', undefined, {
              'if-match': etag,
            });
            if (pub.status !== 201) throw new Error(`publish answered ${pub.status}`);
            lastRevision = pub.body.ruleset.revision;
            etag = pub.body.ruleset.etag;
            acknowledged.set(pub.body.version.version, pub.body.ruleset.draft.name);
          } catch (error) {
            if (error instanceof TypeError) return; // the process is gone (fetch failed)
            throw error;
          }
        }
      })();
      const evaluators = [1, 2].map(async () => {
        while (!stop) {
          try {
            const r = await api(url, adminKey, 'POST', '/v1/handoff?ruleset=crash', sampleInput());
            if (r.status === 200) evaluations++;
          } catch {
            return;
          }
        }
      });
      while (acknowledged.size < 8) await new Promise((r) => setTimeout(r, 20));
      // Kill at a moment that is not a request boundary on purpose: mid-stream.
      await new Promise((r) => setTimeout(r, 37));
      await svc.kill('SIGKILL');
      stop = true;
      await Promise.all([publisher, ...evaluators]);
      expect(evaluations).toBeGreaterThan(0);

      svc = await startChild(env);
      const versions = await api(svc.url, adminKey, 'GET', '/v1/rulesets/crash/versions');
      const stored = new Map<string, { seq: number }>(
        versions.body.versions.map((v: { version: string; seq: number }) => [v.version, v]),
      );
      for (const [version, name] of acknowledged) {
        expect(stored.has(version), `acknowledged ${version} is missing`).toBe(true);
        const one = await api(svc.url, adminKey, 'GET', `/v1/rulesets/crash/versions/${version}`);
        expect(one.body.content.name).toBe(name);
        // The content is whole: it still hashes to its id.
        expect(rulesetVersion(Ruleset.parse(one.body.content))).toBe(version);
      }
      // Nothing half-written: every stored version is whole, numbered without gaps, and the
      // published pointer names one of them.
      const seqs = [...stored.values()].map((v) => v.seq).sort((a, b) => a - b);
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
      for (const version of stored.keys()) {
        const one = await api(svc.url, adminKey, 'GET', `/v1/rulesets/crash/versions/${version}`);
        expect(rulesetVersion(Ruleset.parse(one.body.content))).toBe(version);
      }
      expect(stored.has(versions.body.publishedVersion)).toBe(true);
      const draft = await api(svc.url, adminKey, 'GET', '/v1/rulesets/crash');
      expect(draft.body.revision).toBeGreaterThanOrEqual(lastRevision);
      expect(Ruleset.safeParse(draft.body.draft).success).toBe(true);
      const history = await api(svc.url, adminKey, 'GET', '/v1/rulesets/crash/history');
      for (const e of history.body.events)
        if (e.action === 'publish') expect(stored.has(e.version)).toBe(true);
      // And it still works.
      const decision = await api(
        svc.url,
        adminKey,
        'POST',
        '/v1/handoff?ruleset=crash',
        sampleInput(),
      );
      expect(decision.body.ruleset.version).toBe(versions.body.publishedVersion);

      // A graceful stop finishes cleanly.
      expect(await svc.kill('SIGTERM')).toBe(0);
      svc = undefined;
    }, 90_000);
  },
);
