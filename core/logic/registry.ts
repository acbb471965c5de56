import type { Operator } from './types';

/**
 * The table of operations a rule may use. The interpreter, the compiler, `explain` and
 * `describe` all read their operator behaviour from here.
 *
 * @example
 * ```ts
 * const registry = createRegistry().addOperator('double', {
 *   deterministic: true,
 *   minArgs: 1,
 *   maxArgs: 1,
 *   evaluate: ([n]) => Number(n) * 2,
 *   describe: ([n]) => `twice ${n.text}`,
 * });
 * compile({ double: 21 }, { registry }).evaluate({}); // 42
 * ```
 */
export class OperatorRegistry {
  private readonly ops: Map<string, Operator>;
  private sealed = false;

  constructor(entries: Iterable<[string, Operator]> = []) {
    this.ops = new Map(entries);
  }

  /** The operation called `name`, or undefined. */
  get(name: string): Operator | undefined {
    return this.ops.get(name);
  }

  /** Every operation name, in the order they were added. */
  names(): string[] {
    return [...this.ops.keys()];
  }

  /**
   * Adds an operation. Refuses names already taken and the shared default registry
   * (extend a copy from {@link createRegistry} instead).
   */
  addOperator(name: string, operator: Operator): this {
    if (this.sealed) {
      throw new Error('the default registry is shared; extend a copy from createRegistry()');
    }
    if (typeof name !== 'string' || name.length === 0) {
      throw new Error('an operation name must be a non-empty string');
    }
    if (this.ops.has(name)) throw new Error(`operation "${name}" is already registered`);
    if (typeof operator?.evaluate !== 'function' || typeof operator.describe !== 'function') {
      throw new Error(`operation "${name}" needs evaluate and describe functions`);
    }
    this.ops.set(name, operator);
    return this;
  }

  /** A copy that can be extended without touching this one. */
  copy(): OperatorRegistry {
    return new OperatorRegistry(this.ops);
  }

  /** Makes this registry read-only. */
  seal(): this {
    this.sealed = true;
    return this;
  }
}
