/**
 * The decision log's words on the wire: what a verdict on a logged decision can say, and
 * what a decision id looks like. The rule service stores them; the n8n nodes send them.
 */

/**
 * What someone says about a logged decision: the handoff was `needed`, `not_needed` (the bot
 * could have answered), `too_late` (it should have come earlier), or the bot kept a
 * conversation that needed a person (`missed`).
 */
export const verdicts = ['needed', 'not_needed', 'too_late', 'missed'] as const;
export type Verdict = (typeof verdicts)[number];

/**
 * A decision id as the log makes it: `dec_`, the time in base 36 (9 characters) and 12 hex
 * characters.
 *
 * @example
 * decisionIdPattern.test('dec_0mi3x9k2a1f2e3d4c5b6a'); // true
 */
export const decisionIdPattern = /^dec_[0-9a-z]{9}[0-9a-f]{12}$/;
