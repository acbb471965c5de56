import { z } from 'zod';
import { formatIssues, issuesFromZod } from '../contract';
import { Expected, type Scored } from './metrics';
import type { Decided } from './outcome';

/** A labelled conversation: `{"id"?, "input": HandoffInput, "expected": {...}}`. */
export const LabelledLine = z.object({
  id: z.string().optional(),
  input: z.unknown(),
  expected: Expected,
});
export type LabelledLine = z.infer<typeof LabelledLine>;

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Decides one labelled line and pairs the decision with its label, or says why it could
 * not: a line that is not a labelled conversation, or an input `decide` refuses.
 *
 * @example
 * scoreLine(JSON.parse(line), 'line 3', (input) => decide(input)); // { id: 'c-1', expected, decision }
 */
export const scoreLine = (
  value: unknown,
  fallbackId: string,
  decide: (input: unknown) => Omit<Decided, 'priority'>,
): Scored => {
  const parsed = LabelledLine.safeParse(value);
  if (!parsed.success) {
    const id =
      typeof (value as { id?: unknown } | null)?.id === 'string'
        ? (value as { id: string }).id
        : fallbackId;
    return { id, error: `not a labelled line: ${formatIssues(issuesFromZod(parsed.error))}` };
  }
  const id = parsed.data.id ?? fallbackId;
  try {
    return { id, expected: parsed.data.expected, decision: decide(parsed.data.input) };
  } catch (error) {
    return { id, error: messageOf(error) };
  }
};
