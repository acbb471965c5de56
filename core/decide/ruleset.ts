import { Ruleset, formatPath, type RuleAction, type RulesetRaw } from '../contract';
import { DetectConfigError, resolveConfig, type DetectConfig } from '../detect';
import { compile, describeRule, RuleError, type CompiledRule } from '../logic';
import { contentHash } from './canonical';

/** One problem in a ruleset: where (`rules[2].when.and[1]`), which rule, and why. */
export interface RulesetIssue {
  path: string;
  ruleId?: string;
  code: string;
  message: string;
}

/**
 * Thrown by `compileRuleset` for a ruleset that cannot run. Each issue names the rule id
 * and the path inside the ruleset.
 */
export class RulesetError extends Error {
  readonly issues: RulesetIssue[];
  constructor(issues: RulesetIssue[]) {
    const text = issues
      .map((i) => `${i.ruleId ? `rule "${i.ruleId}" ` : ''}at ${i.path}: ${i.message}`)
      .join('; ');
    super(`invalid ruleset: ${text}`);
    this.name = 'RulesetError';
    this.issues = issues;
  }
}

/** A top-level clause of a rule, compiled on its own to say which part held or failed. */
export interface CompiledClause {
  rule: CompiledRule;
  text: string;
}

/** A rule ready to evaluate. */
export interface CompiledRuleEntry {
  id: string;
  name: string;
  enabled: boolean;
  then: RuleAction;
  when: CompiledRule;
  /** The rule in words (the engine's `describe`). */
  text: string;
  /** `and` or `or` when the rule is one at the top, with its clauses; else undefined. */
  join?: 'and' | 'or';
  clauses: CompiledClause[];
}

/** A validated, compiled ruleset: compile once, decide many times. */
export interface CompiledRuleset {
  id: string;
  name: string;
  version: string;
  rules: CompiledRuleEntry[];
  config: DetectConfig;
  source: Ruleset;
}

/**
 * The version of a ruleset: `sha256:` and the hash of its canonical JSON (after the
 * schema's defaults, so `enabled: true` written or omitted gives one version).
 *
 * @example
 * rulesetVersion(defaultRuleset) // 'sha256:3b1f...'
 */
export const rulesetVersion = (ruleset: RulesetRaw | Ruleset): string => {
  const parsed = Ruleset.safeParse(ruleset);
  return contentHash(parsed.success ? parsed.data : ruleset);
};

const topJoin = (when: unknown): ['and' | 'or', unknown[]] | undefined => {
  if (!when || typeof when !== 'object' || Array.isArray(when)) return undefined;
  const keys = Object.keys(when);
  if (keys.length !== 1 || (keys[0] !== 'and' && keys[0] !== 'or')) return undefined;
  const args = (when as Record<string, unknown>)[keys[0]];
  return Array.isArray(args) && args.length > 1 ? [keys[0], args] : undefined;
};

const compileRule = (rule: Ruleset['rules'][number]): CompiledRuleEntry => {
  const when = compile(rule.when);
  const join = topJoin(rule.when);
  return {
    id: rule.id,
    name: rule.name,
    enabled: rule.enabled,
    then: rule.then,
    when,
    text: when.describe(),
    join: join?.[0],
    clauses: join ? join[1].map((c) => ({ rule: compile(c), text: describeRule(c) })) : [],
  };
};

/**
 * Validates a ruleset against the contract's schema, checks that rule ids are unique and
 * compiles every rule's JSON-logic once. Throws a `RulesetError` naming each bad rule's
 * id and the path of the problem (`rules[3].when.and[1].frobnicate`).
 *
 * @example
 * const compiled = compileRuleset(JSON.parse(text));
 * decide(input, { ruleset: compiled });
 */
export const compileRuleset = (ruleset: unknown): CompiledRuleset => {
  const parsed = Ruleset.safeParse(ruleset);
  const raw = ruleset as { rules?: { id?: unknown }[] } | undefined;
  const idAt = (i: unknown) => {
    const id = typeof i === 'number' ? raw?.rules?.[i]?.id : undefined;
    return typeof id === 'string' ? id : undefined;
  };
  if (!parsed.success) {
    throw new RulesetError(
      parsed.error.issues.map((i) => ({
        path: formatPath(i.path),
        ruleId: i.path[0] === 'rules' ? idAt(i.path[1]) : undefined,
        code: i.code,
        message: i.message,
      })),
    );
  }
  const value = parsed.data;
  const issues: RulesetIssue[] = [];
  const seen = new Set<string>();
  const rules: CompiledRuleEntry[] = [];
  value.rules.forEach((rule, i) => {
    const at = `rules[${i}]`;
    if (seen.has(rule.id)) {
      issues.push({
        path: `${at}.id`,
        ruleId: rule.id,
        code: 'duplicate_id',
        message: `rule id "${rule.id}" is used twice`,
      });
    }
    seen.add(rule.id);
    try {
      rules.push(compileRule(rule));
    } catch (error) {
      issues.push(
        error instanceof RuleError
          ? {
              path: `${at}.when${error.path.replace(/^rule/, '')}`,
              ruleId: rule.id,
              code: error.code,
              message: error.message,
            }
          : { path: `${at}.when`, ruleId: rule.id, code: 'invalid_rule', message: String(error) },
      );
    }
  });
  let config: DetectConfig | undefined;
  try {
    config = resolveConfig(value.config ?? {});
  } catch (error) {
    const found =
      error instanceof DetectConfigError
        ? error.issues
        : [{ path: '(root)', message: String(error) }];
    for (const i of found) {
      issues.push({ path: `config.${i.path}`, code: 'invalid_config', message: i.message });
    }
  }
  if (issues.length || !config) throw new RulesetError(issues);
  return {
    id: value.id,
    name: value.name,
    version: contentHash(value),
    rules,
    config,
    source: value,
  };
};
