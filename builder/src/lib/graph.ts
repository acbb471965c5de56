import {
  childPath,
  supportedLanguages,
  type RuleAction,
  type SupportedLanguage,
} from '../../../core';

/** How a compare block relates a field to its value (plain words in the UI). */
export type CompareOp = '==' | '!=' | '>' | '>=' | '<' | '<=' | 'in';
export const compareOps: readonly CompareOp[] = ['==', '!=', '>', '>=', '<', '<=', 'in'];

/** A detector's signal, optionally with the least strength that counts. */
export type SignalBlock = {
  kind: 'signal';
  code: string;
  minStrength?: number;
};
/** A field compared with a value (`in`: one of a list). */
export type CompareBlock = {
  kind: 'compare';
  field: string;
  op: CompareOp;
  value: unknown;
};
/** A yes/no field, true when the field is. */
export type FlagBlock = {
  kind: 'flag';
  field: string;
};
/**
 * A text field that mentions one of the words: `terms` in every language, and `byLanguage`
 * lists that count only when the conversation is in that language.
 */
export type WordsBlock = {
  kind: 'words';
  field: string;
  terms: string[];
  byLanguage?: Partial<Record<SupportedLanguage, string[]>>;
};

/** The field a per-language word list is gated on (the hint, else the decision's language). */
export const languageField = 'conversation.language';
/** All of, any of, not, at least N of the connected conditions. */
export type LogicBlock = {
  kind: 'logic';
  mode: 'all' | 'any' | 'not' | 'atLeast';
  n?: number;
};
/** An expression the palette has no block for, kept as its JSON. */
export type RawBlock = {
  kind: 'raw';
  json: unknown;
};
/** What the rule does when its condition holds. */
export type OutcomeBlock = {
  kind: 'outcome';
  then: RuleAction;
};
export type ConditionBlock = SignalBlock | CompareBlock | FlagBlock | WordsBlock | RawBlock;
export type Block = ConditionBlock | LogicBlock | OutcomeBlock;

export interface GraphNode {
  id: string;
  data: Block;
}
/** `source` feeds `target` (a condition into a logic block or the outcome); order is input order. */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
}
export interface RuleGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{op: args}` with exactly one key. */
const single = (v: unknown): [string, unknown] | undefined => {
  if (!isObject(v)) return undefined;
  const keys = Object.keys(v);
  return keys.length === 1 ? [keys[0]!, v[keys[0]!]] : undefined;
};

const isScalar = (v: unknown) =>
  v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number';

/** The path of `{"var": "a.b"}` (no default, not empty), else undefined. */
const varPath = (v: unknown): string | undefined => {
  const s = single(v);
  return s && s[0] === 'var' && typeof s[1] === 'string' && s[1] !== '' ? s[1] : undefined;
};

/** `{"if": [c, 1, 0]}`: a condition counted as 1 or 0. */
const counted = (v: unknown): unknown => {
  const s = single(v);
  if (!s || s[0] !== 'if' || !Array.isArray(s[1]) || s[1].length !== 3) return undefined;
  return s[1][1] === 1 && s[1][2] === 0 ? { cond: s[1][0] } : undefined;
};

const isTerms = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length > 0 && v.every((t) => typeof t === 'string');

/** `{"contains_any": [{"var": field}, [terms]]}` with a non-empty list, as its field and terms. */
const wordsOf = (v: unknown): { field: string; terms: string[] } | undefined => {
  const s = single(v);
  if (!s || s[0] !== 'contains_any' || !Array.isArray(s[1]) || s[1].length !== 2) return undefined;
  const field = varPath(s[1][0]);
  return field && isTerms(s[1][1]) ? { field, terms: [...s[1][1]] } : undefined;
};

/**
 * The `or` a words block with per-language lists writes: the every-language list first (if
 * any), then one `{"and": [language == L, contains_any]}` per language in the fixed order.
 * Anything else (another order, a second list for one language) stays logic blocks.
 */
const wordsByLanguage = (args: unknown[]): WordsBlock | undefined => {
  let field: string | undefined;
  let terms: string[] = [];
  const byLanguage: WordsBlock['byLanguage'] = {};
  let last = -1;
  for (const [i, arg] of args.entries()) {
    const plain = wordsOf(arg);
    if (plain) {
      if (i !== 0) return undefined;
      field = plain.field;
      terms = plain.terms;
      continue;
    }
    const pair = single(arg);
    if (!pair || pair[0] !== 'and' || !Array.isArray(pair[1]) || pair[1].length !== 2)
      return undefined;
    const gate = single(pair[1][0]);
    const words = wordsOf(pair[1][1]);
    if (!gate || gate[0] !== '==' || !Array.isArray(gate[1]) || gate[1].length !== 2 || !words)
      return undefined;
    const lang = supportedLanguages.indexOf(gate[1][1] as SupportedLanguage);
    if (varPath(gate[1][0]) !== languageField || lang <= last) return undefined;
    if (field !== undefined && field !== words.field) return undefined;
    field = words.field;
    last = lang;
    byLanguage[supportedLanguages[lang]!] = words.terms;
  }
  return field !== undefined && last >= 0 ? { kind: 'words', field, terms, byLanguage } : undefined;
};

/** One expression read as a block and the expressions that feed it. */
const readBlock = (expr: unknown): { block: Block; inputs: unknown[] } => {
  const s = single(expr);
  const raw = { block: { kind: 'raw', json: expr } as RawBlock, inputs: [] };
  if (!s) return raw;
  const [op, args] = s;
  if (op === 'and' || op === 'or') {
    if (!Array.isArray(args) || args.length === 0) return raw;
    const words = op === 'or' ? wordsByLanguage(args) : undefined;
    if (words) return { block: words, inputs: [] };
    return { block: { kind: 'logic', mode: op === 'and' ? 'all' : 'any' }, inputs: args };
  }
  if (op === '!') {
    if (Array.isArray(args))
      return args.length === 1 ? { block: { kind: 'logic', mode: 'not' }, inputs: args } : raw;
    return { block: { kind: 'logic', mode: 'not' }, inputs: [args] };
  }
  if (op === 'has_signal') {
    if (typeof args === 'string') return { block: { kind: 'signal', code: args }, inputs: [] };
    if (Array.isArray(args) && typeof args[0] === 'string') {
      if (args.length === 1) return { block: { kind: 'signal', code: args[0] }, inputs: [] };
      if (args.length === 2 && typeof args[1] === 'number')
        return { block: { kind: 'signal', code: args[0], minStrength: args[1] }, inputs: [] };
    }
    return raw;
  }
  if (op === 'var') {
    const field = varPath(expr);
    return field ? { block: { kind: 'flag', field }, inputs: [] } : raw;
  }
  if (op === 'contains_any') {
    if (!Array.isArray(args) || args.length !== 2) return raw;
    const field = varPath(args[0]);
    const terms = args[1];
    if (!field || !Array.isArray(terms) || !terms.every((t) => typeof t === 'string')) return raw;
    return { block: { kind: 'words', field, terms: [...terms] }, inputs: [] };
  }
  if (
    op === '>=' &&
    Array.isArray(args) &&
    args.length === 2 &&
    Number.isInteger(args[1]) &&
    (args[1] as number) >= 1
  ) {
    const sum = single(args[0]);
    if (sum && sum[0] === '+' && Array.isArray(sum[1]) && sum[1].length > 0) {
      const conds = sum[1].map(counted);
      if (conds.every((c) => c !== undefined) && (args[1] as number) <= conds.length)
        return {
          block: { kind: 'logic', mode: 'atLeast', n: args[1] as number },
          inputs: conds.map((c) => (c as { cond: unknown }).cond),
        };
    }
  }
  if ((compareOps as readonly string[]).includes(op) && Array.isArray(args) && args.length === 2) {
    const field = varPath(args[0]);
    const value = args[1];
    const ok = op === 'in' ? Array.isArray(value) && value.every(isScalar) : isScalar(value);
    if (field && ok)
      return {
        block: {
          kind: 'compare',
          field,
          op: op as CompareOp,
          value: Array.isArray(value) ? [...value] : value,
        },
        inputs: [],
      };
  }
  return raw;
};

/**
 * Reads a rule's `when` and `then` as a graph of blocks: every recognised expression becomes
 * a block, anything else a raw block with its JSON. {@link graphToLogic} gives the rule back.
 *
 * @example
 * logicToGraph({ has_signal: 'human_request' }, { handoff: true }).nodes.length; // 2
 */
export const logicToGraph = (when: unknown, then: RuleAction, idPrefix = 'b'): RuleGraph => {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  let next = 0;
  const add = (expr: unknown): string => {
    const id = `${idPrefix}${next++}`;
    const { block, inputs } = readBlock(expr);
    nodes.push({ id, data: block });
    for (const input of inputs) {
      const child = add(input);
      edges.push({ id: `e-${child}-${id}`, source: child, target: id });
    }
    return id;
  };
  const outcomeId = `${idPrefix}${next++}`;
  nodes.push({ id: outcomeId, data: { kind: 'outcome', then } });
  const root = add(when);
  edges.push({ id: `e-${root}-${outcomeId}`, source: root, target: outcomeId });
  return { nodes, edges };
};

/** A words block as JSON-logic: one `contains_any`, or the per-language `or` read back above. */
export const writeWords = (b: WordsBlock): unknown => {
  const plain = { contains_any: [{ var: b.field }, [...b.terms]] };
  const langs = supportedLanguages.filter((l) => (b.byLanguage?.[l] ?? []).length > 0);
  if (!langs.length) return plain;
  return {
    or: [
      ...(b.terms.length ? [plain] : []),
      ...langs.map((l) => ({
        and: [
          { '==': [{ var: languageField }, l] },
          { contains_any: [{ var: b.field }, [...b.byLanguage![l]!]] },
        ],
      })),
    ],
  };
};

/** A problem that stops the graph from being a rule, on the block it concerns. */
export interface GraphIssue {
  nodeId: string;
  message: string;
}

export type GraphResult =
  | {
      ok: true;
      when: unknown;
      then: RuleAction;
      /** Where each block's expression sits in `when` (`rule.and[1]`), as `explain` names it. */
      paths: Record<string, string>;
      /** Each block's own expression. */
      exprs: Record<string, unknown>;
    }
  | { ok: false; issues: GraphIssue[] };

/** A raw block whose JSON is an array (written inside `!` as `[[...]]`). */
const isArrayBlock = (b: Block | undefined) => b?.kind === 'raw' && Array.isArray(b.json);

const blockName: Record<LogicBlock['mode'], string> = {
  all: '"All of"',
  any: '"Any of"',
  not: '"Not"',
  atLeast: '"At least"',
};

/**
 * Writes the graph back as a rule's `when` and `then`, or says which block stops it
 * (nothing connected to the outcome, a logic block without inputs, a loop).
 */
export const graphToLogic = (graph: RuleGraph): GraphResult => {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const inputs = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (!byId.has(e.source) || !byId.has(e.target)) continue;
    inputs.set(e.target, [...(inputs.get(e.target) ?? []), e.source]);
  }
  const outcomes = graph.nodes.filter((n) => n.data.kind === 'outcome');
  if (outcomes.length !== 1)
    return {
      ok: false,
      issues: [
        {
          nodeId: outcomes[1]?.id ?? '',
          message: 'A rule has exactly one outcome block; remove the extra one.',
        },
      ],
    };
  const outcome = outcomes[0]!;
  const feeding = inputs.get(outcome.id) ?? [];
  if (feeding.length !== 1)
    return {
      ok: false,
      issues: [
        {
          nodeId: outcome.id,
          message:
            feeding.length === 0
              ? 'Nothing leads to the outcome: connect a condition or a logic block to it.'
              : 'The outcome takes one input: combine the conditions with an "All of" or "Any of" block first.',
        },
      ],
    };
  const issues: GraphIssue[] = [];
  const visiting = new Set<string>();
  const paths: Record<string, string> = {};
  const exprs: Record<string, unknown> = {};
  const write = (id: string, path: string): unknown => {
    const expr = writeOne(id, path);
    exprs[id] = expr;
    return expr;
  };
  const writeOne = (id: string, path: string): unknown => {
    const node = byId.get(id)!;
    if (visiting.has(id)) {
      issues.push({
        nodeId: id,
        message: 'This block feeds itself through a loop; remove one connection.',
      });
      return null;
    }
    visiting.add(id);
    paths[id] = path;
    try {
      const b = node.data;
      const kids = (at: (i: number) => string) =>
        (inputs.get(id) ?? []).map((k, i) => write(k, at(i)));
      switch (b.kind) {
        case 'signal':
          return { has_signal: b.minStrength === undefined ? b.code : [b.code, b.minStrength] };
        case 'compare':
          return { [b.op]: [{ var: b.field }, b.value] };
        case 'flag':
          return { var: b.field };
        case 'words':
          return writeWords(b);
        case 'raw':
          return b.json;
        case 'outcome':
          issues.push({ nodeId: id, message: 'An outcome cannot feed another block.' });
          return null;
        case 'logic': {
          const op =
            b.mode === 'all' ? 'and' : b.mode === 'any' ? 'or' : b.mode === 'not' ? '!' : '>=';
          const ins = inputs.get(id) ?? [];
          const args = kids((i) =>
            b.mode === 'atLeast'
              ? childPath(childPath(childPath(childPath(childPath(path, '>='), 0), '+'), i), 'if') +
                '[0]'
              : b.mode === 'not'
                ? ins.length === 1 && !isArrayBlock(byId.get(ins[0]!)?.data)
                  ? childPath(path, op)
                  : childPath(childPath(path, op), i)
                : childPath(childPath(path, op), i),
          );
          if (args.length === 0) {
            issues.push({
              nodeId: id,
              message: `${blockName[b.mode]} has no conditions: connect at least one.`,
            });
            return null;
          }
          if (b.mode === 'all') return { and: args };
          if (b.mode === 'any') return { or: args };
          if (b.mode === 'not') {
            if (args.length > 1)
              issues.push({
                nodeId: id,
                message: '"Not" takes one condition: combine several with "Any of" first.',
              });
            return { '!': Array.isArray(args[0]) ? [args[0]] : args[0] };
          }
          const n = b.n ?? 1;
          if (!Number.isInteger(n) || n < 1 || n > args.length)
            issues.push({
              nodeId: id,
              message: `"At least" needs a whole number from 1 to ${args.length}, the number of its conditions.`,
            });
          return { '>=': [{ '+': args.map((a) => ({ if: [a, 1, 0] })) }, n] };
        }
      }
    } finally {
      visiting.delete(id);
    }
  };
  const when = write(feeding[0]!, 'rule');
  return issues.length
    ? { ok: false, issues }
    : { ok: true, when, then: (outcome.data as OutcomeBlock).then, paths, exprs };
};

/** JSON-logic in the form the builder writes it: `logicToGraph` then `graphToLogic`. */
export const canonicalWhen = (when: unknown): unknown => {
  const r = graphToLogic(logicToGraph(when, { handoff: true }));
  if (!r.ok) throw new Error(`not a rule: ${r.issues[0]!.message}`);
  return r.when;
};
