import { describe, expect, it } from 'vitest';
import { erlangC, expectedWaitSeconds } from './erlang';

// The textbook form, with factorials: fine for small N, used to check the recursion.
const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
const textbookC = (n: number, a: number): number => {
  let sum = 0;
  for (let k = 0; k < n; k++) sum += a ** k / factorial(k);
  const top = (a ** n / factorial(n)) * (n / (n - a));
  return top / (sum + top);
};

describe('Erlang C', () => {
  it('matches the textbook formula across agents and loads', () => {
    for (let n = 1; n <= 15; n++) {
      for (const load of [0.1, 0.5, 0.8, 0.95]) {
        expect(erlangC(n, n * load)).toBeCloseTo(textbookC(n, n * load), 10);
      }
    }
    expect(erlangC(3, 2)).toBeCloseTo(4 / 9, 12);
  });

  it('stays finite for large teams and saturates when overloaded', () => {
    expect(erlangC(400, 380)).toBeGreaterThan(0);
    expect(erlangC(400, 380)).toBeLessThan(1);
    expect(erlangC(3, 3)).toBe(1);
    expect(erlangC(3, 0)).toBe(0);
  });

  it('estimates the wait from arrivals, from the live queue, or not at all', () => {
    expect(expectedWaitSeconds({ agents: 3, arrivalsPerHour: 24, averageHandleSeconds: 300 })).toBe(
      133,
    );
    expect(expectedWaitSeconds({ agents: 2, queueLength: 3, averageHandleSeconds: 300 })).toBe(600);
    expect(
      expectedWaitSeconds({ agents: 2, arrivalsPerHour: 60, averageHandleSeconds: 300 }),
    ).toBeNull();
    expect(
      expectedWaitSeconds({ agents: 0, queueLength: 1, averageHandleSeconds: 300 }),
    ).toBeNull();
  });
});
