import { describe, expect, it } from 'vitest';
import { HttpCallError } from '../../http';
import { missingScopes, rateLimited } from '../test/hubspot/bodies';
import { describeProblem, parseProblem, problemOf } from './errors';

const answer = (status: number, body: unknown) => ({
  status,
  headers: {},
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('HubSpot error bodies', () => {
  it('reads the category, message, correlation id and the scopes a 403 names', () => {
    const p = parseProblem(answer(403, missingScopes(['tickets', 'tickets.sensitive.v2'])));
    expect(p).toMatchObject({
      status: 403,
      category: 'MISSING_SCOPES',
      scopes: ['tickets', 'tickets.sensitive.v2'],
    });
    expect(p.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(describeProblem(p)).toBe('MISSING_SCOPES: tickets, tickets.sensitive.v2');
  });

  it('reads the older requiredScopes and the context.missingScopes spellings too', () => {
    const older = {
      status: 'error',
      category: 'MISSING_SCOPES',
      errors: [{ message: 'x', context: { requiredScopes: ['contacts'] } }],
    };
    expect(parseProblem(answer(403, older)).scopes).toEqual(['contacts']);
    const spec = {
      category: 'MISSING_SCOPES',
      correlationId: 'c',
      message: 'm',
      context: { missingScopes: ['crm.objects.deals.read'] },
    };
    expect(parseProblem(answer(403, spec)).scopes).toEqual(['crm.objects.deals.read']);
  });

  it('reads the 429 policy and names it', () => {
    const p = parseProblem(answer(429, rateLimited('TEN_SECONDLY_ROLLING')));
    expect(p).toMatchObject({ category: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING' });
    expect(describeProblem(p)).toBe(
      'RATE_LIMIT TEN_SECONDLY_ROLLING: You have reached your ten_secondly_rolling limit.',
    );
  });

  it('keeps a non-JSON answer readable, and names the correlation id of server errors', () => {
    expect(describeProblem(parseProblem(answer(502, '<html>Bad gateway</html>')))).toBe(
      'HTTP 502: <html>Bad gateway</html>',
    );
    const error = new HttpCallError(
      'POST x failed after 3 attempts: HTTP 500',
      'x',
      500,
      3,
      answer(500, {
        status: 'error',
        message: 'boom',
        correlationId: 'abc',
        category: 'INTERNAL_ERROR',
      }),
    );
    expect(describeProblem(problemOf(error))).toBe(
      'HTTP 500 INTERNAL_ERROR: POST x failed after 3 attempts: HTTP 500 [correlationId abc]',
    );
    expect(describeProblem(problemOf(new Error('socket hang up')))).toBe('socket hang up');
  });
});
