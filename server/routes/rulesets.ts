import { z } from 'zod';
import { mount, type MountContext } from '../api/operation';
import { RulesetBody, RulesetIdParams, RulesetSummary, RulesetView } from '../api/schemas';
import { ApiError } from '../errors';
import { etagOf } from '../rulesets/etag';
import {
  ifMatchErrors,
  ifMatchHeader,
  ifMatchRules,
  requireIfMatch,
  valueOrRefusal,
} from '../rulesets/precondition';
import { rulesetSummary, rulesetView } from '../rulesets/views';
import {
  createRuleset,
  getRuleset,
  listRulesets,
  updateDraft,
  type RulesetRecord,
} from '../store/rulesets';
import type { Deps } from './deps';

const etagHeaders = { ETag: 'the revision of the ruleset, to send back as If-Match' };

/** Reads a ruleset or refuses with 404. */
export const requireRuleset = async (
  deps: Pick<Deps, 'db'>,
  id: string,
): Promise<RulesetRecord> => {
  const r = await getRuleset(deps.db, id);
  if (!r) throw new ApiError('not_found', `there is no ruleset "${id}"`);
  return r;
};

/** Rulesets: create, list, read, update the draft. */
export const rulesetRoutes = (ctx: MountContext, deps: Deps) => {
  const { db, engine } = deps;
  const checkRules = (ruleset: z.output<typeof RulesetBody>['ruleset']) => {
    const issues = engine.checkRuleset(ruleset);
    if (issues.length)
      throw new ApiError(
        'invalid_rule',
        `${issues.length} rule condition${issues.length > 1 ? 's do' : ' does'} not compile`,
        { issues },
      );
  };

  mount(
    ctx,
    {
      id: 'createRuleset',
      method: 'post',
      path: '/v1/rulesets',
      tag: 'Rulesets',
      summary: 'Create a ruleset',
      description:
        'Stores the first draft and its fixtures. Nothing is published until you publish.',
      access: 'edit',
      body: RulesetBody,
      responses: {
        201: { description: 'the new ruleset', schema: RulesetView, headers: etagHeaders },
      },
      errors: ['already_exists', 'invalid_rule'],
    },
    async (c, { body }) => {
      checkRules(body.ruleset);
      const made = await createRuleset(db, {
        ruleset: body.ruleset,
        fixtures: body.fixtures,
        by: c.get('key').id,
        requestId: c.get('requestId'),
      });
      if (!made)
        throw new ApiError(
          'already_exists',
          `a ruleset "${body.ruleset.id}" exists already; update it with PUT /v1/rulesets/${body.ruleset.id}`,
        );
      c.header('etag', etagOf(made));
      c.header('location', `/v1/rulesets/${made.id}`);
      return c.json(rulesetView(made), 201);
    },
  );

  mount(
    ctx,
    {
      id: 'listRulesets',
      method: 'get',
      path: '/v1/rulesets',
      tag: 'Rulesets',
      summary: 'List rulesets',
      access: 'any',
      responses: {
        200: {
          description: 'every ruleset, by id',
          schema: z.object({ rulesets: z.array(RulesetSummary) }),
        },
      },
    },
    async (c) => c.json({ rulesets: (await listRulesets(db)).map(rulesetSummary) }),
  );

  mount(
    ctx,
    {
      id: 'getRuleset',
      method: 'get',
      path: '/v1/rulesets/{id}',
      tag: 'Rulesets',
      summary: 'Read a ruleset: its draft, fixtures and published version',
      access: 'any',
      params: RulesetIdParams,
      responses: { 200: { description: 'the ruleset', schema: RulesetView, headers: etagHeaders } },
      errors: ['not_found'],
    },
    async (c, { params }) => {
      const r = await requireRuleset(deps, params.id);
      c.header('etag', etagOf(r));
      return c.json(rulesetView(r));
    },
  );

  mount(
    ctx,
    {
      id: 'updateRuleset',
      method: 'put',
      path: '/v1/rulesets/{id}',
      tag: 'Rulesets',
      summary: 'Replace the draft',
      description: `${ifMatchRules} Every change moves the revision, and so the ETag, on.`,
      access: 'edit',
      params: RulesetIdParams,
      body: RulesetBody,
      headers: [
        ifMatchHeader("someone else's change since is then refused instead of overwritten"),
      ],
      responses: {
        200: { description: 'the updated ruleset', schema: RulesetView, headers: etagHeaders },
      },
      errors: ['not_found', 'invalid_rule', ...ifMatchErrors],
    },
    async (c, { params, body }) => {
      if (body.ruleset.id !== params.id) {
        throw new ApiError(
          'invalid_body',
          `the ruleset's id "${body.ruleset.id}" differs from the path's "${params.id}"`,
          {
            issues: [{ path: 'ruleset.id', message: `must be "${params.id}"` }],
          },
        );
      }
      checkRules(body.ruleset);
      const current = await requireRuleset(deps, params.id);
      const saved = await updateDraft(db, {
        id: params.id,
        ruleset: body.ruleset,
        fixtures: body.fixtures,
        expectedRevision: requireIfMatch(
          c.req.header('if-match'),
          current,
          `PUT /v1/rulesets/${params.id}`,
        ),
        by: c.get('key').id,
        requestId: c.get('requestId'),
      });
      const value = valueOrRefusal(saved, () => `there is no ruleset "${params.id}"`);
      c.header('etag', etagOf(value));
      return c.json(rulesetView(value));
    },
  );
};
