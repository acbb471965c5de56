import { useEffect, useState } from 'react';
import { signalLabel, type HandoffInputRaw } from '../../../core';
import type { StoredFixture } from '../api/client';
import { parseConversation } from '../lib/conversation';
import { loadSamples, sampleFiles, type Sample } from '../lib/samples-files';
import type { TestRun } from '../lib/test-run';
import { useBuilder, useBuilderApi } from '../store/context';

export interface FixtureStatus {
  name: string;
  passed: boolean;
  problem?: string;
}

/** Pick, paste or type a conversation; see what the draft decides; save it as a fixture. */
export const TestPanel = ({
  input,
  setInput,
  run,
  error,
  fixtures,
  canEdit,
}: {
  input: HandoffInputRaw | null;
  setInput: (i: HandoffInputRaw | null) => void;
  run: TestRun | null;
  error: string | null;
  fixtures: FixtureStatus[];
  canEdit: boolean;
}) => {
  const store = useBuilderApi();
  const rules = useBuilder((s) => s.draft?.rules ?? []);
  const [file, setFile] = useState('');
  const [samples, setSamples] = useState<Sample[]>([]);
  const [pasted, setPasted] = useState('');
  const [pasteError, setPasteError] = useState<string | null>(null);
  const [chat, setChat] = useState('');
  useEffect(() => {
    if (file) void loadSamples(file).then(setSamples);
  }, [file]);

  const say = (role: 'customer' | 'bot') => {
    if (!chat.trim()) return;
    const at = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const messages = [...(input?.conversation.messages ?? []), { role, text: chat.trim(), at }];
    setInput({
      ...(input ?? {}),
      conversation: { ...(input?.conversation ?? {}), messages },
    } as HandoffInputRaw);
    setChat('');
  };
  const save = (expectHandoff: boolean, asIs: boolean) => {
    if (!input || !run) return;
    const d = run.decision;
    const expect: StoredFixture['expect'] = asIs
      ? {
          handoff: d.handoff,
          ...(d.handoff
            ? { priority: d.priority, ...(d.route?.queue ? { queue: d.route.queue } : {}) }
            : {}),
        }
      : { handoff: expectHandoff };
    const first =
      input.conversation.messages.find((m) => m.role === 'customer')?.text ?? 'conversation';
    const name = `${asIs ? '' : expectHandoff ? 'should hand off: ' : 'should stay with the bot: '}${first.slice(0, 60)}`;
    store.getState().addFixture({ name, input, expect });
  };

  return (
    <section className="test-panel" aria-label="Test">
      <h2>Test a conversation</h2>
      <label htmlFor="sample-file">Sample conversations</label>
      <select id="sample-file" value={file} onChange={(e) => setFile(e.target.value)}>
        <option value="">Choose a file…</option>
        {sampleFiles.map((f) => (
          <option key={f} value={f}>
            {f}
          </option>
        ))}
      </select>
      {samples.length > 0 && (
        <>
          <label htmlFor="sample">Conversation</label>
          <select
            id="sample"
            defaultValue=""
            onChange={(e) => {
              const s = samples[Number(e.target.value)];
              if (s) setInput(s.input as HandoffInputRaw);
            }}
          >
            <option value="">Choose one…</option>
            {samples.map((s, i) => (
              <option key={s.id} value={i} title={s.note}>
                {s.id}
              </option>
            ))}
          </select>
        </>
      )}
      <details>
        <summary>Paste a conversation</summary>
        <label htmlFor="paste">JSON, or one "customer:" / "bot:" line per message</label>
        <textarea id="paste" rows={5} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        <button
          type="button"
          onClick={() => {
            const r = parseConversation(pasted);
            setPasteError(r.ok ? null : r.message);
            if (r.ok) setInput(r.input);
          }}
        >
          Test this conversation
        </button>
        {pasteError && (
          <p className="error" role="alert">
            {pasteError}
          </p>
        )}
      </details>
      <label htmlFor="chat">Type a message</label>
      <input
        id="chat"
        value={chat}
        onChange={(e) => setChat(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && say('customer')}
      />
      <div className="row">
        <button type="button" onClick={() => say('customer')}>
          Send as customer
        </button>
        <button type="button" onClick={() => say('bot')}>
          Send as bot
        </button>
        <button type="button" onClick={() => setInput(null)} disabled={!input}>
          Clear
        </button>
      </div>

      {input && (
        <ol className="transcript" aria-label="Conversation">
          {input.conversation.messages.map((m, i) => (
            <li key={i} className={`msg msg-${m.role}`}>
              <strong>{m.role}:</strong> {m.text}
            </li>
          ))}
        </ol>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {run && (
        <div className="result" aria-live="polite">
          <h3>Decision</h3>
          <p className={run.decision.handoff ? 'verdict handoff' : 'verdict bot'}>
            {run.decision.handoff
              ? `Hand off to a person, ${run.decision.priority} priority`
              : 'Stays with the bot'}
          </p>
          <p>
            {run.decidedBy !== undefined ? (
              <button
                type="button"
                className="link"
                onClick={() => store.getState().selectRule(run.decidedBy!)}
              >
                Decided by rule {run.decidedBy + 1}: {rules[run.decidedBy]?.name}
              </button>
            ) : (
              'No rule matched.'
            )}
          </p>
          <p>
            Issue type: {run.decision.issueType}; language: {run.decision.language}
          </p>
          {run.decision.reasons.length > 0 && (
            <ul className="reasons">
              {run.decision.reasons.map((r) => (
                <li key={r.code}>
                  {signalLabel(r.code)}
                  {r.evidence[0] && 'quote' in r.evidence[0] && <q>{r.evidence[0].quote}</q>}
                </li>
              ))}
            </ul>
          )}
          {run.decision.summary && (
            <>
              <h3>Summary for the agent</h3>
              <p>{run.decision.summary}</p>
            </>
          )}
          {run.decision.route && (
            <>
              <h3>Route</h3>
              <p>
                Queue <strong>{run.decision.route.queue}</strong>: {run.decision.route.explanation}
              </p>
            </>
          )}
          {run.decision.customerMessage && (
            <>
              <h3>Message to the customer</h3>
              <p>{run.decision.customerMessage}</p>
            </>
          )}
          {canEdit && (
            <div className="row">
              <button
                type="button"
                className="primary"
                onClick={() => save(run.decision.handoff, true)}
              >
                This is right: save as a test
              </button>
              <button type="button" onClick={() => save(!run.decision.handoff, false)}>
                {run.decision.handoff
                  ? 'This should have stayed with the bot'
                  : 'This should have been a handoff'}
              </button>
            </div>
          )}
        </div>
      )}
      <FixtureList
        fixtures={fixtures}
        canEdit={canEdit}
        onOpen={(i) => setInput(store.getState().fixtures[i]!.input as HandoffInputRaw)}
      />
    </section>
  );
};

/** Every saved test with pass or fail; open one, or delete it. */
export const FixtureList = ({
  fixtures,
  canEdit,
  onOpen,
}: {
  fixtures: FixtureStatus[];
  canEdit: boolean;
  onOpen: (i: number) => void;
}) => {
  const store = useBuilderApi();
  return (
    <section aria-label="Saved tests" className="fixtures">
      <h3>
        Saved tests ({fixtures.filter((f) => f.passed).length} of {fixtures.length} pass)
      </h3>
      {fixtures.length === 0 && (
        <p className="hint">
          None yet: test a conversation and save it when the decision is right.
        </p>
      )}
      <ul>
        {fixtures.map((f, i) => (
          <li key={i} className={f.passed ? 'pass' : 'fail'}>
            <span aria-label={f.passed ? 'passes' : 'fails'}>{f.passed ? '✓' : '✗'}</span>{' '}
            <button type="button" className="link" onClick={() => onOpen(i)}>
              {f.name}
            </button>
            {f.problem && <span className="fixture-problem">{f.problem}</span>}
            {canEdit && (
              <button
                type="button"
                className="small"
                aria-label={`Delete test ${f.name}`}
                onClick={() => store.getState().removeFixture(i)}
              >
                Delete
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
};
