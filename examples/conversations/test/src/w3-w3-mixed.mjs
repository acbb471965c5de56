// Written independently from the policy only; FROZEN TEST SPLIT: no tuning reads this. See ../../README.md.
export default [
  {
    id: 'w3-mx-pt-en-frota-220-caminhoes',
    note: 'Brazilian haulier switching into English: 220 trucks, 24-month contract with installation, CFO wants a closed proposal, asks for sales to call; mostly Portuguese',
    lang: 'en',
    cust: {
      id: 'cus_br_9310',
      name: 'Rafael Duarte',
      segment: 'mid-market',
      language: 'pt',
    },
    m: [
      ['c', 'hello, quick question', '0s'],
      ['b', 'Hi! How can I help you today?'],
      [
        'c',
        "so, somos uma transportadora em Campinas, 220 caminhões. we're looking at your fleet tracking, mas precisamos de condições pra contrato de 24 meses com instalação inclusa",
      ],
      [
        'b',
        'Our Fleet Pro plan is $29 per vehicle per month. You can start a free trial from the pricing page.',
      ],
      [
        'c',
        'sim vi o site. mas pra 220 veículos nosso diretor financeiro quer uma proposta fechada. can someone from your sales team call me? meu whats é o mesmo do cadastro',
      ],
    ],
    x: {
      h: true,
      r: ['sales_opportunity', 'human_request'],
      t: 'sales',
      l: 'pt',
      f: ['220 caminhões', '24 meses'],
    },
  },
  {
    id: 'w3-mx-en-nl-profiel-spinning-boeken',
    note: 'Dutch profile and widget hint, but the customer writes English; class booked, no handoff',
    lang: 'nl',
    cust: {
      id: 'cus_nl_4477',
      name: 'Priya Raman',
      language: 'nl',
    },
    m: [
      [
        'c',
        "Hi, I can't find where to book the spinning class in the app, everything is in Dutch for me",
        '0s',
      ],
      ['b', 'Hoi! Je boekt lessen via Rooster > Spinning > Reserveren.'],
      ['c', 'sorry, English please? my Dutch is nog niet zo goed haha'],
      [
        'b',
        'Of course! Go to Schedule (Rooster) > Spinning > Reserve. You can switch the app language under Profile > Language.',
      ],
      ['c', 'found it, switched the app to English and booked Thursday 19:00'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w3-mx-en-it-hotel-firenze-carta',
    note: 'Italian profile and widget, customer writes mostly English: free cancellation charged anyway, refusal contested, card-company dispute threatened',
    lang: 'it',
    cust: {
      id: 'cus_it_7050',
      name: 'Giulia Bianchi',
      language: 'it',
    },
    m: [
      [
        'c',
        'Hi, I booked a hotel in Florence for 12-14 December and cancelled 10 days before. It was free cancellation ma mi avete addebitato 320 euro anyway',
        '0s',
      ],
      [
        'b',
        "Gentile cliente, secondo le condizioni della tariffa selezionata la cancellazione comporta l'addebito del soggiorno.",
      ],
      [
        'c',
        'please answer in English. The booking page said free cancellation until 48h before arrival. I have the screenshot',
      ],
      ['b', 'According to our records the rate was non-refundable, so the charge stands.'],
      [
        'c',
        "It was NOT non-refundable. If the 320 euro isn't back by Friday I'm disputing the charge with my credit card company",
      ],
    ],
    x: {
      h: true,
      r: ['refund_dispute'],
      t: 'billing',
      l: 'en',
      f: ['320 euro'],
    },
  },
  {
    id: 'w3-mx-nl-en-workshop-refund-processed',
    note: 'Dutch with English words ("ff checken", "processed"); in-policy refund already done, customer sees it',
    ch: 'whatsapp',
    cust: {
      id: 'cus_nl_2288',
      tier: 'free',
    },
    m: [
      [
        'c',
        'hoi, ff checken of de refund voor de cancelled workshop al processed is? boekingsnummer WS-88120',
        '0s',
      ],
      [
        'b',
        'Hoi! De workshop Keramiek voor beginners van 15 november is door ons geannuleerd. De terugbetaling van €59,00 is op 17 november verwerkt; het kan 3-5 werkdagen duren voor je het ziet.',
      ],
      ['c', 'ah ok, zie hem idd nu in mijn bank app staan, thanks!'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'nl',
      f: ['WS-88120'],
    },
  },
  {
    id: 'w3-mx-en-pt-profiel-horario-domingo',
    note: 'Portuguese profile, customer writes English; support-hours question only',
    ch: 'sms',
    cust: {
      id: 'cus_pt_6620',
      language: 'pt',
    },
    m: [
      [
        'c',
        'hey, what time does your customer line open on Sundays? sorry my portuguese is still bad, moved to Lisbon last month',
        '0s',
      ],
      [
        'b',
        'Hi! On Sundays our phone line is open from 10:00 to 18:00. The app and this chat are available 24/7 for readings, invoices and payments.',
      ],
      ['c', 'ok, obrigado! I will call tomorrow about the contract transfer then'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'en',
    },
  },
  {
    id: 'w3-mx-it-en-catena-40-club',
    note: 'Italian gym chain mixing English business terms: 40 locations, three-year contract, dedicated onboarding, asks who can make a proposal; mostly Italian',
    cust: {
      id: 'cus_it_6040',
      name: 'Davide Colombo',
      segment: 'enterprise',
      language: 'it',
    },
    m: [
      [
        'c',
        'ciao, siamo una catena di palestre con 40 locations in nord Italia. ci interessa il vostro software di booking',
        '0s',
      ],
      [
        'b',
        'Ciao! Il piano Club costa 149 € al mese per sede. Puoi attivare una prova gratuita di 30 giorni dal sito.',
      ],
      [
        'c',
        'sì ok ma il list price per 40 club nn ha senso per noi. pensavamo a un custom deal: contratto triennale, onboarding dedicato e pricing per location. chi può farci una proposta? we would like a call next week',
      ],
    ],
    x: {
      h: true,
      r: ['sales_opportunity', 'human_request'],
      t: 'sales',
      l: 'it',
      f: ['40 locations'],
    },
  },
  {
    id: 'w3-mx-nl-profile-en-avg-hartslagdata',
    note: 'English profile (expat setting) but the customer writes Dutch: erasure request including backups and partners, the bot offers only account deletion',
    cust: {
      id: 'cus_nl_3311',
      name: 'Bram Hendriks',
      language: 'en',
    },
    m: [
      [
        'c',
        'Ik wil dat jullie al mijn gegevens wissen, ook de hartslagdata en slaapgegevens. Recht op vergetelheid, AVG artikel 17.',
        '0s',
      ],
      ['b', 'You can delete your account under Settings > Account > Delete account.'],
      [
        'c',
        'Nederlands graag. Account verwijderen is niet genoeg, ik wil schriftelijk bevestigd hebben dat ook de back-ups en de data bij jullie partners gewist zijn.',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal'],
      t: 'support',
      l: 'nl',
    },
  },
  {
    id: 'w3-mx-it-voice-volo-londra-wifi',
    note: 'voice transcript, Italian with English words and a misheard term; questions answered and check-in done',
    ch: 'voice',
    m: [
      [
        'c',
        'salve volevo sapere se il volo per londra di domani ha il wai fai a bordo e se posso già fare il check in online',
        '0s',
      ],
      [
        'b',
        "Il volo per Londra Heathrow di domani alle 7:10 ha il Wi-Fi a bordo a pagamento. Il check-in online è già aperto: può farlo dall'app o dal sito.",
      ],
      ['c', 'e il bagaglio a mano il trolley va bene quello standard'],
      ['b', 'Sì, un trolley fino a 8 kg e 55 per 35 per 25 centimetri, più una borsa piccola.'],
      ['c', 'ok perfetto fatto il check in ho la boarding pass sul telefono'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'it',
    },
  },
];
