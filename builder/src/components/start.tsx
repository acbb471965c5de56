import { useState } from 'react';
import { templates } from '../lib/templates';

/** The first screen of a ruleset: pick one above, or create one from a template. */
export const Start = ({
  canEdit,
  onCreate,
  hasAny,
}: {
  canEdit: boolean;
  hasAny: boolean;
  onCreate: (id: string, name: string, template: string) => void;
}) => {
  const [name, setName] = useState('');
  const [template, setTemplate] = useState('default');
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return (
    <main className="start">
      <h2>
        {hasAny ? 'Choose a ruleset above, or start a new one' : 'No rulesets yet: start one'}
      </h2>
      {canEdit ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (id) onCreate(id, name, template);
          }}
        >
          <label htmlFor="new-name">Name</label>
          <input
            id="new-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. Support team policy"
            required
          />
          <fieldset className="choices">
            <legend>Start from</legend>
            {templates.map((t) => (
              <label key={t.key} className="check">
                <input
                  type="radio"
                  name="template"
                  value={t.key}
                  checked={template === t.key}
                  onChange={() => setTemplate(t.key)}
                />
                {t.label}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="primary" disabled={!id}>
            Create ruleset{id ? ` "${id}"` : ''}
          </button>
        </form>
      ) : (
        <p>This key may not create rulesets; ask an admin for a key with the edit permission.</p>
      )}
    </main>
  );
};
