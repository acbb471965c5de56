import type { Fact } from './facts';

const requestCue =
  /\b(?:wants?|needs?|needed|would like|can you|could you|please|help|refund|cancel|charged|not working|broken|doesn't work|won't|problem|issue|error|wrong|missing|never arrived|charges?|how (?:can|do) i|is it possible|why)\b|quiero|necesito|quisiera|podría|puede|ayuda|reembolso|cancelar|cobr|no funciona|möchte|brauche|bitte|können sie|hilfe|erstattung|kündig|funktioniert nicht|abgebucht|je voudrais|je veux|besoin|pouvez|aide|rembours|annuler|ne marche pas|ne fonctionne pas|quero|preciso|gostaria|pode|ajuda|cancelar|não funciona|vorrei|ho bisogno|può|aiuto|rimborso|annullare|non funziona|ik wil|nodig|kunt u|graag|terugbetaling|opzeggen|werkt niet/i;
const greetingOnly =
  /^(?:hi|hello|hey|hallo|hola|bonjour|salut|ciao|olá|oi|hoi|goedemiddag|guten tag|buenos días|buongiorno|good (?:morning|afternoon|evening))\b[\s,!.]*(?:there|team)?[\s,!.:]*$/i;
const signOff =
  /^(?:thanks|thank you|many thanks|cheers|regards|best|kind regards|un saludo|saludos|gracias|mit freundlichen grüßen|viele grüße|danke|cordialement|bien à vous|merci|cumprimentos|obrigad[oa]|cordiali saluti|saluti|grazie|met vriendelijke groet|groeten|bedankt|sehr geehrte damen und herren|estimados señores|madame, monsieur|gentili signori|geachte heer\/mevrouw)\b[^.!?]{0,30}$/i;

// A greeting in front of the request adds nothing to a quote: "Hallo, meine Rechnung …".
const leadingGreeting =
  /^(?:hi|hello|hey|hallo|hola|oye|bonjour|salut|ciao|olá|oi|hoi|dag|goedemiddag|goedemorgen|guten tag|guten morgen|buenos días|buenas|buongiorno|bom dia|boa tarde|boa noite|good (?:morning|afternoon|evening))(?: there| team| all)?\s*[,!.:]\s+(?=\S)/i;

/** Greetings and sign-offs: sentences that carry no request. */
export const isFiller = (sentence: string): boolean =>
  greetingOnly.test(sentence) || signOff.test(sentence);
const personOnly =
  /\b(?:human|real person|agent|representative|someone real)\b|mensch|mitarbeiter|persona|humano|agente|humain|conseiller|pessoa|atendente|operatore|umano|medewerker|echt persoon/i;

/** A sentence of a customer message with where it came from. */
export interface Sentence {
  text: string;
  messageIndex: number;
  order: number;
}

/** Splits a message into sentences, keeping each sentence's words exactly. */
// Not a sentence end: ordinals ("3. November") and abbreviations ("Art. 15", "Dr. Lehmann").
const sentenceEnd =
  /(?<=[.!?])(?<!(?:^|\s)(?:\d{1,2}|[Aa]rt|[Nn]r|[Nn]o|bzw|ca|etc|z\.B|[Dd]r|[Mm]rs?|[Mm]s|[Ss]t|[Ss]r|[Ss]ra|vs|Abs|approx)\.)\s+|\n+/;

export const splitSentences = (text: string): string[] =>
  text
    .split(sentenceEnd)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

// Scores a sentence; returns -Infinity early when it cannot beat `toBeat`, which spares
// the costly phrase lists for most later sentences.
const score = (s: Sentence, facts: readonly Fact[], toBeat: number): number => {
  if (s.text.length < 8) return -10;
  // The opening message usually states the request; later ones add detail.
  let points = s.order === 0 ? 4 : s.order === 1 ? 2 : s.order === 2 ? 1 : 0;
  // "Yes please, that's fine then": short replies carry no request of their own.
  if (s.text.length < 30) points -= 3;
  if (s.text.includes('?')) points += 1;
  let inSentence = 0;
  for (const f of facts)
    if (f.messageIndex === s.messageIndex && s.text.includes(f.text)) inSentence++;
  points += Math.min(2, inSentence);
  if (points + 3 <= toBeat) return -Infinity;
  if (requestCue.test(s.text)) points += 3;
  // "I want a human" is the customer's state, reported in its own sentence, not the request.
  if (personOnly.test(s.text) && inSentence === 0 && s.text.length < 80) points -= 4;
  return points;
};

/**
 * Cuts a text to at most `max` characters at a space, so no word or number is split.
 *
 * @example
 * clip('refund for order 12345 please', 20) // 'refund for order…'
 */
export const clip = (text: string, max: number): string => {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > 0 ? cut : max).replace(/[\s,;:–-]+$/, '')}…`;
};

/**
 * The customer's request: the sentence that best states what they need (early, with a
 * request phrase, a question or key facts), joined with the next when it is short.
 */
export const pickRequest = (
  sentences: readonly Sentence[],
  facts: readonly Fact[],
  max: number,
): string | null => {
  let best: Sentence | null = null;
  let bestScore = -Infinity;
  for (const s of sentences) {
    // Requests come early; later sentences compete only when they hold key facts.
    if (s.order >= 8 && !facts.some((f) => f.messageIndex === s.messageIndex)) continue;
    const points = score(s, facts, bestScore);
    if (points > bestScore) {
      best = s;
      bestScore = points;
    }
  }
  if (!best || bestScore < 0) return null;
  let text = best.text;
  // A short sentence leans on its neighbour: "Is the plush back? And how fast can you ship it?"
  const near = (order: number) =>
    sentences.find((s) => s.messageIndex === best.messageIndex && s.order === order);
  const prev = near(best.order - 1);
  const next = near(best.order + 1);
  if (text.length < 60 && prev && prev.text.length >= 20) {
    text = `${prev.text} ${text}`;
  } else if (text.length < 60 && next && next.text.length >= 20) {
    text = `${text} ${next.text}`;
  }
  return clip(text.replace(leadingGreeting, '').replace(/[.!]+$/, ''), max);
};
