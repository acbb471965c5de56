import { z } from 'zod';
import { mount, type MountContext } from '../api/operation';
import { EvaluateBody } from '../api/schemas';
import { ApiError } from '../errors';
import type { Deps } from './deps';
import { resolveRuleset } from './resolve-ruleset';

const EvaluateResult = z.union([
  z.object({
    result: z.unknown(),
    explain: z.unknown().optional(),
    description: z.string().optional(),
  }),
  z.object({
    ruleset: z.object({ id: z.string(), version: z.string() }),
    rules: z.array(z.object({ id: z.string(), matched: z.boolean() }).catchall(z.unknown())),
  }),
]);

/** `POST /v1/rules/evaluate`: JSON-logic over data, with `core/logic`. */
export const evaluateRoutes = (ctx: MountContext, deps: Deps) => {
  mount(
    ctx,
    {
      id: 'evaluateRule',
      method: 'post',
      path: '/v1/rules/evaluate',
      tag: 'Rules',
      summary: 'Evaluate a JSON-logic rule, or every rule of a ruleset, over data',
      description:
        'Send `rule` (a JSON-logic rule) or `ruleset` (a published ruleset id, or a ruleset inline) with `data`. ' +
        '`explain: true` adds the value of every sub-expression. An invalid rule is refused with 400 `invalid_rule` and the path inside the rule.',
      access: 'evaluate',
      body: EvaluateBody,
      responses: { 200: { description: 'the result', schema: EvaluateResult } },
      errors: ['invalid_rule', 'not_found'],
    },
    async (c, { body }) => {
      if (body.rule !== undefined)
        return c.json(deps.engine.evaluateRule(body.rule, body.data, body.explain));
      let prepared;
      if (typeof body.ruleset === 'string') prepared = await resolveRuleset(deps, body.ruleset);
      else {
        const issues = deps.engine.checkRuleset(body.ruleset!);
        if (issues.length)
          throw new ApiError('invalid_rule', 'the ruleset has rules that do not compile', {
            issues: issues.map((i) => ({ ...i, path: `ruleset.${i.path}` })),
          });
        prepared = deps.engine.prepare(body.ruleset!);
      }
      return c.json(deps.engine.evaluateRuleset(prepared, body.data, body.explain));
    },
  );
};
