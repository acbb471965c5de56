/**
 * Reads a dot path from JSON data: `results.0.properties.email` or `items[2].id`. An
 * empty path is the data itself; a missing step gives undefined.
 *
 * @example
 * getPath({ a: { b: [{ c: 1 }] } }, 'a.b[0].c') // 1
 */
export const getPath = (data: unknown, path: string): unknown => {
  if (path === '' || path === '.') return data;
  let at: unknown = data;
  for (const step of path.replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (step === '') continue;
    if (at === null || typeof at !== 'object') return undefined;
    // Own properties only: a mapping must not reach into the prototype.
    if (!Object.prototype.hasOwnProperty.call(at, step)) return undefined;
    at = (at as Record<string, unknown>)[step];
  }
  return at;
};

/**
 * Fills `{customer.email}`-style placeholders in a URL from the data, URL-encoded.
 * Returns null when a placeholder has no value, so the caller can skip the call.
 *
 * @example
 * fillUrl('https://crm/x?email={customer.email}', { customer: { email: 'a@b.c' } })
 * // 'https://crm/x?email=a%40b.c'
 */
export const fillUrl = (template: string, data: unknown): string | null => {
  let missing = false;
  const url = template.replace(/\{([\w.[\]]+)\}/g, (_, path: string) => {
    const value = getPath(data, path);
    if (value === undefined || value === null || value === '') {
      missing = true;
      return '';
    }
    return encodeURIComponent(String(value));
  });
  return missing ? null : url;
};
