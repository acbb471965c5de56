import type { CompiledOp, EagerOperator, Operator } from '../types';
import { toNumberish, toText } from '../values';
import { listOf, readableValue } from '../words';

/** `substr` as PHP and json-logic-js define it: a negative length counts from the end. */
function substr(source: unknown, start: unknown, length: unknown): string {
  const text = toText(source === null || source === undefined ? String(source) : source);
  const size = text.length;
  let from = toInteger(start);
  if (from < 0) from = Math.max(size + from, 0);
  from = Math.min(from, size);
  if (length === undefined) return text.slice(from);
  const count = toInteger(length);
  return count < 0
    ? text.slice(from, Math.max(size + count, from))
    : text.slice(from, from + count);
}

function toInteger(value: unknown): number {
  const n = Math.trunc(toNumberish(value));
  return Number.isNaN(n) ? 0 : n;
}

const cat: EagerOperator = {
  deterministic: true,
  spreadsArray: true,
  evaluate: (args) => args.map(toText).join(''),
  describe: (args) => `the text ${args.map((a) => a.text).join(' + ')}`,
};

const substrOp: EagerOperator = {
  deterministic: true,
  minArgs: 1,
  maxArgs: 3,
  evaluate: (args) => substr(args[0], args[1], args[2]),
  describe: ([text, start, length]) =>
    `part of ${text.text} from position ${start?.text ?? 0}${length ? ` (length ${length.text})` : ''}`,
};

function within(item: unknown, haystack: unknown): boolean {
  // As json-logic-js: an empty string contains nothing, not even "".
  if (typeof haystack === 'string')
    return (
      haystack !== '' &&
      haystack.includes(item === null || item === undefined ? String(item) : toText(item))
    );
  return Array.isArray(haystack) && haystack.indexOf(item) !== -1;
}

/** `in`: the first argument is an element of the array, or a substring of the string. */
const inOp: EagerOperator = {
  deterministic: true,
  returnsBoolean: true,
  evaluate: (args) => within(args[0], args[1]),
  compile(args): CompiledOp | undefined {
    if (args.length !== 2) return undefined;
    const [item, haystack] = args;
    if (!haystack.constant || !Array.isArray(haystack.value)) return undefined;
    const get = item.fn;
    const list = haystack.value as readonly unknown[];
    // Short constant lists are compared inline; longer ones become a Set once. Both are
    // === membership, as indexOf (constants are never NaN).
    if (list.length <= 4) {
      const [a, b, c, e] = list;
      const n = list.length;
      return {
        fn: (d) => {
          const x = get(d);
          return (
            (n > 0 && x === a) || (n > 1 && x === b) || (n > 2 && x === c) || (n > 3 && x === e)
          );
        },
        boolean: true,
      };
    }
    const set = new Set<unknown>(list);
    return { fn: (d) => set.has(get(d)), boolean: true };
  },
  describe([item, haystack]) {
    if (
      haystack?.node.kind === 'array' ||
      (haystack?.node.kind === 'literal' && Array.isArray(haystack.node.value))
    ) {
      const items = haystack.node.kind === 'array' ? haystack.node.items : [];
      const words = items.map((i) => (i.kind === 'literal' ? readableValue(i.value) : '…'));
      return `${item?.text} is one of ${listOf(words, 'or')}`;
    }
    return `${haystack?.text} contains ${item?.text}`;
  },
};

const merge: EagerOperator = {
  deterministic: true,
  evaluate(args) {
    const out: unknown[] = [];
    for (const arg of args) {
      if (Array.isArray(arg)) for (const item of arg) out.push(item);
      else out.push(arg);
    }
    return out;
  },
  describe: (args) =>
    `the list of ${listOf(
      args.map((a) => a.text),
      'and',
    )}`,
};

const log: EagerOperator = {
  deterministic: false,
  evaluate(args, ctx) {
    const value = args.length > 0 ? args[0] : null;
    ctx.state.log?.(value);
    return value;
  },
  describe: ([value]) => `${value?.text ?? 'nothing'} (logged)`,
};

/** Text and list helpers: `cat`, `substr`, `in`, `merge`, and `log`. */
export const textOperators: Record<string, Operator> = {
  cat,
  substr: substrOp,
  in: inOp,
  merge,
  log,
};
