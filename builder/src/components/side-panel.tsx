import { useEffect, useState } from 'react';
import {
  checkRule,
  fieldInfo,
  reasonCodes,
  ruleFields,
  signalCatalogue,
  signalLabel,
  type RuleAction,
} from '../../../core';
import { compareOps, type Block, type CompareOp } from '../lib/graph';
import { opWords } from '../lib/words';
import type { BlockNode } from '../store/builder-store';
import { useBuilder, useBuilderApi } from '../store/context';
import { blockWords } from '../lib/words';
import { WordsEditor } from './words-editor';

const priorities = ['low', 'normal', 'high', 'urgent'] as const;
const units: Record<string, string> = {
  minutes: 'minutes',
  messages: 'messages',
  handoffs: 'handoffs',
  amount: 'in your currency',
};

/** Edits the selected block with controls that fit its kind. */
export const SidePanel = ({ readOnly }: { readOnly: boolean }) => {
  const node = useBuilder((s) => s.nodes.find((n) => n.selected));
  const update = useBuilder((s) => s.updateBlock);
  if (!node)
    return (
      <section className="side-panel" aria-label="Block settings">
        <h2>Block settings</h2>
        <p className="hint">
          Select a block on the canvas to change it. Connect blocks from their right edge to the
          left edge of a logic block or the outcome.
        </p>
      </section>
    );
  const set = (b: Block) => update(node.id, b);
  return (
    <section className="side-panel" aria-label="Block settings">
      <h2>Block settings</h2>
      <fieldset disabled={readOnly}>
        <Editor node={node} set={set} />
        <Connections node={node} />
      </fieldset>
      {node.data.issue && (
        <p className="error" role="status">
          {node.data.issue}
        </p>
      )}
    </section>
  );
};

const Editor = ({ node, set }: { node: BlockNode; set: (b: Block) => void }) => {
  const b = node.data;
  switch (b.kind) {
    case 'signal':
      return (
        <>
          <label htmlFor="sig-code">Signal</label>
          <select
            id="sig-code"
            value={b.code}
            onChange={(e) => set({ ...b, code: e.target.value })}
          >
            {signalCatalogue.map((s) => (
              <option key={s.code} value={s.code}>
                {s.label}
              </option>
            ))}
          </select>
          <label className="check">
            <input
              type="checkbox"
              checked={b.minStrength !== undefined}
              onChange={(e) =>
                set(
                  e.target.checked ? { ...b, minStrength: 0.6 } : { kind: 'signal', code: b.code },
                )
              }
            />
            Only when the detector is sure enough
          </label>
          {b.minStrength !== undefined && (
            <>
              <label htmlFor="sig-strength">How sure: at least {b.minStrength}</label>
              <input
                id="sig-strength"
                type="range"
                min={0}
                max={1}
                step={0.05}
                value={b.minStrength}
                onChange={(e) => set({ ...b, minStrength: Number(e.target.value) })}
              />
            </>
          )}
        </>
      );
    case 'compare': {
      const info = fieldInfo(b.field);
      const ops: CompareOp[] =
        info?.type === 'number'
          ? ['>', '>=', '<', '<=', '==', '!=']
          : info?.values
            ? ['==', '!=', 'in']
            : [...compareOps];
      return (
        <>
          <FieldSelect
            value={b.field}
            onChange={(field) => set({ ...b, field })}
            types={['number', 'choice', 'language', 'text']}
          />
          <label htmlFor="cmp-op">Comparison</label>
          <select
            id="cmp-op"
            value={b.op}
            onChange={(e) => {
              const op = e.target.value as CompareOp;
              const value =
                op === 'in'
                  ? Array.isArray(b.value)
                    ? b.value
                    : [b.value]
                  : Array.isArray(b.value)
                    ? (b.value[0] ?? '')
                    : b.value;
              set({ ...b, op, value });
            }}
          >
            {ops.map((o) => (
              <option key={o} value={o}>
                {opWords[o]}
              </option>
            ))}
          </select>
          <ValueEditor block={b} set={set} />
        </>
      );
    }
    case 'flag':
      return (
        <>
          <FieldSelect
            value={b.field}
            onChange={(field) => set({ ...b, field })}
            types={['boolean']}
          />
          <p className="hint">
            Holds when this is true. Put it into a "Not" block for the opposite.
          </p>
        </>
      );
    case 'words':
      return (
        <>
          <FieldSelect
            value={b.field}
            onChange={(field) => set({ ...b, field })}
            types={['text']}
          />
          <WordsEditor block={b} set={set} />
        </>
      );
    case 'logic':
      return (
        <>
          <label htmlFor="logic-mode">Combine the connected conditions</label>
          <select
            id="logic-mode"
            value={b.mode}
            onChange={(e) =>
              set({
                kind: 'logic',
                mode: e.target.value as typeof b.mode,
                ...(e.target.value === 'atLeast' ? { n: b.n ?? 2 } : {}),
              })
            }
          >
            <option value="all">All of them hold</option>
            <option value="any">Any of them holds</option>
            <option value="not">Not (the one connected does not hold)</option>
            <option value="atLeast">At least a number of them hold</option>
          </select>
          {b.mode === 'atLeast' && (
            <>
              <label htmlFor="logic-n">How many</label>
              <input
                id="logic-n"
                type="number"
                min={1}
                step={1}
                value={b.n ?? 1}
                onChange={(e) => set({ ...b, n: Number(e.target.value) })}
              />
            </>
          )}
        </>
      );
    case 'raw':
      return <RawEditor key={node.id} json={b.json} set={(json) => set({ kind: 'raw', json })} />;
    case 'outcome':
      return <OutcomeEditor then={b.then} set={(then) => set({ kind: 'outcome', then })} />;
  }
};

const FieldSelect = ({
  value,
  onChange,
  types,
}: {
  value: string;
  onChange: (v: string) => void;
  types: string[];
}) => {
  const options = ruleFields.filter((f) => types.includes(f.type));
  const known = options.some((f) => f.path === value);
  return (
    <>
      <label htmlFor="field">Field</label>
      <select id="field" value={value} onChange={(e) => onChange(e.target.value)}>
        {!known && <option value={value}>{value}</option>}
        {options.map((f) => (
          <option key={f.path} value={f.path}>
            {f.label}
          </option>
        ))}
      </select>
    </>
  );
};

const ValueEditor = ({
  block,
  set,
}: {
  block: Extract<Block, { kind: 'compare' }>;
  set: (b: Block) => void;
}) => {
  const info = fieldInfo(block.field);
  if (block.op === 'in') {
    const chosen = (block.value as unknown[]) ?? [];
    if (info?.values)
      return (
        <fieldset className="choices">
          <legend>Values</legend>
          {info.values.map((v) => (
            <label key={v} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(v)}
                onChange={(e) =>
                  set({
                    ...block,
                    value: e.target.checked ? [...chosen, v] : chosen.filter((x) => x !== v),
                  })
                }
              />
              {v}
            </label>
          ))}
        </fieldset>
      );
    return (
      <>
        <label htmlFor="cmp-values">Values, one per line</label>
        <textarea
          id="cmp-values"
          rows={4}
          value={chosen.map(String).join('\n')}
          onChange={(e) => set({ ...block, value: e.target.value.split('\n') })}
        />
      </>
    );
  }
  if (info?.values)
    return (
      <>
        <label htmlFor="cmp-value">Value</label>
        <select
          id="cmp-value"
          value={String(block.value)}
          onChange={(e) => set({ ...block, value: e.target.value })}
        >
          {!info.values.includes(String(block.value)) && (
            <option value={String(block.value)}>{String(block.value)}</option>
          )}
          {info.values.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </>
    );
  if (info?.type === 'number' || typeof block.value === 'number')
    return (
      <>
        <label htmlFor="cmp-value">Value{info?.unit ? ` (${units[info.unit]})` : ''}</label>
        <input
          id="cmp-value"
          type="number"
          value={Number(block.value)}
          onChange={(e) => set({ ...block, value: Number(e.target.value) })}
        />
      </>
    );
  return (
    <>
      <label htmlFor="cmp-value">Value</label>
      <input
        id="cmp-value"
        type="text"
        value={String(block.value ?? '')}
        onChange={(e) => set({ ...block, value: e.target.value })}
      />
    </>
  );
};

/** JSON-logic as text, checked as you type; only a rule the engine accepts is applied. */
const RawEditor = ({ json, set }: { json: unknown; set: (json: unknown) => void }) => {
  const [text, setText] = useState(() => JSON.stringify(json, null, 2));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(JSON.stringify(json, null, 2)), [json]);
  const change = (value: string) => {
    setText(value);
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch (e) {
      setError(`Not valid JSON yet: ${(e as Error).message}`);
      return;
    }
    try {
      checkRule(parsed);
    } catch (e) {
      setError(`The rule engine refuses it: ${(e as Error).message}`);
      return;
    }
    setError(null);
    set(parsed);
  };
  return (
    <>
      <label htmlFor="raw-json">Custom expression (JSON-logic)</label>
      <textarea
        id="raw-json"
        className="mono"
        rows={10}
        spellCheck={false}
        value={text}
        onChange={(e) => change(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby="raw-status"
      />
      <p id="raw-status" className={error ? 'error' : 'ok'} role="status">
        {error ?? 'Valid: the rule engine accepts it.'}
      </p>
    </>
  );
};

const OutcomeEditor = ({ then, set }: { then: RuleAction; set: (t: RuleAction) => void }) => (
  <>
    <fieldset className="choices">
      <legend>When the condition holds</legend>
      <label className="check">
        <input
          type="radio"
          name="handoff"
          checked={then.handoff}
          onChange={() =>
            set({
              handoff: true,
              reason: then.reason ?? 'human_request',
              priority: then.priority ?? 'normal',
            })
          }
        />
        Hand off to a person
      </label>
      <label className="check">
        <input
          type="radio"
          name="handoff"
          checked={!then.handoff}
          onChange={() => set({ handoff: false })}
        />
        Keep the bot
      </label>
    </fieldset>
    {then.handoff && (
      <>
        <label htmlFor="out-reason">Reason</label>
        <select
          id="out-reason"
          value={then.reason ?? ''}
          onChange={(e) =>
            set({ ...then, reason: (e.target.value || undefined) as RuleAction['reason'] })
          }
        >
          <option value="">(none)</option>
          {reasonCodes.map((c) => (
            <option key={c} value={c}>
              {signalLabel(c)}
            </option>
          ))}
        </select>
        <label htmlFor="out-priority">Priority</label>
        <select
          id="out-priority"
          value={then.priority ?? ''}
          onChange={(e) =>
            set({ ...then, priority: (e.target.value || undefined) as RuleAction['priority'] })
          }
        >
          <option value="">(default)</option>
          {priorities.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
        <label htmlFor="out-queue">Queue</label>
        <input
          id="out-queue"
          type="text"
          value={then.queue ?? ''}
          onChange={(e) => set({ ...then, queue: e.target.value || undefined })}
          placeholder="e.g. billing"
        />
        <SkillsInput
          skills={then.skills ?? []}
          set={(skills) => set({ ...then, skills: skills.length ? skills : undefined })}
        />
      </>
    )}
  </>
);

/** Skills as comma-separated text, applied when the field loses focus or Enter is pressed. */
const SkillsInput = ({ skills, set }: { skills: string[]; set: (s: string[]) => void }) => {
  const [text, setText] = useState(skills.join(', '));
  useEffect(() => setText(skills.join(', ')), [skills.join(',')]);
  const apply = () =>
    set(
      text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
  return (
    <>
      <label htmlFor="out-skills">Skills (comma separated)</label>
      <input
        id="out-skills"
        type="text"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => e.key === 'Enter' && apply()}
      />
    </>
  );
};

/** Connections without the mouse: what this block feeds, and its inputs, each removable. */
const Connections = ({ node }: { node: BlockNode }) => {
  const store = useBuilderApi();
  const nodes = useBuilder((s) => s.nodes);
  const edges = useBuilder((s) => s.edges);
  const [notice, setNotice] = useState<string | null>(null);
  const name = (id: string) => {
    const n = nodes.find((x) => x.id === id);
    return n ? blockWords(n.data) : id;
  };
  const out = edges.filter((e) => e.source === node.id);
  const ins = edges.filter((e) => e.target === node.id);
  const targets = nodes.filter(
    (n) =>
      n.id !== node.id &&
      (n.data.kind === 'logic' || n.data.kind === 'outcome') &&
      !out.some((e) => e.target === n.id),
  );
  const remove = (id: string) => store.getState().onEdgesChange([{ type: 'remove', id }]);
  return (
    <div className="connections">
      <h3>Connections</h3>
      {node.data.kind !== 'outcome' && (
        <>
          <label htmlFor="feed-into">Feed this block into</label>
          <select
            id="feed-into"
            value=""
            onChange={(e) => {
              if (!e.target.value) return;
              setNotice(
                store.getState().connect({
                  source: node.id,
                  target: e.target.value,
                  sourceHandle: null,
                  targetHandle: null,
                }) ?? null,
              );
            }}
          >
            <option value="">Choose a logic block or the outcome…</option>
            {targets.map((t) => (
              <option key={t.id} value={t.id}>
                {t.data.kind === 'outcome' ? 'the outcome' : `"${blockWords(t.data)}" block`}
              </option>
            ))}
          </select>
          {notice && (
            <p className="error" role="alert">
              {notice}
            </p>
          )}
        </>
      )}
      <ul className="edge-list">
        {out.map((e) => (
          <li key={e.id}>
            feeds {name(e.target)}{' '}
            <button type="button" className="small" onClick={() => remove(e.id)}>
              Disconnect
            </button>
          </li>
        ))}
        {ins.map((e) => (
          <li key={e.id}>
            input: {name(e.source)}{' '}
            <button type="button" className="small" onClick={() => remove(e.id)}>
              Disconnect
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
};
