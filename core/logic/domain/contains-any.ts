import { listOf, readableValue } from '../words';
import { defineDomainOperator } from './define';

const WORD = /[\p{L}\p{N}]/u;

/** True when `term` occurs in `text` as whole words (no letter or digit right before or after). */
function hasWhole(text: string, term: string): boolean {
  if (term === '') return false;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    const before = at === 0 ? '' : text[at - 1];
    const after = text[at + term.length] ?? '';
    if (!WORD.test(before) && !WORD.test(after)) return true;
  }
  return false;
}

/**
 * `{"contains_any": [{"var": "message"}, ["manager", "lawyer"]]}`: whether the text (or any
 * text of a list) contains one of the terms as whole words, ignoring case. Null text is false.
 */
export const containsAny = defineDomainOperator('contains_any', {
  summary:
    'Whether the text, or any text of a list, contains one of the terms as whole words (any case).',
  params: [
    { name: 'text', type: 'text', description: 'a string, an array of strings, or null' },
    { name: 'terms', type: 'strings', description: 'the words or phrases to look for' },
  ],
  deterministic: true,
  returnsBoolean: true,
  evaluate([text, terms]) {
    const texts = text === null ? [] : Array.isArray(text) ? (text as string[]) : [text as string];
    const needles = (terms as string[]).map((t) => t.toLocaleLowerCase());
    return texts.some((t) => {
      const haystack = t.toLocaleLowerCase();
      return needles.some((n) => hasWhole(haystack, n));
    });
  },
  describe([text, terms]) {
    const words =
      terms.node.kind === 'array'
        ? listOf(
            terms.node.items.map((i) => (i.kind === 'literal' ? readableValue(i.value) : '…')),
            'or',
          )
        : terms.text;
    return `${text.text} mentions ${words}`;
  },
});
