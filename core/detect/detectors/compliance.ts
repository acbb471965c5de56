import { findCues } from '../match';
import { quoteAround } from '../text';
import { negativity } from './sentiment';
import type { Prepared } from '../prepare';
import type { SignalHit } from '../types';
import { cueEvidence, grow, hit } from './util';

/**
 * A privacy law or a lawyer named as a topic ("a presentation on GDPR", "the lease, for my
 * lawyer"), not a request or a threat.
 */
const topicOnly =
  /^(?:gdpr|rgpd|dsgvo|avg|lgpd|ccpa|dpo|data protection|datenschutz|proteccion de datos|protection des donnees|protecao de dados|protezione dei dati|gegevensbescherming|privacy|lawyers?|attorneys?|solicitors?|regulator|ombudsman|ombudsmann|bundesnetzagentur|bafin|verbraucherzentrale|schlichtungsstelle|geschillencommissie|consumentenbond|kifid|abogad[oa]s?|(?:rechts)?anwalt\w*|avocate?s?|advogad[oa]s?|avvocat[oi]|advocaa?t(?:en)?)$/;

/** Words that open a how-to question ("how do I…", "¿cómo…", "comment…", "dove…"). */
const howTo =
  /(?<![\p{L}])(?:how|where|can i|como|donde|se puede|comment|puis-je|est-ce que je peux|come|dove|posso|onde|da pra|wie|wo|kann ich|hoe|waar|kan ik)(?![\p{L}])/u;

/**
 * `compliance_legal`: lawyers, legal threats, privacy requests (erasure, access), DPAs.
 * When the law or lawyer is only named as the topic of a how-to, it does not fire: the
 * customer closes the chat satisfied, or each sentence that names it is a calm how-to
 * question ("how do I export the invoices for my lawyer?").
 */
export const complianceLegal = (p: Prepared): SignalHit | undefined => {
  const evidence = cueEvidence(p.customer, ['legal', 'privacy']);
  if (evidence.length) {
    const named = p.customer.flatMap((m) =>
      (['legal', 'privacy'] as const).flatMap((c) =>
        findCues(m, c).map((x) => ({
          m,
          word: m.masked.slice(x.start, x.end).replace(/\s+/g, ' '),
          sentence: quoteAround(m.masked, x.start, x.end),
        })),
      ),
    );
    const asksHowTo = ({ m, sentence }: (typeof named)[number]) =>
      sentence.endsWith('?') &&
      howTo.test(sentence) &&
      negativity(m) < 0.5 &&
      findCues(m, 'escalation').length === 0;
    if (
      named.every((n) => topicOnly.test(n.word)) &&
      (p.session.resolved || named.every(asksHowTo))
    ) {
      return undefined;
    }
  }
  return hit(grow(0.85, evidence.length), evidence);
};

/**
 * `refund_dispute`: chargebacks, disputes, double or unauthorised charges (strong); a
 * plain refund request is weak (0.5) and vanishes once the bot says the refund is done.
 */
export const refundDispute = (p: Prepared): SignalHit | undefined => {
  const strong = cueEvidence(p.customer, ['refundDispute']);
  if (strong.length) return hit(grow(0.85, strong.length), strong);
  // A charge pushed back on, in anger or with an escalation, is contested money.
  if (p.customer.some((m) => negativity(m) >= 0.6 || findCues(m, 'escalation').length > 0)) {
    const contested = cueEvidence(p.customer, ['charged']);
    if (contested.length) return hit(0.75, contested);
  }
  const plain = cueEvidence(p.customer, ['refund']);
  if (!plain.length) return undefined;
  const lastAsk = Math.max(...plain.map((e) => ('messageIndex' in e ? e.messageIndex : 0)));
  const done = p.bot.some(
    (m) => m.index > lastAsk && findCues(m, 'refundDone', { negatable: false }).length,
  );
  return done ? undefined : hit(0.5, plain);
};

/** `sensitive_data`: card numbers (Luhn), IBANs (mod 97), national IDs, passwords, API keys. */
export const sensitiveData = (p: Prepared): SignalHit | undefined => {
  const evidence = [];
  for (const m of p.customer) {
    const found = m.sensitive;
    if (found.length) {
      evidence.push({ messageIndex: m.index, quote: found.map((f) => `[${f.kind}]`).join(' ') });
    }
  }
  return hit(grow(0.95, evidence.length), evidence);
};
