import { z } from 'zod';
import type { Ruleset } from '../../core';
import { mount, type MountContext } from '../api/operation';
import {
  DiffQuery,
  DiffResult,
  EventView,
  PublishBody,
  PublishResult,
  RollbackBody,
  RulesetIdParams,
  RulesetView,
  VersionId,
  VersionParams,
  VersionSummary,
  VersionView,
} from '../api/schemas';
import { ApiError } from '../errors';
import { diffRulesets } from '../rulesets/diff';
import { etagOf } from '../rulesets/etag';
import { checkFixture } from '../rulesets/fixture-check';
import { rulesetView, versionSummary, versionView } from '../rulesets/views';
import {
  getVersion,
  listEvents,
  listVersions,
  publishVersion,
  rollbackTo,
} from '../store/rulesets';
import type { Deps } from './deps';
import { conflict, expectedRevision, requireRuleset } from './rulesets';

/** Publishing, versions, diff, rollback and history. */
export const versionRoutes = (ctx: MountContext, deps: Deps) => {
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
        'If-Match pins the draft revision you reviewed.',
      access: 'publish',
      params: RulesetIdParams,
      body: PublishBody,
      bodyOptional: true,
      headers: [{ name: 'If-Match', description: 'the ETag of the draft you mean to publish' }],
      responses: {
        201: { description: 'a new version, now published', schema: PublishResult },
        200: {
          description: 'this content had a version already; it is published again',
          schema: PublishResult,
        },
      },
      errors: ['not_found', 'edit_conflict', 'fixtures_failed'],
    },
    async (c, { params }) => {
      const current = await requireRuleset(deps, params.id);
      const revision = expectedRevision(c.req.header('if-match'), current) ?? current.revision;
      const prepared = engine.prepare(current.draft);
      const version = prepared.version;
      const results = current.fixtures.map((f) =>
        checkFixture(f, engine.handoff(f.input, prepared)),
      );
      const failed = results.filter((r) => !r.passed);
      if (failed.length) {
        throw new ApiError(
          'fixtures_failed',
          `${failed.length} of ${results.length} fixtures failed; nothing was published`,
          {
            issues: results.flatMap((r, i) =>
              r.mismatches.map((m) => ({
                path: `fixtures[${i}].expect.${m.field}`,
                message: `"${r.name}": expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`,
              })),
            ),
            extra: { fixtures: results },
          },
        );
      }
      const out = await publishVersion(db, {
        id: params.id,
        version,
        expectedRevision: revision,
        by: c.get('key').id,
      });
      if (!out.ok) {
        if (out.reason === 'not_found')
          throw new ApiError('not_found', `there is no ruleset "${params.id}"`);
        throw conflict(out.current);
      }
      published.clear();
      c.header('etag', etagOf(out.value.ruleset));
      return c.json(
        {
          ruleset: rulesetView(out.value.ruleset),
          version: versionSummary(out.value.version, out.value.ruleset.publishedVersion),
          created: out.value.created,
          fixtures: results,
        },
        out.value.created ? 201 : 200,
      );
    },
  );

  mount(
    ctx,
    {
      id: 'listVersions',
      method: 'get',
      path: '/v1/rulesets/{id}/versions',
      tag: 'Versions',
      summary: 'List published versions, oldest first',
      access: 'any',
      params: RulesetIdParams,
      responses: {
        200: {
          description: 'the versions',
          schema: z.object({
            publishedVersion: z.string().nullable(),
            versions: z.array(VersionSummary),
          }),
        },
      },
      errors: ['not_found'],
    },
    async (c, { params }) => {
      const r = await requireRuleset(deps, params.id);
      const versions = await listVersions(db, params.id);
      return c.json({
        publishedVersion: r.publishedVersion,
        versions: versions.map((v) => versionSummary(v, r.publishedVersion)),
      });
    },
  );

  mount(
    ctx,
    {
      id: 'getVersion',
      method: 'get',
      path: '/v1/rulesets/{id}/versions/{version}',
      tag: 'Versions',
      summary: 'Read one version with its content and fixtures',
      access: 'any',
      params: VersionParams,
      responses: { 200: { description: 'the version', schema: VersionView } },
      errors: ['not_found'],
    },
    async (c, { params }) => {
      const r = await requireRuleset(deps, params.id);
      const v = await getVersion(db, params.id, params.version);
      if (!v)
        throw new ApiError('not_found', `ruleset "${params.id}" has no version ${params.version}`);
      return c.json(versionView(v, r.publishedVersion));
    },
  );

  mount(
    ctx,
    {
      id: 'diffVersions',
      method: 'get',
      path: '/v1/rulesets/{id}/diff',
      tag: 'Versions',
      summary: 'Compare two versions (or a version and the draft)',
      access: 'any',
      params: RulesetIdParams,
      query: DiffQuery,
      responses: {
        200: {
          description: 'rules added, removed and changed, and every changed field',
          schema: DiffResult,
        },
      },
      errors: ['not_found'],
    },
    async (c, { params, query }) => {
      const r = await requireRuleset(deps, params.id);
      const resolve = async (ref: string, field: string): Promise<[string, Ruleset]> => {
        if (ref === 'draft') return ['draft', r.draft];
        if (ref === 'published') {
          if (!r.publishedVersion)
            throw new ApiError('not_found', `ruleset "${r.id}" has no published version yet`);
          ref = r.publishedVersion;
        }
        const id = VersionId.safeParse(ref);
        if (!id.success) {
          throw new ApiError('invalid_query', `"${ref}" is not a version`, {
            issues: [
              { path: field, message: 'must be "draft", "published" or a version id (sha256:...)' },
            ],
          });
        }
        const v = await getVersion(db, r.id, id.data);
        if (!v) throw new ApiError('not_found', `ruleset "${r.id}" has no version ${id.data}`);
        return [v.version, v.content];
      };
      const [fromId, from] = await resolve(query.from, 'from');
      const [toId, to] = await resolve(query.to, 'to');
      return c.json({ from: fromId, to: toId, ...diffRulesets(from, to) });
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
      description: 'The draft stays as it is; only the published version changes.',
      access: 'publish',
      params: RulesetIdParams,
      body: RollbackBody,
      responses: {
        200: { description: 'the ruleset, now publishing that version', schema: RulesetView },
      },
      errors: ['not_found'],
    },
    async (c, { params, body }) => {
      const out = await rollbackTo(db, {
        id: params.id,
        version: body.version,
        by: c.get('key').id,
      });
      if (!out.ok) {
        throw new ApiError(
          'not_found',
          out.reason === 'not_found'
            ? `there is no ruleset "${params.id}"`
            : `ruleset "${params.id}" has no version ${body.version}`,
        );
      }
      published.clear();
      return c.json(rulesetView(out.value));
    },
  );

  mount(
    ctx,
    {
      id: 'rulesetHistory',
      method: 'get',
      path: '/v1/rulesets/{id}/history',
      tag: 'Versions',
      summary: 'Who changed the ruleset, how and when',
      access: 'any',
      params: RulesetIdParams,
      responses: {
        200: {
          description: 'every change, oldest first',
          schema: z.object({ events: z.array(EventView) }),
        },
      },
      errors: ['not_found'],
    },
    async (c, { params }) => {
      await requireRuleset(deps, params.id);
      return c.json({ events: await listEvents(db, params.id) });
    },
  );
};
