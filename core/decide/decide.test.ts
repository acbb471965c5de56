import { describe, expect, it } from 'vitest';
import { HandoffDecision } from '../contract';
import { chat, say } from '../detect/test/build';
import { decide } from './decide';
import { defaultRuleset } from './default-ruleset';
import { compileRuleset, rulesetVersion } from './ruleset';

const ruleset = (rules: unknown[], config?: unknown) => ({
  id: 'test',
  name: 'Test',
  rules,
  ...(config ? { config } : {}),
});

describe('what rules see of the language', () => {
  const spanish = ruleset([
    {
      id: 'es',
      name: 'Spanish',
      when: { '==': [{ var: 'conversation.language' }, 'es'] },
      then: { handoff: true },
    },
  ]);
  it('is the hint when the chatbot passes one, else the language the decision reports', () => {
    const input = say('Hola, quiero hablar con una persona por favor, no funciona nada');
    const detected = decide(input, { ruleset: spanish });
    expect(detected.language).toBe('es');
    expect(detected.handoff).toBe(true);
    const hinted = { ...input, conversation: { ...input.conversation, language: 'de' } };
    expect(decide(hinted, { ruleset: spanish }).handoff).toBe(false);
  });
});

describe('decide with the default ruleset', () => {
  it('hands off a refund dispute from an enterprise customer with every signal and its evidence', () => {
    const input = chat(
      [
        ['customer', 'Hallo, meine Rechnung ist doppelt abgebucht.'],
        ['bot', 'Das tut mir leid. Können Sie die Rechnungsnummer nennen?'],
      ],
      { customer: { tier: 'enterprise', lifetimeValue: 185_000 } },
    );
    const d = decide(input);
    expect(HandoffDecision.safeParse(d).success).toBe(true);
    expect(d.handoff).toBe(true);
    expect(d.reasons.map((r) => r.code)).toEqual(['refund_dispute', 'high_value_customer']);
    expect(d.reasons[0]!.evidence[0]).toMatchObject({ messageIndex: 0 });
    expect(d.issueType).toBe('billing');
    expect(d.language).toBe('de');
    expect(d.priority).toBe('urgent');
    expect(d.score).toBeGreaterThan(0.9);
    expect(d.ruleset).toEqual({ id: 'default', version: rulesetVersion(defaultRuleset) });
  });

  it('keeps a routine question with the bot, also for an enterprise customer', () => {
    const d = decide(
      say('How do I export my contacts to CSV?', { customer: { tier: 'enterprise' } }),
    );
    expect(d).toMatchObject({ handoff: false, reasons: [], priority: 'low' });
    expect(d.score).toBeLessThan(0.5);
  });

  it('traces every rule in plain words', () => {
    const d = decide(say('Can I talk to a human?'));
    expect(d.trace).toHaveLength(defaultRuleset.rules.length);
    const hit = d.trace.find((t) => t.rule === 'asked-for-a-person');
    expect(hit).toMatchObject({ matched: true });
    expect(hit!.explain).toMatch(/^matched: .*human request.* -> hand off/);
    const miss = d.trace.find((t) => t.rule === 'legal-and-privacy');
    expect(miss!.explain).toMatch(/^not matched: /);
  });

  it('does not re-escalate a conversation a person already holds', () => {
    const d = decide(
      chat([
        ['customer', 'I want a human now, this is ridiculous!'],
        ['agent', 'Hi, Tom here.'],
      ]),
    );
    expect(d.handoff).toBe(false);
    expect(d.reasons).toEqual([]);
    expect(d.trace[0]).toMatchObject({ rule: 'already-handed-off', matched: true });
    expect(d.trace[0]!.explain).toMatch(/^already handed off: an agent wrote message 1/);
  });

  it('is deterministic', () => {
    const input = say('This is unacceptable, I want a manager.');
    expect(JSON.stringify(decide(input))).toBe(JSON.stringify(decide(input)));
  });

  it('refuses invalid input naming the path', () => {
    expect(() => decide({ conversation: { messages: [] } } as never)).toThrow(
      /conversation\.messages/,
    );
  });
});

describe('combining rules', () => {
  const angry = say('This is ridiculous, I want a human!');

  it('lets the first matching rule decide, and agreeing rules add priority, queue and skills', () => {
    const rs = compileRuleset(
      ruleset([
        {
          id: 'people',
          name: 'p',
          when: { has_signal: 'human_request' },
          then: {
            handoff: true,
            reason: 'human_request',
            priority: 'normal',
            queue: 'general',
            skills: ['a'],
          },
        },
        {
          id: 'anger',
          name: 'a',
          when: { has_signal: 'negative_sentiment' },
          then: {
            handoff: true,
            reason: 'negative_sentiment',
            priority: 'high',
            queue: 'care',
            skills: ['b'],
          },
        },
      ]),
    );
    const d = decide(angry, { ruleset: rs });
    expect(d).toMatchObject({
      handoff: true,
      priority: 'high',
      hints: { queue: 'general', skills: ['a', 'b'] },
    });
    expect(d.reasons.map((r) => r.code).slice(0, 2)).toEqual([
      'human_request',
      'negative_sentiment',
    ]);
  });

  it('lets an earlier "stay with the bot" rule overrule later handoff rules', () => {
    const rs = ruleset([
      { id: 'never', name: 'n', when: true, then: { handoff: false } },
      { id: 'people', name: 'p', when: { has_signal: 'human_request' }, then: { handoff: true } },
    ]);
    const d = decide(angry, { ruleset: rs });
    expect(d.handoff).toBe(false);
    expect(d.trace[1]!.explain).toContain('overruled by earlier rule "never"');
  });

  it('does not hand off when no rule matches, and skips disabled rules', () => {
    const rs = ruleset([
      { id: 'people', name: 'p', enabled: false, when: true, then: { handoff: true } },
    ]);
    const d = decide(angry, { ruleset: rs });
    expect(d.handoff).toBe(false);
    expect(d.trace[0]).toEqual({
      rule: 'people',
      matched: false,
      explain: 'disabled: not evaluated',
    });
  });

  it('applies ruleset and option config to the detectors', () => {
    const input = chat(
      [
        ['customer', 'Stuck on loading.'],
        ['bot', 'Restart.'],
        ['customer', 'Still stuck.'],
      ],
      {},
      10,
    );
    const rs = ruleset(
      [{ id: 'long', name: 'l', when: { has_signal: 'long_session' }, then: { handoff: true } }],
      { longSessionMinutes: 15 },
    );
    expect(decide(input, { ruleset: rs }).handoff).toBe(true);
    expect(decide(input, { ruleset: rs, config: { longSessionMinutes: 60 } }).handoff).toBe(false);
  });
});

describe('rulesets', () => {
  it('names the rule id and path of an unknown operation', () => {
    const bad = ruleset([
      { id: 'ok', name: 'ok', when: true, then: { handoff: false } },
      {
        id: 'broken',
        name: 'b',
        when: { and: [true, { frobnicate: 1 }] },
        then: { handoff: true },
      },
    ]);
    expect(() => compileRuleset(bad)).toThrow(/rule "broken" at rules\[1\]\.when\.and\[1\]/);
  });

  it('names schema problems, duplicate ids and bad config', () => {
    const bad = ruleset([
      { id: 'a', name: 'a', when: true, then: { handoff: 'yes' } },
      { id: 'b', name: 'b', when: true, then: { handoff: true, reason: 'bored' } },
    ]);
    expect(() => compileRuleset(bad)).toThrow(
      /rule "a" at rules\[0\]\.then\.handoff.*rule "b" at rules\[1\]\.then\.reason/,
    );
    const dup = ruleset([
      { id: 'a', name: 'a', when: true, then: { handoff: true } },
      { id: 'a', name: 'a2', when: true, then: { handoff: true } },
    ]);
    expect(() => compileRuleset(dup)).toThrow(/used twice/);
    const config = ruleset([{ id: 'a', name: 'a', when: true, then: { handoff: true } }], {
      negativeStreak: 'three',
    });
    expect(() => compileRuleset(config)).toThrow(/config\.negativeStreak/);
  });

  it('versions by canonical content: key order and defaults do not matter', () => {
    const a = {
      id: 'x',
      name: 'X',
      rules: [{ id: 'r', name: 'R', when: { '==': [1, 1] }, then: { handoff: true } }],
    };
    const b = {
      rules: [
        { then: { handoff: true }, enabled: true, when: { '==': [1, 1] }, name: 'R', id: 'r' },
      ],
      name: 'X',
      id: 'x',
    };
    expect(rulesetVersion(a)).toBe(rulesetVersion(b));
    expect(rulesetVersion(a)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(rulesetVersion({ ...a, name: 'Y' })).not.toBe(rulesetVersion(a));
    expect(compileRuleset(a).version).toBe(rulesetVersion(a));
  });
});
