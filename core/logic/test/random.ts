/**
 * Seeded random rules and data for the fuzz tests. The grammar covers every standard
 * operation, hostile `var` paths and awkward values (NaN-producing strings, null, empty
 * containers, own `__proto__` keys).
 */

/** mulberry32: a small seeded PRNG, so every run sees the same cases. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;

const pick = <T>(r: Rand, items: readonly T[]): T => items[Math.floor(r() * items.length)];
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const SCALARS = [
  0,
  1,
  -1,
  2,
  3.5,
  -0.5,
  10,
  100,
  '',
  '0',
  '1',
  '2.5',
  '-3',
  'a',
  'abc',
  'A',
  'enterprise',
  'x y',
  true,
  false,
  null,
];
const TOP_PATHS = [
  'a',
  'b',
  'n',
  's',
  'list',
  'obj',
  'obj.a',
  'obj.n',
  'list.0',
  'list.1',
  'list.length',
  's.length',
  'missing',
  'obj.missing.deep',
  '',
  '__proto__',
  'constructor',
  'toString',
  'obj.__proto__',
  '__proto__.a',
  'hasOwnProperty',
  'a.b',
  'prototype',
  'obj.constructor.name',
  'tags',
];
const ITEM_PATHS = ['', 'a', 'n', 'missing', 'constructor', 'length'];
const REDUCE_PATHS = ['current', 'accumulator', 'current.n', 'current.a'];

function scalar(r: Rand): unknown {
  return pick(r, SCALARS);
}

function item(r: Rand): unknown {
  return r() < 0.6 ? scalar(r) : { a: scalar(r), n: pick(r, [0, 1, 2, 5, -1, '3', null]) };
}

/** Random data shaped like `{a, b, n, s, list, obj, tags}`, sometimes with hostile own keys. */
export function randomData(r: Rand): unknown {
  const roll = r();
  if (roll < 0.05) return scalar(r);
  if (roll < 0.08) return Array.from({ length: int(r, 0, 3) }, () => scalar(r));
  const data: Record<string, unknown> = {};
  for (const key of ['a', 'b', 'n', 's']) if (r() < 0.7) data[key] = scalar(r);
  if (r() < 0.8) data.list = Array.from({ length: int(r, 0, 5) }, () => item(r));
  if (r() < 0.6) data.obj = r() < 0.15 ? {} : { a: scalar(r), n: scalar(r) };
  if (r() < 0.4)
    data.tags = Array.from({ length: int(r, 0, 3) }, () => pick(r, ['vip', 'churn', 'new', 'x']));
  if (r() < 0.1) {
    // JSON.parse makes "__proto__" an own property, as in a hostile request body.
    return Object.assign(JSON.parse('{"__proto__":{"a":"polluted","n":1}}'), data);
  }
  if (r() < 0.05) data['constructor'] = 'own';
  return data;
}

type Scope = 'top' | 'item' | 'reduce';

function varRule(r: Rand, scope: Scope): unknown {
  const paths = scope === 'top' ? TOP_PATHS : scope === 'item' ? ITEM_PATHS : REDUCE_PATHS;
  const path = pick(r, paths);
  return r() < 0.2 ? { var: [path, scalar(r)] } : { var: path };
}

function literal(r: Rand): unknown {
  const roll = r();
  if (roll < 0.03) return {};
  return roll < 0.85 ? scalar(r) : Array.from({ length: int(r, 0, 3) }, () => scalar(r));
}

/** Rules with the wrong shape: each must be refused before it runs. */
const MALFORMED = [
  { frobnicate: 1 },
  { '==': [1, 1], '!=': [1, 2] },
  { and: true },
  { '>': [1] },
  { map: [[1, 2]] },
  { '%': [5] },
  { if: 'x' },
];

/** A plain value: a read or a literal (cannot fail). */
function plain(r: Rand, scope: Scope): unknown {
  return r() < 0.5 ? varRule(r, scope) : scalar(r);
}

const args = (r: Rand, n: number, depth: number, scope: Scope) =>
  Array.from({ length: n }, () => randomRule(r, depth - 1, scope));

/** A random rule of at most `depth` levels using every standard operation. */
export function randomRule(r: Rand, depth = 4, scope: Scope = 'top'): unknown {
  if (depth <= 0 || r() < 0.25) return r() < 0.55 ? varRule(r, scope) : literal(r);
  if (r() < 0.004) return pick(r, MALFORMED);
  const op = pick(r, [
    '==',
    '===',
    '!=',
    '!==',
    '<',
    '<=',
    '>',
    '>=',
    'between',
    '!',
    '!!',
    'and',
    'or',
    'if',
    '+',
    '-',
    '*',
    '/',
    '%',
    'min',
    'max',
    'cat',
    'substr',
    'in',
    'merge',
    'missing',
    'missing_some',
    'map',
    'filter',
    'reduce',
    'all',
    'some',
    'none',
    'log',
  ]);
  switch (op) {
    case 'between':
      return {
        [pick(r, ['<', '<='])]: [plain(r, scope), randomRule(r, depth - 1, scope), plain(r, scope)],
      };
    case '!':
    case '!!':
      return r() < 0.5
        ? { [op]: randomRule(r, depth - 1, scope) }
        : { [op]: args(r, 1, depth, scope) };
    case 'and':
    case 'or':
      return { [op]: args(r, int(r, 0, 4), depth, scope) };
    case 'if':
      return { [pick(r, ['if', '?:'])]: args(r, pick(r, [1, 2, 3, 3, 3, 4, 5]), depth, scope) };
    case '+':
    case '*':
      return { [op]: args(r, int(r, 0, 3), depth, scope) };
    case '-':
    case '/':
    case 'min':
    case 'max':
      return { [op]: args(r, int(r, 1, 3), depth, scope) };
    case '%':
      return { [op]: args(r, int(r, 2, 3), depth, scope) };
    case 'cat':
    case 'merge':
      return { [op]: args(r, int(r, 0, 3), depth, scope) };
    case 'substr':
      return {
        substr: [
          randomRule(r, depth - 1, scope),
          pick(r, [0, 1, 2, -1, -3, 10]),
          ...(r() < 0.6 ? [pick(r, [0, 1, 2, -1, -2, 5])] : []),
        ],
      };
    case 'in':
      return {
        in: [
          randomRule(r, depth - 1, scope),
          r() < 0.5 ? literal(r) : randomRule(r, depth - 1, scope),
        ],
      };
    case 'missing':
      return {
        missing:
          r() < 0.7
            ? Array.from({ length: int(r, 1, 3) }, () => pick(r, TOP_PATHS))
            : { merge: [pick(r, TOP_PATHS), [pick(r, TOP_PATHS)]] },
      };
    case 'missing_some':
      return {
        missing_some: [
          int(r, 0, 3),
          Array.from({ length: int(r, 1, 3) }, () => pick(r, TOP_PATHS)),
        ],
      };
    case 'map':
    case 'filter':
    case 'all':
    case 'some':
    case 'none':
      return {
        [op]: [
          r() < 0.7 ? { var: pick(r, ['list', 'tags', 'obj', 'missing', 's']) } : literal(r),
          randomRule(r, depth - 1, 'item'),
        ],
      };
    case 'reduce': {
      const body = {
        [pick(r, ['+', '*', '-', 'max', 'cat'])]: [plain(r, 'reduce'), plain(r, 'reduce')],
      };
      const list = r() < 0.7 ? { var: pick(r, ['list', 'tags', 'missing']) } : literal(r);
      return { reduce: r() < 0.8 ? [list, body, pick(r, [0, 1, '', 'x', null])] : [list, body] };
    }
    case 'log':
      return { log: randomRule(r, depth - 1, scope) };
    default:
      return { [op]: args(r, 2, depth, scope) };
  }
}
