import { z } from 'zod';
import { detailKeys } from './routing';

/** The languages Handoff writes summaries, customer messages and prompts in. */
export const supportedLanguages = ['en', 'es', 'de', 'fr', 'pt', 'it', 'nl'] as const;
export type SupportedLanguage = (typeof supportedLanguages)[number];

/** The customer-message templates an integrator may reword; `{braces}` are placeholders. */
export const customerTemplateKeys = [
  'handoffWait',
  'handoffNow',
  'handoffSoon',
  'closed',
  'closedUnknown',
  'followUp',
  'followUpEmail',
  'noRepeat',
  'lessThanMinute',
  'oneMinute',
  'minutes',
  'oneHour',
  'hours',
] as const;

const template = z.string().min(1).max(2000);
const templates = <K extends string>(keys: readonly K[]) =>
  z.strictObject(
    Object.fromEntries(keys.map((k) => [k, template.optional()])) as Record<
      K,
      z.ZodOptional<typeof template>
    >,
  );

/** One language's replacements: customer message, transparency lines, checklist questions. */
export const LanguageOverrides = z.strictObject({
  customer: templates(customerTemplateKeys).optional(),
  transparency: templates(['aiDisclosure', 'handoffIntro'] as const).optional(),
  details: templates(detailKeys).optional(),
});

/**
 * Per-language replacements for the built-in templates; anything left out keeps the
 * default. A misspelt key or a template that is not text is refused, naming its path.
 */
export const MessageOverridesSchema = z.partialRecord(
  z.enum(supportedLanguages),
  LanguageOverrides,
);
export type MessageOverridesInput = z.infer<typeof MessageOverridesSchema>;
