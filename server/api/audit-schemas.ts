import { z } from 'zod';

/** One event of the audit trail, as the API shows it. */
export const AuditEventView = z.object({
  id: z.number().int().describe('increases with every event; pass as `after` to read on'),
  at: z.string(),
  keyId: z
    .string()
    .describe('the key that made the change (`environment`, `first-start`: the service)'),
  subject: z.enum(['ruleset', 'key']),
  subjectId: z.string(),
  action: z.enum(['create', 'update', 'publish', 'rollback', 'revoke']),
  revision: z.number().int().nullable().describe("the ruleset's revision after the change"),
  version: z.string().nullable().describe('the version published or rolled back to'),
  requestId: z.string().nullable().describe("the request's id, as in the access log"),
  detail: z.record(z.string(), z.unknown()),
});
/** Filters and paging of `GET /v1/audit`. */
export const AuditQuery = z.object({
  subject: z.enum(['ruleset', 'key']).optional(),
  subjectId: z.string().max(100).optional().describe('a ruleset or key id'),
  keyId: z.string().max(100).optional().describe('only changes made with this key'),
  after: z.coerce.number().int().min(0).optional().describe('only events after this id'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
