import type { Prepared } from '../prepare';
import type { SignalHit } from '../types';
import { cueEvidence, grow, hit } from './util';

/** `human_request`: the customer asks for a person (a manager or supervisor counts too). */
export const humanRequest = (p: Prepared): SignalHit | undefined => {
  const evidence = cueEvidence(p.customer, ['humanRequest', 'personTitles']);
  return hit(grow(0.9, evidence.length), evidence);
};

/** `sales_opportunity`: custom, volume or multi-year deals, negotiation, migrations. */
export const salesOpportunity = (p: Prepared): SignalHit | undefined => {
  const evidence = cueEvidence(p.customer, ['sales']);
  return hit(grow(0.75, evidence.length, 0.1), evidence);
};
