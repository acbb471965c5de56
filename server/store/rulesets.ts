import type { Ruleset } from '../../core';
import type { Db, Queryable } from '../db/types';
import type { Fixture } from '../rulesets/fixture';
import { iso, recordChange } from './changes';

/** A ruleset as stored: its editable draft and the version currently published. */
export interface RulesetRecord {
  id: string;
  name: string;
  draft: Ruleset;
  fixtures: Fixture[];
  /** Goes up by one with every draft change; the ETag is derived from it. */
  revision: number;
  publishedVersion: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

/** An immutable published version, identified by the hash of its content. */
export interface VersionRecord {
  rulesetId: string;
  version: string;
  seq: number;
  content: Ruleset;
  fixtures: Fixture[];
  createdAt: string;
  createdBy: string;
}

/** One recorded change: who did what, when. */
export interface RulesetEvent {
  action: 'create' | 'update' | 'publish' | 'rollback';
  version: string | null;
  revision: number | null;
  keyId: string;
  at: string;
}

const rulesetColumns =
  'id, name, draft, fixtures, revision, published_version, created_at, created_by, updated_at, updated_by';
const versionColumns = 'ruleset_id, version, seq, content, fixtures, created_at, created_by';

type Row = Record<string, unknown>;
const rulesetFrom = (r: Row): RulesetRecord => ({
  id: r.id as string,
  name: r.name as string,
  draft: r.draft as Ruleset,
  fixtures: r.fixtures as Fixture[],
  revision: r.revision as number,
  publishedVersion: (r.published_version as string | null) ?? null,
  createdAt: iso(r.created_at),
  createdBy: r.created_by as string,
  updatedAt: iso(r.updated_at),
  updatedBy: r.updated_by as string,
});
const versionFrom = (r: Row): VersionRecord => ({
  rulesetId: r.ruleset_id as string,
  version: r.version as string,
  seq: r.seq as number,
  content: r.content as Ruleset,
  fixtures: r.fixtures as Fixture[],
  createdAt: iso(r.created_at),
  createdBy: r.created_by as string,
});

const addEvent = (
  tx: Queryable,
  id: string,
  action: RulesetEvent['action'],
  by: string,
  extra: { version?: string; revision?: number } = {},
) =>
  tx.query(
    'insert into ruleset_events (ruleset_id, action, version, revision, key_id) values ($1, $2, $3, $4, $5)',
    [id, action, extra.version ?? null, extra.revision ?? null, by],
  );

/** Reads one ruleset, or `undefined`. */
export const getRuleset = async (db: Queryable, id: string): Promise<RulesetRecord | undefined> => {
  const [row] = await db.query<Row>(`select ${rulesetColumns} from rulesets where id = $1`, [id]);
  return row ? rulesetFrom(row) : undefined;
};

/** Every ruleset, by id. */
export const listRulesets = async (db: Queryable): Promise<RulesetRecord[]> =>
  (await db.query<Row>(`select ${rulesetColumns} from rulesets order by id`)).map(rulesetFrom);

/**
 * Creates a ruleset with its first draft. Resolves to `undefined` when the id is taken.
 *
 * @example
 * await createRuleset(db, { ruleset, fixtures: [], by: 'key_1' }); // revision 1
 */
export const createRuleset = (
  db: Db,
  { ruleset, fixtures, by }: { ruleset: Ruleset; fixtures: Fixture[]; by: string },
): Promise<RulesetRecord | undefined> =>
  db.transaction(async (tx) => {
    const [row] = await tx.query<Row>(
      `insert into rulesets (id, name, draft, fixtures, revision, created_by, updated_by)
       values ($1, $2, $3::text::jsonb, $4::text::jsonb, 1, $5, $5)
       on conflict (id) do nothing returning ${rulesetColumns}`,
      [ruleset.id, ruleset.name, JSON.stringify(ruleset), JSON.stringify(fixtures), by],
    );
    if (!row) return undefined;
    await addEvent(tx, ruleset.id, 'create', by, { revision: 1 });
    return rulesetFrom(row);
  });

/** The outcome of a write that checks the revision it started from. */
export type Guarded<T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'conflict'; current: RulesetRecord };

const lockRuleset = async (tx: Queryable, id: string) => {
  const [row] = await tx.query<Row>(
    `select ${rulesetColumns} from rulesets where id = $1 for update`,
    [id],
  );
  return row ? rulesetFrom(row) : undefined;
};

/**
 * Replaces the draft. With `expectedRevision`, refuses (conflict) when someone else
 * changed the draft since that revision was read.
 */
export const updateDraft = (
  db: Db,
  input: {
    id: string;
    ruleset: Ruleset;
    fixtures: Fixture[];
    expectedRevision?: number;
    by: string;
  },
): Promise<Guarded<RulesetRecord>> =>
  db.transaction(async (tx) => {
    const current = await lockRuleset(tx, input.id);
    if (!current) return { ok: false, reason: 'not_found' };
    if (input.expectedRevision !== undefined && current.revision !== input.expectedRevision) {
      return { ok: false, reason: 'conflict', current };
    }
    const [row] = await tx.query<Row>(
      `update rulesets set name = $2, draft = $3::text::jsonb, fixtures = $4::text::jsonb,
         revision = revision + 1, updated_at = now(), updated_by = $5
       where id = $1 returning ${rulesetColumns}`,
      [
        input.id,
        input.ruleset.name,
        JSON.stringify(input.ruleset),
        JSON.stringify(input.fixtures),
        input.by,
      ],
    );
    const value = rulesetFrom(row!);
    await addEvent(tx, input.id, 'update', input.by, { revision: value.revision });
    return { ok: true, value };
  });

/**
 * Publishes the draft as it was at `expectedRevision` under the content-hash `version`.
 * Publishing content that already has a version points the ruleset at that version again
 * (`created: false`).
 */
export const publishVersion = (
  db: Db,
  input: { id: string; version: string; expectedRevision: number; by: string },
): Promise<Guarded<{ ruleset: RulesetRecord; version: VersionRecord; created: boolean }>> =>
  db.transaction(async (tx) => {
    const current = await lockRuleset(tx, input.id);
    if (!current) return { ok: false, reason: 'not_found' };
    if (current.revision !== input.expectedRevision)
      return { ok: false, reason: 'conflict', current };
    let [existing] = await tx.query<Row>(
      `select ${versionColumns} from ruleset_versions where ruleset_id = $1 and version = $2`,
      [input.id, input.version],
    );
    const created = !existing;
    if (!existing) {
      [existing] = await tx.query<Row>(
        `insert into ruleset_versions (ruleset_id, version, seq, content, fixtures, created_by)
         select $1, $2, coalesce(max(seq), 0) + 1, $3::text::jsonb, $4::text::jsonb, $5
         from ruleset_versions where ruleset_id = $1
         returning ${versionColumns}`,
        [
          input.id,
          input.version,
          JSON.stringify(current.draft),
          JSON.stringify(current.fixtures),
          input.by,
        ],
      );
    }
    const [row] = await tx.query<Row>(
      `update rulesets set published_version = $2 where id = $1 returning ${rulesetColumns}`,
      [input.id, input.version],
    );
    await addEvent(tx, input.id, 'publish', input.by, {
      version: input.version,
      revision: current.revision,
    });
    await recordChange(tx, 'ruleset', input.id);
    return {
      ok: true,
      value: { ruleset: rulesetFrom(row!), version: versionFrom(existing!), created },
    };
  });

/** Points the ruleset back at an earlier published version. */
export const rollbackTo = (
  db: Db,
  input: { id: string; version: string; by: string },
): Promise<
  { ok: true; value: RulesetRecord } | { ok: false; reason: 'not_found' | 'no_version' }
> =>
  db.transaction(async (tx) => {
    const current = await lockRuleset(tx, input.id);
    if (!current) return { ok: false, reason: 'not_found' };
    const [version] = await tx.query<Row>(
      'select version from ruleset_versions where ruleset_id = $1 and version = $2',
      [input.id, input.version],
    );
    if (!version) return { ok: false, reason: 'no_version' };
    const [row] = await tx.query<Row>(
      `update rulesets set published_version = $2 where id = $1 returning ${rulesetColumns}`,
      [input.id, input.version],
    );
    await addEvent(tx, input.id, 'rollback', input.by, { version: input.version });
    await recordChange(tx, 'ruleset', input.id);
    return { ok: true, value: rulesetFrom(row!) };
  });

/** Every published version of a ruleset, oldest first. */
export const listVersions = async (db: Queryable, id: string): Promise<VersionRecord[]> =>
  (
    await db.query<Row>(
      `select ${versionColumns} from ruleset_versions where ruleset_id = $1 order by seq`,
      [id],
    )
  ).map(versionFrom);

/** One published version, or `undefined`. */
export const getVersion = async (
  db: Queryable,
  id: string,
  version: string,
): Promise<VersionRecord | undefined> => {
  const [row] = await db.query<Row>(
    `select ${versionColumns} from ruleset_versions where ruleset_id = $1 and version = $2`,
    [id, version],
  );
  return row ? versionFrom(row) : undefined;
};

/** The version a ruleset currently publishes, or `undefined` when it has none. */
export const getPublished = async (
  db: Queryable,
  id: string,
): Promise<VersionRecord | undefined> => {
  const [row] = await db.query<Row>(
    `select ${versionColumns.replace(/(\w+)/g, 'v.$1')} from rulesets r
     join ruleset_versions v on v.ruleset_id = r.id and v.version = r.published_version
     where r.id = $1`,
    [id],
  );
  return row ? versionFrom(row) : undefined;
};

/** Who changed a ruleset, how and when, oldest first. */
export const listEvents = async (db: Queryable, id: string): Promise<RulesetEvent[]> =>
  (
    await db.query<Row>(
      'select action, version, revision, key_id, at from ruleset_events where ruleset_id = $1 order by id',
      [id],
    )
  ).map((r) => ({
    action: r.action as RulesetEvent['action'],
    version: (r.version as string | null) ?? null,
    revision: (r.revision as number | null) ?? null,
    keyId: r.key_id as string,
    at: iso(r.at),
  }));
