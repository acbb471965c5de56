import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, interpret, RuleError } from './index';

/** Our own conformance cases: `{description, rule, data, expected}` or `{…, error, path}`. */
interface Fixture {
  description: string;
  rule: unknown;
  data?: unknown;
  expected?: unknown;
  error?: string;
  path?: string;
}

const dir = join(__dirname, 'test/fixtures');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

for (const file of files) {
  const fixtures = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Fixture[];
  describe(`fixtures/${file}`, () => {
    it.each(fixtures.map((f) => [f.description, f] as const))('%s', (_, f) => {
      for (const run of [
        () => compile(f.rule).evaluate(f.data),
        () => compile(f.rule, { optimize: false }).evaluate(f.data),
        () => interpret(f.rule, f.data),
      ]) {
        if (f.error === undefined) {
          expect(run()).toEqual(f.expected);
          continue;
        }
        let thrown: unknown;
        try {
          run();
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(RuleError);
        expect((thrown as RuleError).code).toBe(f.error);
        if (f.path) expect((thrown as RuleError).path).toBe(f.path);
      }
    });
  });
}
