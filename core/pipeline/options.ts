import type { z } from 'zod';
import { formatIssues, issuesFromZod, type Issue } from '../contract';

/**
 * A step was given options it cannot use (a routing table, roster, message templates...);
 * `issues` names each bad path from the options' root, such as `roster[0].capacity`.
 */
export class StepOptionsError extends Error {
  readonly issues: Issue[];
  constructor(step: string, issues: Issue[]) {
    super(`invalid ${step} options: ${formatIssues(issues)}`);
    this.name = 'StepOptionsError';
    this.issues = issues;
  }
}

// Options already checked: checking a roster costs more than routing, so once per object.
const checked = new WeakSet<object>();

/**
 * Checks one option against its schema and returns it as given (the schemas add no
 * defaults), remembering objects that passed so a configuration reused for every
 * conversation is checked once.
 *
 * @example
 * checkOption('route', 'roster', RosterSchema, options.roster); // throws StepOptionsError at roster[0].capacity
 */
export const checkOption = <T>(step: string, name: string, schema: z.ZodType, value: T): T => {
  if (value === undefined || (typeof value === 'object' && value !== null && checked.has(value)))
    return value;
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new StepOptionsError(
      step,
      issuesFromZod(parsed.error).map((i) => ({
        ...i,
        path:
          i.path === '(root)'
            ? name
            : i.path.startsWith('[')
              ? `${name}${i.path}`
              : `${name}.${i.path}`,
      })),
    );
  }
  if (typeof value === 'object' && value !== null) checked.add(value);
  return value;
};
