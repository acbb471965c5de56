import type { PreparedRuleset } from '../engine';
import { ApiError } from '../errors';
import type { Deps } from './deps';

/**
 * The ruleset a request asks for: the published version of `id` (404 when it has none),
 * or the built-in ruleset.
 */
export const resolveRuleset = async (
  { engine, published }: Pick<Deps, 'engine' | 'published'>,
  id: string | undefined,
): Promise<PreparedRuleset> => {
  if (id === undefined) return engine.defaults();
  const p = await published.get(id);
  if (!p)
    throw new ApiError(
      'not_found',
      `ruleset "${id}" has no published version (publish it, or leave out ?ruleset= to use the default)`,
    );
  return p.prepared as PreparedRuleset;
};
