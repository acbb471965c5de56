import { RuleError } from './errors';
import { childPath } from './path';
import type { OperatorRegistry } from './registry';
import type { Limits, Operator } from './types';
import { deepFreeze, isPlainObject, show } from './values';

/** A value written in the rule: string, number, boolean, null or `{}`. */
export interface LiteralNode {
  readonly kind: 'literal';
  readonly value: unknown;
  readonly path: string;
}

/** An array in the rule; its items are evaluated. */
export interface ArrayNode {
  readonly kind: 'array';
  readonly items: readonly Node[];
  readonly path: string;
}

/** `{"op": args}`. `spread` marks a single expression argument that yields the argument list. */
export interface OpNode {
  readonly kind: 'op';
  readonly op: string;
  readonly def: Operator;
  readonly args: readonly Node[];
  readonly spread: boolean;
  readonly path: string;
}

/** A checked rule: every operation resolved against the registry, every node with its path. */
export type Node = LiteralNode | ArrayNode | OpNode;

/**
 * Checks a rule and resolves its operations. Throws a {@link RuleError} naming the path for
 * anything that is not JSON, an unknown operation, wrong argument counts, or a rule over the
 * depth or size limits.
 */
export function parseRule(
  rule: unknown,
  registry: OperatorRegistry,
  limits: Pick<Limits, 'maxDepth' | 'maxNodes'>,
): Node {
  let count = 0;

  const visit = (value: unknown, path: string, depth: number): Node => {
    if (++count > limits.maxNodes) {
      throw new RuleError('rule_too_large', `rule has more than ${limits.maxNodes} nodes`, path);
    }
    if (value === null || typeof value === 'string' || typeof value === 'boolean') {
      return { kind: 'literal', value, path };
    }
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return { kind: 'literal', value, path };
      throw new RuleError('invalid_rule', `${value} is not a JSON number`, path);
    }
    if (typeof value !== 'object') {
      throw new RuleError('invalid_rule', `a ${typeof value} is not JSON`, path);
    }
    if (depth >= limits.maxDepth) {
      throw new RuleError(
        'rule_too_deep',
        `rule nests deeper than ${limits.maxDepth} levels`,
        path,
      );
    }
    if (Array.isArray(value)) {
      const items = value.map((item, i) => visit(item, childPath(path, i), depth + 1));
      return { kind: 'array', items, path };
    }
    if (!isPlainObject(value)) {
      throw new RuleError('invalid_rule', `${show(value)} is not a plain JSON object`, path);
    }
    const keys = Object.keys(value);
    if (keys.length === 0) return { kind: 'literal', value: deepFreeze({}), path };
    if (keys.length > 1) {
      throw new RuleError(
        'unknown_operator',
        `an operation is an object with exactly one key, found ${keys.length} (${keys.join(', ')})`,
        path,
      );
    }
    const op = keys[0];
    const opPath = childPath(path, op);
    const def = registry.get(op);
    if (!def) throw new RuleError('unknown_operator', `unknown operation "${op}"`, opPath);
    const raw = value[op];
    if (Array.isArray(raw)) {
      if (depth + 1 >= limits.maxDepth) {
        throw new RuleError(
          'rule_too_deep',
          `rule nests deeper than ${limits.maxDepth} levels`,
          opPath,
        );
      }
      const args = raw.map((item, i) => visit(item, childPath(opPath, i), depth + 2));
      checkArity(op, def, args.length, opPath);
      def.check?.(args, opPath);
      return { kind: 'op', op, def, args, spread: false, path };
    }
    if (def.requiresArray) {
      throw new RuleError(
        'invalid_arguments',
        `"${op}" takes its arguments as an array, got ${show(raw)}`,
        opPath,
      );
    }
    const arg = visit(raw, opPath, depth + 1);
    const spread = def.spreadsArray === true && arg.kind === 'op';
    if (!spread) {
      checkArity(op, def, 1, opPath);
      def.check?.([arg], opPath);
    }
    return { kind: 'op', op, def, args: [arg], spread, path };
  };

  return visit(rule, 'rule', 0);
}

/** Refuses an argument count outside the operator's `minArgs`..`maxArgs`. */
export function checkArity(op: string, def: Operator, count: number, path: string): void {
  const { minArgs = 0, maxArgs = Infinity } = def;
  if (count >= minArgs && count <= maxArgs) return;
  const expected =
    minArgs === maxArgs
      ? `${minArgs}`
      : maxArgs === Infinity
        ? `at least ${minArgs}`
        : `${minArgs} to ${maxArgs}`;
  throw new RuleError(
    'invalid_arguments',
    `"${op}" takes ${expected} argument${expected === '1' ? '' : 's'}, got ${count}`,
    path,
  );
}
