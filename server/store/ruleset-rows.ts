import type { Ruleset } from '../../core';
import type { Queryable } from '../db/types';
import type { Fixture } from '../../core';
import { iso } from './changes';

/** A ruleset as stored: its editable draft and the version currently published. */
export interface RulesetRecord {
  id: string;
  name: string;
  draft: Ruleset;
  fixtures: Fixture[];
  /**
   * Goes up by one with every change: the draft, a publish, a rollback. The ETag is
   * derived from it.
   */
  revision: number;
  publishedVersion: string | null;
  createdAt: string;
  createdBy: string;
  /** When and by which key the last change (of any kind) was made. */
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

export const rulesetColumns =
  'id, name, draft, fixtures, revision, published_version, created_at, created_by, updated_at, updated_by';
export const versionColumns = 'ruleset_id, version, seq, content, fixtures, created_at, created_by';

export type Row = Record<string, unknown>;

/** A `rulesets` row as a record. */
export const rulesetFrom = (r: Row): RulesetRecord => ({
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

/** A `ruleset_versions` row as a record. */
export const versionFrom = (r: Row): VersionRecord => ({
  rulesetId: r.ruleset_id as string,
  version: r.version as string,
  seq: r.seq as number,
  content: r.content as Ruleset,
  fixtures: r.fixtures as Fixture[],
  createdAt: iso(r.created_at),
  createdBy: r.created_by as string,
});

/** Reads a ruleset inside a transaction and holds its row until the transaction ends. */
export const lockRuleset = async (
  tx: Queryable,
  id: string,
): Promise<RulesetRecord | undefined> => {
  const [row] = await tx.query<Row>(
    `select ${rulesetColumns} from rulesets where id = $1 for update`,
    [id],
  );
  return row ? rulesetFrom(row) : undefined;
};

/** The outcome of a write that checks the revision it started from. */
export type Guarded<T, Missing extends string = 'not_found'> =
  | { ok: true; value: T }
  | { ok: false; reason: Missing }
  | { ok: false; reason: 'conflict'; current: RulesetRecord };

/**
 * Locks a ruleset for a write that starts from `expected`: the record when it is still at
 * that revision, else why not. Of two writers starting from one revision, the second
 * waits for the first's lock and then sees the revision it moved on.
 */
export const lockAtRevision = async (
  tx: Queryable,
  id: string,
  expected: number,
): Promise<Guarded<RulesetRecord>> => {
  const current = await lockRuleset(tx, id);
  if (!current) return { ok: false, reason: 'not_found' };
  if (current.revision !== expected) return { ok: false, reason: 'conflict', current };
  return { ok: true, value: current };
};
