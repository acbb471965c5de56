import type { IssueType, Reason } from '../contract';
import { nextOpening, isOpenAt } from './business-hours';
import { selectAgent } from './select-agent';
import { selectQueue } from './select-queue';
import type { Agent, RouteResult, RoutingTable, Seniority } from './types';
import { estimateQueueWait } from './wait';

/** What routing needs to know about the conversation. */
export interface RouteSubject {
  issueType: IssueType;
  language: string;
  reasons: readonly Pick<Reason, 'code'>[];
  customer?: { tier?: string; email?: string };
}

export interface RouteOptions {
  table: RoutingTable;
  /** Agents who can take over; without one, routing picks the queue only. */
  roster?: readonly Agent[];
  /** Evaluation time (ISO 8601 or epoch milliseconds). */
  now: string | number;
  /** The queue and skills the matched rule asked for. */
  ruleQueue?: string;
  ruleSkills?: string[];
}

const toEpoch = (now: string | number): number => {
  const t = typeof now === 'number' ? now : Date.parse(now);
  if (!Number.isFinite(t)) throw new RangeError(`Route "now" is not a valid time: ${String(now)}`);
  return t;
};

const earliest = (times: Array<number | null>): number | null =>
  times.reduce<number | null>(
    (min, t) => (t !== null && (min === null || t < min) ? t : min),
    null,
  );

/**
 * Routes a handoff: the queue (rule queue, issue type, language), the agent when a
 * roster is given (language, seniority, specialism, load), the wait (Erlang C or a
 * given figure), and honesty when nobody can take over now: when a person will answer
 * and an email follow-up. `explanation` says why, for the ops team.
 *
 * @example
 * routeHandoff({ issueType: 'billing', language: 'de', reasons: [], customer: { tier: 'enterprise' } },
 *   { table, roster, now: '2026-11-20T10:31:00Z' })
 * // { queue: 'billing', seniority: 'senior', agentId: 'a-7', estimatedWaitSeconds: 0, available: true, … }
 */
export const routeHandoff = (subject: RouteSubject, options: RouteOptions): RouteResult => {
  const now = toEpoch(options.now);
  const { queue, why } = selectQueue(options.table, {
    issueType: subject.issueType,
    language: subject.language,
    ruleQueue: options.ruleQueue,
    ruleSkills: options.ruleSkills,
  });
  const notes: string[] = [why];
  const enterprise =
    subject.customer?.tier === 'enterprise' ||
    subject.reasons.some((r) => r.code === 'high_value_customer');
  const seniority: Seniority = enterprise ? 'senior' : (queue.seniority ?? 'regular');
  if (enterprise) notes.push('enterprise/high-value -> senior');
  const ruleSkills = options.ruleSkills ?? [];
  const skills = [...new Set([...(queue.skills ?? []), ...ruleSkills])];
  const specialistSkills =
    ruleSkills.length > 0 ? ruleSkills : subject.issueType === 'technical' ? ['technical'] : [];
  const hours = queue.businessHours;
  const followUp =
    queue.followUpByEmail === false
      ? null
      : {
          channel: 'email' as const,
          ...(subject.customer?.email ? { email: subject.customer.email } : {}),
        };
  const base = {
    queue: queue.id,
    skills,
    language: subject.language,
    seniority,
    timeZone: hours?.timeZone ?? null,
  };
  // Nobody can take over now: say when a person will (or that we cannot promise it), and follow up.
  const nobodyUntil = (opens: number | null): RouteResult => ({
    ...base,
    agentId: null,
    estimatedWaitSeconds: opens === null ? null : Math.round((opens - now) / 1000),
    available: false,
    nextOpenAt: opens === null ? null : new Date(opens).toISOString(),
    followUp,
    explanation: notes.join('; '),
  });

  if (hours && !isOpenAt(hours, now)) {
    const opens = nextOpening(hours, now);
    notes.push(
      opens === null
        ? `queue ${queue.id} closed, no opening within 14 days`
        : `queue ${queue.id} closed until ${new Date(opens).toISOString()} (${hours.timeZone})`,
    );
    return nobodyUntil(opens);
  }

  let agentsOnDuty: number | undefined;
  if (options.roster) {
    const choice = selectAgent(options.roster, {
      queue,
      language: subject.language,
      seniority,
      specialistSkills,
      now,
    });
    notes.push(choice.why);
    if (choice.agent) {
      return {
        ...base,
        agentId: choice.agent.id,
        estimatedWaitSeconds: 0,
        available: true,
        nextOpenAt: null,
        followUp: null,
        explanation: notes.join('; '),
      };
    }
    if (choice.onDuty.length === 0) {
      // Agents off shift now come back when their shift starts; an agent away during
      // the shift gives no time we could promise.
      const shifts: Array<number | null> = [];
      for (const a of options.roster) {
        const works = a.queues ? a.queues.includes(queue.id) : true;
        if (a.shift && works && !isOpenAt(a.shift, now)) shifts.push(nextOpening(a.shift, now));
      }
      const opens = earliest(shifts);
      if (opens !== null) notes.push(`next shift starts ${new Date(opens).toISOString()}`);
      return nobodyUntil(opens);
    }
    agentsOnDuty = choice.onDuty.length;
  }
  const wait = estimateQueueWait(queue, agentsOnDuty);
  notes.push(wait.why);
  return {
    ...base,
    agentId: null,
    estimatedWaitSeconds: wait.seconds,
    available: true,
    nextOpenAt: null,
    followUp: null,
    explanation: notes.join('; '),
  };
};
