import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRuleset } from './default-ruleset';

describe('the default ruleset', () => {
  it('is what examples/rulesets/default.json shows (node scripts/example-ruleset.mjs writes it)', () => {
    const example = join(__dirname, '..', '..', 'examples', 'rulesets', 'default.json');
    expect(JSON.parse(readFileSync(example, 'utf8'))).toEqual(defaultRuleset);
  });
});
