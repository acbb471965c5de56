import { ApiError } from '../errors';
import type { Guarded, RulesetRecord } from '../store/rulesets';
import { etagOf, parseEntityTags, revisionOfTag } from './etag';

type Current = Pick<RulesetRecord, 'id' | 'revision' | 'updatedAt' | 'updatedBy'>;

/**
 * 409 `edit_conflict`: the ruleset changed since the caller read it. The body says what it
 * is now and who changed it, so a client can show the conflict.
 *
 * @example
 * throw conflict(current); // 409 {"error":{"code":"edit_conflict","currentEtag":"\"vip.r4\"",...}}
 */
export const conflict = (current: Current) =>
  new ApiError(
    'edit_conflict',
    `ruleset "${current.id}" changed since you read it; it is now at ${etagOf(current)}: read it again and redo your change`,
    {
      extra: {
        currentEtag: etagOf(current),
        updatedBy: current.updatedBy,
        updatedAt: current.updatedAt,
      },
      headers: { etag: etagOf(current) },
    },
  );

/**
 * The value of a write guarded by the revision, or the refusal it calls for: 409 with
 * what changed, or 404 with `missing`'s words for the reason.
 *
 * @example
 * const saved = valueOrRefusal(await updateDraft(db, input), () => 'there is no ruleset "vip"');
 */
export const valueOrRefusal = <T, M extends string>(
  out: Guarded<T, M>,
  missing: (reason: M) => string,
): T => {
  if (out.ok) return out.value;
  if ('current' in out) throw conflict(out.current);
  throw new ApiError('not_found', missing(out.reason));
};

/** The If-Match header every change to a ruleset must carry, as documented. */
export const ifMatchHeader = (what: string) => ({
  name: 'If-Match',
  required: true,
  description: `the ETag of the ruleset as you read it (GET /v1/rulesets/{id}), strong (no W/): ${what}`,
});

/** The refusals of a change guarded by If-Match. */
export const ifMatchErrors = [
  'precondition_required',
  'precondition_failed',
  'edit_conflict',
] as const;

/** What the three If-Match refusals mean, for the operations' descriptions. */
export const ifMatchRules =
  'If-Match is required: without it (or with `*`) the call is refused with 428 `precondition_required`; ' +
  "a header that cannot match (malformed, only weak `W/` tags, another ruleset's tags) gets 412 `precondition_failed`; " +
  'the ETag of an older revision gets 409 `edit_conflict` with `currentEtag`, `updatedBy` and `updatedAt` of the change you missed.';

const readFirst = (id: string) =>
  `read the ruleset (GET /v1/rulesets/${id}) and send its ETag header as If-Match`;

/**
 * Checks the `If-Match` header of a change to a ruleset and returns the revision it pins.
 * The header is required, and compared strongly (RFC 9110 §13.1.1):
 *
 * - missing, empty or `*`: 428 `precondition_required` (a blind write would overwrite
 *   whatever someone else saved);
 * - not a list of quoted tags, only weak tags (`W/"…"`), or tags of another ruleset:
 *   412 `precondition_failed` (the header can never match);
 * - a tag of this ruleset at an older revision: 409 `edit_conflict` (someone changed it since).
 *
 * The store checks the revision again under a row lock, so a change landing between this
 * check and the write is refused too.
 *
 * @example
 * requireIfMatch('"vip.r3"', current, 'PUT /v1/rulesets/vip'); // 3 when current.revision is 3
 */
export const requireIfMatch = (
  header: string | undefined,
  current: Current,
  action: string,
): number => {
  const id = current.id;
  if (header === undefined || header.trim() === '') {
    throw new ApiError(
      'precondition_required',
      `${action} needs an If-Match header, so that it cannot overwrite a change you have not seen: ${readFirst(id)}`,
    );
  }
  const tags = parseEntityTags(header);
  if (tags === '*') {
    throw new ApiError(
      'precondition_required',
      `If-Match: * is refused on ${action}: it matches any revision, so it would overwrite changes you have not seen; ${readFirst(id)}`,
    );
  }
  if (!tags || tags.length === 0) {
    throw new ApiError(
      'precondition_failed',
      `If-Match is not a list of quoted entity tags (such as "${id}.r1"): ${readFirst(id)}`,
    );
  }
  const strong = tags.filter((t) => !t.weak);
  if (strong.some((t) => t.tag === etagOf(current))) return current.revision;
  if (strong.some((t) => revisionOfTag(t.tag, id) !== undefined)) throw conflict(current);
  if (strong.length === 0) {
    throw new ApiError(
      'precondition_failed',
      `If-Match has only weak entity tags (W/...), and If-Match compares strongly (RFC 9110 §13.1.1), so a weak tag never matches; send the ETag exactly as GET /v1/rulesets/${id} returns it`,
    );
  }
  throw new ApiError(
    'precondition_failed',
    `If-Match names no revision of ruleset "${id}" (tags look like "${id}.r1"): ${readFirst(id)}`,
  );
};
