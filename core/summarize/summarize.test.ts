import { describe, expect, it } from 'vitest';
import type { HandoffInput } from '../contract';
import { messagePacks, supportedLanguages } from '../messages';
import { numbersNotIn } from './numbers';
import { redactText } from '../detect';
import { summarize, summaryParts } from './summarize';
import { labelledDecision, loadLabelled } from './test/labelled';

const labelled = loadLabelled();
const transcriptOf = (input: HandoffInput) =>
  input.conversation.messages.map((m) => m.text).join('\n');
const sentenceCount = (s: string) => s.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý])/).length;

describe('summaries of the labelled conversations', () => {
  it('has labelled conversations in every language to judge', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(100);
    const languages = new Set(labelled.map((l) => l.expected.language));
    for (const lang of supportedLanguages) expect(languages).toContain(lang);
  });

  it.each(labelled.map((l) => [l.id, l] as const))(
    '%s: names the request and every key fact',
    (_id, l) => {
      const decision = labelledDecision(l);
      const summary = summarize(l.input, decision);
      const parts = summaryParts(l.input, decision);
      const transcript = transcriptOf(l.input);
      // The request is a customer's sentence, quoted.
      expect(parts.request).not.toBeNull();
      const customerText = l.input.conversation.messages
        .filter((m) => m.role === 'customer')
        .map((m) => redactText(m.text))
        .join('\n');
      expect(customerText.replace(/\s+/g, ' ')).toContain(
        parts.request!.replace(/…$/, '').replace(/\s+/g, ' ').slice(0, 40),
      );
      expect(summary).toContain(parts.request!);
      for (const fact of l.expected.summaryFacts ?? []) {
        if (transcript.includes(fact)) expect(summary).toContain(fact);
      }
      // In the conversation's language, from its templates.
      const pack = messagePacks[decision.language as keyof typeof messagePacks];
      expect(summary).toContain(pack.summary.issue[decision.issueType]);
      expect(
        sentenceCount(
          parts.facts.reduce(
            (t, f) => t.replace(f.text, 'fact'),
            summary.replace(parts.request!, 'request').replace(parts.who ?? '', 'who'),
          ),
        ),
      ).toBeLessThanOrEqual(3);
      expect(numbersNotIn(summary, transcript)).toEqual([]);
    },
  );

  it('writes in the agents’ language when one is configured', () => {
    for (const l of labelled.filter((x) => x.expected.language !== 'de').slice(0, 20)) {
      const summary = summarize(l.input, labelledDecision(l), { agentLanguage: 'de' });
      expect(summary).toMatch(/braucht Hilfe bei/);
      expect(summary).toMatch(/Der Kunde /);
    }
  });
});

describe('what the summary says', () => {
  const input: HandoffInput = {
    conversation: {
      channel: 'web',
      previousHandoffs: 0,
      messages: [
        { role: 'customer', text: 'Hallo', at: '2026-11-20T10:00:00Z' },
        {
          role: 'customer',
          text: 'Meine Rechnung RE-2291 über 89,00 € wurde doppelt abgebucht.',
          at: '2026-11-20T10:00:05Z',
        },
        {
          role: 'bot',
          text: 'Können Sie mir die Bestellnummer nennen?',
          at: '2026-11-20T10:00:07Z',
        },
        {
          role: 'customer',
          text: 'Bestellung 55120, gekauft wurde ein Galaxy S23. Meine Karte ist 4111 1111 1111 1111',
          at: '2026-11-20T10:01:00Z',
        },
        { role: 'bot', text: 'Bitte starten Sie die App neu.', at: '2026-11-20T10:01:05Z' },
        {
          role: 'customer',
          text: 'Das ist lächerlich, ich will mit einem Menschen sprechen!',
          at: '2026-11-20T10:02:00Z',
        },
      ],
    },
    customer: { name: 'Anna Berger', tier: 'enterprise' },
  };
  const decision = {
    issueType: 'billing' as const,
    language: 'de',
    reasons: [
      { code: 'human_request' as const, category: 'intent' as const, evidence: [] },
      { code: 'negative_sentiment' as const, category: 'sentiment' as const, evidence: [] },
      { code: 'refund_dispute' as const, category: 'compliance' as const, evidence: [] },
    ],
  };

  it('quotes the request, lists facts and attempts, tells the state, and redacts the card', () => {
    const s = summarize(input, decision);
    expect(s).toBe(
      'Anna Berger (enterprise) braucht Hilfe bei einer Abrechnungsfrage: „Meine Rechnung RE-2291 über 89,00 € wurde doppelt abgebucht“. ' +
        'Wichtige Angaben: Bestellung 55120, Galaxy S23; der Bot hat bereits nach Details gefragt und Schritte zur Fehlerbehebung vorgeschlagen. ' +
        'Der Kunde möchte mit einem Menschen sprechen, ist verärgert und bestreitet eine Abbuchung oder will eine Erstattung.',
    );
    expect(s).not.toMatch(/4111/);
  });

  it('keeps sensitive data when redaction is off, and says "calm" without reasons', () => {
    const s = summarize(input, { ...decision, reasons: [] }, { redact: false, maxFacts: 10 });
    expect(s).toMatch(/Der Kunde wirkt ruhig\.$/);
    expect(summaryParts(input, decision, { redact: false }).facts.map((f) => f.kind)).toContain(
      'order',
    );
  });

  it('leaves out a customer name with digits, so no number sneaks in', () => {
    const s = summarize({ ...input, customer: { name: 'user4711' } }, decision);
    expect(s.startsWith('Der Kunde braucht Hilfe')).toBe(true);
  });
});
