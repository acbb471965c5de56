import type { IssueType } from '../contract';
import { findCues } from './match';
import type { Prepared } from './prepare';
import type { PreparedMessage, Signals } from './types';

const money =
  /(?:[$€£]|R\$)\s?\d|\d\s?(?:€|eur|euros?|usd|gbp|reais|dollars?|bucks|pounds|quid|pesos|francs?|chf)(?![\p{L}])/giu;

const MAX_MESSAGES = 6;

/** "error 0x7F2A", "code SP-4F2", "Fehler E-1107", "codigo 47": an error code, in any of our languages. */
const errorCode =
  /(?<![\p{L}])(?:error|erro|errore|erreur|fehler|fehlercode|fout|foutcode|falha|fallo|code|codigo|codice)\s*(?:code\s*)?[:#]?\s*["'\u201c\u201e\u00ab]?(?:[a-z]{1,8}[-_]?)?(?:0x)?\d[\da-z]{0,6}(?![\p{L}\p{N}])/u;

/** How much a phrase naming what the customer needs counts, against 3 for a strong word. */
const NEED = 6;

const order: IssueType[] = ['billing', 'technical', 'sales', 'support'];

/** Each named group of the issue expression, with its type and how much a match counts. */
const groups = (['n', 's', 'w'] as const).flatMap((kind) =>
  order.map((type) => ({ name: `${kind}_${type}`, type, worth: { n: NEED, s: 3, w: 1 }[kind] })),
);

/**
 * A topic the customer rules out: "not a billing question", "nothing to do with the app",
 * "no es un problema de pago", "keine Frage zur Rechnung". The words before the cue end in a
 * negation (and an article or "about"), or the cue is followed by a word for a question.
 */
const ruledOutBefore =
  /(?:^|[^a-z])(?:not|isn't|isnt|nothing to do with|no es|no tiene nada que ver con|nicht|kein\w*|ce n'est pas|c'est pas|rien a voir avec|pas|non e|non|niet|geen|nao e|nao|nada a ver com)\s+(?:(?:a|an|about|the|really|my|un|una|une|um|uma|een|ein|eine|einen|sobre|de|del|di|per|over|wegen|zur|zum|mit|com|con|avec|le|la|el|o|il|lo|het)\s+){0,2}$/;
const questionWord =
  /^\s*(?:question|issue|problem|thing|matter|pregunta|duda|problema|asunto|tema|consulta|frage|problem|anliegen|thema|probleme|sujet|vraag|probleem|kwestie|questao|duvida|assunto|domanda|questione)/;
const aboutBefore =
  /(?:^|[^a-z])(?:not|isn't|isnt|nothing to do with|no es|nicht|ce n'est pas|c'est pas|non e|niet|nao e)\s+(?:(?:really|just|about|con|sobre|um|uber|ueber|over|a propos de|de|la|el|the|my|il|lo|o|a)\s+){1,2}$/;

const questionAboutBefore =
  /(?:^|[^a-z])(?:not|isn't|isnt|no es|kein\w*|ce n'est pas|c'est pas|pas|non e|geen|nao e)\s+(?:(?:a|an|really|un|una|une|um|uma|een|eine|just|solo|juste|so)\s+){0,2}(?:question|issue|problem|pregunta|duda|problema|consulta|frage|probleme|vraag|probleem|questao|duvida|domanda)s?\s+(?:(?:with|about|of|de|del|con|zur|zum|mit|du|de la|di|del|com|do|da|over|met|sobre|the|my|la|el|il|o|a|het|de)\s+){1,2}$/;

/** Whether a message has any word that can rule a topic out (checked once per message). */
const anyNegation =
  /(?:^|[^a-z])(?:not|isn't|isnt|nothing|no|nicht|kein\w*|pas|non|niet|geen|nao)(?![a-z])/;

const ruledOut = (text: string, start: number, end: number): boolean => {
  const before = text.slice(Math.max(0, start - 50), start);
  if (aboutBefore.test(before) || questionAboutBefore.test(before)) return true;
  return ruledOutBefore.test(before) && questionWord.test(text.slice(end, end + 20));
};

/**
 * The group of each issue-word match in a message, scanned once per text (see `TextScan`);
 * a topic the customer rules out is left out.
 */
const issueMatches = (m: PreparedMessage): readonly number[] => {
  if (m.scan.issue) return m.scan.issue;
  const issueCues = m.cueSet.issue;
  const text = m.masked;
  const out: number[] = [];
  let negated: boolean | undefined;
  issueCues.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = issueCues.exec(text))) {
    // The groups are branches of one alternation: exactly one took part in the match.
    const named = found.groups!;
    const g = groups.findIndex((g) => named[g.name] !== undefined);
    if (g < 0) continue;
    negated ??= anyNegation.test(text);
    if (negated && ruledOut(text, found.index, found.index + found[0].length)) continue;
    out.push(g);
  }
  m.scan.issue = Object.freeze(out);
  return out;
};

/**
 * Adds the issue words of one message to `score` (strong words count three times, need
 * phrases six) and counts its need phrases in `need`. Returns what the message added.
 */
const scoreText = (
  m: PreparedMessage,
  score: Record<IssueType, number>,
  need: Record<IssueType, number>,
): number => {
  let added = 0;
  for (const g of issueMatches(m)) {
    const { type, worth } = groups[g]!;
    score[type] += worth;
    if (worth === NEED) need[type] += 1;
    added += worth;
  }
  return added;
};

const count = (re: RegExp, text: string): number => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
};

const zero = (): Record<IssueType, number> => ({ billing: 0, sales: 0, technical: 0, support: 0 });

/** The scores of each issue type, and what need phrases alone gave each. */
interface IssueEvidence {
  score: Record<IssueType, number>;
  need: Record<IssueType, number>;
}

const evidence = (p: Prepared, signals: Signals): IssueEvidence => {
  const score = zero();
  const need = zero();
  // `p.customer` starts after an earlier handoff: a new question after a person solved
  // the first one is its own issue. The issue is stated early: the first few messages.
  // While a person holds the conversation, the request is the whole conversation's.
  const asked = (
    p.session.withHuman ? p.messages.filter((m) => m.role === 'customer') : p.customer
  ).slice(0, MAX_MESSAGES);
  // The message that states the need weighs double: the first one naming anything, not
  // a greeting or an account number before it.
  let stated = false;
  for (const m of asked) {
    const own = zero();
    const ownNeed = zero();
    const added = scoreText(m, own, ownNeed);
    const weight = !stated && added > 0 ? 2 : 1;
    if (added > 0) stated = true;
    for (const t of order) {
      score[t] += weight * own[t];
      need[t] += weight * ownNeed[t];
    }
  }
  // Amounts of money point at billing ("$89.00", "€1.240", "R$ 349,00").
  for (const m of asked) score.billing += 1.5 * count(money, m.text);
  // An error code is a failure of the product.
  for (const m of asked) if (errorCode.test(m.folded)) score.technical += NEED;
  // A card number or IBAN in the chat is about paying; a national ID about the account.
  for (const e of signals.sensitive_data?.evidence ?? []) {
    const quote = 'quote' in e ? e.quote : '';
    if (/\[(?:card|iban)\]/.test(quote)) score.billing += 3;
    else if (/\[national_id\]/.test(quote)) score.support += 3;
  }
  if (signals.refund_dispute) score.billing += 2 + 2 * signals.refund_dispute.strength;
  if (signals.sales_opportunity) score.sales += 3;
  if (signals.novel_problem) score.technical += 1;
  const privacy = asked.some((m) => findCues(m, 'privacy').length);
  if (privacy) score.support += 3;
  if (asked.some((m) => findCues(m, 'churn').length)) score.sales += 2;
  return { score, need };
};

/**
 * The issue type: billing (charges, invoices, refunds, payouts), sales (pricing, quotes,
 * renewals, churn), technical (bugs, devices, integrations, API) or support (account,
 * shipping, how-to, privacy requests). Words of each type are counted in the customer's
 * messages (the message stating the need weighs more), phrases naming what the customer
 * needs count most, strong signals add to their type, a topic the customer rules out ("not
 * a billing question") does not count, and support is the answer when nothing points
 * elsewhere.
 *
 * @example
 * issueScores(prepare(input, config), signals) // { billing: 9, sales: 0, technical: 1, support: 2 }
 */
export const issueScores = (p: Prepared, signals: Signals): Record<IssueType, number> =>
  evidence(p, signals).score;

/**
 * The type with the highest score; on a tie, the one whose need was named, then billing,
 * technical, sales, support.
 *
 * @example
 * issueTypeOf(prepare(input, config), signals) // 'billing'
 */
export const issueTypeOf = (p: Prepared, signals: Signals): IssueType => {
  const { score, need } = evidence(p, signals);
  let best = order[0]!;
  for (const t of order) {
    if (score[t] > score[best] || (score[t] === score[best] && need[t] > need[best])) best = t;
  }
  return score[best] > 0 ? best : 'support';
};
