import { validate, type Validation } from '../contract';
import { RosterSchema, RoutingTableSchema } from '../contract';
import type { Agent, RoutingTable } from './types';

export {
  AgentSchema,
  BusinessHoursSchema,
  QueueSchema,
  RosterSchema,
  RoutingTableSchema,
} from '../contract';

/**
 * Checks a routing table from configuration: shapes, time zones, times, unique queue
 * ids and the default queue, with every problem named by its path.
 *
 * @example
 * const r = validateRoutingTable(JSON.parse(text));
 * if (!r.ok) console.log(r.issues); // [{ path: 'queues[0].businessHours.timeZone', … }]
 */
export const validateRoutingTable = (data: unknown): Validation<RoutingTable> =>
  validate(RoutingTableSchema, data) as Validation<RoutingTable>;

/** Checks a roster of agents from configuration, naming every bad path. */
export const validateRoster = (data: unknown): Validation<Agent[]> =>
  validate(RosterSchema, data) as Validation<Agent[]>;
