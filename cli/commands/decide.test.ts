import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

/** Runs the real command line with `input` on stdin. */
const handoff = (args: string[], input: string) => {
  const run = spawnSync('npx', ['tsx', 'cli/handoff.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stderr: run.stderr, lines: run.stdout.split('\n').filter(Boolean) };
};

const msg = (text: string) => ({
  conversation: { messages: [{ role: 'customer', text, at: '2026-11-20T10:00:00Z' }] },
});

describe('handoff decide', () => {
  it('writes one decision per line, in order, and an error line for a bad one', () => {
    const input = [
      JSON.stringify(msg('Can I talk to a human please?')),
      'not json',
      JSON.stringify({ conversation: { messages: [] } }),
      JSON.stringify(msg('How do I export my contacts?')),
    ].join('\n');
    const { status, lines } = handoff(['decide'], input);
    expect(status).toBe(0);
    expect(lines).toHaveLength(4);
    const [a, b, c, d] = lines.map((l) => JSON.parse(l));
    expect(a).toMatchObject({ handoff: true, ruleset: { id: 'default' } });
    expect(b.error).toMatch(/line 2 is not JSON/);
    expect(c.error).toMatch(/conversation\.messages/);
    expect(d).toMatchObject({ handoff: false, reasons: [] });
  });

  it('takes a ruleset file, and refuses a broken one before reading input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-decide-'));
    const good = join(dir, 'never.json');
    writeFileSync(
      good,
      JSON.stringify({
        id: 'never',
        name: 'Never',
        rules: [{ id: 'no', name: 'No', when: true, then: { handoff: false } }],
      }),
    );
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        id: 'bad',
        name: 'Bad',
        rules: [{ id: 'oops', name: 'O', when: { frobnicate: 1 }, then: { handoff: true } }],
      }),
    );
    const ok = handoff(['decide', '--ruleset', good], JSON.stringify(msg('I want a human!')));
    expect(JSON.parse(ok.lines[0]!)).toMatchObject({ handoff: false, ruleset: { id: 'never' } });
    const refused = handoff(['decide', '--ruleset', bad], '');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/rule "oops" at rules\[0\]\.when/);
  });
});

describe('handoff eval', () => {
  it('scores labelled lines as text and as JSON', () => {
    const line = (text: string, handoff: boolean, reasons: string[]) =>
      JSON.stringify({
        id: text,
        input: msg(text),
        expected: { handoff, reasons, issueType: 'support', language: 'en' },
      });
    const input = [
      line('Can I talk to a human please?', true, ['human_request']),
      line('How do I change my delivery address?', false, []),
      line('Where is my parcel?', true, ['human_request']),
    ].join('\n');
    const json = handoff(['eval', '--json'], input);
    const report = JSON.parse(json.lines[0]!);
    expect(report.handoff).toMatchObject({ tp: 1, fn: 1, tn: 1, fp: 0, precision: 1, recall: 0.5 });
    expect(report.overEscalation).toBe(0);
    expect(report.reasonRecall.human_request).toEqual({ expected: 2, found: 1, recall: 0.5 });
    const text = handoff(['eval'], input);
    expect(text.lines.join('\n')).toMatch(/F1 0\.6667/);
  });
});
