import { randomFillSync } from 'node:crypto';
import { detectAll, type HandoffInput } from '../../core';
import type { Db } from '../db/types';
import type { Logger } from '../log';
import {
  insertDecisions,
  lastStoredMessage,
  latestDecisions,
  messageCount,
  pruneDecisions,
  storedDelta,
  type DecisionRecord,
} from '../store/decisions';
import { putVerdict } from '../store/verdicts';
import { implicitVerdicts } from './implicit';
import { toRecord, type PendingDecision } from './record';

/** Settings of the decision log. */
export interface DecisionLogOptions {
  db: Db;
  log: Logger;
  /** Decisions older than this many days are deleted (`DECISION_LOG_DAYS`). */
  retentionDays?: number;
  /**
   * How long a decision may wait before its batch is written. Larger batches cost less per
   * decision (on the embedded database: about 106 µs each in batches of 100, 60 µs in
   * batches of 500); a lookup of a decision still queued writes the queue first.
   */
  flushMs?: number;
  /** A batch is written at once when it reaches this size. */
  maxBatch?: number;
  /** Decisions waiting beyond this are dropped (and counted), so a slow database cannot exhaust memory. */
  maxQueue?: number;
  /** How often old decisions are deleted. */
  pruneEveryMs?: number;
  /** Conversations whose latest decision is remembered, so the next one needs no lookup. */
  rememberConversations?: number;
  now?: () => number;
  /** Whether the customer's last message closes the matter; core's session fact by default. */
  resolvedAtEnd?: (input: HandoffInput) => boolean;
}

/** Counts since start, for `/metrics`. */
export interface DecisionLogStats {
  queued: number;
  written: number;
  dropped: number;
  failedBatches: number;
  pruned: number;
  implicitVerdicts: number;
}

/** The decision log: routes hand decisions to it, a background writer stores them. */
export interface DecisionLog {
  /**
   * Queues a decision and returns its id at once; the row is written with the next batch.
   * Undefined when the queue is full and the decision is dropped.
   */
  record(d: Omit<PendingDecision, 'id' | 'at'>): string | undefined;
  /** Writes everything queued (tests, shutdown). */
  flush(): Promise<void>;
  /** Deletes decisions older than the retention; returns how many. */
  prune(): Promise<number>;
  stats(): DecisionLogStats;
  /** Writes what is queued and stops the timers. */
  close(): Promise<void>;
}

// Random bytes for ids, drawn from the system 6 KiB at a time: `randomBytes(6)` for every
// decision was a system call per request (about 36 µs of each logged request in the profile).
const idRandom = Buffer.alloc(6 * 1024);
let idRandomAt = idRandom.length;
const sixRandomBytes = (): string => {
  if (idRandomAt + 6 > idRandom.length) {
    randomFillSync(idRandom);
    idRandomAt = 0;
  }
  idRandomAt += 6;
  return idRandom.toString('hex', idRandomAt - 6, idRandomAt);
};

// Ids of one millisecond carry a sequence, so that a conversation decided twice within a
// millisecond lists its decisions in the order they were made (the log sorts by time, then id).
let idMs = -1;
let idSeq = 0;

/** A decision id: the time, a sequence within its millisecond (3 hex digits), then random. */
export const newDecisionId = (now = Date.now()): string => {
  if (now === idMs) idSeq = (idSeq + 1) & 0xfff;
  else {
    idMs = now;
    idSeq = 0;
  }
  const seq = idSeq.toString(16).padStart(3, '0');
  return `dec_${now.toString(36).padStart(9, '0')}${seq}${sixRandomBytes().slice(3)}`;
};

/**
 * Creates the decision log. Recording costs the request an id and an array push; the
 * redaction, the insert and the implicit verdicts happen in batches after the response.
 *
 * @example
 * const decisions = createDecisionLog({ db, log });
 * const id = decisions.record({ kind: 'handoff', input, ruleset: decision.ruleset, result: decision });
 */
export const createDecisionLog = ({
  db,
  log,
  retentionDays = 30,
  flushMs = 1000,
  maxBatch = 500,
  maxQueue = 50_000,
  pruneEveryMs = 3_600_000,
  rememberConversations = 20_000,
  now = Date.now,
  resolvedAtEnd = (input) => detectAll(input).session.resolved,
}: DecisionLogOptions): DecisionLog => {
  // Rows, not the request's objects: a decision and its input are let go with the response.
  let queue: DecisionRecord[] = [];
  const recent = new Map<string, DecisionRecord>();
  // How many messages a decision's conversation had, and its last one (as stored).
  const shapes = new WeakMap<DecisionRecord, { count: number; last: unknown }>();
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  const stats: DecisionLogStats = {
    queued: 0,
    written: 0,
    dropped: 0,
    failedBatches: 0,
    pruned: 0,
    implicitVerdicts: 0,
  };

  const writeBatch = async (records: DecisionRecord[]) => {
    const conversations = [
      ...new Set(records.filter((r) => r.conversationId).map((r) => r.conversationId!)),
    ];
    // The decision before each one on its conversation: remembered from earlier batches, or
    // in the database (another replica's, or from before a restart).
    const unknown = conversations.filter((c) => !recent.has(c));
    const before = new Map<string, DecisionRecord>(
      (await latestDecisions(db, unknown)).map((r) => [r.conversationId!, r]),
    );
    for (const c of conversations) if (recent.has(c)) before.set(c, recent.get(c)!);
    const inferred = [];
    // What is stored: each pipeline decision's conversation from the previous one's last message on.
    const stored = new Map<DecisionRecord, unknown>();
    for (const r of records) {
      if (!r.conversationId || r.kind !== 'handoff') continue;
      const previous = before.get(r.conversationId);
      if (previous) {
        inferred.push(...implicitVerdicts(previous, r, r.input as HandoffInput, resolvedAtEnd));
        const shape = shapes.get(previous) ?? {
          count: messageCount(previous.input),
          last: lastStoredMessage(previous.input),
        };
        stored.set(r, storedDelta(r.input, shape.count, shape.last));
      }
      shapes.set(r, { count: messageCount(r.input), last: lastStoredMessage(r.input) });
      before.set(r.conversationId, r);
    }
    await insertDecisions(
      db,
      records.map((r) => (stored.has(r) ? { ...r, input: stored.get(r) } : r)),
    );
    stats.written += records.length;
    for (const r of records) {
      if (!r.conversationId || r.kind !== 'handoff') continue;
      recent.delete(r.conversationId);
      // Only what the implicit verdicts and the next stored delta read; the oldest
      // conversation goes first when full.
      const kept = { ...r, input: null };
      shapes.set(kept, shapes.get(r)!);
      recent.set(r.conversationId, kept);
      if (recent.size > rememberConversations) recent.delete(recent.keys().next().value!);
    }
    for (const v of inferred) {
      await putVerdict(db, { ...v, source: 'implicit' });
      stats.implicitVerdicts += 1;
    }
  };

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const batch = queue;
    queue = [];
    // One batch at a time, in order, so a conversation's decisions see the ones before them.
    writing = writing.then(async () => {
      for (let i = 0; i < batch.length; i += maxBatch) {
        const part = batch.slice(i, i + maxBatch);
        try {
          await writeBatch(part);
        } catch (error) {
          stats.failedBatches += 1;
          stats.dropped += part.length;
          log.error('decision log: a batch could not be written', {
            decisions: part.length,
            error: String(error),
          });
        }
      }
    });
    return writing;
  };

  const prune = async () => {
    const n = await pruneDecisions(db, new Date(now() - retentionDays * 86_400_000));
    stats.pruned += n;
    if (n) log.info('decision log: old decisions deleted', { deleted: n, retentionDays });
    return n;
  };
  const pruner = setInterval(() => {
    prune().catch((error: unknown) =>
      log.warn('decision log: deleting old decisions failed', { error: String(error) }),
    );
  }, pruneEveryMs);
  pruner.unref();

  return {
    record(d) {
      if (queue.length >= maxQueue) {
        stats.dropped += 1;
        return undefined;
      }
      const at = now();
      const id = newDecisionId(at);
      queue.push(toRecord({ ...d, id, at }));
      stats.queued += 1;
      if (queue.length >= maxBatch) void flush();
      else if (!timer) {
        timer = setTimeout(() => void flush(), flushMs);
        timer.unref();
      }
      return id;
    },
    flush,
    prune,
    stats: () => ({ ...stats }),
    async close() {
      clearInterval(pruner);
      await flush();
    },
  };
};
