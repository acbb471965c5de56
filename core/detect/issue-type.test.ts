import { describe, expect, it } from 'vitest';
import { detectAll } from './detect';
import { chat, say } from './test/build';

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

describe('need-phrase families in every language', () => {
  const expectAll = (type: string, texts: string[]) => {
    for (const text of texts) expect(typeOf(text), text).toBe(type);
  };

  it('reads asking for invoices, bills, receipts and payment methods as billing', () => {
    expectAll('billing', [
      'can you resend my bills from march and april, i need them for my accountant',
      'do you take paypal or only credit cards?',
      'I would like a rebate of the 40 dollars',
      'necesito una copia de mi factura de octubre porfa',
      'quiero cambiar la tarjeta con la que pago cada mes',
      'ich brauche eine korrigierte Rechnung mit unserer neuen Firmenadresse',
      'kann ich auch per PayPal bezahlen?',
      "bonjour, je ne retrouve pas ma facture du mois dernier dans l'espace client",
      'est-ce que je peux payer par virement ?',
      'preciso da segunda via do boleto deste mes',
      'da pra pagar com pix?',
      'mi serve la fattura di settembre intestata alla ditta',
      'posso pagare con satispay?',
      'kunnen jullie de factuur van oktober nog een keer sturen?',
      'kan ik ook betalen met ideal?',
    ]);
  });

  it('reads sign-up problems, wrong or lost data and broken devices as technical', () => {
    expectAll('technical', [
      'having trouble with the online registration, it just spins',
      'the figures in the monthly report look wrong since tuesday',
      'my watch wont charge anymore, tried two cables',
      'no me deja registrarme, se queda cargando',
      'los datos del panel salen duplicados desde ayer',
      'el datafono no enciende desde esta mañana',
      'die Zahlen im Bericht stimmen seit gestern nicht',
      'das Lesegerät reagiert nicht mehr',
      "je n'arrive pas à m'inscrire sur le site",
      "l'imprimante ne s'allume plus depuis la mise à jour",
      'nao consigo me cadastrar no app, fica dando volta',
      'a maquininha nao liga de jeito nenhum',
      'non riesco a registrarmi, la pagina si blocca',
      'i dati della dashboard sono sbagliati da lunedi',
      'de cijfers in het dashboard kloppen niet meer',
      'de pinautomaat in onze winkel gaat niet meer aan',
    ]);
  });

  it('reads order changes, delivery and stock questions and account changes as support', () => {
    expectAll('support', [
      'hi i need to change the delivery address on my order before it ships',
      'do you ship to canada? and is the blue one in stock',
      'how do i pause my membership for two months while i travel',
      'quiero modificar mi pedido, me equivoqué de talla',
      '¿hacen envíos a Canarias?',
      'quiero pausar mi membresía durante el verano',
      'Ich möchte meine Bestellung stornieren, sie ist noch nicht verschickt',
      'liefert ihr auch in die Schweiz?',
      'je voudrais suspendre mon abonnement pendant mon congé',
      'livrez-vous en Belgique ?',
      'cade meu pedido? ja faz uma semana',
      'quero mudar o email da minha conta',
      "dov'è il mio ordine? doveva arrivare ieri",
      'vorrei mettere in pausa l abbonamento per un mese',
      'waar blijft mijn bestelling? al 5 dagen onderweg',
      'ik wil mijn lidmaatschap een maand pauzeren',
    ]);
  });

  it('keeps prices, cancellations and upgrades as sales', () => {
    expectAll('sales', [
      'how much is the family plan per month?',
      'i want to cancel my subscription at the end of the month',
      'quiero darme de baja del gimnasio',
      'was kostet das Upgrade auf Premium?',
      'je veux résilier mon abonnement',
      'quanto custa o plano anual?',
      'vorrei disdire il contratto',
      'ik wil mijn abonnement opzeggen',
    ]);
  });

  it('reads a question asked before buying by what it asks, not as sales', () => {
    expect(typeOf('thinking to buy the smart lock, is it compatible with google home?')).toBe(
      'technical',
    );
    expect(typeOf('i want to buy the jacket, do you ship to ireland?')).toBe('support');
    expect(typeOf('quiero comprar el reloj, ¿es compatible con iphone?')).toBe('technical');
  });

  it('does not count a topic the customer rules out', () => {
    expect(typeOf('not a billing question, how do I change my username?')).toBe('support');
    expect(typeOf("it's not about the invoice, where is my parcel?")).toBe('support');
    expect(typeOf('no es un problema de pago, no me llega el paquete')).toBe('support');
  });

  it('weighs the message that states the need, not a greeting or account number first', () => {
    const turns = (first: string): Parameters<typeof chat>[0] => [
      ['customer', first],
      ['bot', 'Hi! How can I help?'],
      ['customer', 'where can I download my invoices for last year'],
      ['bot', 'Under Billing > Invoices.'],
      ['customer', 'ok. and how do I reset my password, the link expired'],
    ];
    expect(detectAll(chat(turns('hi there'))).issueType).toBe('billing');
    expect(detectAll(chat(turns('good morning!'))).issueType).toBe('billing');
  });
});
