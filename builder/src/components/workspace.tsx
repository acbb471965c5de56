import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { withThreshold, type HandoffInputRaw, type Ruleset, type Suggestion } from '../../../core';
import type { RulesetRecord, RulesetSummary } from '../api/client';
import { fromTemplate } from '../lib/templates';
import { useBuilder, useBuilderApi, useSession } from '../store/context';
import { AllRulesCanvas } from './all-rules-canvas';
import { Canvas } from './canvas';
import { ConflictDialog } from './conflict-dialog';
import { ImportExport } from './import-export';
import { JsonView } from './json-view';
import { Palette } from './palette';
import { QualityPage } from './quality-page';
import { ReplayPanel, type ReplayRequest } from './replay-panel';
import { RuleList } from './rule-list';
import { SettingsForm } from './settings-form';
import { SidePanel } from './side-panel';
import { Start } from './start';
import { Tabs } from './tabs';
import { TestPanel } from './test-panel';
import { useAutosave } from './use-autosave';
import { useDraftChecks } from './use-draft-checks';
import { VersionsPanel } from './versions-panel';

const inField = (t: EventTarget | null) =>
  t instanceof HTMLElement && t.closest('input, textarea, select, [contenteditable]') !== null;

/** Everything after sign-in: pick a ruleset, edit it, save, publish, see how it did. */
export const Workspace = ({ onSignOut }: { onSignOut: () => void }) => {
  const { me, client, can } = useSession();
  const store = useBuilderApi();
  const draft = useBuilder((s) => s.draft);
  const fixtures = useBuilder((s) => s.fixtures);
  const [testInput, setTestInput] = useState<HandoffInputRaw | null>(null);
  const [tab, setTab] = useState('Block');
  const [view, setView] = useState<'rules' | 'quality'>('rules');
  const [canvasShows, setCanvasShows] = useState<'one' | 'all'>('one');
  const [replayRequest, setReplayRequest] = useState<ReplayRequest | null>(null);
  const [compareWith, setCompareWith] = useState<Ruleset | null>(null);
  const canUndo = useBuilder((s) => s.past.length > 0);
  const canRedo = useBuilder((s) => s.future.length > 0);
  const [list, setList] = useState<RulesetSummary[]>([]);
  const [record, setRecord] = useState<RulesetRecord | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const readOnly = !can('edit');
  const checks = useDraftChecks({ testInput, compareWith });
  const { problems, failing } = checks;
  const { save, conflict, resolve, etag, loaded, saveNow } = useAutosave({
    record,
    setRecord,
    problems,
    readOnly,
  });

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
        store.getState().load(r.draft, 0, r.fixtures);
        loaded(r);
        setMessage(null);
      } catch (e) {
        setMessage((e as Error).message);
      }
    },
    [client, store, loaded],
  );

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

  const openConversation = (input: HandoffInputRaw) => {
    setTestInput(input);
    setView('rules');
    setTab('Test');
  };

  // An accepted suggestion changes the draft (one undo step) and opens its replay; it is
  // saved as a draft like any edit and published only when someone presses Publish.
  const trySuggestion = (s: Suggestion, days: number) => {
    const d = store.getState().draft;
    const index = d?.rules.findIndex((r) => r.id === s.ruleId) ?? -1;
    if (!d || index < 0) return;
    store
      .getState()
      .replaceDraft(
        withThreshold(d, s.ruleId, { at: s.at, code: s.signal, least: s.from }, s.to),
        index,
      );
    setReplayRequest({ days, because: s.sentence, at: Date.now() });
    setCanvasShows('one');
    setView('rules');
    setTab('Replay');
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (inField(e.target) || readOnly || view !== 'rules') return;
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
  }, [store, readOnly, view]);

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
        {draft && (
          <div className="views" role="group" aria-label="View">
            <button type="button" aria-pressed={view === 'rules'} onClick={() => setView('rules')}>
              Rules
            </button>
            <button
              type="button"
              aria-pressed={view === 'quality'}
              onClick={() => setView('quality')}
            >
              Quality
            </button>
          </div>
        )}
        <span className={`save-state save-${save.kind}`} role="status" aria-live="polite">
          {readOnly ? 'Read only: this key may not edit' : save.text}
        </span>
        <span className="spacer" />
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
      ) : view === 'quality' && record ? (
        <QualityPage
          record={record}
          onOpenConversation={openConversation}
          onTry={readOnly ? undefined : trySuggestion}
        />
      ) : (
        <ReactFlowProvider>
          <div className="columns">
            <aside className="left">
              <RuleList readOnly={readOnly} findings={checks.lint.rules} />
              {!readOnly && canvasShows === 'one' && <Palette disabled={readOnly} />}
            </aside>
            <div className="canvas-column">
              <div className="canvas-toolbar">
                {!readOnly && (
                  <>
                    <button
                      type="button"
                      className="small"
                      onClick={() => store.getState().undo()}
                      disabled={!canUndo}
                      title="Ctrl+Z"
                    >
                      Undo
                    </button>
                    <button
                      type="button"
                      className="small"
                      onClick={() => store.getState().redo()}
                      disabled={!canRedo}
                      title="Ctrl+Shift+Z"
                    >
                      Redo
                    </button>
                    <button
                      type="button"
                      className="small"
                      onClick={() => store.getState().autoLayout()}
                      disabled={canvasShows === 'all'}
                    >
                      Tidy layout
                    </button>
                  </>
                )}
                <div className="canvas-shows" role="group" aria-label="Canvas shows">
                  <button
                    type="button"
                    className="small"
                    aria-pressed={canvasShows === 'one'}
                    onClick={() => setCanvasShows('one')}
                  >
                    This rule
                  </button>
                  <button
                    type="button"
                    className="small"
                    aria-pressed={canvasShows === 'all'}
                    onClick={() => setCanvasShows('all')}
                  >
                    All rules
                  </button>
                </div>
              </div>
              {canvasShows === 'all' ? (
                <AllRulesCanvas
                  findings={checks.lint.rules}
                  onEdit={(i) => {
                    store.getState().selectRule(i);
                    setCanvasShows('one');
                  }}
                />
              ) : (
                <Canvas
                  readOnly={readOnly}
                  warnings={checks.lint.blocks}
                  test={checks.testRun}
                  diff={checks.diffMarks}
                />
              )}
            </div>
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
                      run={checks.testRun}
                      error={checks.testError}
                      fixtures={checks.fixtureStatus}
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
                    />
                  ),
                  Replay: record && (
                    <ReplayPanel
                      record={record}
                      request={replayRequest}
                      saveNow={saveNow}
                      onOpenConversation={openConversation}
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
