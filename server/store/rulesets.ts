import { rulesetVersion, type Ruleset } from '../../core';
import type { Db, Queryable } from '../db/types';
import type { Fixture } from '../../core';
import { appendAudit, type Actor } from './audit';
import {
  lockAtRevision,
  rulesetColumns,
  rulesetFrom,
  versionColumns,
  versionFrom,
  type Guarded,
  type Row,
  type RulesetRecord,
  type VersionRecord,
} from './ruleset-rows';

export type { Guarded, RulesetRecord, VersionRecord } from './ruleset-rows';

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
  { ruleset, fixtures, by, requestId }: { ruleset: Ruleset; fixtures: Fixture[] } & Actor,
): Promise<RulesetRecord | undefined> =>
  db.transaction(async (tx) => {
    const [row] = await tx.query<Row>(
      `insert into rulesets (id, name, draft, fixtures, revision, created_by, updated_by)
       values ($1, $2, $3::text::jsonb, $4::text::jsonb, 1, $5, $5)
       on conflict (id) do nothing returning ${rulesetColumns}`,
      [ruleset.id, ruleset.name, JSON.stringify(ruleset), JSON.stringify(fixtures), by],
    );
    if (!row) return undefined;
    await appendAudit(tx, {
      subject: 'ruleset',
      subjectId: ruleset.id,
      action: 'create',
      by,
      requestId,
      revision: 1,
      detail: { draftVersion: rulesetVersion(ruleset), fixtures: fixtures.length },
    });
    return rulesetFrom(row);
  });

/**
 * Replaces the draft, refusing (conflict) when the ruleset changed since `expectedRevision`
 * was read. The check runs under the row's lock, so of two writers starting from the same
 * revision exactly one wins.
 *
 * @example
 * await updateDraft(db, { id: 'vip', ruleset, fixtures: [], expectedRevision: 3, by: 'key_1' });
 */
export const updateDraft = (
  db: Db,
  input: {
    id: string;
    ruleset: Ruleset;
    fixtures: Fixture[];
    expectedRevision: number;
  } & Actor,
): Promise<Guarded<RulesetRecord>> =>
  db.transaction(async (tx) => {
    const locked = await lockAtRevision(tx, input.id, input.expectedRevision);
    if (!locked.ok) return locked;
    const current = locked.value;
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
    await appendAudit(tx, {
      subject: 'ruleset',
      subjectId: input.id,
      action: 'update',
      by: input.by,
      requestId: input.requestId,
      revision: value.revision,
      detail: {
        fromRevision: current.revision,
        draftVersion: rulesetVersion(input.ruleset),
        fixtures: input.fixtures.length,
      },
    });
    return { ok: true, value };
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
