import defaultJson from '../../examples/rulesets/default.json';
import type { RulesetRaw } from '../contract';
import { compileRuleset, type CompiledRuleset } from './ruleset';

/**
 * The default ruleset (`examples/rulesets/default.json`): what every part uses when no
 * other ruleset is given. It encodes the seed policy: hand off for emotional escalation,
 * complex sales, novel problems, high-value accounts at risk and compliance or legal
 * matters; keep routine questions the bot can answer.
 */
export const defaultRuleset: RulesetRaw = defaultJson as RulesetRaw;

let compiled: CompiledRuleset | undefined;

/** The default ruleset, compiled once on first use. */
export const defaultCompiled = (): CompiledRuleset => (compiled ??= compileRuleset(defaultRuleset));
