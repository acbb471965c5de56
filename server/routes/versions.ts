import { z } from 'zod';
import type { Ruleset } from '../../core';
import { mount, type MountContext } from '../api/operation';
import {
  DiffQuery,
  DiffResult,
  RulesetIdParams,
  VersionId,
  VersionParams,
  VersionSummary,
  VersionView,
} from '../api/schemas';
import { ApiError } from '../errors';
import { diffRulesets } from '../rulesets/diff';
import { versionSummary, versionView } from '../rulesets/views';
import { getVersion, listVersions } from '../store/rulesets';
import type { Deps } from './deps';
import { requireRuleset } from './rulesets';

/** Published versions: list, read, diff. */
export const versionRoutes = (ctx: MountContext, deps: Deps) => {
  const { db } = deps;

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
};
