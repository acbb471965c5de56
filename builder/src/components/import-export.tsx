import { useEffect, useRef } from 'react';
import { Ruleset } from '../../../core';
import { useBuilder, useBuilderApi } from '../store/context';

/** Reads a ruleset file; the draft keeps its id, takes the file's rules, config and name. */
const readRuleset = async (file: File, id: string): Promise<Ruleset> => {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    throw new Error(
      `${file.name} is not JSON: export a ruleset from the builder or the API and import that file.`,
    );
  }
  const parsed = Ruleset.safeParse({ ...(json as object), id });
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new Error(
      `${file.name} is not a ruleset: ${first.path.join('.') || 'the file'} ${first.message}.`,
    );
  }
  return parsed.data;
};

/** Export the draft as a JSON file; import one with the button or by dropping it on the page. */
export const ImportExport = ({
  readOnly,
  onError,
}: {
  readOnly: boolean;
  onError: (m: string | null) => void;
}) => {
  const draft = useBuilder((s) => s.draft);
  const store = useBuilderApi();
  const input = useRef<HTMLInputElement>(null);
  const load = async (file: File) => {
    const current = store.getState().draft;
    if (!current) return;
    try {
      const next = await readRuleset(file, current.id);
      store.getState().replaceDraft(next);
      onError(`Imported ${file.name}: ${next.rules.length} rules. It saves like any change.`);
    } catch (e) {
      onError((e as Error).message);
    }
  };
  useEffect(() => {
    if (readOnly) return;
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      void load(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  });
  if (!draft) return null;
  const exportFile = () => {
    const blob = new Blob([`${JSON.stringify(draft, null, 2)}\n`], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${draft.id}.json`;
    a.click();
    URL.revokeObjectURL(a.href);
  };
  return (
    <>
      <button type="button" onClick={exportFile}>
        Export
      </button>
      {!readOnly && (
        <>
          <button
            type="button"
            onClick={() => input.current?.click()}
            title="Or drop a ruleset file on the page"
          >
            Import
          </button>
          <input
            ref={input}
            type="file"
            accept="application/json,.json"
            hidden
            aria-label="Ruleset file to import"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void load(f);
              e.target.value = '';
            }}
          />
        </>
      )}
    </>
  );
};
