import { describe, expect, it } from 'vitest';
import { customerInput, hubspotAccount } from '../test/hubspot/harness';
import { rateLimited } from '../test/hubspot/bodies';
import { hubSpotAdvice } from './rate-limit';

const anna = customerInput({ email: 'anna@example.com' });
const answer429 = (body: unknown, headers: Record<string, string> = {}) => ({
  status: 429,
  headers,
  body: JSON.stringify(body),
});

describe('HubSpot 429 advice, as HubSpot documents its limits (case 2)', () => {
  it('waits out the ten-second window the headers name, with jitter of up to a second', () => {
    const res = answer429(rateLimited('TEN_SECONDLY_ROLLING'), {
      'X-HubSpot-RateLimit-Interval-Milliseconds': '10000',
    });
    expect(hubSpotAdvice(res, () => 0)).toEqual({
      waitMs: 10_000,
      why: 'TEN_SECONDLY_ROLLING: the 10 s window',
    });
    expect(hubSpotAdvice(res, () => 0.5)).toMatchObject({ waitMs: 10_500 });
  });

  it('stops on the DAILY policy, waits a second on the search limit, and prefers Retry-After', () => {
    expect(hubSpotAdvice(answer429(rateLimited('DAILY')), () => 0)).toEqual({
      stop: "HubSpot's DAILY limit is spent (it resets at midnight in the account's time zone)",
    });
    const search = {
      status: 'error',
      message: 'You have reached your secondly limit.',
      correlationId: 'x',
    };
    expect(hubSpotAdvice(answer429(search), () => 0)).toMatchObject({ waitMs: 1000 });
    expect(
      hubSpotAdvice(
        answer429(rateLimited('TEN_SECONDLY_ROLLING'), { 'retry-after': '3' }),
        () => 0,
      ),
    ).toMatchObject({ waitMs: 3000 });
    expect(hubSpotAdvice({ status: 503, headers: {}, body: '' }, () => 0)).toBeUndefined();
  });
});

describe('rate limits through the adapter (case 2)', () => {
  it('waits for HubSpot’s window when the budget allows, and gets every part', async () => {
    const account = hubspotAccount({ window: { max: 4, intervalMs: 10_000 } });
    const result = await account.enrichWith(anna, { budgetMs: 60_000 });
    expect(result.unavailable).toEqual([]);
    expect(result.input.context?.tickets).toHaveLength(2);
    // The window ran out on the fifth call: the adapter waited it out (the 429 and the headers agree).
    expect(account.http.waits.some((w) => w >= 10_000)).toBe(true);
  });

  it('within a short budget the decision still comes, with a note naming the policy and the wait', async () => {
    const account = hubspotAccount({ window: { max: 4, intervalMs: 10_000 } });
    const started = account.http.now();
    const result = await account.enrichWith(anna, { budgetMs: 3000 });
    expect(account.http.now() - started).toBeLessThan(3000);
    expect(result.ok).toBe(true);
    expect(result.input.context?.account?.contactId).toBe('501');
    expect(result.unavailable.length).toBeGreaterThan(0);
    for (const note of result.notes)
      expect(note).toMatch(
        /^HubSpot (deals|tickets|company|deals pipelines|tickets pipelines) unavailable \((RATE_LIMIT TEN_SECONDLY_ROLLING: .*would pass the deadline.*|HubSpot .*: the shared rate limiter would hold it .*past the deadline.*)\)/,
      );
  });

  it('stops at once on the DAILY limit and says so', async () => {
    const account = hubspotAccount({
      fault: (req) =>
        req.path.endsWith('/contacts/search')
          ? { status: 429, body: rateLimited('DAILY') }
          : undefined,
    });
    const result = await account.enrichWith(anna);
    expect(result.ok).toBe(false);
    expect(result.notes[0]).toMatch(/RATE_LIMIT DAILY: .*HTTP 429, HubSpot's DAILY limit is spent/);
    expect(account.http.seen).toHaveLength(1);
  });

  it('a burst of handoffs on one token stays under HubSpot’s limit thanks to the shared bucket', async () => {
    const burst = async (requestsPerSecond: number) => {
      const account = hubspotAccount(
        { window: { max: 100, intervalMs: 10_000 } },
        { requestsPerSecond, searchesPerSecond: requestsPerSecond },
      );
      const results = await Promise.all(
        Array.from({ length: 15 }, () => account.enrichWith(anna, { budgetMs: 60_000 })),
      );
      const refused = account.hubspot.stats.refused;
      return { refused, complete: results.every((r) => r.unavailable.length === 0) };
    };
    // Without the bucket's pacing (1,000 a second) HubSpot refuses calls; at 9 a second it refuses none.
    expect((await burst(1000)).refused).toBeGreaterThan(0);
    expect(await burst(9)).toEqual({ refused: 0, complete: true });
  });
});
