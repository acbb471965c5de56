import { useCallback, useEffect, useState } from 'react';
import { compileRuleset, defaultRuleset, signalLabel, type HandoffInputRaw } from '../../../core';
import type { LogReplay, RulesetRecord, VerdictScore } from '../api/client';
import { replayJsonl, type ReplayReport } from '../lib/replay';
import { useBuilder, useSession } from '../store/context';

/** A replay asked for from elsewhere (an accepted suggestion): over the last `days` days. */
export interface ReplayRequest {
  days: number;
  because: string;
  at: number;
}

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);

/** Before → after of one score, as a table's cells. */
const ScoreCells = ({ before, after }: { before: VerdictScore; after: VerdictScore }) => (
  <>
    <td>
      {before.handoffs} → {after.handoffs}
    </td>
    <td>
      {pct(before.precision)} → {pct(after.precision)}
    </td>
    <td>
      {pct(before.recall)} → {pct(after.recall)}
    </td>
  </>
);

/**
 * Replay before publishing: the draft against the published version over the service's
 * log of the last N days (scored against people's verdicts), or over an uploaded JSONL or
 * the judged decisions (in the browser, each flip openable in the test panel).
 */
export const ReplayPanel = ({
  record,
  request,
  saveNow,
  onOpenConversation,
}: {
  record: RulesetRecord;
  request: ReplayRequest | null;
  saveNow: () => Promise<boolean>;
  onOpenConversation: (input: HandoffInputRaw) => void;
}) => {
  const { client, can } = useSession();
  const draft = useBuilder((s) => s.draft);
  const [days, setDays] = useState(request?.days ?? 30);
  const [logged, setLogged] = useState<LogReplay | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ReplayReport | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const ruleName = (id: string) => draft?.rules.find((r) => r.id === id)?.name ?? id;

  const replayLog = useCallback(
    async (n: number) => {
      setBusy(true);
      setNote(null);
      try {
        // The service replays the saved draft, so the edit is saved first.
        if (!(await saveNow())) {
          setNote('The draft is not saved (see the status above), so it cannot be replayed yet.');
          return;
        }
        const r = await client.replayLog(record.id, n);
        setLogged(r);
        if (r.total === 0) setNote(`No conversations were logged for this ruleset in ${n} days.`);
      } catch (e) {
        setNote(`Replay failed: ${(e as Error).message}`);
      } finally {
        setBusy(false);
      }
    },
    [client, record.id, saveNow],
  );
  useEffect(() => {
    if (!request) return;
    setDays(request.days);
    void replayLog(request.days);
  }, [request, replayLog]);

  const runFile = async (text: () => Promise<string>, what: string) => {
    if (!draft) return;
    try {
      const base = record.publishedVersion
        ? (await client.version(record.id, record.publishedVersion)).content
        : defaultRuleset;
      const lines = await text();
      if (!lines.trim()) {
        setReport(null);
        setNote(`There are no ${what} to replay yet.`);
        return;
      }
      setReport(replayJsonl(lines, compileRuleset(base), compileRuleset(draft)));
      setNote(
        record.publishedVersion
          ? null
          : 'Nothing is published yet: the draft was compared with the default policy.',
      );
    } catch (e) {
      setNote(`Replay failed: ${(e as Error).message}`);
    }
  };

  const v = logged?.verdicts;
  return (
    <section className="replay-panel" aria-label="Replay">
      <h2>Replay before publishing</h2>
      {request && (
        <p className="suggestion-applied" role="status">
          Applied to the draft: {request.because} Undo (Ctrl+Z) takes it back; nothing is published
          until you press Publish.
        </p>
      )}
      {can('edit') && (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void replayLog(days);
          }}
        >
          <label htmlFor="replay-days">Logged conversations of the last</label>
          <input
            id="replay-days"
            type="number"
            min={1}
            max={3650}
            value={days}
            onChange={(e) => setDays(Math.max(1, Math.min(3650, Number(e.target.value) || 1)))}
          />
          <span>days</span>
          <button type="submit" className="small" disabled={busy}>
            {busy ? 'Replaying…' : 'Replay'}
          </button>
        </form>
      )}
      {note && (
        <p role="status" className="message-inline">
          {note}
        </p>
      )}
      {logged && logged.total > 0 && (
        <div className="replay" aria-label="Replay over the log">
          <p>
            {logged.total} logged conversations: handoffs {logged.handoffs.before}{' '}
            {logged.baseline.source === 'default' ? 'default policy' : 'published'} →{' '}
            {logged.handoffs.after} draft; {logged.changed} decisions change.
          </p>
          {v && v.judged > 0 ? (
            <table className="scores">
              <caption>
                Against people's verdicts ({v.judged} judged, {v.needed} needed a person)
              </caption>
              <thead>
                <tr>
                  <th scope="col">Rule</th>
                  <th scope="col">Handoffs</th>
                  <th scope="col">Precision</th>
                  <th scope="col">Recall</th>
                </tr>
              </thead>
              <tbody>
                <tr className="total">
                  <th scope="row">All rules</th>
                  <ScoreCells before={v.before} after={v.after} />
                </tr>
                {v.rules.map((r) => (
                  <tr key={r.rule}>
                    <th scope="row">{ruleName(r.rule)}</th>
                    <ScoreCells before={r.before} after={r.after} />
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="hint">No conversation in this window has a verdict from a person yet.</p>
          )}
          <ul>
            {logged.differences.slice(0, 50).map((d) => (
              <li key={d.index}>
                {d.conversationId ?? `conversation ${d.index + 1}`}:{' '}
                {d.before.handoff ? 'handoff' : 'bot'} → {d.after.handoff ? 'handoff' : 'bot'} (
                {d.fields.join(', ')})
              </li>
            ))}
          </ul>
        </div>
      )}
      <h3>Other conversations</h3>
      <label htmlFor="replay-file">A JSONL file, one conversation per line</label>
      <input
        id="replay-file"
        type="file"
        accept=".jsonl,.json,application/json,text/plain"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void runFile(() => file.text(), 'conversations in that file');
        }}
      />
      {can('edit') && (
        <button
          type="button"
          className="small"
          onClick={() =>
            void runFile(
              () => client.judgedDecisions(record.id),
              'judged decisions logged for this ruleset',
            )
          }
        >
          Replay the logged decisions people judged
        </button>
      )}
      {report && (
        <div className="replay" aria-label="Replay result">
          <p>
            {report.total} conversations: handoffs {report.handoffs.before} published →{' '}
            {report.handoffs.after} draft; {report.changed} decisions change.
            {report.skipped.length > 0 &&
              ` ${report.skipped.length} lines skipped (not conversations).`}
          </p>
          {report.byReason.length > 0 && (
            <table>
              <caption>Handoffs by reason</caption>
              <thead>
                <tr>
                  <th scope="col">Reason</th>
                  <th scope="col">Published</th>
                  <th scope="col">Draft</th>
                </tr>
              </thead>
              <tbody>
                {report.byReason.map((r) => (
                  <tr key={r.code}>
                    <td>{signalLabel(r.code)}</td>
                    <td>{r.before}</td>
                    <td>{r.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <ul>
            {report.differences.slice(0, 50).map((d) => (
              <li key={d.index}>
                <button
                  type="button"
                  className="link"
                  onClick={() => onOpenConversation(report.inputs[d.index]!)}
                >
                  {d.conversationId ?? `line ${d.index + 1}`}
                </button>
                : {d.before.handoff ? 'handoff' : 'bot'} → {d.after.handoff ? 'handoff' : 'bot'} (
                {d.fields.join(', ')})
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
};
