import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HandoffInput, reasonCodes } from '../contract';
import { defaultDetectConfig, detectAll } from '../detect';
import { fieldInfo, ruleFields, settingCatalogue, signalCatalogue } from '.';

describe('catalogue', () => {
  it('describes every reason code once', () => {
    expect(signalCatalogue.map((s) => s.code).sort()).toEqual([...reasonCodes].sort());
  });

  it('describes every session field rules see, with the type it has', () => {
    const input = HandoffInput.parse({
      conversation: { messages: [{ role: 'customer', text: 'hello', at: '2026-11-20T10:00:00Z' }] },
    });
    const { session } = detectAll(input);
    const described = ruleFields.filter((f) => f.group === 'session');
    const shown = Object.keys(session).filter((k) => k !== 'withHumanBecause');
    expect(described.map((f) => f.path.slice('session.'.length)).sort()).toEqual(shown.sort());
    for (const field of described) {
      const value = session[field.path.slice('session.'.length) as keyof typeof session];
      expect(typeof value, field.path).toBe(field.type === 'boolean' ? 'boolean' : 'number');
    }
    expect(fieldInfo('customer.tier')?.values).toEqual(['free', 'pro', 'enterprise']);
  });

  it('gives every detector threshold with its default', () => {
    expect(settingCatalogue.map((s) => s.key).sort()).toEqual(
      Object.keys(defaultDetectConfig).sort(),
    );
    expect(settingCatalogue.find((s) => s.key === 'longSessionMinutes')?.default).toBe(20);
  });

  it('is what the README documents as "what rules see": every session field and every threshold', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    for (const f of ruleFields.filter((x) => x.group === 'session'))
      expect(readme, f.path).toContain(`\`${f.path.slice('session.'.length)}\``);
    for (const s of settingCatalogue) expect(readme, s.key).toContain(`\`${s.key}\``);
  });
});
