import { z } from 'zod';
import {
  Fixture,
  FixtureResult,
  Fixtures,
  HandoffInput,
  ReplayComparison,
  Ruleset,
} from '../../core';
import { errorStatus } from '../errors';
import { scopes } from '../store/keys';

/** The body of every refusal. */
export const ErrorBody = z.object({
  error: z
    .object({
      code: z.enum(
        Object.keys(errorStatus) as [keyof typeof errorStatus, ...(keyof typeof errorStatus)[]],
      ),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    })
    .catchall(z.unknown()),
});

export const Scope = z.enum(scopes);
const slug = Ruleset.shape.id;
export const RulesetIdParams = z.object({ id: slug });
export const VersionId = z
  .string()
  .regex(/^(sha256:)?[0-9a-f]{64}$/, 'must be a version id: "sha256:" and 64 hex digits')
  .transform((v) => (v.startsWith('sha256:') ? v : `sha256:${v}`));

export const ApiKeyView = z.object({
  id: z.string(),
  name: z.string(),
  scopes: z.array(Scope),
  rateLimitPerMinute: z.number().int().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
});
export const CreateKeyBody = z.strictObject({
  name: z.string().min(1).max(200),
  scopes: z.array(Scope).min(1).max(4),
  rateLimitPerMinute: z
    .number()
    .int()
    .min(1)
    .max(10_000_000)
    .optional()
    .describe('requests a minute; default from RATE_LIMIT_PER_MINUTE'),
});
export const CreatedKey = ApiKeyView.extend({
  key: z.string().describe('the secret; shown only this once'),
});
export const KeyIdParams = z.object({ id: z.string().min(1).max(100) });

export const RulesetBody = z.strictObject({ ruleset: Ruleset, fixtures: Fixtures.default([]) });
export const RulesetView = z.object({
  id: z.string(),
  name: z.string(),
  draft: Ruleset,
  fixtures: z.array(Fixture),
  revision: z.number().int(),
  etag: z.string(),
  publishedVersion: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export const RulesetSummary = RulesetView.omit({ draft: true, fixtures: true }).extend({
  rules: z.number().int(),
});
export const VersionView = z.object({
  rulesetId: z.string(),
  version: z.string(),
  seq: z.number().int(),
  published: z.boolean().describe('whether this is the version the ruleset publishes now'),
  content: Ruleset,
  fixtures: z.array(Fixture),
  createdAt: z.string(),
  createdBy: z.string(),
});
export const VersionSummary = VersionView.omit({ content: true, fixtures: true });
export const VersionParams = z.object({ id: slug, version: VersionId });
export const PublishBody = z
  .strictObject({ note: z.string().max(500).optional().describe('kept in the audit trail') })
  .optional();
export const PublishResult = z.object({
  ruleset: RulesetView,
  version: VersionSummary,
  created: z
    .boolean()
    .describe('false when this content was published before and is now published again'),
  fixtures: z.array(FixtureResult),
});
export const RollbackBody = z.strictObject({ version: VersionId });

export const DiffQuery = z.object({
  from: z.string().max(80).describe('a version id, "published" or "draft"'),
  to: z
    .string()
    .max(80)
    .default('draft')
    .describe('a version id, "published" or "draft" (default)'),
});
export const Change = z.object({
  path: z.string(),
  kind: z.enum(['added', 'removed', 'changed']),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export const DiffResult = z.object({
  from: z.string(),
  to: z.string(),
  identical: z.boolean(),
  rules: z.object({
    added: z.array(z.string()),
    removed: z.array(z.string()),
    changed: z.array(z.string()),
    reordered: z.boolean(),
  }),
  changes: z.array(Change),
});

export const ReplayBody = z
  .strictObject({
    conversations: z.array(HandoffInput).min(1).max(1000).optional(),
    fromLog: z
      .strictObject({
        days: z.number().int().min(1).max(3650),
        limit: z.number().int().min(1).max(1000).default(1000),
      })
      .optional()
      .describe(
        'instead of `conversations`: the conversations this ruleset decided in the last `days` days (each once, as last seen; the newest `limit`), scored against their verdicts',
      ),
    against: VersionId.optional().describe('a version to compare with; default the published one'),
  })
  .refine((b) => (b.conversations === undefined) !== (b.fromLog === undefined), {
    message: 'send exactly one of "conversations" and "fromLog"',
  });
const ReplayScore = z.object({
  handoffs: z.number().int(),
  precision: z.number().nullable(),
  recall: z.number().nullable(),
});
export const ReplayResult = ReplayComparison.extend({
  verdicts: z
    .object({
      judged: z.number().int(),
      needed: z.number().int(),
      before: ReplayScore,
      after: ReplayScore,
      rules: z.array(z.object({ rule: z.string(), before: ReplayScore, after: ReplayScore })),
    })
    .optional()
    .describe(
      'with `fromLog`: baseline and draft against the verdicts on the replayed conversations',
    ),
  draft: z.object({ version: z.string() }),
  baseline: z.object({ version: z.string(), source: z.enum(['published', 'version', 'default']) }),
});

export const EvaluateBody = z
  .strictObject({
    rule: z.unknown().optional().describe('a JSON-logic rule'),
    ruleset: z
      .union([slug, Ruleset])
      .optional()
      .describe('a published ruleset id, or a ruleset inline'),
    data: z.unknown().default({}),
    explain: z.boolean().default(false),
  })
  .refine(
    (b) => (b.rule === undefined) !== (b.ruleset === undefined),
    'send exactly one of "rule" and "ruleset"',
  );

export const PipelineQuery = z.object({
  ruleset: slug.optional().describe('a published ruleset id; default the built-in ruleset'),
});
