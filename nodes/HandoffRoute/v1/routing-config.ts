import { validateRoutingTable, type RoutingTable } from '../../../core';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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
