import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors';
import { requireIfMatch } from './precondition';

const current = {
  id: 'vip',
  revision: 3,
  updatedBy: 'key_b',
  updatedAt: '2026-11-20T10:00:00.000Z',
};

const refusal = (header: string | undefined) => {
  try {
    requireIfMatch(header, current, 'PUT /v1/rulesets/vip');
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { status: error.status, code: error.code, message: error.message, extra: error.extra };
  }
  throw new Error(`If-Match ${header} was accepted`);
};

describe('requireIfMatch', () => {
  it('accepts the current strong tag, also in a list', () => {
    expect(requireIfMatch('"vip.r3"', current, 'x')).toBe(3);
    expect(requireIfMatch('"vip.r2", "vip.r3"', current, 'x')).toBe(3);
    expect(requireIfMatch('W/"vip.r3", "vip.r3"', current, 'x')).toBe(3);
  });

  it('requires the header: 428 without it, empty, or with *', () => {
    for (const header of [undefined, '', '  ', '*']) {
      const r = refusal(header);
      expect(r.status, String(header)).toBe(428);
      expect(r.code).toBe('precondition_required');
      expect(r.message).toContain('GET /v1/rulesets/vip');
    }
    expect(refusal(undefined).message).toMatch(/^PUT \/v1\/rulesets\/vip needs an If-Match header/);
  });

  it('compares strongly: a weak tag never matches (412), not even the current one', () => {
    const r = refusal('W/"vip.r3"');
    expect(r).toMatchObject({ status: 412, code: 'precondition_failed' });
    expect(r.message).toMatch(/weak/);
    expect(refusal('W/"vip.r1", W/"vip.r3"').status).toBe(412);
  });

  it('refuses headers that can never match with 412', () => {
    for (const header of ['vip.r3', '"vip.r3', '"sales.r3"', '"vip"', '"vip.r3" junk']) {
      expect(refusal(header), header).toMatchObject({
        status: 412,
        code: 'precondition_failed',
      });
    }
  });

  it('answers a tag of an older revision with 409 and the change that was missed', () => {
    const r = refusal('"vip.r2"');
    expect(r).toMatchObject({
      status: 409,
      code: 'edit_conflict',
      extra: { currentEtag: '"vip.r3"', updatedBy: 'key_b', updatedAt: current.updatedAt },
    });
    // A stale strong tag wins over a weak current one: the caller read an older revision.
    expect(refusal('W/"vip.r3", "vip.r1"').status).toBe(409);
    expect(refusal('"vip.r9"').status).toBe(409);
  });
});
