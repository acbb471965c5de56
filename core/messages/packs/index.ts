import type { SupportedLanguage } from '../languages';
import type { MessagePack } from '../pack';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';

/** The built-in message pack of every supported language. */
export const messagePacks: Readonly<Record<SupportedLanguage, MessagePack>> = {
  en,
  es,
  de,
  fr,
  pt,
  it,
  nl,
};
