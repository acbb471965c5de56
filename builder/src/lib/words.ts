import {
  describeRule,
  fieldInfo,
  languageNames,
  signalLabel,
  supportedLanguages,
  type RuleAction,
} from '../../../core';
import type { Block, CompareOp, RuleGraph } from './graph';

export const opWords: Record<CompareOp, string> = {
  '==': 'is',
  '!=': 'is not',
  '>': 'is more than',
  '>=': 'is at least',
  '<': 'is less than',
  '<=': 'is at most',
  in: 'is one of',
};

/** A field's plain-language name, or its path for a field the catalogue lacks. */
export const fieldLabel = (path: string): string => fieldInfo(path)?.label ?? path;

const show = (v: unknown): string =>
  Array.isArray(v) ? v.map(show).join(', ') : typeof v === 'string' ? `"${v}"` : String(v);

const quoteList = (xs: string[], join: string) =>
  xs.length <= 1
    ? xs.map((x) => `"${x}"`).join('')
    : `${xs
        .slice(0, -1)
        .map((x) => `"${x}"`)
        .join(', ')} ${join} "${xs.at(-1)}"`;

/** One block in words, without its inputs. */
export const blockWords = (b: Block): string => {
  switch (b.kind) {
    case 'signal':
      return `${signalLabel(b.code)}${b.minStrength !== undefined ? ` (strength at least ${b.minStrength})` : ''}`;
    case 'compare':
      return `${fieldLabel(b.field)} ${opWords[b.op]} ${show(b.value)}`;
    case 'flag':
      return fieldLabel(b.field);
    case 'words': {
      const lists = supportedLanguages
        .filter((l) => (b.byLanguage?.[l] ?? []).length > 0)
        .map((l) => `in ${languageNames[l]} ${quoteList(b.byLanguage![l]!, 'or')}`);
      if (!lists.length) return `${fieldLabel(b.field)} mentions ${quoteList(b.terms, 'or')}`;
      const every = b.terms.length ? [`${quoteList(b.terms, 'or')} in any language`] : [];
      return `${fieldLabel(b.field)} mentions ${[...every, ...lists].join('; ')}`;
    }
    case 'raw':
      try {
        return describeRule(b.json);
      } catch {
        return 'a custom expression that does not work yet';
      }
    case 'logic':
      return b.mode === 'all'
        ? 'all of'
        : b.mode === 'any'
          ? 'any of'
          : b.mode === 'not'
            ? 'not'
            : `at least ${b.n ?? 1} of`;
    case 'outcome':
      return outcomeWords(b.then);
  }
};

/** What a rule does, in words: "Hand off to billing, urgent, because …" or "Keep the bot". */
export const outcomeWords = (then: RuleAction): string => {
  if (!then.handoff) return 'Keep the bot';
  const parts = [`Hand off${then.queue ? ` to ${then.queue}` : ''}`];
  if (then.priority) parts.push(`${then.priority} priority`);
  if (then.skills?.length) parts.push(`needing ${then.skills.join(', ')}`);
  return parts.join(', ');
};

/**
 * The rule as one sentence: "Hand off to billing, urgent priority, when the customer disputes a
 * charge and customer tier is "enterprise"".
 */
export const ruleSentence = (graph: RuleGraph): string => {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const inputs = (id: string) => graph.edges.filter((e) => e.target === id).map((e) => e.source);
  const seen = new Set<string>();
  const say = (id: string, nested: boolean): string => {
    const node = byId.get(id);
    if (!node || seen.has(id)) return '…';
    seen.add(id);
    const b = node.data;
    if (b.kind !== 'logic') return blockWords(b);
    const parts = inputs(id).map((k) => say(k, true));
    if (parts.length === 0) return '(nothing yet)';
    const text =
      b.mode === 'all'
        ? parts.join(' and ')
        : b.mode === 'any'
          ? parts.join(' or ')
          : b.mode === 'not'
            ? `not ${parts[0]}`
            : `at least ${b.n ?? 1} of: ${parts.join('; ')}`;
    return nested && parts.length > 1 ? `(${text})` : text;
  };
  const outcome = graph.nodes.find((n) => n.data.kind === 'outcome');
  if (!outcome || outcome.data.kind !== 'outcome') return 'No outcome yet';
  const root = inputs(outcome.id)[0];
  return `${outcomeWords(outcome.data.then)} when ${root ? say(root, false) : '(no condition yet)'}`;
};
