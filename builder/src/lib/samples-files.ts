/**
 * The labelled sample conversations of `examples/conversations/` (the top-level files and the
 * dev split; never the held-out test split), loaded on demand as separate chunks.
 */
const files = {
  ...import.meta.glob('../../../examples/conversations/*.jsonl', {
    query: '?raw',
    import: 'default',
  }),
  ...import.meta.glob('../../../examples/conversations/dev/*.jsonl', {
    query: '?raw',
    import: 'default',
  }),
} as Record<string, () => Promise<string>>;

export interface Sample {
  id: string;
  note?: string;
  input: unknown;
}

/** File names, e.g. `billing` or `dev/w1-food-marketplace-pets`. */
export const sampleFiles = Object.keys(files)
  .map((p) => p.replace(/^.*examples\/conversations\//, '').replace(/\.jsonl$/, ''))
  .sort();

/** The conversations of one file. */
export const loadSamples = async (name: string): Promise<Sample[]> => {
  const key = Object.keys(files).find((p) => p.endsWith(`conversations/${name}.jsonl`));
  if (!key) return [];
  const text = await files[key]!();
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const j = JSON.parse(l) as { id?: string; note?: string; input: unknown };
      return { id: j.id ?? `${name} line ${i + 1}`, note: j.note, input: j.input };
    });
};
