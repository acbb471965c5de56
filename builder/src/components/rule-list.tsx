import { useMemo } from 'react';
import { logicToGraph } from '../lib/graph';
import { ruleSentence } from '../lib/words';
import { useBuilder, useBuilderApi } from '../store/context';

/** The rules in order (the first match decides): select, reorder, enable, duplicate, delete, rename. */
export const RuleList = ({
  readOnly,
  findings,
}: {
  readOnly: boolean;
  findings: Record<number, { message: string }[]>;
}) => {
  const draft = useBuilder((s) => s.draft);
  const selected = useBuilder((s) => s.selected);
  const a = useBuilderApi().getState();
  const sentences = useMemo(
    () => draft?.rules.map((r) => ruleSentence(logicToGraph(r.when, r.then))) ?? [],
    [draft],
  );
  if (!draft) return null;
  return (
    <section className="rule-list" aria-label="Rules">
      <h2>Rules</h2>
      <p className="hint">The first rule that matches decides. Alt+↑/↓ moves the selected rule.</p>
      <ol>
        {draft.rules.map((r, i) => (
          <li
            key={`${r.id}-${i}`}
            className={[
              i === selected ? 'selected' : '',
              r.enabled === false ? 'disabled' : '',
            ].join(' ')}
            draggable={!readOnly}
            onDragStart={(e) => e.dataTransfer.setData('text/x-rule-index', String(i))}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              const from = Number(e.dataTransfer.getData('text/x-rule-index'));
              if (!Number.isNaN(from)) a.moveRule(from, i);
            }}
          >
            <button
              type="button"
              className="rule-select"
              aria-current={i === selected ? 'true' : undefined}
              onClick={() => a.selectRule(i)}
              onKeyDown={(e) => {
                if (readOnly || !e.altKey) return;
                if (e.key === 'ArrowUp') a.moveRule(i, i - 1);
                if (e.key === 'ArrowDown') a.moveRule(i, i + 1);
              }}
            >
              <span className="rule-name">
                {i + 1}. {r.name}
                {r.enabled === false && ' (off)'}
              </span>
              <span className="rule-sentence">{sentences[i]}</span>
              {findings[i]?.map((f) => (
                <span key={f.message} className="rule-warning">
                  ⚠ {f.message}
                </span>
              ))}
            </button>
            {i === selected && !readOnly && (
              <div className="rule-actions">
                <label>
                  Name{' '}
                  <input
                    value={r.name}
                    onChange={(e) => a.updateRuleMeta(i, { name: e.target.value || ' ' })}
                  />
                </label>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={r.enabled !== false}
                    onChange={(e) => a.updateRuleMeta(i, { enabled: e.target.checked })}
                  />{' '}
                  On
                </label>
                <button
                  type="button"
                  onClick={() => a.moveRule(i, i - 1)}
                  disabled={i === 0}
                  aria-label={`Move ${r.name} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  onClick={() => a.moveRule(i, i + 1)}
                  disabled={i === draft.rules.length - 1}
                  aria-label={`Move ${r.name} down`}
                >
                  ↓
                </button>
                <button type="button" onClick={() => a.duplicateRule(i)}>
                  Duplicate
                </button>
                <button
                  type="button"
                  onClick={() => a.deleteRule(i)}
                  disabled={draft.rules.length <= 1}
                >
                  Delete
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && (
        <button type="button" onClick={() => a.addRule()}>
          Add a rule
        </button>
      )}
    </section>
  );
};
