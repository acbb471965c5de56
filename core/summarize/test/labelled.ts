import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateInput, type HandoffInput, type Reason, type ReasonCode } from '../../contract';
import { categoryOf } from '../../contract';

export interface Labelled {
  id: string;
  input: HandoffInput;
  expected: {
    handoff: boolean;
    reasons: ReasonCode[];
    issueType: 'sales' | 'support' | 'billing' | 'technical';
    language: string;
    summaryFacts?: string[];
  };
}

const dir = join(__dirname, '../../../examples/conversations');

/** Every labelled conversation of the dataset, its input validated. */
export const loadLabelled = (): Labelled[] => {
  if (!existsSync(dir)) return [];
  const out: Labelled[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as {
        id: string;
        input: unknown;
        expected: Labelled['expected'];
      };
      const v = validateInput(row.input);
      if (!v.ok) throw new Error(`${file} ${row.id}: invalid input ${JSON.stringify(v.issues)}`);
      out.push({ id: row.id, input: v.value, expected: row.expected });
    }
  }
  return out;
};

/** The labelled decision as the summary reads it. */
export const labelledDecision = (l: Labelled) => ({
  reasons: l.expected.reasons.map((code): Reason => ({
    code,
    category: categoryOf(code),
    evidence: [],
  })),
  issueType: l.expected.issueType,
  language: l.expected.language,
});
