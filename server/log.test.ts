import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreEngine } from './engine/core-engine';
import type { Engine } from './engine';
import { createLogger, redactedWith } from './log';
import { testService } from './test/harness';
import { sampleInput } from './test/samples';

const capture = (level: 'debug' | 'info' = 'debug') => {
  const lines: string[] = [];
  return { lines, log: createLogger({ level, write: (l) => void lines.push(l) }) };
};

describe('createLogger', () => {
  it('writes one JSON object a line, at or above its level', () => {
    const { lines, log } = capture('info');
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

  it('puts a child logger’s bindings on every line it writes', () => {
    const { lines, log } = capture();
    const child = log.child({ requestId: 'r-1' });
    child.info('one');
    child.error('two', { status: 500 });
    expect(lines.map((l) => JSON.parse(l).requestId)).toEqual(['r-1', 'r-1']);
  });

  it('serialises errors with type, message and stack', () => {
    const { lines, log } = capture();
    log.error('failed', { err: new TypeError('bad thing') });
    const { err } = JSON.parse(lines[0]!);
    expect(err).toMatchObject({ type: 'TypeError', message: 'bad thing' });
    expect(err.stack).toContain('log.test.ts');
  });

  it('redacts keys, Authorization headers and transcripts wherever they sit', () => {
    const { lines, log } = capture();
    const secret = 'hk_SECRETsecretSECRET';
    const words = 'my card was charged twice and I am furious';
    log.info('a', { key: secret, authorization: `Bearer ${secret}` });
    log.info('b', { headers: { authorization: `Bearer ${secret}`, 'x-api-key': secret } });
    log.info('c', { input: { conversation: { messages: [{ role: 'customer', text: words }] } } });
    log.info('d', { transcript: words, summary: { transcript: words } });
    const e = Object.assign(new Error('engine failed'), { input: { conversation: words } });
    log.error('e', { err: e });
    const text = lines.join('');
    expect(text).not.toContain(secret);
    expect(text).not.toContain('furious');
    expect(text).toContain(redactedWith);
  });
});

describe('logs of a running service', () => {
  const lines: string[] = [];
  const words = 'please escalate: my parcel never arrived and I am livid';
  let s: Awaited<ReturnType<typeof testService>>;
  // Opening the embedded database takes seconds: once, in the hook, as the other service tests do.
  beforeAll(async () => {
    const real = createCoreEngine();
    // An engine that fails with the input attached, as a library error might.
    const failing: Engine = {
      ...real,
      handoff: (input, ruleset) => {
        if (JSON.stringify(input).includes('explode'))
          throw Object.assign(new Error('boom'), { input });
        return real.handoff(input, ruleset);
      },
    };
    s = await testService({ engine: failing, write: (l) => void lines.push(l) });
  });
  afterAll(() => s.close());

  it('never carry a key or a transcript, and every request line has its request id', async () => {
    const bad = 'hk_notAKeyButLooksLikeOne0123456789';
    expect((await s.call('POST', '/v1/handoff', { body: sampleInput(words) })).status).toBe(200);
    expect((await s.call('POST', '/v1/handoff', { key: bad, body: sampleInput() })).status).toBe(
      401,
    );
    const failed = await s.call('POST', '/v1/handoff', { body: sampleInput(`${words} explode`) });
    expect(failed.status).toBe(500);
    const text = lines.join('');
    expect(text).toContain('"msg":"unhandled error"');
    for (const leak of [s.admin, bad, 'livid', 'parcel never arrived'])
      expect(text).not.toContain(leak);
    const requests = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'request');
    expect(requests).toHaveLength(3);
    const errorLine = JSON.parse(lines.find((l) => l.includes('unhandled error'))!);
    expect(errorLine.requestId).toBe(failed.headers.get('x-request-id'));
    for (const r of requests) expect(r.requestId).toEqual(expect.any(String));
  });
});
