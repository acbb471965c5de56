import { canonicalJson, type Ruleset } from '../../../core';
import type { RulesetRecord } from '../api/client';

/** A lost update: what I tried to save, and what someone else saved meanwhile. */
export interface Conflict {
  mine: Ruleset;
  theirs: RulesetRecord;
}

/** The parts of two drafts that differ: rules by id (in either), and the other top-level fields. */
const differing = (mine: Ruleset, theirs: Ruleset) => {
  const ids = [...new Set([...mine.rules.map((r) => r.id), ...theirs.rules.map((r) => r.id)])];
  const pick = (d: Ruleset, id: string) => d.rules.find((r) => r.id === id) ?? null;
  const rules = ids.filter(
    (id) => canonicalJson(pick(mine, id)) !== canonicalJson(pick(theirs, id)),
  );
  const fields = (['name', 'description', 'config'] as const).filter(
    (k) => canonicalJson(mine[k] ?? null) !== canonicalJson(theirs[k] ?? null),
  );
  const order =
    canonicalJson(mine.rules.map((r) => r.id)) !== canonicalJson(theirs.rules.map((r) => r.id));
  const side = (d: Ruleset) => ({
    ...Object.fromEntries(fields.map((k) => [k, d[k] ?? null])),
    ...(rules.length ? { rules: rules.map((id) => pick(d, id)) } : {}),
    ...(order ? { order: d.rules.map((r) => r.id) } : {}),
  });
  return { rules, fields, order, mine: side(mine), theirs: side(theirs) };
};

export const ConflictDialog = ({
  conflict,
  onResolve,
}: {
  conflict: Conflict;
  onResolve: (keep: 'mine' | 'theirs') => void;
}) => {
  const d = differing(conflict.mine, conflict.theirs.draft);
  const what = [
    ...d.fields.map((f) => `the ${f}`),
    ...(d.rules.length ? [`rule${d.rules.length > 1 ? 's' : ''} ${d.rules.join(', ')}`] : []),
    ...(d.order ? ['the order of the rules'] : []),
  ];
  return (
    <div className="dialog-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="conflict-title" className="dialog">
        <h2 id="conflict-title">Someone else changed this ruleset</h2>
        <p>
          Key {conflict.theirs.updatedBy} saved it at{' '}
          {new Date(conflict.theirs.updatedAt).toLocaleString()} while you were editing. Nothing was
          overwritten. The versions differ in{' '}
          {what.length ? what.join('; ') : 'the saved tests only'}. Keep one:
        </p>
        <div className="conflict-columns">
          <section aria-label="Your version">
            <h3>Yours</h3>
            <pre tabIndex={0}>{JSON.stringify(d.mine, null, 2)}</pre>
          </section>
          <section aria-label="Their version">
            <h3>Theirs</h3>
            <pre tabIndex={0}>{JSON.stringify(d.theirs, null, 2)}</pre>
          </section>
        </div>
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={() => onResolve('mine')} autoFocus>
            Keep mine (save over theirs)
          </button>
          <button type="button" onClick={() => onResolve('theirs')}>
            Keep theirs (drop my changes)
          </button>
        </div>
      </div>
    </div>
  );
};
