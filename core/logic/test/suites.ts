import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Reads the shared JSON-logic conformance data in place (`../shared/conformance/jsonlogic`,
 * relative to the repository root). Returns null when the folder is absent.
 */
export const conformanceRoot = join(__dirname, '../../../../shared/conformance/jsonlogic');

export interface SuiteCase {
  file: string;
  index: number;
  description: string;
  rule: unknown;
  data: unknown;
  /** Present for value cases. */
  result?: unknown;
  /** Present for error cases: the upstream error type, e.g. "NaN". */
  errorType?: string;
}

/** The official jsonlogic.com triples `[rule, data, expected]`. */
export function officialCases(): SuiteCase[] | null {
  const file = join(conformanceRoot, 'official/tests.json');
  if (!existsSync(file)) return null;
  const entries = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
  const cases: SuiteCase[] = [];
  entries.forEach((entry, index) => {
    if (!Array.isArray(entry)) return;
    const [rule, data, result] = entry;
    cases.push({
      file: 'official/tests.json',
      index,
      description: JSON.stringify(rule),
      rule,
      data,
      result,
    });
  });
  return cases;
}

function listJson(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listJson(full) : name.endsWith('.json') ? [full] : [];
  });
}

/** Every case of json-logic-engine's suites (object and triple forms). */
export function communityCases(): SuiteCase[] | null {
  const dir = join(conformanceRoot, 'json-logic-engine/suites');
  if (!existsSync(dir)) return null;
  return listJson(dir)
    .sort()
    .flatMap((full) => {
      const file = relative(dir, full);
      const entries = JSON.parse(readFileSync(full, 'utf8')) as unknown[];
      return entries.flatMap((entry, index): SuiteCase[] => {
        if (Array.isArray(entry)) {
          const [rule, data, result] = entry;
          return [{ file, index, description: JSON.stringify(rule), rule, data, result }];
        }
        if (entry === null || typeof entry !== 'object') return [];
        const c = entry as Record<string, unknown>;
        const base = {
          file,
          index,
          description: String(c.description),
          rule: c.rule,
          data: 'data' in c ? c.data : null,
        };
        if ('error' in c) return [{ ...base, errorType: (c.error as { type: string }).type }];
        return [{ ...base, result: c.result }];
      });
    });
}

/** The operation names a rule uses (keys of one-key objects, recursively). */
export function operationsIn(rule: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(rule)) rule.forEach((r) => operationsIn(r, found));
  else if (rule && typeof rule === 'object') {
    const keys = Object.keys(rule);
    if (keys.length === 1) found.add(keys[0]);
    for (const key of keys) operationsIn((rule as Record<string, unknown>)[key], found);
  }
  return found;
}

/** JSON round trip: -0 becomes 0 as in the upstream runner, and results compare as JSON. */
export function normalise(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}
