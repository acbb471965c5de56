import type { RulesetRecord, VersionRecord } from '../store/rulesets';
import { etagOf } from './etag';

/** A ruleset as the API shows it. */
export const rulesetView = (r: RulesetRecord) => ({ ...r, etag: etagOf(r) });

/** A ruleset in a list: without its rules and fixtures. */
export const rulesetSummary = ({ draft, fixtures: _f, ...r }: RulesetRecord) => ({
  ...r,
  etag: etagOf(r),
  rules: draft.rules.length,
});

/** A version as the API shows it; `published` says whether the ruleset points at it. */
export const versionView = (v: VersionRecord, publishedVersion: string | null) => ({
  ...v,
  published: v.version === publishedVersion,
});

/** A version in a list: without content and fixtures. */
export const versionSummary = (
  { content: _c, fixtures: _f, ...v }: VersionRecord,
  publishedVersion: string | null,
) => ({
  ...v,
  published: v.version === publishedVersion,
});
