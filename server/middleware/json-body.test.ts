import { describe, expect, it } from 'vitest';
import { createLogger } from '../log';
import { nestsDeeperThan } from './json-body';

describe('nestsDeeperThan', () => {
  it('counts arrays and objects, not scalars', () => {
    expect(nestsDeeperThan(1, 0)).toBe(false);
    expect(nestsDeeperThan({}, 1)).toBe(false);
    expect(nestsDeeperThan({ a: [1] }, 1)).toBe(true);
    expect(nestsDeeperThan({ a: [1] }, 2)).toBe(false);
    expect(nestsDeeperThan([1, 2, { b: { c: {} } }], 3)).toBe(true);
    expect(nestsDeeperThan([1, 2, { b: { c: {} } }], 4)).toBe(false);
  });

  it('stops early on a very deep value', () => {
    let v: unknown = [];
    for (let i = 0; i < 200_000; i++) v = [v];
    expect(nestsDeeperThan(v, 64)).toBe(true);
  });
});

describe('createLogger', () => {
  it('writes one JSON object a line, at or above its level', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'info', write: (l) => void lines.push(l) });
    log.debug('hidden');
    log.info('plain');
    log.warn('with fields', { status: 200, path: '/a"b' });
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.endsWith('\n'))).toBe(true);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'info', msg: 'plain' });
    expect(JSON.parse(lines[1]!)).toMatchObject({
      level: 'warn',
      msg: 'with fields',
      status: 200,
      path: '/a"b',
    });
    expect(Date.parse(JSON.parse(lines[1]!).time)).toBeGreaterThan(0);
  });
});
