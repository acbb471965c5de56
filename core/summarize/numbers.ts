const numberPattern = /\d+(?:[.,:/-]\d+)*/g;

/**
 * The numbers in a text that do not occur in the source text: how a summary is checked
 * for invented figures. A number counts as present when its exact characters appear in
 * the source.
 *
 * @example
 * numbersNotIn('order 1042, €49.99', 'My order 1042 cost €49.99') // []
 * numbersNotIn('refund of €50', 'My order 1042 cost €49.99')       // ['50']
 */
export const numbersNotIn = (text: string, source: string): string[] => {
  const out: string[] = [];
  for (const m of text.matchAll(numberPattern)) if (!source.includes(m[0])) out.push(m[0]);
  return out;
};
