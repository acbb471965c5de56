import type { Db, Queryable } from '../db/types';
import { appendAudit, type Actor } from './audit';
import { recordChange } from './changes';
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

// Publishing moves the ruleset's revision too: its ETag then changes, so a second
// publisher (or an editor) working from the old tag is refused instead of overriding it.
const pointAt = async (tx: Queryable, id: string, version: string, by: string) => {
  const [row] = await tx.query<Row>(
    `update rulesets set published_version = $2, revision = revision + 1,
       updated_at = now(), updated_by = $3
     where id = $1 returning ${rulesetColumns}`,
    [id, version, by],
  );
  return rulesetFrom(row!);
};

/**
 * Publishes the draft as it was at `expectedRevision` under the content-hash `version`.
 * Publishing content that already has a version points the ruleset at that version again
 * (`created: false`). Either way the revision goes up by one.
 *
 * @example
 * await publishVersion(db, { id: 'vip', version: 'sha256:…', expectedRevision: 4, by: 'key_1' });
 */
export const publishVersion = (
  db: Db,
  input: { id: string; version: string; expectedRevision: number; note?: string } & Actor,
): Promise<Guarded<{ ruleset: RulesetRecord; version: VersionRecord; created: boolean }>> =>
  db.transaction(async (tx) => {
    const locked = await lockAtRevision(tx, input.id, input.expectedRevision);
    if (!locked.ok) return locked;
    const current = locked.value;
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
    const ruleset = await pointAt(tx, input.id, input.version, input.by);
    await appendAudit(tx, {
      subject: 'ruleset',
      subjectId: input.id,
      action: 'publish',
      by: input.by,
      requestId: input.requestId,
      revision: ruleset.revision,
      version: input.version,
      detail: {
        fromRevision: current.revision,
        previousVersion: current.publishedVersion,
        created,
        ...(input.note ? { note: input.note } : {}),
      },
    });
    await recordChange(tx, 'ruleset', input.id);
    return { ok: true, value: { ruleset, version: versionFrom(existing!), created } };
  });

/**
 * Points the ruleset back at an earlier published version, refusing (conflict) when the
 * ruleset changed since `expectedRevision`. The draft stays as it is.
 *
 * @example
 * await rollbackTo(db, { id: 'vip', version: 'sha256:…', expectedRevision: 5, by: 'key_1' });
 */
export const rollbackTo = (
  db: Db,
  input: { id: string; version: string; expectedRevision: number } & Actor,
): Promise<Guarded<RulesetRecord, 'not_found' | 'no_version'>> =>
  db.transaction(async (tx) => {
    const locked = await lockAtRevision(tx, input.id, input.expectedRevision);
    if (!locked.ok) return locked;
    const current = locked.value;
    const [version] = await tx.query<Row>(
      'select version from ruleset_versions where ruleset_id = $1 and version = $2',
      [input.id, input.version],
    );
    if (!version) return { ok: false, reason: 'no_version' };
    const ruleset = await pointAt(tx, input.id, input.version, input.by);
    await appendAudit(tx, {
      subject: 'ruleset',
      subjectId: input.id,
      action: 'rollback',
      by: input.by,
      requestId: input.requestId,
      revision: ruleset.revision,
      version: input.version,
      detail: { fromRevision: current.revision, previousVersion: current.publishedVersion },
    });
    await recordChange(tx, 'ruleset', input.id);
    return { ok: true, value: ruleset };
  });
