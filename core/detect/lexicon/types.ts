/** The languages every text signal supports. */
export const languages = ['en', 'es', 'de', 'fr', 'pt', 'it', 'nl'] as const;
export type Language = (typeof languages)[number];

/**
 * The cues of one language. Every entry is a regular-expression source matched against
 * folded text (lower case, accents removed, apostrophes straightened), at word
 * boundaries. Keep entries specific: a cue that also occurs in routine questions belongs
 * in a guard, not here.
 */
export interface Lexicon {
  /** Words that negate a cue that follows them in the same clause ("not", "kein"). */
  negations: string[];
  /** Phrases after a cue that negate it ("... not needed", "... nicht nötig"). */
  negationsAfter: string[];
  /**
   * Frames that make a cue unreal: a counterfactual, a near miss, a joke about what might
   * have been ("if your bot were a real person", "I was about to ask for a manager", "fast
   * hätte ich", "had bijna"). Matched on the cue's clause with the cue itself replaced by
   * `§` (so an entry says where the cue sits: "was about to [^§]*§"); a cue in such a frame
   * does not count, like a negated one. Optional: a language without it has none.
   */
  irrealis?: string[];
  /**
   * Past intentions ("I wanted to ask for...", "wollte ...", "wilde ..."), in the same `§`
   * form: they make a cue unreal only when the same message says the matter is settled
   * ("wanted a human but it works now"); alone they are often a polite request.
   */
  givenUp?: string[];
  /** Look-alikes masked before matching: product names, "human resources". */
  guards: string[];
  /** Asking for a person. */
  humanRequest: string[];
  /** Asking for a manager or supervisor: both a human request and an escalation. */
  personTitles: string[];
  /** Complaint, unacceptable, lawsuit and their kin. */
  escalation: string[];
  /** Clear anger, frustration or sarcasm. */
  anger: string[];
  /** The customer says the bot is not helping or not listening. */
  notHelping: string[];
  /** The bot's fallback answers ("I didn't understand"). */
  botFallback: string[];
  /** The bot admits it has no answer. */
  botUnknown: string[];
  /** The customer describes a problem outside the usual ("none of that worked", an unknown error). */
  novel: string[];
  /** Lawyers, legal threats, regulators, contracts. */
  legal: string[];
  /** Privacy requests: erasure, access, GDPR and its national names. */
  privacy: string[];
  /** Contested money: chargebacks, disputes, unauthorised or double charges. */
  refundDispute: string[];
  /** A plain refund request. */
  refund: string[];
  /**
   * Money taken or owed that the customer pushes back on: "you charged me", "I won't pay",
   * "remove the fee", "I want the full £180". A dispute when said in anger or with an
   * escalation.
   */
  charged: string[];
  /** The bot says the refund is done. */
  refundDone: string[];
  /** Custom, volume or multi-year deals, negotiation, migrations. */
  sales: string[];
  /** The customer says the matter is settled. */
  resolved: string[];
  /** Thanks, approval and closing words ("perfect, thanks", "works now"). */
  positive: string[];
  /** Words that turn a closing line back into a problem ("thanks, but it still fails"). */
  contrast: string[];
  /** A system or bot line saying a person has taken over. */
  handedOff: string[];
  /** A system or bot line saying the person left and the bot is back. */
  backToBot: string[];
  /** The problem persists ("still", "again", "same problem"): an earlier fix did not hold. */
  persist: string[];
  /** Markers of asking again ("let me try once more", "I mean", "nochmal"). */
  rephrase: string[];
  /** Churn or cancellation threats. */
  churn: string[];
  /** Words pointing at each issue type. */
  issue: { billing: string[]; sales: string[]; technical: string[]; support: string[] };
  /** Words that settle the issue type almost alone (counted three times). */
  issueStrong: { billing: string[]; sales: string[]; technical: string[]; support: string[] };
  /**
   * What the customer needs, in phrases that settle the type even beside other words: a
   * price asked before buying (sales), a tax document or a top-up not credited (billing), a
   * failure of data or a device (technical), a blocked account or a missed visit (support).
   */
  issueNeed: { billing: string[]; sales: string[]; technical: string[]; support: string[] };
}
