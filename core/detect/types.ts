import type { Evidence, HandoffInput, ReasonCode } from '../contract';
import type { CueSet } from './lexicon';

/** What one detector found: how strongly (0..1) and where. */
export interface SignalHit {
  strength: number;
  evidence: Evidence[];
}

/** A detected signal with its reason code, as a detector returns it. */
export interface Signal extends SignalHit {
  code: ReasonCode;
}

/**
 * Every signal detected in a conversation, keyed by reason code; a code that is absent was
 * not detected. This is the object rules see as `signals`.
 *
 * @example
 * { human_request: { strength: 0.9, evidence: [{ messageIndex: 2, quote: 'can I talk to a human?' }] } }
 */
export type Signals = Partial<Record<ReasonCode, SignalHit>>;

/** Where a cue matched in a message's text. */
export interface CueMatch {
  start: number;
  end: number;
}

/** A customer, bot or agent message prepared once for every detector. */
export interface PreparedMessage {
  index: number;
  role: HandoffInput['conversation']['messages'][number]['role'];
  /** The text, NFC-normalized; quotes are cut from it. */
  text: string;
  /** Lower case, accents removed, same length as `text` so offsets carry over. */
  folded: string;
  /** `folded` with look-alikes ("Manager Pro", "human resources") blanked out. */
  masked: string;
  /** Epoch milliseconds of `at`. */
  at: number;
  /** The cue expressions for the conversation's language. */
  cueSet: CueSet;
  /** How clearly negative the message is, 0..1 (filled lazily by the sentiment detector). */
  negativity?: number;
  /** Content stems of `masked` (filled lazily by `similarity.ts`). */
  stems?: Set<string>;
  /** Cue matches already found in this message, by category (filled lazily). */
  hits: Record<string, CueMatch[] | undefined>;
}

/** What the decision knows about the session, beside the transcript. See `core/detect/session.ts`. */
export interface Session {
  /** Minutes from the start of the conversation to `now` (or the last message). */
  minutes: number;
  messageCount: number;
  customerMessages: number;
  botMessages: number;
  /** The channel is a live chat (web, WhatsApp, SMS, voice by default). */
  liveChannel: boolean;
  /** The customer's last words say the matter is settled ("thanks, that worked"). */
  resolved: boolean;
  /** A person already holds the conversation: no new handoff is due. */
  withHuman: boolean;
  /** Why `withHuman` is true, in words; empty when it is false. */
  withHumanBecause: string;
  previousHandoffs: number;
}
