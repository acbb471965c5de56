import { redactText, type HandoffDecision, type HandoffInput } from '../../core';
import type { DecisionKind, DecisionRecord } from '../store/decisions';

/** A decision as the route hands it to the log: nothing computed yet, so the request is not held. */
export interface PendingDecision {
  id: string;
  /** Milliseconds since the epoch when it was decided. */
  at: number;
  kind: DecisionKind;
  input: HandoffInput;
  ruleset: { id: string; version: string };
  /** The pipeline's decision, or the signals `/v1/detect` found. */
  result: HandoffDecision | DetectOutcome;
}

/** What the log keeps of a `/v1/detect` answer. */
export interface DetectOutcome {
  signals: { code: string }[];
  language: string;
  issueType: string;
}

// Fields of the customer and of CRM records that name or reach a person: never stored.
const personal = /^(e-?mail|phone|mobile(phone)?|name|first_?name|last_?name|full_?name|address)$/i;

/** A JSON value with every string redacted and personal fields left out. */
export const redactDeep = (value: unknown, depth = 0): unknown => {
  if (typeof value === 'string') return redactText(value);
  if (depth > 20 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (!personal.test(k)) out[k] = redactDeep(v, depth + 1);
  }
  return out;
};

// Message texts the redactor left unchanged. A flow asks on every message and sends the
// whole conversation each time, so most texts were already redacted with an earlier
// decision; only texts with nothing to redact are remembered, so no sensitive text is kept.
const cleanTexts = new Set<string>();
const rememberCleanTexts = 20_000;
const longestRemembered = 2_000;

/** `redactText`, skipping texts already found to have nothing to redact. */
export const redactMessageText = (text: string): string => {
  if (cleanTexts.has(text)) return text;
  const redacted = redactText(text);
  if (redacted === text && text.length <= longestRemembered) {
    if (cleanTexts.size >= rememberCleanTexts) cleanTexts.delete(cleanTexts.values().next().value!);
    cleanTexts.add(text);
  }
  return redacted;
};

/**
 * The input as the log keeps it: messages redacted with core's redactor, the customer
 * reduced to what rules read (tier, segment, value, language, attributes), CRM context
 * redacted, no name, email or customer id.
 */
export const redactedInput = (input: HandoffInput): unknown => {
  const { customer, context } = input;
  return {
    conversation: {
      ...input.conversation,
      messages: input.conversation.messages.map((m) => ({ ...m, text: redactMessageText(m.text) })),
    },
    ...(customer
      ? {
          customer: {
            tier: customer.tier,
            segment: customer.segment,
            lifetimeValue: customer.lifetimeValue,
            language: customer.language,
            ...(customer.attributes ? { attributes: redactDeep(customer.attributes) } : {}),
          },
        }
      : {}),
    ...(context ? { context: redactDeep(context) } : {}),
    ...(input.now ? { now: input.now } : {}),
  };
};

/** The conversation's own time of a decision: `now`, else its last message. */
export const saidAt = (input: HandoffInput): string =>
  input.now ?? input.conversation.messages[input.conversation.messages.length - 1]!.at;

const isDecision = (r: PendingDecision['result']): r is HandoffDecision => 'handoff' in r;

/** Turns what the route handed over into the stored row. */
export const toRecord = (p: PendingDecision): DecisionRecord => {
  const base = {
    id: p.id,
    at: new Date(p.at).toISOString(),
    kind: p.kind,
    rulesetId: p.ruleset.id,
    rulesetVersion: p.ruleset.version,
    conversationId: p.input.conversation.id ?? null,
    channel: p.input.conversation.channel ?? null,
    language: p.result.language ?? null,
    issueType: p.result.issueType ?? null,
    saidAt: saidAt(p.input),
    input: redactedInput(p.input),
  };
  const r = p.result;
  if (!isDecision(r)) {
    return {
      ...base,
      handoff: null,
      priority: null,
      score: null,
      reasons: r.signals.map((s) => s.code),
      matchedRules: [],
      queue: null,
      agentId: null,
    };
  }
  return {
    ...base,
    handoff: r.handoff,
    priority: r.priority,
    score: r.score,
    reasons: r.reasons.map((x) => x.code),
    matchedRules: r.trace.filter((t) => t.matched).map((t) => t.rule),
    queue: r.route?.queue ?? null,
    agentId: r.route?.agentId ?? null,
  };
};
