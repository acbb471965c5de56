import { isOpenAt } from './business-hours';
import type { Agent, QueueConfig, Seniority } from './types';

export interface AgentRequest {
  queue: QueueConfig;
  language: string;
  seniority: Seniority;
  /** Technical issues go to specialists: agents with all of these skills. */
  specialistSkills: string[];
  now: number;
}

export interface AgentChoice {
  agent: Agent | null;
  /** Agents of the queue who are at work now (available or busy, on shift). */
  onDuty: Agent[];
  why: string;
}

const rank: Record<Seniority, number> = { junior: 0, regular: 1, senior: 2 };

const worksQueue = (a: Agent, q: QueueConfig): boolean =>
  a.queues ? a.queues.includes(q.id) : (q.skills ?? []).every((s) => a.skills.includes(s));

const onShift = (a: Agent, now: number): boolean => !a.shift || isOpenAt(a.shift, now);

/**
 * Picks who takes over from a roster: among agents of the queue who are available,
 * on shift and below capacity, prefer speakers of the customer's language (native first),
 * the asked seniority or above (senior for enterprise), specialists for technical
 * issues, then the least loaded.
 */
export const selectAgent = (roster: readonly Agent[], req: AgentRequest): AgentChoice => {
  const onDuty = roster.filter(
    (a) =>
      worksQueue(a, req.queue) &&
      (a.status === 'available' || a.status === 'busy') &&
      onShift(a, req.now),
  );
  const free = onDuty.filter((a) => a.status === 'available' && a.load < a.capacity);
  if (free.length === 0) {
    const why =
      onDuty.length === 0
        ? `no agent of queue ${req.queue.id} is at work now`
        : `every agent of queue ${req.queue.id} at work now is busy or at capacity`;
    return { agent: null, onDuty, why };
  }
  let best: Agent = free[0];
  let bestScore = -Infinity;
  for (const a of free) {
    let score = 0;
    if (a.languages.includes(req.language)) score += 1000;
    if (a.nativeLanguages?.includes(req.language)) score += 300;
    if (rank[a.seniority] >= rank[req.seniority]) score += 200;
    else score -= 100 * (rank[req.seniority] - rank[a.seniority]);
    if (req.specialistSkills.length > 0 && req.specialistSkills.every((s) => a.skills.includes(s)))
      score += 150;
    score -= Math.round((a.load / a.capacity) * 100);
    if (score > bestScore) {
      best = a;
      bestScore = score;
    }
  }
  const bits: string[] = [];
  if (best.nativeLanguages?.includes(req.language)) bits.push(`native ${req.language} speaker`);
  else if (best.languages.includes(req.language)) bits.push(`speaks ${req.language}`);
  else bits.push(`no free ${req.language} speaker, speaks ${best.languages.join('/')}`);
  bits.push(best.seniority);
  if (
    req.specialistSkills.length > 0 &&
    req.specialistSkills.every((s) => best.skills.includes(s))
  ) {
    bits.push(`specialist (${req.specialistSkills.join(', ')})`);
  }
  bits.push(`load ${best.load}/${best.capacity}`);
  return { agent: best, onDuty, why: `agent ${best.id}: ${bits.join(', ')}` };
};
