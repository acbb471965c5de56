import type { DecisionRecord } from '../store/decisions';
import type { Verdict, VerdictRecord } from '../store/verdicts';

/** Whether a person should have taken the conversation, by a verdict on a decision about it. */
export const handoffWanted = (verdict: Verdict): boolean => verdict !== 'not_needed';

/** A labelled line as `handoff eval` and fixtures read it. */
export interface LabelledExport {
  id: string;
  note: string;
  input: unknown;
  expected: { handoff: boolean; reasons: string[]; issueType: string; language: string };
}

/**
 * A logged decision and the verdict that counts on it, as a labelled conversation in the
 * contract's format: the redacted input, and what should have happened. A confirmed
 * handoff (needed, too late) keeps the decision's reasons; otherwise the reasons are not
 * known and are left empty.
 *
 * @example
 * toLabelled(decision, { verdict: 'not_needed', author: 'maria', ... }).expected.handoff; // false
 */
export const toLabelled = (d: DecisionRecord, v: VerdictRecord): LabelledExport => {
  const handoff = handoffWanted(v.verdict);
  return {
    id: d.id,
    note: `${v.verdict} (${v.source}, by ${v.author}${v.note ? `: ${v.note}` : ''}); decided handoff=${d.handoff} with ruleset ${d.rulesetId} ${d.rulesetVersion} at ${d.at}`,
    input: d.input,
    expected: {
      handoff,
      reasons: handoff && d.handoff && v.verdict !== 'missed' ? d.reasons : [],
      issueType: d.issueType ?? 'support',
      language: d.language ?? 'en',
    },
  };
};

/** The verdict that counts on each decision: the latest, from people unless `implicit` is allowed too. */
export const countingVerdicts = (
  verdicts: VerdictRecord[],
  { implicit = false }: { implicit?: boolean } = {},
): Map<string, VerdictRecord> => {
  const latest = new Map<string, VerdictRecord>();
  for (const v of verdicts) {
    if (v.source === 'implicit' && !implicit) continue;
    const seen = latest.get(v.decisionId);
    // A person's word beats an inference; then the latest wins.
    const better =
      !seen ||
      (seen.source === 'implicit' && v.source === 'explicit') ||
      (seen.source === v.source &&
        (v.at > seen.at || (v.at === seen.at && v.author > seen.author)));
    if (better) latest.set(v.decisionId, v);
  }
  return latest;
};
