import type { IssueType } from '../contract';
import { findCues } from './match';
import type { Prepared } from './prepare';
import type { PreparedMessage, Signals } from './types';

const money = /(?:[$€£]|R\$)\s?\d|\d\s?(?:€|eur|usd|gbp|reais)(?![\p{L}])/giu;

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

/** The group of each issue-word match in a message, scanned once per text (see `TextScan`). */
const issueMatches = (m: PreparedMessage): readonly number[] => {
  if (m.scan.issue) return m.scan.issue;
  const issueCues = m.cueSet.issue;
  const out: number[] = [];
  issueCues.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = issueCues.exec(m.masked))) {
    // The groups are branches of one alternation: exactly one took part in the match.
    const named = found.groups!;
    const g = groups.findIndex((g) => named[g.name] !== undefined);
    if (g >= 0) out.push(g);
  }
  m.scan.issue = Object.freeze(out);
  return out;
};

/** Adds the issue words of one message to the scores: strong words count three times. */
const scoreText = (m: PreparedMessage, weight: number, score: Record<IssueType, number>): void => {
  for (const g of issueMatches(m)) score[groups[g]!.type] += groups[g]!.worth * weight;
};

const count = (re: RegExp, text: string): number => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
};

/**
 * The issue type: billing (charges, invoices, refunds, payouts), sales (pricing, quotes,
 * renewals, churn), technical (bugs, devices, integrations, API) or support (account,
 * shipping, how-to, privacy requests). Words of each type are counted in the customer's
 * messages (the first message weighs more: it usually states the issue), strong signals
 * add to their type, and support is the answer when nothing points elsewhere.
 *
 * @example
 * issueTypeOf(prepare(input, config), signals) // 'billing'
 */
export const issueScores = (p: Prepared, signals: Signals): Record<IssueType, number> => {
  const score: Record<IssueType, number> = { billing: 0, sales: 0, technical: 0, support: 0 };
  // `p.customer` starts after an earlier handoff: a new question after a person solved
  // the first one is its own issue. The issue is stated early: the first few messages.
  // While a person holds the conversation, the request is the whole conversation's.
  const asked = (
    p.session.withHuman ? p.messages.filter((m) => m.role === 'customer') : p.customer
  ).slice(0, MAX_MESSAGES);
  asked.forEach((m, i) => {
    const weight = i === 0 ? 2 : 1;
    scoreText(m, weight, score);
  });
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
  return score;
};

export const issueTypeOf = (p: Prepared, signals: Signals): IssueType => {
  const score = issueScores(p, signals);
  let best: IssueType = 'support';
  let top = 0;
  for (const t of order) {
    if (score[t] > top) {
      top = score[t];
      best = t;
    }
  }
  return best;
};
