import type { z } from 'zod';
import { HandoffInput, inputLimits } from './input';

/** One thing wrong with a value: where (a readable path) and why. */
export interface Issue {
  code: string;
  path: string;
  message: string;
}

/** The outcome of validating data: the value, or every problem found in it. */
export type Validation<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/**
 * Renders a zod path as people write it: `conversation.messages[3].text`.
 *
 * @example
 * formatPath(['conversation', 'messages', 3, 'text']) // 'conversation.messages[3].text'
 */
export const formatPath = (path: readonly PropertyKey[]): string => {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
};

/** Turns zod's issues into ours, one per offending path. */
export const issuesFromZod = (error: z.ZodError): Issue[] =>
  error.issues.map((issue) => ({
    code: issue.code,
    path: formatPath(issue.path),
    message: issue.message,
  }));

/**
 * Renders issues as one line, the way every error message in the project shows them.
 *
 * @example
 * formatIssues([{ code: 'too_small', path: 'roster[0].capacity', message: 'must be at least 1' }])
 * // 'roster[0].capacity: must be at least 1'
 */
export const formatIssues = (issues: readonly Pick<Issue, 'path' | 'message'>[]): string =>
  issues.map((i) => `${i.path}: ${i.message}`).join('; ');

/**
 * Validates data against any contract schema, returning data rather than throwing.
 *
 * @example
 * const r = validate(HandoffInput, body);
 * if (!r.ok) console.log(r.issues); // [{ code, path: 'conversation.messages', message }]
 */
export const validate = <S extends z.ZodType>(
  schema: S,
  data: unknown,
): Validation<z.output<S>> => {
  const parsed = schema.safeParse(data);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: issuesFromZod(parsed.error) };
};

/** Validates a `HandoffInput`, applying the contract's defaults. */
export const validateInput = (data: unknown): Validation<HandoffInput> =>
  validate(HandoffInput, data);

/**
 * Parses a JSON text and validates it as a `HandoffInput`: refuses bodies over the
 * contract's 1 MiB and text that is not JSON, each with an issue saying so.
 */
export const parseInput = (text: string): Validation<HandoffInput> => {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > inputLimits.maxBodyBytes) {
    return {
      ok: false,
      issues: [
        {
          code: 'too_big',
          path: '(root)',
          message: `body is ${bytes} bytes; the limit is ${inputLimits.maxBodyBytes} bytes (1 MiB)`,
        },
      ],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      issues: [{ code: 'invalid_json', path: '(root)', message: (error as Error).message }],
    };
  }
  return validateInput(data);
};
