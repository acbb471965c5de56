import { runHandoff } from '../../core';
import { parseDecideFlags } from './decide-options';
import type { Command } from './types';

/**
 * `handoff decide`: one `HandoffDecision` line per `HandoffInput` line, in order. A line
 * that is not a valid input gets `{"error": …}` naming the bad paths; the rest still run.
 */
export const decide: Command = {
  name: 'decide',
  summary: 'decide handoffs: HandoffInput lines → HandoffDecision lines',
  help: [
    'Usage: handoff decide [--ruleset file.json] [--config file.json] < inputs.jsonl',
    '',
    'Each input line is a HandoffInput (see the wire contract); each output line is the',
    'HandoffDecision for it (with summary, route, customer message and missing details',
    'when it hands off), or {"error": "…"} naming what is wrong with that line.',
    '',
    'Options:',
    '  --ruleset FILE  a ruleset (JSON) to decide with; default: examples/rulesets/default.json',
    '  --config FILE   detector thresholds (JSON), overriding the ruleset\'s "config"',
  ].join('\n'),
  create(flags) {
    const { ruleset, config, rest } = parseDecideFlags(flags);
    if (rest.length)
      throw new Error(`unknown option ${rest.join(' ')} (see handoff decide --help)`);
    return (input) => runHandoff(input as never, { ruleset, config });
  },
};
