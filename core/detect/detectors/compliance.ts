import { findCues } from '../match';
import type { Prepared } from '../prepare';
import { findSensitive } from '../sensitive';
import type { SignalHit } from '../types';
import { cueEvidence, grow, hit } from './util';

/** `compliance_legal`: lawyers, legal threats, privacy requests (erasure, access), DPAs. */
export const complianceLegal = (p: Prepared): SignalHit | undefined => {
  const evidence = cueEvidence(p.customer, ['legal', 'privacy']);
  return hit(grow(0.85, evidence.length), evidence);
};

/**
 * `refund_dispute`: chargebacks, disputes, double or unauthorised charges (strong); a
 * plain refund request is weak (0.5) and vanishes once the bot says the refund is done.
 */
export const refundDispute = (p: Prepared): SignalHit | undefined => {
  const strong = cueEvidence(p.customer, ['refundDispute']);
  if (strong.length) return hit(grow(0.85, strong.length), strong);
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
    const found = findSensitive(m.text);
    if (found.length) {
      evidence.push({ messageIndex: m.index, quote: found.map((f) => `[${f.kind}]`).join(' ') });
    }
  }
  return hit(grow(0.95, evidence.length), evidence);
};
