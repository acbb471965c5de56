/**
 * The rule engine alone, for a CPU profile: evaluates the benchmark rule over its 1,000
 * inputs `PASSES` times (default 3,000). Bundle it first so the profile names real lines:
 *
 * ```sh
 * npx esbuild bench/logic/profile.ts --bundle --platform=node --outfile=/tmp/logic.mjs
 * node --cpu-prof --cpu-prof-dir=/tmp/logic-prof /tmp/logic.mjs
 * ```
 */
import { compile } from '../../core/logic';
import { escalationRule, inputs } from './ruleset';

const data = inputs();
const rule = compile(escalationRule);
const passes = Number(process.env.PASSES ?? 3000);
let escalated = 0;
const start = performance.now();
for (let p = 0; p < passes; p++) {
  for (let i = 0; i < data.length; i++) if (rule.evaluate(data[i])) escalated++;
}
const ms = performance.now() - start;
console.log(
  `${((passes * data.length) / ms / 1000).toFixed(2)} M evaluations/s (${escalated} escalated)`,
);
