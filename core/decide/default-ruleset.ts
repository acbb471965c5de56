import defaultJson from './default-ruleset.json';
import type { RulesetRaw } from '../contract';
import { compileRuleset, type CompiledRuleset } from './ruleset';

/**
 * The default ruleset (`core/decide/default-ruleset.json`, copied to
 * `examples/rulesets/default.json` by `node scripts/example-ruleset.mjs`): what every part uses
 * when no other ruleset is given. It encodes the seed policy: hand off for emotional
 * escalation, complex sales, novel problems, high-value accounts at risk and compliance or
 * legal matters; keep routine questions the bot can answer.
 */
export const defaultRuleset: RulesetRaw = defaultJson as RulesetRaw;

let compiled: CompiledRuleset | undefined;

/** The default ruleset, compiled once on first use. */
export const defaultCompiled = (): CompiledRuleset => (compiled ??= compileRuleset(defaultRuleset));
