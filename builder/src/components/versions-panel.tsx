import { useCallback, useEffect, useState } from 'react';
import type { Ruleset } from '../../../core';
import type { DiffResult, HistoryEvent, RulesetRecord, VersionSummary } from '../api/client';
import { useSession } from '../store/context';

const short = (v: string) => v.replace(/^sha256:/, '').slice(0, 10);
const when = (iso: string) => new Date(iso).toLocaleString();
const actions: Record<HistoryEvent['action'], string> = {
  create: 'created it',
  update: 'saved the draft',
  publish: 'published',
  rollback: 'rolled back to',
  revoke: 'revoked',
};

/** Versions: history, compare with the draft (on the canvas and as JSON), roll back. */
export const VersionsPanel = ({
  record,
  etag,
  onRolledBack,
  onCompare,
}: {
  record: RulesetRecord;
  etag: string | null;
  onRolledBack: (r: RulesetRecord) => void;
  onCompare: (content: Ruleset | null) => void;
}) => {
  const { client, can } = useSession();
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [events, setEvents] = useState<HistoryEvent[]>([]);
  const [diff, setDiff] = useState<{ version: string; result: DiffResult } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      const [v, h] = await Promise.all([client.versions(record.id), client.history(record.id)]);
      setVersions([...v].sort((a, b) => b.seq - a.seq));
      setEvents([...h].reverse());
    } catch (e) {
      setMessage((e as Error).message);
    }
  }, [client, record.id]);
  useEffect(() => void refresh(), [refresh, record.publishedVersion, record.revision]);

  const compare = async (version: string) => {
    try {
      const [result, v] = await Promise.all([
        client.diff(record.id, version, 'draft'),
        client.version(record.id, version),
      ]);
      setDiff({ version, result });
      onCompare(v.content);
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  const rollback = async (version: string) => {
    if (!etag) return;
    try {
      const r = await client.rollback(record.id, version, etag);
      setMessage(`Rolled back: version ${short(version)} is published again.`);
      onRolledBack(r);
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  return (
    <section className="versions" aria-label="Versions">
      <h2>Versions</h2>
      {message && (
        <p role="status" className="message-inline">
          {message}
        </p>
      )}
      {versions.length === 0 && (
        <p className="hint">
          Nothing published yet. Publish makes an immutable version the service decides with.
        </p>
      )}
      <ol className="version-list">
        {versions.map((v) => (
          <li key={v.version} className={v.published ? 'published' : ''}>
            <span className="mono">{short(v.version)}</span>{' '}
            {v.published && <strong>published</strong>}
            <span className="hint">
              {' '}
              by {v.createdBy}, {when(v.createdAt)}
            </span>
            <div className="row">
              <button type="button" className="small" onClick={() => compare(v.version)}>
                Compare with draft
              </button>
              {can('publish') && !v.published && (
                <button type="button" className="small" onClick={() => rollback(v.version)}>
                  Roll back to this
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      {diff && (
        <div className="diff" aria-label="Differences">
          <h3>Draft compared with {short(diff.version)}</h3>
          {diff.result.identical ? (
            <p>No differences.</p>
          ) : (
            <>
              <p>
                Rules added: {diff.result.rules.added.join(', ') || 'none'}; removed:{' '}
                {diff.result.rules.removed.join(', ') || 'none'}; changed:{' '}
                {diff.result.rules.changed.join(', ') || 'none'}
                {diff.result.rules.reordered ? '; the order changed' : ''}. Changed blocks are
                outlined on the canvas.
              </p>
              <details>
                <summary>As JSON ({diff.result.changes.length} changes)</summary>
                <ul className="json-diff">
                  {diff.result.changes.map((c) => (
                    <li key={`${c.kind}${c.path}`} className={`diff-${c.kind}`}>
                      <code>{c.path}</code> {c.kind}
                      {c.kind !== 'added' && (
                        <pre className="before">− {JSON.stringify(c.before)}</pre>
                      )}
                      {c.kind !== 'removed' && (
                        <pre className="after">+ {JSON.stringify(c.after)}</pre>
                      )}
                    </li>
                  ))}
                </ul>
              </details>
            </>
          )}
          <button
            type="button"
            className="small"
            onClick={() => {
              setDiff(null);
              onCompare(null);
            }}
          >
            Stop comparing
          </button>
        </div>
      )}
      <h3>History</h3>
      <ul className="history">
        {events.slice(0, 30).map((e) => (
          <li key={e.id}>
            {when(e.at)}: {e.keyId} {actions[e.action]}
            {e.version ? ` ${short(e.version)}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
};
