import type { Evidence } from '../../contract';
import { evidenceOf, findCues } from '../match';
import type { Prepared } from '../prepare';
import { dice, messageStems, overlap } from '../similarity';
import type { PreparedMessage, SignalHit } from '../types';
import { cueEvidence, grow, hit } from './util';

const quoteOf = (m: PreparedMessage): Evidence => ({
  messageIndex: m.index,
  quote: m.text.length > 140 ? `${m.text.slice(0, 137)}...` : m.text,
});

/** Groups of similar messages (each message joins the first earlier group it resembles). */
const clusters = (
  messages: PreparedMessage[],
  language: string,
  threshold: number,
  similar: (a: ReadonlySet<string>, b: ReadonlySet<string>) => number = overlap,
) => {
  const groups: { stems: ReadonlySet<string>[]; members: PreparedMessage[] }[] = [];
  for (const m of messages) {
    const stems = messageStems(m, language);
    if (stems.size < 2) continue;
    const group = groups.find((g) => g.stems.some((s) => similar(s, stems) >= threshold));
    if (group) {
      group.stems.push(stems);
      group.members.push(m);
    } else groups.push({ stems: [stems], members: [m] });
  }
  return groups;
};

/**
 * `repeated_question`: the customer asks the same thing `config.repeatedQuestion` times or
 * more, in other words (stem overlap, not string equality).
 */
export const repeatedQuestion = (p: Prepared): SignalHit | undefined => {
  const settled = (m: PreparedMessage) => findCues(m, 'resolved').length > 0;
  const groups = clusters(p.customer, p.language, p.config.similarity);
  let biggest = groups.reduce(
    (a, g) => (g.members.length > a.length ? g.members : a),
    [] as PreparedMessage[],
  );
  biggest = biggest.filter((m) => !settled(m));
  // Rephrasings often share few words ("serial number" / "device number"): a follow-up
  // that says it asks again ("let me try once more", "nochmal") joins the first question.
  const first = biggest[0] ?? p.customer[0];
  if (first && biggest.length < p.config.repeatedQuestion) {
    const again = p.customer.filter(
      (m) =>
        m.index > first.index &&
        !biggest.includes(m) &&
        findCues(m, 'rephrase').length > 0 &&
        !settled(m),
    );
    if (again.length) biggest = [...(biggest.length ? biggest : [first]), ...again];
  }
  // Asking again after the bot failed (a fallback or a repeated answer) is asking the same
  // thing, whatever the words.
  if (biggest.length < p.config.repeatedQuestion) {
    const chain = reaskChain(p);
    if (chain.length > biggest.length) biggest = chain;
  }
  if (biggest.length < p.config.repeatedQuestion) return undefined;
  const sorted = [...biggest].sort((a, b) => a.index - b.index);
  return hit(grow(0.75, sorted.length - p.config.repeatedQuestion + 1, 0.1), sorted.map(quoteOf));
};

/** The customer's messages that follow a failed bot answer, with the question before. */
const reaskChain = (p: Prepared): PreparedMessage[] => {
  const loop = new Set(botLoopMessages(p));
  const failed = (m: PreparedMessage) =>
    loop.has(m) || findCues(m, 'botFallback', { negatable: false }).length > 0;
  const chain: PreparedMessage[] = [];
  let lastBotFailed = false;
  let lastCustomer: PreparedMessage | undefined;
  for (const m of p.messages) {
    if (m.role === 'bot') lastBotFailed = failed(m);
    else if (m.role === 'customer') {
      if (lastBotFailed && lastCustomer && !findCues(m, 'resolved').length) {
        if (chain.length === 0) chain.push(lastCustomer);
        chain.push(m);
      }
      lastCustomer = m;
      lastBotFailed = false;
    }
  }
  return chain;
};

/** The bot says nearly the same long answer twice or more. */
const botLoop = (p: Prepared): Evidence[] => botLoopMessages(p).map(quoteOf);

const loops = new WeakMap<Prepared, PreparedMessage[]>();

const botLoopMessages = (p: Prepared): PreparedMessage[] => {
  let found = loops.get(p);
  if (!found) {
    found = findBotLoop(p);
    loops.set(p, found);
  }
  return found;
};

const findBotLoop = (p: Prepared): PreparedMessage[] => {
  // Verbatim repeats (digits aside) are the common loop and cost one pass.
  const seen = new Map<string, PreparedMessage>();
  for (const m of p.bot) {
    const key = m.folded.replace(/[^a-z\u00df-\u024f]+/g, ' ').trim();
    const earlier = seen.get(key);
    if (earlier && key.length >= 20) return [earlier, m];
    seen.set(key, m);
  }
  const long = p.bot.filter((m) => messageStems(m, p.language).size >= 4);
  const groups = clusters(long, p.language, 0.8, dice);
  const loop = groups.find((g) => g.members.length >= 2);
  return loop ? loop.members : [];
};

/**
 * `bot_not_helping`: the customer says the bot misses the point, the bot falls back
 * ("I didn't understand") `config.botFallbacks` times or more, or repeats itself.
 */
export const botNotHelping = (p: Prepared): SignalHit | undefined => {
  const said = cueEvidence(p.customer, ['notHelping']);
  const fallbacks = p.bot.filter((m) => findCues(m, 'botFallback', { negatable: false }).length);
  const loop = botLoop(p);
  const evidence: Evidence[] = [...said];
  let strength = said.length ? grow(0.8, said.length) : 0;
  if (fallbacks.length >= p.config.botFallbacks) {
    evidence.push(
      ...fallbacks.map((m) => evidenceOf(m, findCues(m, 'botFallback', { negatable: false })[0]!)),
    );
    strength = Math.max(strength, grow(0.75, fallbacks.length - p.config.botFallbacks + 1));
  }
  if (loop.length) {
    evidence.push(...loop);
    strength = Math.max(strength, 0.7);
  }
  return hit(strength, evidence);
};

/**
 * `novel_problem`: the bot admits it has no answer, or the customer describes a problem
 * the usual steps do not cover ("tried everything", an error it does not know).
 */
export const novelProblem = (p: Prepared): SignalHit | undefined => {
  const bot = cueEvidence(p.bot, ['botUnknown'], { negatable: false });
  const customer = cueEvidence(p.customer, ['novel']);
  const strength = bot.length ? grow(0.8, bot.length + customer.length) : customer.length ? 0.6 : 0;
  return hit(strength, [...bot, ...customer]);
};
