import type { Evidence } from '../../contract';
import type { Category } from '../lexicon';
import { evidenceOf, findCues } from '../match';
import type { PreparedMessage, SignalHit } from '../types';

/** At most this many pieces of evidence per signal: enough to show, short to read. */
export const MAX_EVIDENCE = 3;

/** Every message among `messages` where a cue of `categories` matched, with a quote. */
export const cueEvidence = (
  messages: PreparedMessage[],
  categories: Category[],
  options?: { negatable?: boolean },
): Evidence[] => {
  const out: Evidence[] = [];
  for (const m of messages) {
    for (const c of categories) {
      const hit = findCues(m, c, options)[0];
      if (hit) {
        out.push(evidenceOf(m, hit));
        break;
      }
    }
  }
  return out;
};

/** A signal, strength clamped to 0..1 and rounded, evidence trimmed; undefined when empty. */
export const hit = (strength: number, evidence: Evidence[]): SignalHit | undefined =>
  evidence.length === 0 || strength <= 0
    ? undefined
    : {
        strength: Math.round(Math.min(1, strength) * 100) / 100,
        evidence: evidence.slice(0, MAX_EVIDENCE),
      };

/** Strength that grows with repeated evidence: `base` for one, +`step` for each more. */
export const grow = (base: number, count: number, step = 0.05): number =>
  Math.min(1, base + step * Math.max(0, count - 1));
