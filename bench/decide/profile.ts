/**
 * The decision pipeline alone, for a CPU profile or an instruction count: `runHandoff` (or
 * `decide` with `ONLY=decide`) over the 300 bench conversations `PASSES` times (default 20);
 * with `FRESH=1` every pass gets new conversations whose every line is new (see `conversation`).
 * Bundle it first so the profile names real lines:
 *
 * ```sh
 * npx esbuild bench/decide/profile.ts --bundle --platform=node --outfile=/tmp/decide.js
 * npx node --cpu-prof --cpu-prof-dir=/tmp/decide-prof /tmp/decide.js
 * node bench/http/profile-summary.mjs /tmp/decide-prof/*.cpuprofile 40
 * valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out npx node /tmp/decide.js
 * ```
 */
import {
  compileRuleset,
  decide,
  defaultRuleset,
  runHandoff,
  type Agent,
  type RoutingTable,
} from '../../core';
import routingFixture from '../../core/route/fixtures/routing.json';
import { conversation } from './conversations';

const inputs = Array.from({ length: 300 }, (_, i) => conversation(i));
const ruleset = compileRuleset(defaultRuleset);
const routing = routingFixture.table as RoutingTable;
const roster = routingFixture.roster as Agent[];
const passes = Number(process.env.PASSES ?? 20);
const onlyDecide = process.env.ONLY === 'decide';
let handoffs = 0;
const start = performance.now();
for (let p = 0; p < passes; p++) {
  const round = process.env.FRESH ? inputs.map((_, i) => conversation(i, p * 300 + i)) : inputs;
  for (const input of round) {
    const d = onlyDecide
      ? decide(input, { ruleset })
      : runHandoff(input, { ruleset, routing, roster });
    if (d.handoff) handoffs++;
  }
}
const ms = performance.now() - start;
const n = passes * inputs.length;
console.log(
  `${onlyDecide ? 'decide' : 'runHandoff'}: ${n} in ${ms.toFixed(0)} ms, ${((ms * 1000) / n).toFixed(1)} µs each (${handoffs} handoffs)`,
);
