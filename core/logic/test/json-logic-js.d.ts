/** The part of json-logic-js (which ships no types) the tests and the benchmark use. */
declare module 'json-logic-js' {
  export function apply(rule: unknown, data?: unknown): unknown;
  export function add_operation(name: string, fn: (...args: never[]) => unknown): void;
  export function truthy(value: unknown): boolean;
}
