import { z } from 'zod';
import { AuditEventView, AuditQuery } from '../api/audit-schemas';
import { mount, type MountContext } from '../api/operation';
import { KeyIdParams, RulesetIdParams } from '../api/schemas';
import { ApiError } from '../errors';
import { listAudit } from '../store/audit';
import { getKey } from '../store/keys';
import type { Deps } from './deps';
import { requireRuleset } from './rulesets';

const events = (description: string) => ({
  200: { description, schema: z.object({ events: z.array(AuditEventView) }) },
});

/** The audit trail: a ruleset's history, a key's history, and the whole trail. */
export const auditRoutes = (ctx: MountContext, deps: Deps) => {
  const { db } = deps;

  mount(
    ctx,
    {
      id: 'rulesetHistory',
      method: 'get',
      path: '/v1/rulesets/{id}/history',
      tag: 'Audit',
      summary: 'Who changed the ruleset, how and when',
      description:
        'Every change to the ruleset (create, update, publish, rollback) from the append-only audit trail: the key, the request, the revision after it, the version, and details.',
      access: 'any',
      params: RulesetIdParams,
      responses: events('every change, oldest first'),
      errors: ['not_found'],
    },
    async (c, { params }) => {
      await requireRuleset(deps, params.id);
      return c.json({
        events: await listAudit(db, { subject: 'ruleset', subjectId: params.id, limit: 100_000 }),
      });
    },
  );

  mount(
    ctx,
    {
      id: 'keyHistory',
      method: 'get',
      path: '/v1/keys/{id}/history',
      tag: 'Audit',
      summary: 'Who created and revoked a key, and when',
      description:
        "The key's events from the audit trail. Keys made by the service itself show `environment` (HANDOFF_ADMIN_KEY) or `first-start` as the key that made them. To see what a key changed, read `GET /v1/audit?keyId=`.",
      access: 'admin',
      params: KeyIdParams,
      responses: events('every change to the key, oldest first'),
      errors: ['not_found'],
    },
    async (c, { params }) => {
      if (!(await getKey(db, params.id)))
        throw new ApiError('not_found', `there is no key "${params.id}"`);
      return c.json({
        events: await listAudit(db, { subject: 'key', subjectId: params.id, limit: 100_000 }),
      });
    },
  );

  mount(
    ctx,
    {
      id: 'auditTrail',
      method: 'get',
      path: '/v1/audit',
      tag: 'Audit',
      summary: 'The audit trail: every change to rulesets and keys',
      description:
        'Oldest first, `limit` at a time (default 100); pass the last `id` as `after` for the next page. Filter by `subject`, `subjectId` and `keyId` (the key that made the change). The trail is append-only: the database refuses updates and deletes of it.',
      access: 'admin',
      query: AuditQuery,
      responses: events('the matching events, oldest first'),
    },
    async (c, { query }) => c.json({ events: await listAudit(db, query) }),
  );
};
