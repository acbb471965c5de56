import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';
import { say } from './test/build';

describe('detectLanguage', () => {
  it.each([
    ['en', 'My invoice shows the wrong amount for this month.'],
    ['es', 'Mi factura de este mes tiene un importe equivocado.'],
    ['de', 'Meine Rechnung für diesen Monat hat den falschen Betrag.'],
    ['fr', 'Ma facture de ce mois affiche un mauvais montant.'],
    ['pt', 'A minha fatura deste mês mostra o valor errado.'],
    ['it', 'La mia fattura di questo mese riporta un importo sbagliato.'],
    ['nl', 'Mijn factuur van deze maand toont het verkeerde bedrag.'],
  ])('detects %s', (lang, text) => {
    expect(detectLanguage([text])).toBe(lang);
  });

  it('uses the hints only when the text is too short', () => {
    expect(detectLanguage(['ok'], say('ok', { conversation: { language: 'nl' } }))).toBe('nl');
    expect(detectLanguage(['ok'], say('ok', { customer: { language: 'it' } }))).toBe('it');
    const profile = say('x', { customer: { language: 'de' } });
    expect(detectLanguage(['My invoice shows the wrong amount for this month.'], profile)).toBe(
      'en',
    );
  });
});
