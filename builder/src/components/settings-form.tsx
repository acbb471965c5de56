import { settingCatalogue, type SettingInfo } from '../../../core';
import { useBuilder, useBuilderApi } from '../store/context';

/** The ruleset's name and detector thresholds; an empty field means the default shown. */
export const SettingsForm = ({ readOnly }: { readOnly: boolean }) => {
  const draft = useBuilder((s) => s.draft);
  const store = useBuilderApi();
  if (!draft) return null;
  const config = (draft.config ?? {}) as Record<string, unknown>;
  const put = (key: string, value: unknown) => {
    const next = { ...config };
    if (value === undefined) delete next[key];
    else next[key] = value;
    store.getState().setConfig(next);
  };
  return (
    <section className="settings" aria-label="Ruleset settings">
      <h2>Ruleset settings</h2>
      <fieldset disabled={readOnly}>
        <label htmlFor="rs-name">Name</label>
        <input
          id="rs-name"
          value={draft.name}
          onChange={(e) => store.getState().setRulesetMeta({ name: e.target.value || draft.id })}
        />
        <label htmlFor="rs-desc">Description</label>
        <textarea
          id="rs-desc"
          rows={2}
          value={draft.description ?? ''}
          onChange={(e) =>
            store.getState().setRulesetMeta({ description: e.target.value || undefined })
          }
        />
        <h3>Detector thresholds</h3>
        <p className="hint">Leave a field empty to use the default.</p>
        {settingCatalogue.map((s) => (
          <Setting key={s.key} info={s} value={config[s.key]} put={(v) => put(s.key, v)} />
        ))}
      </fieldset>
    </section>
  );
};

const Setting = ({
  info,
  value,
  put,
}: {
  info: SettingInfo;
  value: unknown;
  put: (v: unknown) => void;
}) => {
  const id = `cfg-${info.key}`;
  const shownDefault = Array.isArray(info.default) ? info.default.join(', ') : String(info.default);
  if (info.type === 'choices') {
    const chosen = (Array.isArray(value) ? value : info.default) as string[];
    return (
      <fieldset className="choices">
        <legend>{info.label}</legend>
        {info.values!.map((v) => (
          <label key={v} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(v)}
              onChange={(e) =>
                put(e.target.checked ? [...chosen, v] : chosen.filter((x) => x !== v))
              }
            />
            {v}
          </label>
        ))}
        <p className="hint">Default: {shownDefault}</p>
      </fieldset>
    );
  }
  if (info.type === 'words')
    return (
      <>
        <label htmlFor={id}>{info.label}</label>
        <input
          id={id}
          type="text"
          placeholder={shownDefault}
          defaultValue={Array.isArray(value) ? value.join(', ') : ''}
          onBlur={(e) => {
            const words = e.target.value
              .split(',')
              .map((w) => w.trim())
              .filter(Boolean);
            put(words.length ? words : undefined);
          }}
        />
        <p className="hint">Comma separated. Default: {shownDefault}</p>
      </>
    );
  return (
    <>
      <label htmlFor={id}>
        {info.label}
        {info.unit ? ` (${info.unit})` : ''}
      </label>
      <input
        id={id}
        type="number"
        min={info.min}
        max={info.max}
        step={info.type === 'integer' ? 1 : 'any'}
        placeholder={`default ${shownDefault}`}
        value={typeof value === 'number' ? value : ''}
        onChange={(e) => put(e.target.value === '' ? undefined : Number(e.target.value))}
      />
    </>
  );
};
