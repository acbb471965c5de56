import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  canonicalJson,
  compileRuleset,
  runFixtures,
  runHandoff,
  RulesetError,
  type Fixture,
  type HandoffInputRaw,
  type Ruleset,
} from '../../../core';
import { runTest, type TestRun } from '../lib/test-run';
import { TestPanel, type FixtureStatus } from './test-panel';
import { VersionsPanel } from './versions-panel';
import { blockDiff } from '../lib/block-diff';
import { ApiProblem, type RulesetRecord, type RulesetSummary } from '../api/client';
import { lintRuleset } from '../lib/lint';
import { templates, fromTemplate } from '../lib/templates';
import { asGraph } from '../store/builder-store';
import { useBuilder, useBuilderApi, useSession } from '../store/context';
import { Canvas } from './canvas';
import { ImportExport } from './import-export';
import { JsonView } from './json-view';
import { SettingsForm } from './settings-form';
import { Palette } from './palette';
import { RuleList } from './rule-list';
import { SidePanel } from './side-panel';

type SaveState = { kind: 'idle' | 'saving' | 'saved' | 'invalid' | 'error'; text: string };
export interface Conflict {
  mine: Ruleset;
  theirs: RulesetRecord;
}

const inField = (t: EventTarget | null) =>
  t instanceof HTMLElement && t.closest('input, textarea, select, [contenteditable]') !== null;

/** Everything after sign-in: pick a ruleset, edit it, save, publish. */
export const Workspace = ({ onSignOut }: { onSignOut: () => void }) => {
  const { me, client, can } = useSession();
  const store = useBuilderApi();
  const draft = useBuilder((s) => s.draft);
  const changes = useBuilder((s) => s.changes);
  const fixtures = useBuilder((s) => s.fixtures);
  const selected = useBuilder((s) => s.selected);
  const [testInput, setTestInput] = useState<HandoffInputRaw | null>(null);
  const [tab, setTab] = useState('Block');
  const [compareWith, setCompareWith] = useState<Ruleset | null>(null);
  const canUndo = useBuilder((s) => s.past.length > 0);
  const canRedo = useBuilder((s) => s.future.length > 0);
  const [list, setList] = useState<RulesetSummary[]>([]);
  const [record, setRecord] = useState<RulesetRecord | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle', text: '' });
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const etag = useRef<string | null>(null);
  const savedChanges = useRef(0);
  const readOnly = !can('edit');

  const refresh = useCallback(
    () => client.list().then(setList, (e: Error) => setMessage(e.message)),
    [client],
  );
  useEffect(() => void refresh(), [refresh]);

  const open = useCallback(
    async (id: string) => {
      try {
        const r = await client.get(id);
        setRecord(r);
        etag.current = r.etag;
        store.getState().load(r.draft, 0, r.fixtures);
        savedChanges.current = store.getState().changes;
        setSave({ kind: 'saved', text: 'All changes saved' });
        setMessage(null);
      } catch (e) {
        setMessage((e as Error).message);
      }
    },
    [client, store],
  );

  // Live validation follows every change to the rules, not every drag of a block.
  const lint = useMemo(() => {
    if (!draft) return { rules: {}, blocks: {} };
    const s = store.getState();
    return lintRuleset(draft, asGraph(s.nodes, s.edges));
  }, [draft, changes, store]);

  // Blocks added or changed since the version being compared, outlined on the canvas.
  const diffMarks = useMemo(() => {
    if (!compareWith || !draft) return {};
    const s = store.getState();
    const rule = draft.rules[s.selected];
    return blockDiff(
      asGraph(s.nodes, s.edges),
      compareWith.rules.find((r) => r.id === rule?.id),
    ).marks;
  }, [compareWith, draft, changes, selected, store]);

  const problems = useMemo(() => {
    if (!draft) return [];
    try {
      compileRuleset(draft);
      return [];
    } catch (e) {
      return e instanceof RulesetError
        ? e.issues.map(
            (i) => `${i.ruleId ? `Rule "${i.ruleId}": ` : ''}${i.message} (at ${i.path})`,
          )
        : [(e as Error).message];
    }
  }, [draft]);

  const compiled = useMemo(() => {
    if (!draft || problems.length) return null;
    try {
      return compileRuleset(draft);
    } catch {
      return null;
    }
  }, [draft, problems]);

  // Every saved test runs on every edit, as the service runs them before publishing.
  const fixtureStatus: FixtureStatus[] = useMemo(() => {
    if (!compiled)
      return fixtures.map((f) => ({
        name: f.name,
        passed: false,
        problem: 'the ruleset cannot run yet',
      }));
    const run = runFixtures(fixtures as Fixture[], (input) =>
      runHandoff(input, { ruleset: compiled }),
    );
    return run.results.map((r) => ({
      name: r.name,
      passed: r.passed,
      problem:
        r.mismatches
          .map(
            (m) =>
              `${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`,
          )
          .join('; ') || undefined,
    }));
  }, [compiled, fixtures]);
  const failing = fixtureStatus.filter((f) => !f.passed).length;

  const [testRun, testError] = useMemo((): [TestRun | null, string | null] => {
    if (!testInput || !compiled)
      return [null, testInput && !compiled ? 'Fix the ruleset first: it cannot run yet.' : null];
    try {
      const s = store.getState();
      return [runTest(compiled, testInput, s.selected, asGraph(s.nodes, s.edges)), null];
    } catch (e) {
      return [null, `This conversation cannot be decided: ${(e as Error).message}`];
    }
  }, [testInput, compiled, changes, selected, store]);

  // Autosave: a valid draft is written back a moment after the last change, with If-Match.
  useEffect(() => {
    if (!draft || !record || readOnly || changes === savedChanges.current || conflict) return;
    if (problems.length) {
      setSave({ kind: 'invalid', text: 'Not saved: fix the problems shown first' });
      return;
    }
    setSave({ kind: 'saving', text: 'Unsaved changes…' });
    const at = changes;
    const timer = setTimeout(async () => {
      try {
        const saved = await client.save(draft, store.getState().fixtures, etag.current ?? '');
        etag.current = saved.etag;
        setRecord(saved);
        savedChanges.current = at;
        setSave({ kind: 'saved', text: 'All changes saved' });
      } catch (e) {
        if (e instanceof ApiProblem && e.status === 409) {
          const theirs = await client.get(record.id);
          setConflict({ mine: draft, theirs });
          setSave({ kind: 'error', text: 'Not saved: someone else changed this ruleset' });
        } else setSave({ kind: 'error', text: `Not saved. ${(e as Error).message}` });
      }
    }, 700);
    return () => clearTimeout(timer);
  }, [changes, draft, record, readOnly, problems, client, conflict]);

  const resolve = async (keep: 'mine' | 'theirs') => {
    if (!conflict) return;
    etag.current = conflict.theirs.etag;
    setRecord(conflict.theirs);
    if (keep === 'theirs') {
      store.getState().load(conflict.theirs.draft, 0, conflict.theirs.fixtures);
      savedChanges.current = store.getState().changes;
      setSave({ kind: 'saved', text: 'Showing their version' });
    } else savedChanges.current = -1;
    setConflict(null);
  };

  const publish = async () => {
    if (!record || !etag.current) return;
    setMessage(null);
    try {
      const r = await client.publish(record.id, etag.current);
      etag.current = r.etag ?? r.ruleset.etag;
      setRecord(r.ruleset);
      setMessage(
        `Published: the service now decides with this version (${r.ruleset.publishedVersion?.slice(0, 19)}…).`,
      );
      void refresh();
    } catch (e) {
      setMessage((e as Error).message);
    }
  };

  const create = async (id: string, name: string, template: string) => {
    try {
      const r = await client.create(fromTemplate(template, id, name));
      await refresh();
      await open(r.id);
    } catch (e) {
      setMessage((e as Error).message);
    }
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (inField(e.target) || readOnly) return;
      const s = store.getState();
      const mod = e.ctrlKey || e.metaKey;
      const k = e.key.toLowerCase();
      if (mod && k === 'z' && !e.shiftKey) s.undo();
      else if (mod && (k === 'y' || (k === 'z' && e.shiftKey))) s.redo();
      else if (mod && k === 'c') s.copySelected();
      else if (mod && k === 'v') s.paste();
      else if (e.key === 'Delete' || e.key === 'Backspace') s.removeSelected();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, readOnly]);

  return (
    <div className="workspace">
      <header className="top">
        <h1>Handoff rules</h1>
        <label htmlFor="ruleset-pick">Ruleset</label>
        <select
          id="ruleset-pick"
          value={record?.id ?? ''}
          onChange={(e) => e.target.value && open(e.target.value)}
        >
          <option value="">{list.length ? 'Choose a ruleset…' : 'No rulesets yet'}</option>
          {list.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name} ({r.rules} rule{r.rules === 1 ? '' : 's'}
              {r.publishedVersion ? ', published' : ', not published'})
            </option>
          ))}
        </select>
        <span className={`save-state save-${save.kind}`} role="status" aria-live="polite">
          {readOnly ? 'Read only: this key may not edit' : save.text}
        </span>
        <span className="spacer" />
        {draft && !readOnly && (
          <>
            <button
              type="button"
              onClick={() => store.getState().undo()}
              disabled={!canUndo}
              title="Ctrl+Z"
            >
              Undo
            </button>
            <button
              type="button"
              onClick={() => store.getState().redo()}
              disabled={!canRedo}
              title="Ctrl+Shift+Z"
            >
              Redo
            </button>
            <button type="button" onClick={() => store.getState().autoLayout()}>
              Tidy layout
            </button>
          </>
        )}
        {draft && <ImportExport readOnly={readOnly} onError={setMessage} />}
        {draft && can('publish') && (
          <button
            type="button"
            className="primary"
            onClick={publish}
            disabled={problems.length > 0 || save.kind === 'saving'}
          >
            Publish
          </button>
        )}
        {draft && (
          <span className={failing ? 'fixture-badge failing' : 'fixture-badge'} role="status">
            {fixtures.length === 0
              ? 'No saved tests'
              : failing
                ? `${failing} of ${fixtures.length} tests fail`
                : `${fixtures.length} test${fixtures.length === 1 ? ' passes' : 's pass'}`}
          </span>
        )}
        <span className="who" title={`scopes: ${me.scopes.join(', ')}`}>
          {me.name} ({me.scopes.join(', ')})
        </span>
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      {message && (
        <p className="message" role="alert">
          {message}{' '}
          <button type="button" onClick={() => setMessage(null)} aria-label="Dismiss">
            ×
          </button>
        </p>
      )}
      {problems.length > 0 && (
        <div className="problems" role="alert">
          <strong>The ruleset cannot run yet:</strong>
          <ul>
            {problems.slice(0, 4).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {conflict && <ConflictDialog conflict={conflict} onResolve={resolve} />}
      {!draft ? (
        <Start canEdit={!readOnly} onCreate={create} hasAny={list.length > 0} />
      ) : (
        <ReactFlowProvider>
          <div className="columns">
            <aside className="left">
              <RuleList readOnly={readOnly} findings={lint.rules} />
              {!readOnly && <Palette disabled={readOnly} />}
            </aside>
            <Canvas readOnly={readOnly} warnings={lint.blocks} test={testRun} diff={diffMarks} />
            <aside className="right">
              <Tabs
                open={tab}
                setOpen={setTab}
                tabs={{
                  Block: (
                    <>
                      <SidePanel readOnly={readOnly} />
                      <JsonView />
                    </>
                  ),
                  Test: (
                    <TestPanel
                      input={testInput}
                      setInput={setTestInput}
                      run={testRun}
                      error={testError}
                      fixtures={fixtureStatus}
                      canEdit={!readOnly}
                    />
                  ),
                  Settings: <SettingsForm readOnly={readOnly} />,
                  Versions: record && (
                    <VersionsPanel
                      record={record}
                      etag={etag.current}
                      onRolledBack={(r) => void open(r.id)}
                      onCompare={setCompareWith}
                      onOpenConversation={(input) => {
                        setTestInput(input);
                        setTab('Test');
                      }}
                    />
                  ),
                }}
              />
            </aside>
          </div>
        </ReactFlowProvider>
      )}
    </div>
  );
};

const Start = ({
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

const ConflictDialog = ({
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

/** Panels of the right column, one visible at a time; arrow keys move between tabs. */
const Tabs = ({
  tabs,
  open,
  setOpen,
}: {
  tabs: Record<string, React.ReactNode>;
  open: string;
  setOpen: (name: string) => void;
}) => {
  const names = Object.keys(tabs);
  return (
    <>
      <div role="tablist" aria-label="Panels" className="tabs">
        {names.map((n, i) => (
          <button
            key={n}
            role="tab"
            id={`tab-${n}`}
            aria-selected={open === n}
            aria-controls={`panel-${n}`}
            tabIndex={open === n ? 0 : -1}
            onClick={() => setOpen(n)}
            onKeyDown={(e) => {
              const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              if (!step) return;
              const next = names[(i + step + names.length) % names.length]!;
              setOpen(next);
              document.getElementById(`tab-${next}`)?.focus();
            }}
          >
            {n}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${open}`} aria-labelledby={`tab-${open}`}>
        {tabs[open]}
      </div>
    </>
  );
};
