import type { RulesetRecord, VersionRecord } from '../store/rulesets';
import { etagOf } from './etag';

/** A ruleset as the API shows it. */
export const rulesetView = (r: RulesetRecord) => ({ ...r, etag: etagOf(r) });

/** A ruleset in a list: without its rules and fixtures. */
export const rulesetSummary = (r: RulesetRecord) => {
  const summary: Partial<RulesetRecord> = { ...r };
  delete summary.draft;
  delete summary.fixtures;
  return {
    ...(summary as Omit<RulesetRecord, 'draft' | 'fixtures'>),
    etag: etagOf(r),
    rules: r.draft.rules.length,
  };
};

/** A version as the API shows it; `published` says whether the ruleset points at it. */
export const versionView = (v: VersionRecord, publishedVersion: string | null) => ({
  ...v,
  published: v.version === publishedVersion,
});

/** A version in a list: without content and fixtures. */
export const versionSummary = (v: VersionRecord, publishedVersion: string | null) => {
  const summary: Partial<VersionRecord> = { ...v };
  delete summary.content;
  delete summary.fixtures;
  return {
    ...(summary as Omit<VersionRecord, 'content' | 'fixtures'>),
    published: v.version === publishedVersion,
  };
};
