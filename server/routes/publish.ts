import { fixtureIssues, runFixtures } from '../../core';
import { mount, type MountContext } from '../api/operation';
import {
  PublishBody,
  PublishResult,
  RollbackBody,
  RulesetIdParams,
  RulesetView,
} from '../api/schemas';
import { ApiError } from '../errors';
import { etagOf } from '../rulesets/etag';
import {
  ifMatchErrors,
  ifMatchHeader,
  ifMatchRules,
  requireIfMatch,
  valueOrRefusal,
} from '../rulesets/precondition';
import { rulesetView, versionSummary } from '../rulesets/views';
import { publishVersion, rollbackTo } from '../store/publish';
import type { Deps } from './deps';
import { requireRuleset } from './rulesets';

/** Publishing the draft and rolling back to an earlier version, both guarded by If-Match. */
export const publishRoutes = (ctx: MountContext, deps: Deps) => {
  const { db, engine, published } = deps;

  mount(
    ctx,
    {
      id: 'publishRuleset',
      method: 'post',
      path: '/v1/rulesets/{id}/publish',
      tag: 'Versions',
      summary: 'Publish the draft as an immutable version',
      description:
        'Runs every fixture against the draft first and refuses with 422 `fixtures_failed` (and each mismatch) when one fails. ' +
        'The version id is the SHA-256 of the ruleset content; every replica evaluates the new version within a second. ' +
        `${ifMatchRules} A publish moves the revision on too, so the response carries a new ETag.`,
      access: 'publish',
      params: RulesetIdParams,
      body: PublishBody,
      bodyOptional: true,
      headers: [ifMatchHeader('the draft revision you reviewed is what gets published')],
      responses: {
        201: {
          description: 'a new version, now published',
          schema: PublishResult,
          headers: { ETag: 'the new revision of the ruleset' },
        },
        200: {
          description: 'this content had a version already; it is published again',
          schema: PublishResult,
          headers: { ETag: 'the new revision of the ruleset' },
        },
      },
      errors: ['not_found', 'fixtures_failed', ...ifMatchErrors],
    },
    async (c, { params, body }) => {
      const current = await requireRuleset(deps, params.id);
      const revision = requireIfMatch(
        c.req.header('if-match'),
        current,
        `POST /v1/rulesets/${params.id}/publish`,
      );
      const prepared = engine.prepare(current.draft);
      const version = prepared.version;
      const { results, failed } = runFixtures(current.fixtures, (input) =>
        engine.handoff(input, prepared),
      );
      if (failed.length) {
        throw new ApiError(
          'fixtures_failed',
          `${failed.length} of ${results.length} fixtures failed; nothing was published`,
          { issues: fixtureIssues(results), extra: { fixtures: results } },
        );
      }
      const out = await publishVersion(db, {
        id: params.id,
        version,
        expectedRevision: revision,
        note: body?.note,
        by: c.get('key').id,
        requestId: c.get('requestId'),
      });
      const done = valueOrRefusal(out, () => `there is no ruleset "${params.id}"`);
      published.clear();
      c.header('etag', etagOf(done.ruleset));
      return c.json(
        {
          ruleset: rulesetView(done.ruleset),
          version: versionSummary(done.version, done.ruleset.publishedVersion),
          created: done.created,
          fixtures: results,
        },
        done.created ? 201 : 200,
      );
    },
  );

  mount(
    ctx,
    {
      id: 'rollbackRuleset',
      method: 'post',
      path: '/v1/rulesets/{id}/rollback',
      tag: 'Versions',
      summary: 'Publish an earlier version again',
      description: `The draft stays as it is; only the published version changes. ${ifMatchRules}`,
      access: 'publish',
      params: RulesetIdParams,
      body: RollbackBody,
      headers: [ifMatchHeader('the published version you saw is the one being replaced')],
      responses: {
        200: {
          description: 'the ruleset, now publishing that version',
          schema: RulesetView,
          headers: { ETag: 'the new revision of the ruleset' },
        },
      },
      errors: ['not_found', ...ifMatchErrors],
    },
    async (c, { params, body }) => {
      const current = await requireRuleset(deps, params.id);
      const out = await rollbackTo(db, {
        id: params.id,
        version: body.version,
        expectedRevision: requireIfMatch(
          c.req.header('if-match'),
          current,
          `POST /v1/rulesets/${params.id}/rollback`,
        ),
        by: c.get('key').id,
        requestId: c.get('requestId'),
      });
      const ruleset = valueOrRefusal(out, (reason) =>
        reason === 'not_found'
          ? `there is no ruleset "${params.id}"`
          : `ruleset "${params.id}" has no version ${body.version}`,
      );
      published.clear();
      c.header('etag', etagOf(ruleset));
      return c.json(rulesetView(ruleset));
    },
  );
};
