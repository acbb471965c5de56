const compiled = new Map<string, string[]>();

/**
 * Fills `{name}` placeholders in a template. A placeholder without a value is an
 * error naming it, so a broken custom template shows up in tests, not in front of a
 * customer.
 *
 * @example
 * fillTemplate('About {wait}.', { wait: '4 minutes' }) // 'About 4 minutes.'
 */
export const fillTemplate = (template: string, values: Record<string, string>): string => {
  let parts = compiled.get(template);
  if (!parts) {
    // Even indexes are literal text, odd indexes placeholder names.
    parts = template.split(/\{(\w+)\}/);
    if (compiled.size > 1000) compiled.clear();
    compiled.set(template, parts);
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const value = values[parts[i]];
    if (value === undefined) {
      throw new Error(`Template placeholder "{${parts[i]}}" has no value in: ${template}`);
    }
    out += value + parts[i + 1];
  }
  return out;
};

/**
 * Joins items as a reader expects in a list: "a, b and c".
 *
 * @example
 * joinList(['a', 'b', 'c'], 'and') // 'a, b and c'
 */
export const joinList = (items: readonly string[], and: string): string => {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
};
