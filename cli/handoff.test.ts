import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');

/** Runs the real command line: `npx tsx cli/handoff.ts <args>` with `input` on stdin. */
function handoff(args: string[], input = '') {
  const run = spawnSync('npx', ['tsx', 'cli/handoff.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = run.stdout.split('\n').filter((l) => l !== '');
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, lines };
}

describe('handoff logic', () => {
  it('writes one line per input line, in order, and keeps going after bad lines', () => {
    const input = [
      JSON.stringify({
        rule: {
          and: [
            { '==': [{ var: 'customer.tier' }, 'enterprise'] },
            { '>': [{ var: 'session.minutes' }, 20] },
          ],
        },
        data: { customer: { tier: 'enterprise' }, session: { minutes: 31 } },
      }),
      'this is not JSON',
      JSON.stringify({ rule: { and: [true, { frobnicate: 1 }] } }),
      JSON.stringify({ data: {} }),
      JSON.stringify({ rule: { '/': [1, { var: 'n' }] }, data: { n: 0 } }),
      '',
      JSON.stringify({ rule: { '+': [1, 2] } }),
      JSON.stringify({ rule: { var: 'constructor' }, data: {} }),
    ].join('\n');
    const { status, lines } = handoff(['logic'], input);
    expect(status).toBe(0);
    const out = lines.map((l) => JSON.parse(l));
    expect(out).toHaveLength(7);
    expect(out[0]).toEqual({ result: true });
    expect(out[1].error).toMatch(/line 2 is not JSON/);
    expect(out[2].error).toMatch(/^unknown_operator: .*rule\.and\[1\]\.frobnicate/);
    expect(out[3].error).toMatch(/expected an object \{"rule"/);
    expect(out[4].error).toMatch(/^nan: /);
    expect(out[5]).toEqual({ result: 3 });
    expect(out[6]).toEqual({ result: null });
  });

  it('adds explain and describe on request', () => {
    const input = JSON.stringify({ rule: { '>': [{ var: 'n' }, 2] }, data: { n: 5 } });
    const [line] = handoff(['logic', '--explain', '--describe'], input).lines;
    const out = JSON.parse(line);
    expect(out.result).toBe(true);
    expect(out.describe).toBe('n is more than 2');
    expect(out.explain.args[0]).toMatchObject({ op: 'var', value: 5 });
  });

  // One command-line run per test: each starts Node and tsx afresh (several seconds on a
  // loaded machine), so four runs in one test could outlast its time limit.
  it('prints help', () => {
    const help = handoff(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/logic\s+evaluate JSON-logic rules/);
  });

  it("prints a command's help", () => {
    expect(handoff(['logic', '--help']).stdout).toMatch(/--explain/);
  });

  it('refuses an unknown command', () => {
    const unknown = handoff(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
  });

  it('refuses an unknown option', () => {
    const badFlag = handoff(['logic', '--fast']);
    expect(badFlag.status).toBe(2);
    expect(badFlag.stderr).toMatch(/unknown option --fast/);
  });
});
