import { z } from 'zod';
import { assertTimeZone } from '../time';
import { issueTypes, seniorities } from './decision';

/** Details an agent needs before taking over, as per-queue checklists name them. */
export const detailKeys = [
  'orderNumber',
  'invoiceNumber',
  'deviceModel',
  'accountEmail',
  'accountVerified',
  'errorMessage',
] as const;
export type DetailKey = (typeof detailKeys)[number];

const hhmm = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'must be a time such as "09:00"');
const timeZone = z.string().refine((tz) => {
  try {
    assertTimeZone(tz);
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as "Europe/Berlin"');

/** Live statistics of a queue, for the wait estimate. */
export const QueueStatsSchema = z.strictObject({
  agents: z.number().int().min(0).optional(),
  queueLength: z.number().int().min(0).optional(),
  arrivalsPerHour: z.number().min(0).optional(),
  averageHandleSeconds: z.number().positive(),
});

/** Opening hours in an IANA time zone. */
export const BusinessHoursSchema = z.strictObject({
  timeZone,
  weekly: z.partialRecord(
    z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']),
    z.array(z.tuple([hhmm, hhmm])).max(10),
  ),
  closedDates: z.array(z.iso.date()).max(1000).optional(),
});

/** One queue: what it takes, who staffs it, when it is open, what to collect first. */
export const QueueSchema = z.strictObject({
  id: z.string().min(1).max(80),
  issueTypes: z.array(z.enum(issueTypes)).optional(),
  skills: z.array(z.string().min(1).max(80)).max(50).optional(),
  languages: z.array(z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code')).optional(),
  seniority: z.enum(seniorities).optional(),
  businessHours: BusinessHoursSchema.optional(),
  stats: QueueStatsSchema.optional(),
  waitSeconds: z.number().min(0).optional(),
  checklist: z.array(z.enum(detailKeys)).optional(),
  followUpByEmail: z.boolean().optional(),
});

/** The queues a handoff can go to. */
export const RoutingTableSchema = z
  .strictObject({
    queues: z.array(QueueSchema).min(1, 'needs at least one queue').max(500),
    defaultQueue: z.string().optional(),
  })
  .superRefine((t, ctx) => {
    const ids = new Set<string>();
    t.queues.forEach((q, i) => {
      if (ids.has(q.id))
        ctx.addIssue({
          code: 'custom',
          path: ['queues', i, 'id'],
          message: `duplicate queue id "${q.id}"`,
        });
      ids.add(q.id);
    });
    if (t.defaultQueue !== undefined && !ids.has(t.defaultQueue)) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultQueue'],
        message: `"${t.defaultQueue}" is not a queue of the table`,
      });
    }
  });

/** A person who can take over; `capacity` is at least 1 (an agent who can hold nothing is not on the roster). */
export const AgentSchema = z.strictObject({
  id: z.string().min(1).max(200),
  name: z.string().max(200).optional(),
  queues: z.array(z.string()).optional(),
  skills: z.array(z.string()).max(100),
  languages: z.array(z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code')).min(1),
  nativeLanguages: z.array(z.string()).optional(),
  seniority: z.enum(seniorities),
  capacity: z.number().int().min(1),
  load: z.number().int().min(0),
  status: z.enum(['available', 'busy', 'away', 'offline']),
  shift: BusinessHoursSchema.optional(),
});
export const RosterSchema = z.array(AgentSchema).max(10_000);

/** Live statistics per queue id, laid over the routing table's own. */
export const QueueStatsByQueue = z.record(z.string().min(1).max(80), QueueStatsSchema);
