import { HandoffInput, validate } from '../../core';
import type { Queryable } from '../db/types';
import { listDecisions, type DecisionRecord } from '../store/decisions';
import { verdictsFor } from '../store/verdicts';
import { countingVerdicts, handoffWanted } from './labelled';

/** A logged conversation to decide again, with what people said it needed. */
export interface LoggedConversation {
  input: HandoffInput;
  /** Its latest decision. */
  decision: DecisionRecord;
  /** Whether a person was needed, by the latest verdict on any of its decisions; undefined without one. */
  wanted: boolean | undefined;
}

/**
 * The conversations a ruleset decided in the last `days` days, each once, as its latest
 * decision saw it (the longest transcript), newest `limit` of them, oldest first.
 *
 * @example
 * await loggedConversations(db, 'support', { days: 7, limit: 500 });
 */
export const loggedConversations = async (
  db: Queryable,
  rulesetId: string,
  { days, limit, now = Date.now() }: { days: number; limit: number; now?: number },
): Promise<LoggedConversation[]> => {
  const decisions = await listDecisions(db, {
    rulesetId,
    kind: 'handoff',
    from: new Date(now - days * 86_400_000).toISOString(),
  });
  const verdicts = countingVerdicts(
    await verdictsFor(
      db,
      decisions.map((d) => d.id),
    ),
  );
  const byConversation = new Map<
    string,
    { latest: DecisionRecord; verdictAt?: string; wanted?: boolean }
  >();
  for (const d of decisions) {
    const key = d.conversationId ?? d.id;
    const entry = byConversation.get(key) ?? { latest: d };
    entry.latest = d;
    const v = verdicts.get(d.id);
    if (v && (!entry.verdictAt || v.at >= entry.verdictAt)) {
      entry.verdictAt = v.at;
      entry.wanted = handoffWanted(v.verdict);
    }
    byConversation.set(key, entry);
  }
  const out: LoggedConversation[] = [];
  for (const { latest, wanted } of byConversation.values()) {
    const input = validate(HandoffInput, latest.input);
    if (input.ok) out.push({ input: input.value, decision: latest, wanted });
  }
  out.sort((a, b) => (a.decision.at < b.decision.at ? -1 : a.decision.at > b.decision.at ? 1 : 0));
  return out.slice(-limit);
};
