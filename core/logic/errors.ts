/**
 * Why a rule was refused (at compile time) or failed (while evaluating).
 *
 * - `invalid_rule`: the rule is not JSON (functions, `undefined`, NaN, class instances).
 * - `unknown_operator`: an operation name the registry does not know, or an object with
 *   more than one key where an operation was expected.
 * - `invalid_arguments`: an operation got the wrong number or kind of arguments.
 * - `nan`: arithmetic or a numeric comparison met a value that is not a number, or a
 *   result that is not a finite number (division by zero).
 * - `rule_too_deep`, `rule_too_large`: the rule exceeds `maxDepth` or `maxNodes`.
 * - `iteration_limit`: one evaluation iterated more than `maxIterations` elements.
 * - `accumulator_too_large`: a `reduce` accumulator nests containers or grows past
 *   `maxAccumulatorLength`.
 * - `missing_clock`: a time operation ran without `now` in the data or a `clock` option.
 */
export type RuleErrorCode =
  | 'invalid_rule'
  | 'unknown_operator'
  | 'invalid_arguments'
  | 'nan'
  | 'rule_too_deep'
  | 'rule_too_large'
  | 'iteration_limit'
  | 'accumulator_too_large'
  | 'missing_clock';

/**
 * The one error type of the rule engine. `path` names the place inside the rule, written
 * like a JavaScript accessor from the root `rule` (for example `rule.and[1].frobnicate`).
 *
 * @example
 * ```ts
 * try {
 *   compile({ and: [true, { frobnicate: 1 }] });
 * } catch (err) {
 *   if (err instanceof RuleError) console.log(err.code, err.path); // unknown_operator rule.and[1].frobnicate
 * }
 * ```
 */
export class RuleError extends Error {
  readonly code: RuleErrorCode;
  readonly path: string;

  constructor(code: RuleErrorCode, message: string, path: string) {
    super(`${message} (at ${path})`);
    this.name = 'RuleError';
    this.code = code;
    this.path = path;
  }

  /** A plain object for JSON output: `{code, path, message}`. */
  toJSON(): { code: RuleErrorCode; path: string; message: string } {
    return { code: this.code, path: this.path, message: this.message };
  }
}

/** True when `value` is a {@link RuleError}. */
export function isRuleError(value: unknown): value is RuleError {
  return value instanceof RuleError;
}
