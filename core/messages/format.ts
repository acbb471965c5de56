/**
 * Fills `{name}` placeholders in a template. A placeholder without a value is an
 * error naming it, so a broken custom template shows up in tests, not in front of a
 * customer.
 *
 * @example
 * fillTemplate('About {wait}.', { wait: '4 minutes' }) // 'About 4 minutes.'
 */
export const fillTemplate = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) {
      throw new Error(`Template placeholder "{${key}}" has no value in: ${template}`);
    }
    return value;
  });

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
