import type { AttemptKey } from '../messages';

// What the bot's own messages show it tried, in the seven languages. Each pattern is a
// handful of stems; the summary names the category, never the bot's words.
const attemptPatterns: ReadonlyArray<[AttemptKey, RegExp]> = [
  [
    'askedDetails',
    /\b(?:could you|can you|please) (?:share|provide|tell|give|send|confirm)|\bwhat is your\b|\bwhich (?:order|device|model|email)|podría(?:s)? (?:indicar|decir|dar|enviar|confirmar)|indíqueme|¿cuál es su|können sie (?:mir )?(?:ihre|die|den|das)|\bbitte (?:nennen|geben|senden|teilen)|wie lautet|pourriez-vous (?:me )?(?:donner|indiquer|envoyer|confirmer)|pouvez-vous (?:me )?(?:donner|indiquer)|quel est votre|pode(?:ria)? (?:indicar|enviar|partilhar|dizer|confirmar)|qual é o seu|può (?:indicarmi|fornirmi|inviarmi|confermare)|potrebbe (?:indicarmi|fornirmi|inviarmi)|qual è il suo|kunt u (?:mij )?(?:uw|het|de)|wat is uw/,
  ],
  [
    'troubleshooting',
    /\b(?:restart|reboot|reset|clear (?:your |the )?(?:cache|cookies)|update the app|reinstall|log out and|try again|unplug|power cycle)|starten sie (?:\S+ ){0,3}neu|reinici|borr(?:e|ar) (?:la )?caché|actualice|neu ?start|zurücksetz|cache leeren|aktualisieren sie|erneut versuchen|neu installieren|redémarr|réinitialis|vider le cache|mettez à jour|réessay|reinstal|limpar a cache|atualiz|tente novamente|riavvi|resett|svuota|aggiorna|riprova|herstart|opnieuw (?:proberen|installeren)|cache (?:wissen|legen)|werk de app bij/,
  ],
  [
    'sharedArticle',
    /https?:\/\/|\b(?:help (?:center|centre)|article|guide|faq)\b|artículo|centro de ayuda|hilfe-?(?:center|artikel|seite)|\bartikel\b|centre d'aide|l'article|artigo|central de ajuda|articolo|centro (?:assistenza|di aiuto)|helpcentrum/,
  ],
  [
    'explainedPolicy',
    /\b(?:our policy|refund policy|terms and conditions|within \d+ days)|política de|plazo de|richtlinie|bedingungen|innerhalb von \d+|politique de|conditions générales|sous \d+ jours|prazo de|condizioni|politica di|entro \d+ giorni|beleid|voorwaarden|binnen \d+ dagen/,
  ],
  [
    'couldNotAnswer',
    /\bi(?:'m| am) (?:sorry|afraid),? (?:but )?i (?:don't|do not|can't|cannot)|\bi (?:don't|do not) (?:understand|know)|didn't (?:understand|get that)|could you rephrase|no (?:he )?entend|no (?:puedo|sé) |lo siento, no|verstehe (?:ich )?(?:das )?nicht|kann ich (?:leider )?nicht|leider keine|je n'ai pas compris|je ne (?:peux|sais) pas|não (?:entendi|percebi|consigo|sei)|non (?:ho capito|posso|so )|begrijp (?:het |dat )?niet|kan ik (?:helaas )?niet/,
  ],
];

/**
 * What the bot already tried, judged from its own messages, in a fixed order.
 *
 * @example
 * botAttempts(['Could you share your order number?', 'Please restart the router.'])
 * // ['askedDetails', 'troubleshooting']
 */
export const botAttempts = (botTexts: readonly string[]): AttemptKey[] => {
  if (botTexts.length === 0) return [];
  // One lower-cased text: the patterns run once each, without case folding.
  const text = botTexts.join('\n').toLowerCase();
  const found: AttemptKey[] = [];
  for (const [key, pattern] of attemptPatterns) if (pattern.test(text)) found.push(key);
  return found;
};
