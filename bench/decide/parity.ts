/**
 * Decision parity between two checkouts (`npx tsx bench/decide/parity.ts <root> <out>`): runs
 * every conversation of `examples/conversations/*.jsonl` and `examples/conversations/dev/*.jsonl`
 * and the 300 `bench:decide` conversations through `runHandoff` (routing fixture and roster)
 * and `decide` of the checkout at `<root>`, and writes one JSON line per result to `<out>`.
 * A speed change keeps every decision when the files of the base and the branch are
 * byte-identical:
 *
 *   git worktree add /tmp/parity-base <base>
 *   npx tsx bench/decide/parity.ts /tmp/parity-base /tmp/base.jsonl
 *   npx tsx bench/decide/parity.ts . /tmp/branch.jsonl && cmp /tmp/base.jsonl /tmp/branch.jsonl
 *
 * The conversations are always read from this checkout, so both sides see the same inputs.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { conversation } from './conversations';

const [rootArg, out] = process.argv.slice(2);
if (!rootArg || !out) {
  process.stderr.write('usage: tsx bench/decide/parity.ts <root> <out.jsonl>\n');
  process.exit(2);
}
const root = resolve(rootArg);
const here = resolve(__dirname, '../..');

const jsonl = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l, i) => ({
          name: `${f}:${i + 1}`,
          input: (JSON.parse(l) as { input: unknown }).input,
        })),
    );

const cases = [
  ...jsonl(join(here, 'examples/conversations')),
  ...jsonl(join(here, 'examples/conversations/dev')),
  ...Array.from({ length: 300 }, (_, i) => ({
    name: `bench-${i}`,
    input: conversation(i) as unknown,
  })),
];

const main = async () => {
  const core = (await import(join(root, 'core/index.ts'))) as typeof import('../../core');
  const fixture = JSON.parse(readFileSync(join(root, 'core/route/fixtures/routing.json'), 'utf8'));
  const ruleset = core.compileRuleset(core.defaultRuleset);
  const options = { ruleset, routing: fixture.table, roster: fixture.roster };
  const lines: string[] = [];
  const attempt = (f: () => unknown) => {
    try {
      return f();
    } catch (e) {
      return { error: String(e) };
    }
  };
  // Twice over: the second pass meets every text again (what a memory of texts would
  // answer from), and must print the same as the first.
  for (const pass of [1, 2]) {
    for (const c of cases) {
      const full = attempt(() => core.runHandoff(c.input as never, options));
      const bare = attempt(() => core.decide(c.input as never, { ruleset }));
      lines.push(JSON.stringify({ pass, case: c.name, runHandoff: full, decide: bare }));
    }
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  process.stdout.write(`${cases.length} conversations → ${out}\n`);
};

void main();
