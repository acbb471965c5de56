import { readFileSync } from 'node:fs';
import {
  compileRuleset,
  resolveConfig,
  type CompiledRuleset,
  type DetectConfigInput,
} from '../../core';

/** The options `handoff decide` and `handoff eval` share. */
export interface DecideFlags {
  ruleset?: CompiledRuleset;
  config?: DetectConfigInput;
  rest: string[];
}

const readJson = (path: string, what: string): unknown => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${what} file ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${what} file ${path} is not JSON: ${(error as Error).message}`);
  }
};

/**
 * Parses `--ruleset <file>` and `--config <file>` (also `--ruleset=<file>`); the ruleset
 * is compiled and the config checked here, so a bad file stops the run before any line.
 */
export const parseDecideFlags = (flags: readonly string[]): DecideFlags => {
  const out: DecideFlags = { rest: [] };
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i]!;
    const [name, inline] = flag.startsWith('--') ? flag.split(/=(.*)/s, 2) : [flag];
    if (name === '--ruleset' || name === '--config') {
      const value = inline ?? flags[++i];
      if (!value) throw new Error(`${name} needs a file path`);
      if (name === '--ruleset') out.ruleset = compileRuleset(readJson(value, 'ruleset'));
      else {
        const config = readJson(value, 'config') as DetectConfigInput;
        resolveConfig(config);
        out.config = config;
      }
    } else out.rest.push(flag);
  }
  return out;
};
