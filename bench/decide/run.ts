/**
 * Decisions per second for 20-message conversations on one core (`npm run bench:decide`).
 * Compiles the default ruleset once, warms up, then times `decide` over varied
 * conversations for a few seconds and prints the rate and per-decision latency. The rate
 * is per second of CPU time used by this process (`process.cpuUsage`), so it reads as "on
 * one core" even when other work shares the machine; wall-clock rates are printed too.
 * A second case times the full pipeline, `runHandoff`: the decision plus summary, route
 * (routing table with business hours and queue statistics, and a roster), customer message
 * and missing details. Both again on conversations whose every line is new (what detection
 * remembers per text does not apply). Last, the live heap before and after 100,000 more
 * decisions.
 */
import {
  compileRuleset,
  decide,
  defaultRuleset,
  runHandoff,
  type Agent,
  type HandoffInputRaw,
  type RoutingTable,
} from '../../core';
import routingFixture from '../../core/route/fixtures/routing.json';
import { conversation } from './conversations';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const inputs = Array.from({ length: 300 }, (_, i) => conversation(i));
const ruleset = compileRuleset(defaultRuleset);

let handoffs = 0;
for (let i = 0; i < 2_000; i++) decide(inputs[i % inputs.length]!, { ruleset });

const rounds: number[] = [];
const wall: number[] = [];
const until = performance.now() + seconds * 1000;
while (performance.now() < until) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let i = 0; i < 1_000; i++) {
    if (decide(inputs[i % inputs.length]!, { ruleset }).handoff) handoffs++;
  }
  const cpu = process.cpuUsage(c0);
  rounds.push(1_000 / ((cpu.user + cpu.system) / 1e6));
  wall.push(1_000 / ((performance.now() - t0) / 1000));
}
rounds.sort((a, b) => a - b);
wall.sort((a, b) => a - b);
const median = rounds[Math.floor(rounds.length / 2)]!;
const report = {
  benchmark: 'decide, 20-message conversations, default ruleset, one core',
  node: process.version,
  rounds: rounds.length,
  cpuDecisionsPerSecond: {
    median: Math.round(median),
    min: Math.round(rounds[0]!),
    max: Math.round(rounds.at(-1)!),
  },
  wallClockDecisionsPerSecond: Math.round(wall[Math.floor(wall.length / 2)]!),
  microsecondsPerDecision: Math.round((1e6 / median) * 10) / 10,
  handoffShare: Math.round((handoffs / (rounds.length * 1_000)) * 100) / 100,
  target: 5_000,
  meetsTarget: median >= 5_000,
};

// The full pipeline, on the same conversations, with the routing fixture's table and roster.
const routing = routingFixture.table as RoutingTable;
const roster = routingFixture.roster as Agent[];
for (let i = 0; i < 2_000; i++)
  runHandoff(inputs[i % inputs.length]!, { ruleset, routing, roster });
const full: number[] = [];
let summaries = 0;
const fullUntil = performance.now() + seconds * 1000;
while (performance.now() < fullUntil) {
  const c0 = process.cpuUsage();
  for (let i = 0; i < 1_000; i++) {
    if (runHandoff(inputs[i % inputs.length]!, { ruleset, routing, roster }).summary) summaries++;
  }
  const cpu = process.cpuUsage(c0);
  full.push(1_000 / ((cpu.user + cpu.system) / 1e6));
}
full.sort((a, b) => a - b);
const fullMedian = full[Math.floor(full.length / 2)]!;
const pipeline = {
  benchmark: 'runHandoff (decide + summary + route + customer message + missing details)',
  rounds: full.length,
  cpuDecisionsPerSecond: {
    median: Math.round(fullMedian),
    min: Math.round(full[0]!),
    max: Math.round(full.at(-1)!),
  },
  microsecondsPerDecision: Math.round((1e6 / fullMedian) * 10) / 10,
  withSummaryShare: Math.round((summaries / (full.length * 1_000)) * 100) / 100,
  target: 5_000,
  meetsTarget: fullMedian >= 5_000,
};

// Fresh texts: every line of every conversation is new (a word of its own), so nothing the
// detection remembers per text applies; this is the cost of a conversation never seen.
// Each round's 1,000 conversations are built before its clock starts.
let fresh = 0;
const freshRates = (run: (input: HandoffInputRaw) => unknown) => {
  const out: number[] = [];
  const freshUntil = performance.now() + seconds * 1000;
  while (performance.now() < freshUntil) {
    const round = Array.from({ length: 1_000 }, (_, i) => conversation(i % 300, fresh++));
    const c0 = process.cpuUsage();
    for (const input of round) run(input);
    const cpu = process.cpuUsage(c0);
    out.push(1_000 / ((cpu.user + cpu.system) / 1e6));
  }
  out.sort((a, b) => a - b);
  return {
    rounds: out.length,
    cpuDecisionsPerSecond: {
      median: Math.round(out[Math.floor(out.length / 2)]!),
      min: Math.round(out[0]!),
      max: Math.round(out.at(-1)!),
    },
    microsecondsPerDecision: Math.round((1e6 / out[Math.floor(out.length / 2)]!) * 10) / 10,
  };
};
const freshTexts = {
  benchmark: 'the same, every line new (nothing remembered per text applies)',
  decide: freshRates((input) => decide(input, { ruleset })),
  runHandoff: freshRates((input) => runHandoff(input, { ruleset, routing, roster })),
};

// Memory: many more decisions must leave the live heap where it was (nothing retained per
// decision). With --expose-gc (as `npm run bench:decide` runs it) the heap is measured
// after a full collection; without, the figures include garbage.
const heapDecisions = Number(process.env.HEAP_DECISIONS ?? 100_000);
const gc = (globalThis as { gc?: () => void }).gc;
const liveHeap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const heapBefore = liveHeap();
// Every other conversation is fresh, so the memory of texts fills and empties on the way.
for (let i = 0; i < heapDecisions; i++)
  decide(i % 2 ? conversation(i % 300, fresh++) : inputs[i % inputs.length]!, { ruleset });
const heapAfter = liveHeap();
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const memory = {
  decisions: heapDecisions,
  afterFullCollection: gc !== undefined,
  heapUsedMB: { before: mb(heapBefore), after: mb(heapAfter) },
  growthMB: mb(heapAfter - heapBefore),
};
process.stdout.write(`${JSON.stringify({ ...report, pipeline, freshTexts, memory }, null, 2)}\n`);
