import { describe, expect, it } from 'vitest';
import { sentenceFor } from './client';

describe('errors as sentences', () => {
  it('names the failing fixture and field of a 422, and says what to do', () => {
    const body = {
      error: {
        code: 'fixtures_failed',
        message: '1 of 2 fixtures failed; nothing was published',
        issues: [
          {
            path: 'fixtures[1].expect.priority',
            message: '"refund threat": expected "urgent", got "high"',
          },
        ],
      },
    };
    expect(sentenceFor(422, body)).toBe(
      '1 of 2 fixtures failed; nothing was published. (fixtures[1].expect.priority: "refund threat": expected "urgent", got "high") A saved test conversation fails: fix the rules or the test first.',
    );
  });

  it('says what to do for refusals without a body', () => {
    expect(sentenceFor(401, null)).toBe(
      'The key was not accepted: check it, or ask an admin for a new one.',
    );
    expect(sentenceFor(503, '')).toBe('The service failed: try again in a moment.');
  });
});
