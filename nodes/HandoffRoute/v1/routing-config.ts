import type { Agent, RoutingTable } from '../../../core';
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
