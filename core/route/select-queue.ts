import type { IssueType } from '../contract';
import type { QueueConfig, RoutingTable } from './types';

export interface QueueRequest {
  issueType: IssueType;
  language: string;
  /** The queue a matched rule names (its `then.queue`). */
  ruleQueue?: string;
  /** Skills a matched rule asks for (its `then.skills`). */
  ruleSkills?: string[];
}

export interface QueueChoice {
  queue: QueueConfig;
  why: string;
}

const takes = (q: QueueConfig, issueType: IssueType): boolean =>
  q.issueTypes ? q.issueTypes.includes(issueType) : q.id === issueType;
const serves = (q: QueueConfig, language: string): boolean =>
  !q.languages || q.languages.length === 0 || q.languages.includes(language);
const hasSkills = (q: QueueConfig, skills: readonly string[]): boolean =>
  skills.every((s) => q.skills?.includes(s));

/**
 * Picks the queue: the one a rule names, else one taking the issue type (preferring one
 * that serves the customer's language and has the rule's skills), else the default.
 *
 * @example
 * selectQueue(table, { issueType: 'billing', language: 'de' }).queue.id // 'billing-de'
 */
export const selectQueue = (table: RoutingTable, req: QueueRequest): QueueChoice => {
  if (table.queues.length === 0) throw new Error('Routing table has no queues: add at least one');
  const notes: string[] = [];
  if (req.ruleQueue) {
    // A rule's queue names a family: "billing" also covers "billing-de", which wins for a
    // German speaker when it serves German and the plain queue does not say it does.
    const family = table.queues.filter(
      (q) => q.id === req.ruleQueue || q.id.startsWith(`${req.ruleQueue}-`),
    );
    const exact = family.find((q) => q.id === req.ruleQueue);
    const speaks = family.find((q) => q.languages?.includes(req.language));
    const named = exact && exact.languages?.includes(req.language) ? exact : (speaks ?? exact);
    if (named) {
      const lang = named.id !== req.ruleQueue ? `, ${named.id} serves ${req.language}` : '';
      return { queue: named, why: `rule sends to queue ${req.ruleQueue}${lang}` };
    }
    notes.push(`rule queue "${req.ruleQueue}" is not in the routing table`);
  }
  const skills = req.ruleSkills ?? [];
  let best: QueueConfig | null = null;
  let bestScore = -1;
  for (const q of table.queues) {
    if (!takes(q, req.issueType)) continue;
    const score =
      (serves(q, req.language) ? 4 : 0) +
      (q.languages?.includes(req.language) ? 1 : 0) +
      (hasSkills(q, skills) ? 2 : 0);
    if (score > bestScore) {
      best = q;
      bestScore = score;
    }
  }
  if (best) {
    const lang = best.languages?.includes(req.language) ? `, serves ${req.language}` : '';
    notes.push(`${req.issueType} issue -> queue ${best.id}${lang}`);
    return { queue: best, why: notes.join('; ') };
  }
  const fallback = table.queues.find((q) => q.id === table.defaultQueue) ?? table.queues[0];
  notes.push(`no queue takes ${req.issueType} issues -> default queue ${fallback.id}`);
  return { queue: fallback, why: notes.join('; ') };
};
