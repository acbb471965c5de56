import { describe, expect, it } from 'vitest';
import { detectAll } from './detect';
import { say } from './test/build';

const typeOf = (text: string) => detectAll(say(text)).issueType;

describe('issue type from what the customer needs', () => {
  it('reads a price asked before buying as sales, in every language', () => {
    for (const text of [
      'how much is the annual membership? i might sign up',
      'cuanto cuesta agregar otra linea a mi plan?',
      'was kostet eigentlich die jahreskarte?',
      "c'est combien pour passer au forfait illimité ?",
      'quanto custa o pacote mensal?',
      'quanto costa passare al piano premium?',
      'wat kost een jaarabonnement?',
    ])
      expect(typeOf(text), text).toBe('sales');
  });

  it('reads tax documents, top-ups and failed payments as billing', () => {
    for (const text of [
      "where's my P60 for last year",
      'topped up £20 yesterday and my balance still shows 0',
      'le paiement de ma commande ne passe pas',
      'wo finde ich meine Steuerbescheinigung?',
    ])
      expect(typeOf(text), text).toBe('billing');
  });

  it('reads data or device failures as technical, even with an order or account named', () => {
    for (const text of [
      'my dashboard shows 0 sessions for yesterday on my account',
      'the boiler wont start since the gas meter was replaced',
      'seit dem Update zeigt das Portal keine Daten',
      'la caldaia nn parte, dice errore pressione',
    ])
      expect(typeOf(text), text).toBe('technical');
  });

  it('reads blocked accounts and cards as support', () => {
    for (const text of ['my account is locked, I cannot log in', 'mi tarjeta está bloqueada'])
      expect(typeOf(text), text).toBe('support');
  });
});

describe('issue type from the whole request', () => {
  it('reads an error code as technical whatever else is named', () => {
    expect(typeOf('every time I save it says SYNC-CONFLICT 0x7F2A, paid €20 for this game')).toBe(
      'technical',
    );
    expect(typeOf('à la borne ça affiche "Carte non reconnue – code 47"')).toBe('technical');
  });

  it('does not take a version number for an upgrade of the plan', () => {
    expect(typeOf('which SDK version supports Unity 6? upgrading to 4.4.1')).not.toBe('sales');
  });
});

describe('billing asked as a question about paying', () => {
  it('reads "why do I have to pay" and holds on a card as billing', () => {
    for (const text of [
      'why do I have to pay €18.40 to get a parcel from the UK?',
      "l'hôtel a bloqué 300$ sur ma carte, c'est normal?",
      'todavia no me devuelven la garantia de $650.000',
    ])
      expect(typeOf(text), text).toBe('billing');
  });

  it('reads an export that breaks off as technical', () => {
    expect(typeOf('der DATEV-Export bricht jedes Mal ab')).toBe('technical');
  });
});
