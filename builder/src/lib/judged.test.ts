import { describe, expect, it } from 'vitest';
import { judgedFromJsonl } from './judged';

const input = {
  conversation: { messages: [{ role: 'customer', text: 'hi', at: '2026-11-20T10:00:00Z' }] },
};
const line = (id: string, handoff: boolean) =>
  JSON.stringify({
    id,
    note: 'x',
    input,
    expected: { handoff, reasons: [], issueType: 'support', language: 'en' },
  });

describe('judgedFromJsonl', () => {
  it('reads the export: wanted unless not needed, and counts lines that are not labelled', () => {
    const text = [line('dec_a', true), '', 'not json', '{"input":{}}', line('dec_b', false)].join(
      '\n',
    );
    expect(judgedFromJsonl(text)).toEqual({
      judged: [
        { id: 'dec_a', input, wanted: true },
        { id: 'dec_b', input, wanted: false },
      ],
      skipped: 2,
    });
  });
});
