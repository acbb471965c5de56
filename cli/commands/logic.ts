import { compile, type CompiledRule } from '../../core';
import type { Command } from './types';

const MAX_CACHED_RULES = 500;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * `handoff logic`: evaluates `{"rule": …, "data": …}` lines and writes `{"result": …}`.
 * Rules are compiled once and cached, so a stream of inputs against the same rule is fast.
 */
export const logic: Command = {
  name: 'logic',
  summary: 'evaluate JSON-logic rules: {"rule":…,"data":…} → {"result":…}',
  help: [
    'Usage: handoff logic [--explain] [--describe] < input.jsonl',
    '',
    'Each input line is {"rule": <JSON-logic>, "data": <any, default null>}.',
    'Each output line is {"result": <value>} or {"error": "<code>: <message>"}.',
    '',
    'Options:',
    '  --explain   add "explain": the value of every sub-expression',
    '  --describe  add "describe": the rule in plain language',
  ].join('\n'),
  create(flags) {
    const unknown = flags.filter((f) => f !== '--explain' && f !== '--describe');
    if (unknown.length)
      throw new Error(`unknown option ${unknown.join(' ')} (see handoff logic --help)`);
    const explain = flags.includes('--explain');
    const describe = flags.includes('--describe');
    const cache = new Map<string, CompiledRule>();
    return (input) => {
      if (!isObject(input) || !('rule' in input)) {
        throw new Error('expected an object {"rule": …, "data": …}');
      }
      const key = JSON.stringify(input.rule);
      let rule = cache.get(key);
      if (!rule) {
        rule = compile(input.rule);
        if (cache.size >= MAX_CACHED_RULES) cache.clear();
        cache.set(key, rule);
      }
      const data = input.data === undefined ? null : input.data;
      return {
        result: rule.evaluate(data),
        ...(explain ? { explain: rule.explain(data) } : {}),
        ...(describe ? { describe: rule.describe() } : {}),
      };
    };
  },
};
