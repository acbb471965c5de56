import { useEffect, useState } from 'react';
import { suggestChanges, type HandoffInputRaw, type Suggestion } from '../../../core';
import type { QualityFigures, QualityReport, RulesetRecord } from '../api/client';
import { judgedFromJsonl } from '../lib/judged';
import { useBuilder, useSession } from '../store/context';
import { SuggestionList } from './suggestion-list';

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);
const day = (d: Date) => d.toISOString().slice(0, 10);
const groupNames = { week: 'Week', language: 'Language', issueType: 'Issue type', queue: 'Queue' };

/** The decisions behind a figure, listed so each opens in the test panel. */
interface Shown {
  title: string;
  ids: string[];
  count: number;
}

/** A count that opens the conversations behind it. */
const Figure = ({
  n,
  ids,
  title,
  show,
}: {
  n: number;
  ids: string[];
  title: string;
  show: (s: Shown) => void;
}) =>
  n === 0 ? (
    <>0</>
  ) : (
    <button
      type="button"
      className="link figure"
      onClick={() => show({ title, ids, count: n })}
      aria-label={`${n}: show the conversations (${title})`}
    >
      {n}
    </button>
  );

const Rates = ({ f }: { f: QualityFigures }) => (
  <>
    <td>{f.decisions}</td>
    <td>{pct(f.handoffRate)}</td>
    <td>{pct(f.clingyRate)}</td>
    <td>{pct(f.dumpingGroundRate)}</td>
  </>
);

/**
 * How the ruleset's decisions fared with the people who took them over: per rule, missed
 * handoffs, the rates by week, language, issue type and queue, and suggestions to try.
 */
export const QualityPage = ({
  record,
  onOpenConversation,
  onTry,
}: {
  record: RulesetRecord;
  onOpenConversation: (input: HandoffInputRaw) => void;
  onTry?: (s: Suggestion, days: number) => void;
}) => {
  const { client, can } = useSession();
  const draft = useBuilder((s) => s.draft);
  const [to, setTo] = useState(day(new Date(Date.now() + 86_400_000)));
  const [from, setFrom] = useState(day(new Date(Date.now() - 29 * 86_400_000)));
  const [report, setReport] = useState<QualityReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [by, setBy] = useState<keyof typeof groupNames>('week');
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  const [suggestNote, setSuggestNote] = useState<string | null>(null);
  const ruleName = (id: string) =>
    id === 'no rule' ? 'No rule' : (draft?.rules.find((r) => r.id === id)?.name ?? id);
  const days = Math.max(1, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000));

  useEffect(() => {
    let live = true;
    setError(null);
    client.quality(record.id, { from: `${from}T00:00:00Z`, to: `${to}T00:00:00Z` }).then(
      (r) => live && setReport(r),
      (e: Error) => live && setError(e.message),
    );
    return () => void (live = false);
  }, [client, record.id, from, to, record.publishedVersion]);

  // Suggestions replay the draft over the conversations people judged, in the browser.
  useEffect(() => {
    if (!draft || !can('edit')) return;
    let live = true;
    setSuggestions(null);
    setSuggestNote(null);
    client.peopleJudged(record.id).then(
      (text) => {
        const { judged } = judgedFromJsonl(text);
        // Let the page paint first: the replay decides every judged conversation again.
        setTimeout(() => {
          if (!live) return;
          try {
            setSuggestions(suggestChanges(draft, judged));
            if (!judged.length) setSuggestNote('No conversation has a verdict from a person yet.');
          } catch (e) {
            setSuggestNote(`Suggestions could not be computed: ${(e as Error).message}`);
          }
        }, 0);
      },
      (e: Error) => live && setSuggestNote(e.message),
    );
    return () => void (live = false);
    // The draft is read once per visit: suggestions are about the rules as they stand now.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, record.id]);

  const open = async (id: string) => {
    try {
      const d = await client.decision(id);
      onOpenConversation(d.input as HandoffInputRaw);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <main className="quality-page" aria-label="Quality">
      <div className="quality-head">
        <h2>How the rules did with the people who took over</h2>
        <label htmlFor="q-from">From</label>
        <input id="q-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <label htmlFor="q-to">until</label>
        <input id="q-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      {error && (
        <p className="message-inline" role="alert">
          {error}
        </p>
      )}
      {report && report.decisions === 0 && (
        <p className="hint">
          No decisions were logged for this ruleset in this window. Once the chatbot calls the
          service with <code>?ruleset={record.id}</code> and agents give verdicts, they show here.
        </p>
      )}
      {report && report.decisions > 0 && (
        <>
          <p className="quality-summary">
            <strong>{report.decisions}</strong> decisions, <strong>{report.handoffs}</strong> handed
            off ({pct(report.handoffRate)}). <strong>Clingy</strong> (kept but a person was needed,
            or handed off too late): {pct(report.clingyRate)} of kept.{' '}
            <strong>Dumping ground</strong> (handed off but not needed):{' '}
            {pct(report.dumpingGroundRate)} of handoffs.
          </p>
          <section aria-label="Suggestions">
            <h3>Suggestions</h3>
            <SuggestionList
              suggestions={suggestions}
              note={suggestNote}
              canEdit={can('edit')}
              onTry={onTry && ((s) => onTry(s, days))}
              ruleName={ruleName}
            />
          </section>
          <div className="quality-columns">
            <div>
              <table className="quality-rules">
                <caption>Per rule (handoffs judged by people)</caption>
                <thead>
                  <tr>
                    <th scope="col">Rule</th>
                    <th scope="col">Fired</th>
                    <th scope="col">Handed off</th>
                    <th scope="col">Judged</th>
                    <th scope="col">Needed</th>
                    <th scope="col">Not needed</th>
                    <th scope="col">Precision</th>
                  </tr>
                </thead>
                <tbody>
                  {report.rules.map((r) => {
                    const name = ruleName(r.rule);
                    const fig = (n: number, ids: string[], what: string) => (
                      <Figure n={n} ids={ids} title={`${name}: ${what}`} show={setShown} />
                    );
                    return (
                      <tr key={r.rule}>
                        <th scope="row">{name}</th>
                        <td>{fig(r.fired, r.decisionIds.fired, 'fired')}</td>
                        <td>{r.handoffs}</td>
                        <td>{r.judged}</td>
                        <td>
                          {fig(r.needed, r.decisionIds.needed, 'needed')}
                          {r.tooLate > 0 && (
                            <> (+{fig(r.tooLate, r.decisionIds.tooLate, 'too late')} late)</>
                          )}
                        </td>
                        <td>
                          {fig(r.notNeeded, r.decisionIds.notNeeded, 'not needed')}{' '}
                          <span className="hint">{pct(r.notNeededShare)}</span>
                        </td>
                        <td>{pct(r.precision)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <table>
                <caption>Missed handoffs (kept, but a person was needed)</caption>
                <thead>
                  <tr>
                    <th scope="col">The rule that should have caught them</th>
                    <th scope="col">Conversations</th>
                  </tr>
                </thead>
                <tbody>
                  {report.missedBy.length === 0 && (
                    <tr>
                      <td colSpan={2}>None reported.</td>
                    </tr>
                  )}
                  {report.missedBy.map((m) => (
                    <tr key={m.rule}>
                      <th scope="row">{ruleName(m.rule)}</th>
                      <td>
                        <Figure
                          n={m.count}
                          ids={m.decisionIds}
                          title={`missed, ${ruleName(m.rule)}`}
                          show={setShown}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <label htmlFor="q-by">Rates by</label>{' '}
              <select
                id="q-by"
                value={by}
                onChange={(e) => setBy(e.target.value as keyof typeof groupNames)}
              >
                {Object.entries(groupNames).map(([k, label]) => (
                  <option key={k} value={k}>
                    {label.toLowerCase()}
                  </option>
                ))}
              </select>
              <table>
                <caption>Rates by {groupNames[by].toLowerCase()}</caption>
                <thead>
                  <tr>
                    <th scope="col">{groupNames[by]}</th>
                    <th scope="col">Decisions</th>
                    <th scope="col">Handoff rate</th>
                    <th scope="col">Clingy rate</th>
                    <th scope="col">Dumping-ground rate</th>
                  </tr>
                </thead>
                <tbody>
                  {report.by[by].map((g) => (
                    <tr key={g.key}>
                      <th scope="row">{g.key}</th>
                      <Rates f={g} />
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="hint">
                Inferred by the service, not counted above: {report.implicit.notNeeded.count}{' '}
                handoffs the customer closed within a minute, {report.implicit.missed.count} kept
                conversations followed by a handoff.
              </p>
            </div>
            <aside className="behind" aria-label="Conversations behind a figure">
              {shown ? (
                <>
                  <h3>{shown.title}</h3>
                  <p className="hint">
                    {shown.count} decision{shown.count === 1 ? '' : 's'}
                    {shown.ids.length < shown.count ? `, the first ${shown.ids.length} listed` : ''}
                    . Open one in the test panel:
                  </p>
                  <ul>
                    {shown.ids.map((id) => (
                      <li key={id}>
                        <button type="button" className="link" onClick={() => void open(id)}>
                          {id}
                        </button>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="hint">
                  Pick a number in the tables to see the conversations behind it.
                </p>
              )}
            </aside>
          </div>
        </>
      )}
    </main>
  );
};
