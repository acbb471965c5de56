import type { HandoffInput, IssueType } from '../contract';
import {
  messagePack,
  type DetailKey,
  type MessageOverrides,
  type SupportedLanguage,
} from '../messages';
import { extractFacts, type Fact } from '../summarize/facts';

/** A detail the agent will need that the conversation does not have yet, and how to ask for it. */
export interface MissingDetail {
  key: DetailKey;
  prompt: string;
}

/** What each issue type's queue wants collected when its queue has no checklist. */
export const defaultChecklists: Readonly<Record<IssueType, DetailKey[]>> = {
  billing: ['invoiceNumber', 'accountVerified'],
  support: ['orderNumber'],
  technical: ['deviceModel', 'errorMessage'],
  sales: ['accountEmail'],
};

const emailPattern = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const errorPattern =
  /\berror\b|\bfehler|\berreur|\berrore|\bfout(?:melding)?\b|\berro\b|código de error|\b[A-Z]{1,4}-?\d{2,5}\b|\b0x[0-9a-f]+\b|\b[45]\d\d\b|["“„«].{3,}["”“»]/i;

const truthy = (v: unknown): boolean => v === true || v === 'true' || v === 'yes';

const present = (
  key: DetailKey,
  input: HandoffInput,
  facts: readonly Fact[],
  texts: readonly string[],
): boolean => {
  switch (key) {
    case 'orderNumber':
      return facts.some((f) => f.kind === 'order' || f.kind === 'reference');
    case 'invoiceNumber':
      return facts.some(
        (f) =>
          f.kind === 'invoice' || (f.kind === 'reference' && /^(?:inv|re|fa|ft)/i.test(f.text)),
      );
    case 'deviceModel':
      return (
        facts.some((f) => f.kind === 'product') ||
        typeof input.customer?.attributes?.deviceModel === 'string'
      );
    case 'accountEmail':
      return Boolean(input.customer?.email) || texts.some((t) => emailPattern.test(t));
    case 'accountVerified':
      return (
        truthy(input.customer?.attributes?.verified) || truthy(input.context?.account?.verified)
      );
    case 'errorMessage':
      return texts.some((t) => errorPattern.test(t));
    default: {
      const unknown: never = key;
      throw new Error(`Unknown checklist detail "${String(unknown)}"`);
    }
  }
};

/**
 * The checklist details the conversation still lacks, each with a question the bot can
 * ask in the customer's language, so the agent starts with everything.
 *
 * @example
 * missingDetails(input, ['orderNumber'], 'es')
 * // [{ key: 'orderNumber', prompt: '¿Podría indicarme su número de pedido…?' }]
 */
export const missingDetails = (
  input: HandoffInput,
  checklist: readonly DetailKey[],
  language: SupportedLanguage,
  overrides?: MessageOverrides,
  /** The customer's facts when already extracted (the summary has them). */
  known?: readonly Fact[],
): MissingDetail[] => {
  if (checklist.length === 0) return [];
  const texts: string[] = [];
  const facts: Fact[] = known ? [...known] : [];
  input.conversation.messages.forEach((m, i) => {
    if (m.role !== 'customer') return;
    texts.push(m.text);
    if (!known) for (const f of extractFacts(m.text, i)) facts.push(f);
  });
  const pack = messagePack(language, overrides);
  return checklist
    .filter((key) => !present(key, input, facts, texts))
    .map((key) => ({ key, prompt: pack.details[key] }));
};
