import type { SupportedLanguage } from './languages';
import type { MessagePack, TransparencyLines } from './pack';
import { messagePacks } from './packs';

/** Per-language replacements for built-in templates; anything left out keeps the default. */
export type MessageOverrides = Partial<
  Record<
    SupportedLanguage,
    {
      customer?: Partial<MessagePack['customer']>;
      transparency?: Partial<TransparencyLines>;
      details?: Partial<MessagePack['details']>;
    }
  >
>;

const merged = new WeakMap<MessageOverrides, Map<SupportedLanguage, MessagePack>>();

/**
 * The message pack for a language with the caller's overrides applied. The merge is
 * cached per overrides object, so passing the same configuration costs nothing.
 *
 * @example
 * const pack = messagePack('de', { de: { transparency: { aiDisclosure: 'Ich bin Botty.' } } });
 */
export const messagePack = (
  language: SupportedLanguage,
  overrides?: MessageOverrides,
): MessagePack => {
  const base = messagePacks[language];
  const own = overrides?.[language];
  if (!overrides || !own) return base;
  let byLanguage = merged.get(overrides);
  if (!byLanguage) merged.set(overrides, (byLanguage = new Map()));
  let pack = byLanguage.get(language);
  if (!pack) {
    pack = {
      ...base,
      customer: { ...base.customer, ...own.customer },
      transparency: { ...base.transparency, ...own.transparency },
      details: { ...base.details, ...own.details },
    };
    byLanguage.set(language, pack);
  }
  return pack;
};
