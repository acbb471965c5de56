import { describe, expect, it } from 'vitest';
import type { HandoffInput } from '../contract';
import { renderTranscript } from './transcript';

const input: HandoffInput = {
  conversation: {
    id: 'c-1042',
    channel: 'web',
    language: 'de',
    previousHandoffs: 0,
    messages: [
      {
        role: 'customer',
        text: 'Meine Karte 4242 4242 4242 4242 wurde doppelt belastet',
        at: '2026-11-20T10:00:05Z',
      },
      { role: 'bot', text: 'Das tut mir leid.\n# Nicht fett', at: '2026-11-20T10:00:07Z' },
      { role: 'agent', text: 'Hallo, ich bin Laura.', at: '2026-11-20T10:05:00Z' },
    ],
  },
};

describe('Markdown transcript', () => {
  it('shows role and time of every message, redacting sensitive data by default', () => {
    expect(renderTranscript(input, { timeZone: 'Europe/Berlin' })).toBe(
      [
        '### Conversation c-1042',
        '',
        '_channel: web · language: de · times: Europe/Berlin_',
        '',
        '**Customer** · 20/11/2026, 11:00:05',
        '> Meine Karte \\[card \\*\\*\\*\\*4242\\] wurde doppelt belastet',
        '',
        '**Bot** · 20/11/2026, 11:00:07',
        '> Das tut mir leid.',
        '> \\# Nicht fett',
        '',
        '**Agent** · 20/11/2026, 11:05:00',
        '> Hallo, ich bin Laura.',
        '',
      ].join('\n'),
    );
  });

  it('keeps the text when redaction is off, and takes role labels', () => {
    const md = renderTranscript(input, { redact: false, roleLabels: { customer: 'Kunde' } });
    expect(md).toContain('4242 4242 4242 4242');
    expect(md).toContain('**Kunde** · 20/11/2026, 10:00:05');
    expect(md).toContain('times: UTC');
  });

  it('refuses an unknown time zone by name', () => {
    expect(() => renderTranscript(input, { timeZone: 'Berlin' })).toThrow(
      /"Berlin" is not an IANA time zone/,
    );
  });
});
