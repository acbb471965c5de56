import { useState } from 'react';
import type { Suggestion } from '../../../core';

/** Suggestions from people's verdicts: each tried in replay or set aside, never applied alone. */
export const SuggestionList = ({
  suggestions,
  note,
  canEdit,
  onTry,
  ruleName,
}: {
  suggestions: Suggestion[] | null;
  note: string | null;
  canEdit: boolean;
  onTry?: (s: Suggestion) => void;
  ruleName: (id: string) => string;
}) => {
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  if (!canEdit) return <p className="hint">Suggestions need a key that may edit the rules.</p>;
  if (note) return <p className="hint">{note}</p>;
  if (!suggestions) return <p className="hint">Replaying the judged conversations…</p>;
  const key = (s: Suggestion) => `${s.ruleId}:${s.at.join('.')}:${s.to}`;
  const open = suggestions.filter((s) => !dismissed.has(key(s)));
  if (!open.length)
    return (
      <p className="hint">
        {suggestions.length
          ? 'All suggestions set aside.'
          : 'No threshold change would agree better with people’s verdicts.'}
      </p>
    );
  return (
    <ul className="suggestions">
      {open.map((s) => (
        <li key={key(s)} aria-label={`Suggestion for ${ruleName(s.ruleId)}`}>
          <p>{s.sentence}</p>
          <div className="row">
            {onTry && (
              <button type="button" className="primary small" onClick={() => onTry(s)}>
                Try it in replay
              </button>
            )}
            <button
              type="button"
              className="small"
              onClick={() => setDismissed(new Set([...dismissed, key(s)]))}
            >
              Not now
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
};
