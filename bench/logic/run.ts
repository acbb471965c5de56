/**
 * Rule engine benchmark (run on demand: `npm run bench:logic`). Evaluates one realistic
 * escalation rule over 1000 varied inputs with each engine, warmed up and measured over
 * several rounds; prints the median evaluations per second and the ratio to json-logic-js.
 * Checks first that every engine gives the same answers.
 */
import { cpus } from 'node:os';
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

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const ROUND_MS = Number(process.env.ROUND_MS ?? 300);

function measure(run: Evaluate): number {
  // Warm up, and find how many passes over the inputs fill one round.
  let passes = 1;
  for (;;) {
    const start = performance.now();
    pass(run, passes);
    const ms = performance.now() - start;
    if (ms > ROUND_MS / 4) {
      passes = Math.max(1, Math.round((passes * ROUND_MS) / ms));
      break;
    }
    passes *= 2;
  }
  const rates: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    pass(run, passes);
    rates.push((passes * data.length) / ((performance.now() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)];
}

const results = engines.map(([name, run]) => ({ name, rate: measure(run) }));
const base = results.find((r) => r.name === 'json-logic-js')!.rate;

console.log(
  `Rule: ${JSON.stringify(escalationRule).length} bytes, 20 conditions; ${data.length} inputs, ${matched} escalate`,
);
console.log(
  `Machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}; median of ${ROUNDS} rounds\n`,
);
console.log('| engine | evaluations/s | vs json-logic-js |');
console.log('| --- | ---: | ---: |');
for (const { name, rate } of results) {
  console.log(`| ${name} | ${(rate / 1e6).toFixed(2)} M | ${(rate / base).toFixed(1)}× |`);
}
