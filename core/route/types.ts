import type { IssueType, Route } from '../contract';
import type { DetailKey } from '../messages';

export type Seniority = Route['seniority'];
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/**
 * Opening hours in an IANA time zone. Windows are local wall-clock times, `['09:00',
 * '17:00']`; an end at or before the start runs past midnight.
 */
export interface BusinessHours {
  timeZone: string;
  weekly: Partial<Record<Weekday, Array<[string, string]>>>;
  /** Local dates (`YYYY-MM-DD`) the queue is closed, such as public holidays. */
  closedDates?: string[];
}

/** Live statistics of a queue, for the wait estimate. */
export interface QueueStats {
  /** Agents staffing the queue now; from the roster when left out. */
  agents?: number;
  /** Conversations waiting now. */
  queueLength?: number;
  /** Conversations arriving per hour (for Erlang C). */
  arrivalsPerHour?: number;
  /** Average handling time of one conversation, in seconds. */
  averageHandleSeconds: number;
}

/** One queue of the routing table. */
export interface QueueConfig {
  id: string;
  /** Issue types this queue takes. */
  issueTypes?: IssueType[];
  skills?: string[];
  /** Languages the queue serves; empty or left out means any. */
  languages?: string[];
  /** The least seniority the queue asks for (enterprise customers always get senior). */
  seniority?: Seniority;
  businessHours?: BusinessHours;
  stats?: QueueStats;
  /** A given wait figure in seconds, used when there are no statistics. */
  waitSeconds?: number;
  /** Details to collect before the handoff. */
  checklist?: DetailKey[];
  /** Offer an email follow-up when nobody can take over now (default true). */
  followUpByEmail?: boolean;
}

export interface RoutingTable {
  queues: QueueConfig[];
  /** Where conversations go when no queue takes their issue type; default the first queue. */
  defaultQueue?: string;
}

export type AgentStatus = 'available' | 'busy' | 'away' | 'offline';

/** A person who can take over. */
export interface Agent {
  id: string;
  name?: string;
  /** Queues the agent works; left out means every queue whose skills the agent has. */
  queues?: string[];
  skills: string[];
  languages: string[];
  nativeLanguages?: string[];
  seniority: Seniority;
  /** Conversations the agent can hold at once. */
  capacity: number;
  /** Conversations the agent holds now. */
  load: number;
  status: AgentStatus;
  /** The agent's shift, when it differs from the queue's hours. */
  shift?: BusinessHours;
}

/** The contract's route with what the customer message and the bot need on top. */
export interface RouteResult extends Route {
  /** A person can take over now. */
  available: boolean;
  /** When a person will answer, if nobody can now (ISO 8601, UTC). */
  nextOpenAt: string | null;
  /** The queue's time zone, for telling `nextOpenAt` to the customer. */
  timeZone: string | null;
  /** Offered instead of a silent wait when nobody can take over now. */
  followUp: { channel: 'email'; email?: string } | null;
}
