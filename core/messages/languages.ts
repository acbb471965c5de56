import { supportedLanguages, type SupportedLanguage } from '../contract';

export { supportedLanguages, type SupportedLanguage } from '../contract';

const supported = new Set<string>(supportedLanguages);

/** True when Handoff has templates for this ISO 639-1 code. */
export const isSupportedLanguage = (code: string | undefined): code is SupportedLanguage =>
  code !== undefined && supported.has(code);

/**
 * The first of the given codes Handoff has templates for, else English.
 *
 * @example
 * pickLanguage('ja', 'de') // 'de'
 * pickLanguage(undefined)  // 'en'
 */
export const pickLanguage = (...codes: Array<string | undefined>): SupportedLanguage => {
  for (const code of codes) if (isSupportedLanguage(code)) return code;
  return 'en';
};

/** Each supported language's English name, for prompts and pickers. */
export const languageNames: Record<SupportedLanguage, string> = {
  en: 'English',
  es: 'Spanish',
  de: 'German',
  fr: 'French',
  pt: 'Portuguese',
  it: 'Italian',
  nl: 'Dutch',
};
