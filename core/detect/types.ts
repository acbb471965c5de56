import type { Evidence, HandoffInput, ReasonCode } from '../contract';
import type { CueSet } from './lexicon';
import type { SensitiveMatch } from './sensitive';

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
  /** Sensitive data in `text` (`findSensitive`), in order. */
  sensitive: readonly SensitiveMatch[];
  /** Epoch milliseconds of `at`. */
  at: number;
  /** The cue expressions for the conversation's language. */
  cueSet: CueSet;
  /** How clearly negative the message is, 0..1 (filled lazily by the sentiment detector). */
  negativity?: number;
  /** What scanning the text found, shared by every message with the same text (see `TextScan`). */
  scan: TextScan;
}

/**
 * What the cue expressions find in one text, filled lazily and shared by every message
 * that has the same text, role class and cue set, in this decision and later ones (a
 * conversation is decided again at each new message, and bots repeat their lines). Only
 * facts that depend on nothing but the text and the cue set belong here; the arrays are
 * frozen.
 */
export interface TextScan {
  /** Cue matches by category (`<category>!` for the non-negatable scan). */
  hits: Record<string, readonly CueMatch[] | undefined>;
  /** Each issue-word match, as the index of the issue expression's group that matched. */
  issue?: readonly number[];
  /** Content stems of the masked text (see `similarity.ts`), for `stemsLanguage`. */
  stems?: ReadonlySet<string>;
  stemsLanguage?: string;
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
