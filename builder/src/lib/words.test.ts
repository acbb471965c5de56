import { describe, expect, it } from 'vitest';
import { defaultRuleset } from '../../../core';
import { logicToGraph } from './graph';
import { blockWords, ruleSentence } from './words';

describe('rule sentences', () => {
  it('reads a chargeback rule for enterprise customers without operator names', () => {
    const graph = logicToGraph(
      {
        and: [
          { has_signal: ['refund_dispute', 0.8] },
          { '==': [{ var: 'customer.tier' }, 'enterprise'] },
        ],
      },
      { handoff: true, reason: 'refund_dispute', priority: 'urgent', queue: 'billing' },
    );
    expect(ruleSentence(graph)).toBe(
      'Hand off to billing, urgent priority when the customer disputes a charge or threatens a chargeback (strength at least 0.8) and customer tier is "enterprise"',
    );
  });

  it('groups nested logic and reads "keep the bot"', () => {
    const graph = logicToGraph(
      {
        and: [
          { var: 'session.resolved' },
          { or: [{ has_signal: 'human_request' }, { '!': { var: 'session.liveChannel' } }] },
        ],
      },
      { handoff: false },
    );
    expect(ruleSentence(graph)).toBe(
      'Keep the bot when the customer says it is settled and (the customer asks for a person or not the chat is live)',
    );
  });

  it('says word lists per language with the language names', () => {
    const words = {
      kind: 'words' as const,
      field: 'conversation.lastCustomerMessage',
      terms: ['chargeback'],
      byLanguage: { es: ['contracargo', 'reembolso'], nl: ['terugboeking'] },
    };
    expect(blockWords(words)).toMatch(
      /mentions "chargeback" in any language; in Spanish "contracargo" or "reembolso"; in Dutch "terugboeking"$/,
    );
  });

  it('has no JSON-logic operator names for any rule of the default ruleset', () => {
    for (const rule of defaultRuleset.rules) {
      const text = ruleSentence(logicToGraph(rule.when, rule.then));
      expect(text).not.toMatch(/has_signal|var\b|==|\{|and\[|or\[/);
    }
  });
});
