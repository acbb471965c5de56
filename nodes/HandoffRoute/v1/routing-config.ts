import { validateRoutingTable, type Agent, type RoutingTable } from '../../../core';
import { parseJsonField } from '../../shared/input/read-input';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const statuses = ['available', 'busy', 'away', 'offline'];
const seniorities = ['junior', 'regular', 'senior'];

/**
 * The routing table the user gave (JSON or an expression), checked enough that routing
 * never meets a shape it cannot read; empty means core's default table.
 */
export function parseRoutingTable(value: unknown): RoutingTable | undefined {
  const table = parseJsonField('Routing Table', value);
  if (
    table === undefined ||
    table === null ||
    (isObject(table) && Object.keys(table).length === 0)
  ) {
    return undefined;
  }
  if (!isObject(table) || !Array.isArray(table.queues) || table.queues.length === 0) {
    throw new Error('Routing Table must be an object with a non-empty "queues" list');
  }
  table.queues.forEach((queue, i) => {
    if (!isObject(queue) || typeof queue.id !== 'string' || queue.id === '') {
      throw new Error(`Routing Table: queues[${i}].id must be a non-empty text`);
    }
    for (const list of ['issueTypes', 'skills', 'languages', 'checklist'] as const) {
      if (queue[list] !== undefined && !Array.isArray(queue[list])) {
        throw new Error(`Routing Table: queues[${i}].${list} must be a list`);
      }
    }
    const hours = queue.businessHours;
    if (
      hours !== undefined &&
      (!isObject(hours) || typeof hours.timeZone !== 'string' || !isObject(hours.weekly))
    ) {
      throw new Error(
        `Routing Table: queues[${i}].businessHours needs a timeZone and a weekly schedule`,
      );
    }
  });
  return table as unknown as RoutingTable;
}

/** The roster (agents) the user gave, each agent checked; empty means routing picks the queue only. */
export function parseRoster(value: unknown): Agent[] | undefined {
  const roster = parseJsonField('Roster', value);
  if (roster === undefined || roster === null) return undefined;
  if (!Array.isArray(roster)) throw new Error('Roster must be a list of agents');
  if (roster.length === 0) return undefined;
  roster.forEach((agent, i) => {
    const where = `Roster: agent ${i}`;
    if (!isObject(agent) || typeof agent.id !== 'string')
      throw new Error(`${where} needs an "id" text`);
    if (!Array.isArray(agent.skills) || !Array.isArray(agent.languages)) {
      throw new Error(`${where} (${agent.id}) needs "skills" and "languages" lists`);
    }
    if (!seniorities.includes(agent.seniority as string)) {
      throw new Error(`${where} (${agent.id}): seniority must be one of ${seniorities.join(', ')}`);
    }
    if (!statuses.includes(agent.status as string)) {
      throw new Error(`${where} (${agent.id}): status must be one of ${statuses.join(', ')}`);
    }
    for (const count of ['capacity', 'load'] as const) {
      if (
        typeof agent[count] !== 'number' ||
        !Number.isFinite(agent[count]) ||
        (agent[count] as number) < 0
      ) {
        throw new Error(`${where} (${agent.id}): ${count} must be a number of conversations`);
      }
    }
  });
  return roster as Agent[];
}

const list = (text: unknown): string[] =>
  typeof text === 'string'
    ? text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
    : [];

/**
 * The routing table of the node's Queues form (`{queue: [...]}` as n8n stores a
 * fixedCollection), checked by core's schema so a bad time or time zone is named by queue.
 */
export function queuesFromForm(form: unknown, defaultQueue: unknown): RoutingTable {
  const rows = isObject(form) && Array.isArray(form.queue) ? form.queue : [];
  if (rows.length === 0) throw new Error('Queues: add at least one queue');
  const queues = rows.map((row: Record<string, unknown>, i) => {
    const id = typeof row.id === 'string' ? row.id.trim() : '';
    if (!id) throw new Error(`Queues: queue ${i + 1} needs a Queue ID`);
    const queue: Record<string, unknown> = { id };
    if (Array.isArray(row.issueTypes) && row.issueTypes.length) queue.issueTypes = row.issueTypes;
    if (list(row.skills).length) queue.skills = list(row.skills);
    if (list(row.languages).length)
      queue.languages = list(row.languages).map((l) => l.toLowerCase());
    const timeZone = typeof row.timeZone === 'string' ? row.timeZone.trim() : '';
    if (timeZone) {
      const openDays = Array.isArray(row.openDays) ? (row.openDays as string[]) : [];
      const hours = [String(row.opensAt ?? '').trim(), String(row.closesAt ?? '').trim()];
      queue.businessHours = {
        timeZone,
        weekly: Object.fromEntries(openDays.map((day) => [day, [hours]])),
      };
    }
    if (typeof row.waitMinutes === 'number' && row.waitMinutes > 0) {
      queue.waitSeconds = Math.round(row.waitMinutes * 60);
    }
    return queue;
  });
  const fallback = typeof defaultQueue === 'string' ? defaultQueue.trim() : '';
  const checked = validateRoutingTable(fallback ? { queues, defaultQueue: fallback } : { queues });
  if (!checked.ok) {
    const issue = checked.issues[0];
    const where = issue.path.replace(
      /^queues\[(\d+)\]\.?/,
      (_, n: string) => `queue ${Number(n) + 1} `,
    );
    throw new Error(`Queues: ${where.trim()}: ${issue.message}`);
  }
  return checked.value;
}
