import { useCallback, useEffect, useRef, useState } from 'react';
import type { Ruleset } from '../../../core';
import { ApiProblem, type RulesetRecord } from '../api/client';
import { useBuilder, useBuilderApi, useSession } from '../store/context';
import type { Conflict } from './conflict-dialog';

export type SaveState = { kind: 'idle' | 'saving' | 'saved' | 'invalid' | 'error'; text: string };

/**
 * Autosave: a valid draft is written back a moment after the last change, with If-Match;
 * a 409 becomes a conflict to resolve, never an overwrite. `saveNow` writes at once (before
 * the service replays the saved draft) and says whether the draft is saved.
 */
export const useAutosave = ({
  record,
  setRecord,
  problems,
  readOnly,
}: {
  record: RulesetRecord | null;
  setRecord: (r: RulesetRecord) => void;
  problems: string[];
  readOnly: boolean;
}) => {
  const { client } = useSession();
  const store = useBuilderApi();
  const draft = useBuilder((s) => s.draft);
  const changes = useBuilder((s) => s.changes);
  const [save, setSave] = useState<SaveState>({ kind: 'idle', text: '' });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const etag = useRef<string | null>(null);
  const savedChanges = useRef(0);

  /** A ruleset just read from the service: nothing to save until the next change. */
  const loaded = useCallback(
    (r: RulesetRecord, text = 'All changes saved') => {
      etag.current = r.etag;
      savedChanges.current = store.getState().changes;
      setSave({ kind: 'saved', text });
    },
    [store],
  );

  /** The write under way: writes take turns, so two never go out with the same ETag. */
  const writing = useRef<Promise<unknown>>(Promise.resolve());

  const writeOnce = useCallback(
    async (mine: Ruleset, at: number): Promise<boolean> => {
      if (!record) return false;
      // An earlier write (the autosave, or a save before a replay) already stored this change.
      if (at === savedChanges.current) return true;
      try {
        const saved = await client.save(mine, store.getState().fixtures, etag.current ?? '');
        etag.current = saved.etag;
        setRecord(saved);
        savedChanges.current = at;
        setSave({ kind: 'saved', text: 'All changes saved' });
        return true;
      } catch (e) {
        if (e instanceof ApiProblem && e.status === 409) {
          const theirs = await client.get(record.id);
          setConflict({ mine, theirs });
          setSave({ kind: 'error', text: 'Not saved: someone else changed this ruleset' });
        } else setSave({ kind: 'error', text: `Not saved. ${(e as Error).message}` });
        return false;
      }
    },
    [client, record, setRecord, store],
  );

  const write = useCallback(
    (mine: Ruleset, at: number): Promise<boolean> => {
      const next = writing.current.then(() => writeOnce(mine, at));
      writing.current = next.catch(() => undefined);
      return next;
    },
    [writeOnce],
  );

  useEffect(() => {
    if (!draft || !record || readOnly || changes === savedChanges.current || conflict) return;
    if (problems.length) {
      setSave({ kind: 'invalid', text: 'Not saved: fix the problems shown first' });
      return;
    }
    setSave({ kind: 'saving', text: 'Unsaved changes…' });
    const timer = setTimeout(() => void write(draft, changes), 700);
    return () => clearTimeout(timer);
  }, [changes, draft, record, readOnly, problems, conflict, write]);

  const saveNow = useCallback(async (): Promise<boolean> => {
    const s = store.getState();
    if (s.changes === savedChanges.current) return true;
    if (!s.draft || readOnly || conflict || problems.length) return false;
    setSave({ kind: 'saving', text: 'Saving…' });
    return write(s.draft, s.changes);
  }, [store, readOnly, conflict, problems, write]);

  const resolve = (keep: 'mine' | 'theirs') => {
    if (!conflict) return;
    etag.current = conflict.theirs.etag;
    setRecord(conflict.theirs);
    if (keep === 'theirs') {
      store.getState().load(conflict.theirs.draft, 0, conflict.theirs.fixtures);
      loaded(conflict.theirs, 'Showing their version');
    } else savedChanges.current = -1;
    setConflict(null);
  };

  return { save, conflict, resolve, etag, loaded, saveNow };
};
