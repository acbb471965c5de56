/**
 * Rule engine benchmark (run on demand: `npm run bench:logic`). Evaluates one realistic
 * escalation rule over 1000 varied inputs with each engine, warmed up and measured over
 * several rounds; prints the median evaluations per second and the ratio to json-logic-js.
 * Checks first that every engine gives the same answers.
 */
import { cpus } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import jsonLogic from 'json-logic-js';
import { LogicEngine } from 'json-logic-engine';
import { compile, truthy } from '../../core';
import { escalationRule, handWritten, inputs } from './ruleset';

type Evaluate = (data: Record<string, unknown>) => unknown;

const data = inputs();
const engine = new LogicEngine();
const built = engine.build(escalationRule) as Evaluate;
const ours = compile(escalationRule);

const engines: [string, Evaluate][] = [
  ['handoff core/logic (compiled closures)', (d) => ours.evaluate(d)],
  ['json-logic-js', (d) => jsonLogic.apply(escalationRule, d)],
  ['json-logic-engine (interpreted)', (d) => engine.run(escalationRule, d)],
  ['json-logic-engine (build, new Function)', built],
  ['hand-written JavaScript', handWritten],
];

// Every engine must agree on every input before any timing counts.
const expected = data.map((d) => truthy(jsonLogic.apply(escalationRule, d)));
for (const [name, run] of engines) {
  const wrong = data.filter((d, i) => truthy(run(d)) !== expected[i]).length;
  if (wrong) throw new Error(`${name} disagrees with json-logic-js on ${wrong} inputs`);
}
const matched = expected.filter(Boolean).length;

function pass(run: Evaluate, times: number): number {
  let sink = 0;
  for (let t = 0; t < times; t++) for (let i = 0; i < data.length; i++) if (run(data[i])) sink++;
  return sink;
}

// Many short rounds: on a shared machine the load changes within a second, and engines
// measured a few milliseconds apart see the same load, so their ratio holds.
const ROUNDS = Number(process.env.ROUNDS ?? 41);
const ROUND_MS = Number(process.env.ROUND_MS ?? 40);

/** Warms an engine up and finds how many passes over the inputs fill one round. */
function calibrate(run: Evaluate): number {
  // Long enough for the optimising compiler to have done its work on every engine.
  for (const start = performance.now(); performance.now() - start < 300;) pass(run, 1);
  let passes = 1;
  for (;;) {
    const start = performance.now();
    pass(run, passes);
    const ms = performance.now() - start;
    if (ms > ROUND_MS / 4) return Math.max(1, Math.round((passes * ROUND_MS) / ms));
    passes *= 2;
  }
}

function timeRound(run: Evaluate, passes: number): number {
  const start = performance.now();
  pass(run, passes);
  return (passes * data.length) / ((performance.now() - start) / 1000);
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)];
const median = (xs: number[]) => quantile(xs, 0.5);

// Rounds are interleaved (every engine once per round) so that a machine slowing down
// or speeding up hits all engines alike; ratios are taken within a round.
const passes = engines.map(([, run]) => calibrate(run));
const rates: number[][] = engines.map(() => []);
for (let r = 0; r < ROUNDS; r++) {
  engines.forEach(([, run], i) => rates[i].push(timeRound(run, passes[i])));
}
const jsIndex = engines.findIndex(([name]) => name === 'json-logic-js');

console.log(
  `Rule: ${JSON.stringify(escalationRule).length} bytes, 20 conditions; ${data.length} inputs, ${matched} escalate`,
);
console.log(
  `Machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}; median of ${ROUNDS} interleaved rounds\n`,
);
console.log('| engine | evaluations/s | vs json-logic-js | middle half of the rounds |');
console.log('| --- | ---: | ---: | ---: |');
engines.forEach(([name], i) => {
  const ratios = rates[i].map((rate, r) => rate / rates[jsIndex][r]);
  const spread = `${quantile(ratios, 0.25).toFixed(1)}–${quantile(ratios, 0.75).toFixed(1)}×`;
  console.log(
    `| ${name} | ${(median(rates[i]) / 1e6).toFixed(2)} M | ${median(ratios).toFixed(1)}× | ${spread} |`,
  );
});

/**
 * Memory: an evaluation should allocate nothing, so a million of them should not trigger a
 * single young-generation collection. Counts the collections V8 reports while each engine
 * evaluates 1,000,000 inputs, and the heap in use before and after.
 */
const GC_EVALUATIONS = 1_000_000;
function collections(run: Evaluate): Promise<{ gcs: number; before: number; after: number }> {
  let gcs = 0;
  const observer = new PerformanceObserver((list) => {
    gcs += list.getEntries().length;
  });
  observer.observe({ entryTypes: ['gc'] });
  const before = process.memoryUsage().heapUsed;
  pass(run, GC_EVALUATIONS / data.length);
  const after = process.memoryUsage().heapUsed;
  // Entries arrive asynchronously; give them a turn of the event loop.
  return new Promise((resolve) =>
    setTimeout(() => {
      observer.disconnect();
      resolve({ gcs, before, after });
    }, 50),
  );
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
void (async () => {
  console.log(
    `\n| engine | collections in ${GC_EVALUATIONS.toLocaleString('en')} evaluations | heap before → after |`,
  );
  console.log('| --- | ---: | ---: |');
  for (const [name, run] of engines) {
    const { gcs, before, after } = await collections(run);
    console.log(`| ${name} | ${gcs} | ${mb(before)} → ${mb(after)} |`);
  }
})();
