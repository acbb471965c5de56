/**
 * What the builder does on every edit, for a 200-block ruleset (`npm run bench:builder`):
 * compile the draft, validate it (rules and the shown rule's blocks, over the seeded samples)
 * and run its fixtures, all with the same code the browser runs. Prints the median and the
 * slowest of 30 rounds, in milliseconds, for each step and for the whole; target < 50 ms.
 * Also times the canvas work of one edit on the largest rule: graph → JSON-logic, and the
 * dagre layout the "Tidy layout" button runs.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import {
  compileRuleset,
  reasonCodes,
  runFixtures,
  runHandoff,
  Ruleset,
  type Fixture,
  type HandoffInput,
} from '../../core';
import { graphToLogic, logicToGraph } from '../../builder/src/lib/graph';
import { layoutGraph } from '../../builder/src/lib/layout';
import { lintRuleset } from '../../builder/src/lib/lint';

const rounds = Number(process.env.BENCH_ROUNDS ?? 30);
const code = (i: number) => reasonCodes[i % reasonCodes.length]!;

/** Rule i: any of (a signal, all of (a signal with a strength, a field, not (a yes/no field))). 8 blocks. */
const rule = (i: number) => ({
  id: `rule-${i}`,
  name: `Rule ${i}`,
  when: {
    or: [
      { has_signal: code(i) },
      {
        and: [
          { has_signal: [code(i + 3), 0.5 + (i % 5) / 10] },
          { '>': [{ var: 'session.minutes' }, 5 + i] },
          { '!': { var: 'session.resolved' } },
        ],
      },
    ],
  },
  then: {
    handoff: i % 4 !== 3,
    reason: code(i),
    priority: 'normal' as const,
    queue: `queue-${i % 5}`,
  },
});
const draft = Ruleset.parse({
  id: 'bench',
  name: 'Bench',
  rules: Array.from({ length: 25 }, (_, i) => rule(i)),
});
const blocks = draft.rules.reduce((n, r) => n + logicToGraph(r.when, r.then).nodes.length, 0);

const lines = readFileSync(
  join(__dirname, '..', '..', 'examples', 'conversations', 'billing.jsonl'),
  'utf8',
)
  .split('\n')
  .filter(Boolean)
  .slice(0, 20)
  .map((l) => JSON.parse(l) as { id: string; input: HandoffInput });
const compiledOnce = compileRuleset(draft);
const fixtures: Fixture[] = lines.map((l) => {
  const d = runHandoff(l.input, { ruleset: compiledOnce });
  return {
    name: l.id,
    input: l.input,
    expect: { handoff: d.handoff, priority: d.priority },
  } as Fixture;
});
const selected = logicToGraph(draft.rules[0]!.when, draft.rules[0]!.then);

/** CPU milliseconds this process spent in `fn` (user + system): what the work costs on one core, whatever else shares the machine. */
const time = (fn: () => void) => {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
const wallOf = (fn: () => void) => {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const steps = {
  compile: [] as number[],
  validate: [] as number[],
  fixtures: [] as number[],
  total: [] as number[],
  graph: [] as number[],
  layout: [] as number[],
};
const wall: number[] = [];
let failed = 0;
for (let r = 0; r < rounds + 3; r++) {
  let compiled = compiledOnce;
  const c = time(() => (compiled = compileRuleset(draft)));
  const v = time(() => lintRuleset(draft, selected));
  const f = time(
    () =>
      (failed = runFixtures(fixtures, (i) => runHandoff(i, { ruleset: compiled })).failed.length),
  );
  const g = time(() => graphToLogic(selected));
  const l = time(() => layoutGraph(selected));
  const w = wallOf(() => {
    const again = compileRuleset(draft);
    lintRuleset(draft, selected);
    runFixtures(fixtures, (i) => runHandoff(i, { ruleset: again }));
  });
  if (r < 3) continue; // warm-up
  wall.push(w);
  steps.compile.push(c);
  steps.validate.push(v);
  steps.fixtures.push(f);
  steps.total.push(c + v + f);
  steps.graph.push(g);
  steps.layout.push(l);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number) => x.toFixed(2).padStart(7);
process.stdout.write(
  `CPU time per edit (ms), load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores\n`,
);
process.stdout.write(
  `ruleset: ${draft.rules.length} rules, ${blocks} blocks; ${fixtures.length} fixtures (${failed} failing); ${rounds} rounds\n`,
);
for (const [name, xs] of Object.entries(steps))
  process.stdout.write(
    `${name.padEnd(9)} median ${fmt(median(xs))} ms   max ${fmt(Math.max(...xs))} ms\n`,
  );
process.stdout.write(
  `wall time of the three together: median ${fmt(median(wall))} ms (the machine's load adds waiting)\n`,
);
const total = median(steps.total);
process.stdout.write(
  `compile + validate + fixtures: ${total.toFixed(1)} ms of CPU, median (target < 50 ms): ${total < 50 ? 'met' : 'NOT met'}\n`,
);
