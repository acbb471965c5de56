import type { HandoffInput } from '../contract';
import { BoundedMap } from './bounded-map';
import type { DetectConfig } from './config';
import { languageOf } from './language';
import { cuesFor, type CueSet, type Matcher } from './lexicon';
import { findSensitive, type SensitiveMatch } from './sensitive';
import { lastHandoffEnd, sessionOf } from './session';
import { fold } from './text';
import type { PreparedMessage, Session, TextScan } from './types';

/** A conversation prepared once for every detector. */
export interface Prepared {
  input: HandoffInput;
  config: DetectConfig;
  messages: PreparedMessage[];
  /** Customer messages since the last earlier handoff (all of them when there was none). */
  customer: PreparedMessage[];
  bot: PreparedMessage[];
  /** Index of the last message of an earlier handoff, -1 when there was none. */
  handoffEnd: number;
  language: string;
  session: Session;
}

/** `text` with every match of `re` replaced by as many spaces (offsets stay the same). */
const blank = (text: string, re: Matcher): string => {
  re.lastIndex = 0;
  let m = re.exec(text);
  if (!m) return text;
  let out = '';
  let last = 0;
  for (; m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out += text.slice(last, m.index) + ' '.repeat(m[0].length);
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
};

/** Texts remembered per role class before the memory is emptied and starts again. */
const MAX_TEXTS = 4_096;

/**
 * One message text as every decision reads it: NFC-normalized, folded, masked for a cue
 * set, with what the scans found (for `cueSet`; a text met with another cue set is
 * masked and scanned again).
 */
interface Reading {
  text: string;
  folded: string;
  sensitive: readonly SensitiveMatch[];
  cueSet?: CueSet;
  masked: string;
  scan: TextScan;
}

/** Readings by raw text: what customers wrote (masked) and everyone else's lines (not). */
const readings = {
  customer: new BoundedMap<string, Reading>(MAX_TEXTS),
  other: new BoundedMap<string, Reading>(MAX_TEXTS),
};

/**
 * The reading of a message text, computed once per text: a message is read again at every
 * later decision of its conversation, and bot lines repeat across conversations. Bounded:
 * a full memory is emptied, so the heap stays flat; texts with sensitive data are not kept.
 */
const readingOf = (raw: string, customer: boolean): Reading => {
  const memory = customer ? readings.customer : readings.other;
  let found = memory.get(raw);
  if (!found) {
    const text = /^[\t\n\r -~]*$/.test(raw) ? raw : raw.normalize('NFC');
    const folded = fold(text);
    const sensitive = Object.freeze(findSensitive(text));
    found = { text, folded, sensitive, masked: folded, scan: { hits: {} } };
    // A text that holds sensitive data (a card number, a password) is read for this
    // decision only: the memory never holds a secret.
    if (sensitive.length === 0) memory.set(raw, found);
  }
  return found;
};

/** The reading masked and scanned with `cueSet`. */
const withCues = (r: Reading, customer: boolean, cueSet: CueSet): Reading => {
  if (r.cueSet !== cueSet) {
    r.cueSet = cueSet;
    // Look-alike guards matter for what the customer says; other lines are read as they are.
    r.masked = customer ? blank(r.folded, cueSet.cues.guards) : r.folded;
    r.scan = { hits: {} };
  }
  return r;
};

/**
 * Normalizes the transcript once (NFC, folded, look-alikes masked), detects the
 * customer's language and derives the session facts.
 */
export const prepare = (input: HandoffInput, config: DetectConfig): Prepared => {
  const raw = input.conversation.messages;
  const read = raw.map((m) => readingOf(m.text, m.role === 'customer'));
  const texts: string[] = [];
  const folded: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i]!.role !== 'customer') continue;
    texts.push(read[i]!.text);
    folded.push(read[i]!.folded);
  }
  const { language, sure } = languageOf(texts, folded, input);
  // Scan the language's lexicon (and English) when the language is clear, all otherwise.
  const cueSet = cuesFor(sure ? language : '*');
  const messages = raw.map((m, index): PreparedMessage => {
    const r = withCues(read[index]!, m.role === 'customer', cueSet);
    return {
      index,
      role: m.role,
      text: r.text,
      folded: r.folded,
      masked: r.masked,
      sensitive: r.sensitive,
      cueSet,
      at: Date.parse(m.at),
      scan: r.scan,
    };
  });
  // What a person already handled is settled: after an earlier handoff, text signals come
  // from what the customer wrote since (the previous-handoff detector compares both).
  const handoffEnd = lastHandoffEnd(messages);
  const all = messages.filter((m) => m.role === 'customer');
  const since = all.filter((m) => m.index > handoffEnd);
  const customer = since.length ? since : all;
  const bot = messages.filter((m) => m.role === 'bot');
  return {
    input,
    config,
    messages,
    customer,
    bot,
    handoffEnd,
    language,
    session: sessionOf(input, messages, customer, config),
  };
};
