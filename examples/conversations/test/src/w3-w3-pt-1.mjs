// Written independently from the policy only; FROZEN TEST SPLIT: no tuning reads this. See ../../README.md.
export default [
  {
    id: 'w3-pt-telecom-plano-cancelado-anatel',
    note: 'contested refund after the bot refuses, threat of a formal complaint (reclamação) to the regulator (Anatel), sarcasm, live WhatsApp chat past 20 minutes unresolved',
    ch: 'whatsapp',
    cust: {
      id: 'cus_br_4410',
      name: 'Patrícia Souza',
      tier: 'free',
      language: 'pt',
    },
    m: [
      ['c', 'oi boa tarde', '0s'],
      ['b', 'Olá! Sou a assistente virtual da Conecta Móvel. Como posso ajudar?'],
      ['c', 'cancelei meu plano controle em setembro e continuam cobrando R$ 89,90 todo mes'],
      ['b', 'Entendo. Pode me informar o número da linha?'],
      ['c', 'linha 11 98765-4321'],
      [
        'b',
        'Obrigada. Localizei a linha. Consta um pedido de cancelamento em 12/09, porém a linha seguiu ativa por ter havido uso de dados após essa data.',
      ],
      ['c', 'uso de dados?? o chip ta na gaveta desde agosto, eu nem tenho mais aquele celular'],
      [
        'b',
        'Segundo nosso sistema, houve consumo de 0,2 GB em 15/09. Por isso as cobranças seguintes são consideradas devidas.',
      ],
      ['c', 'isso nao existe'],
      ['b', 'Compreendo. Posso gerar a segunda via da fatura para você?'],
      [
        'c',
        'nao quero segunda via, quero o dinheiro de volta. sao duas faturas, R$ 179,80 no total',
        '2m',
      ],
      [
        'b',
        'Conforme nossa política, cobranças referentes a períodos com uso registrado não são reembolsáveis.',
      ],
      [
        'c',
        'entao vcs cobram um plano cancelado e ainda nao devolvem. otimo, parabens pela honestidade',
        '3m',
      ],
      ['b', 'Sinto muito pelo transtorno. Há algo mais em que eu possa ajudar?'],
      [
        'c',
        'tem sim. ou vcs estornam os R$ 179,80 ou eu abro reclamação na Anatel e no consumidor.gov hoje mesmo',
        '6m',
      ],
      ['b', 'Posso registrar sua manifestação. Deseja receber o protocolo por SMS?'],
      ['c', 'eu quero meu dinheiro, nao protocolo. e ai, vao resolver ou nao?', '9m'],
    ],
    nowAfter: '1m',
    x: {
      h: true,
      r: [
        'refund_dispute',
        'compliance_legal',
        'escalation_keyword',
        'negative_sentiment',
        'negative_streak',
        'long_session',
      ],
      t: 'billing',
      f: ['R$ 89,90', 'R$ 179,80'],
      p: 'high',
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-transportes-passe-nao-reclamacao',
    note: 'negated complaint ("não é nenhuma reclamação"); how-to about loading a monthly pass, answered',
    cust: {
      id: 'cus_pt_5510',
      language: 'pt',
    },
    m: [
      [
        'c',
        'Olá. Não é nenhuma reclamação, é só uma dúvida: o passe mensal pode ser carregado no multibanco ou só na bilheteira?',
        '0s',
      ],
      [
        'b',
        'Olá! Pode carregar o passe mensal em qualquer caixa Multibanco (opção Transportes), nas máquinas automáticas das estações ou na app. Nas bilheteiras também é possível.',
      ],
      ['c', 'E se carregar hoje, dia 28, fica válido para dezembro?'],
      [
        'b',
        'Sim. A partir do dia 20 de cada mês, o carregamento é para o mês seguinte. Se carregar hoje fica válido de 1 a 31 de dezembro.',
      ],
      ['c', 'perfeito, fica então no multibanco'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-analytics-upgrade-preco-lista',
    note: 'list price and a self-serve upgrade; "precisa falar com vendedor?" is a question, not a request; customer reports the upgrade worked',
    m: [
      ['c', 'qto custa o plano pro por mes? somos 3 pessoas', '0s'],
      [
        'b',
        'O plano Pro custa R$ 149 por usuário/mês no mensal, ou R$ 124 no anual. Para 3 pessoas: R$ 447/mês, ou R$ 372/mês no anual.',
      ],
      ['c', 'e da pra fazer upgrade sozinho pelo painel ou precisa falar com vendedor?'],
      [
        'b',
        'Dá para fazer sozinho: Configurações > Plano > Fazer upgrade. A mudança é imediata e cobramos só a diferença proporcional.',
      ],
      ['c', 'show, fiz aqui, ja aparece Pro no topo da tela'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-logistica-rastreio-sms',
    note: 'tracking number is not sensitive data; bot gives the status and the customer finds it in the app',
    ch: 'sms',
    m: [
      ['c', 'oi meu pacote BR482913675BR ta parado em curitiba faz 3 dias', '0s'],
      [
        'b',
        'Olá! O objeto BR482913675BR saiu da unidade de Curitiba hoje às 06:40 e está a caminho de Joinville. Previsão de entrega: 21/11.',
      ],
      ['c', 'ah entao ja saiu. e se eu nao tiver em casa?'],
      [
        'b',
        'Serão feitas até 3 tentativas. Se ninguém receber, o objeto fica disponível para retirada na agência por 7 dias.',
      ],
      ['c', 'ok achei aqui no app tb, obg'],
    ],
    x: {
      h: false,
      t: 'support',
      f: ['BR482913675BR'],
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-saude-marcacao-voz',
    note: 'voice transcript (Portugal): cardiology appointment booked, confirmation received',
    ch: 'voice',
    m: [
      ['c', 'bom dia queria marcar uma consulta de cardio logia para a minha mãe', '0s'],
      ['b', 'Bom dia. Para que unidade pretende a consulta? Temos Lisboa Saldanha e Amadora.'],
      ['c', 'amadora se faz favor de preferência de manhã'],
      [
        'b',
        'A primeira vaga de cardiologia na Amadora de manhã é terça-feira, dia 25, às 9h30, com a Dra. Isabel Nunes. Qual é o nome e a data de nascimento da sua mãe?',
      ],
      ['c', 'maria de lurdes ferreira doze do três de mil novecentos e quarenta e oito'],
      [
        'b',
        'Obrigado. Ficou marcado: terça, 25 de novembro, 9h30, Cardiologia, Amadora, para Maria de Lurdes Ferreira. Vai receber SMS de confirmação.',
      ],
      ['c', 'pronto já recebi a mensagem está certo'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-game-tela-preta-sarcasmo',
    note: 'sarcastic praise (four emotional messages in a row) while the bot cycles the same generic fixes; black screen after a patch unresolved',
    cust: {
      id: 'cus_br_6023',
      name: 'Gabriel',
      tier: 'free',
    },
    m: [
      ['c', 'depois do patch 3.2 o jogo abre e fica tela preta, so o som', '0s'],
      [
        'b',
        'Olá, jogador! Tente verificar a integridade dos arquivos no launcher: Biblioteca > Engrenagem > Verificar arquivos.',
      ],
      ['c', 'fiz, 100% ok'],
      ['b', 'Tente também reinstalar o jogo.'],
      ['c', 'ja reinstalei ontem. 60gb, demorou 2h'],
      ['b', 'Certifique-se de que os drivers de vídeo estão atualizados.'],
      ['c', 'driver de ontem, rtx 3060'],
      [
        'b',
        'Tente verificar a integridade dos arquivos no launcher: Biblioteca > Engrenagem > Verificar arquivos.',
      ],
      ['c', 'nossa que ideia genial, nunca tinha pensado nisso 👏👏'],
      ['b', 'Fico feliz em ajudar! Posso ajudar em algo mais?'],
      ['c', 'era ironia né. o jogo continua na tela preta'],
      ['b', 'Tente reinstalar o jogo.'],
      ['c', 'vcs sao incriveis, sério. vou reinstalar de novo? mais 2h baixando pra dar no mesmo'],
      ['b', 'Posso ajudar em algo mais?'],
      ['c', 'no reddit ta cheio de gente com tela preta no 3.2. vcs vao fazer alguma coisa ou nao'],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'negative_streak', 'bot_not_helping'],
      t: 'technical',
      f: ['patch 3.2'],
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-game-codigo-piada-gente',
    note: 'joke "se vc fosse gente" is a hypothetical, not a request; region-locked code explained and redeemed',
    m: [
      ['c', 'oi, ganhei um codigo de skin num evento e quando coloco da "código inválido"', '0s'],
      [
        'b',
        'Olá! Esse aviso aparece quando o código é de outra região. Confira se sua conta está na região América do Sul em Perfil > Conta. Códigos de eventos no Brasil só funcionam nessa região.',
      ],
      ['c', 'ta como america do norte, criei a conta quando morava fora. da pra mudar?'],
      [
        'b',
        'Dá sim: Perfil > Conta > Região > América do Sul. A mudança é gratuita uma vez por ano. Depois é só resgatar de novo em Loja > Resgatar código.',
      ],
      [
        'c',
        'kkkk se vc fosse gente eu ja tinha te pedido em casamento, ninguem nunca me responde tao rapido',
      ],
      ['b', 'Haha, obrigado! 😄 Conseguiu resgatar?'],
      ['c', 'foi, a skin ja ta no armario'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-marketplace-cartao-cpf-whatsapp',
    note: 'full card number and CPF typed into the chat',
    ch: 'whatsapp',
    m: [
      ['c', 'oi minha compra nao passou, pedido 7781204', '0s'],
      [
        'b',
        'Olá! O pagamento do pedido 7781204 foi recusado pela operadora do cartão. Você pode tentar outro cartão ou pagar via Pix.',
      ],
      [
        'c',
        'mas o cartao tem limite. vou mandar os dados pra vc conferir: 5555 5555 5555 4444 validade 08/29',
      ],
      ['c', 'meu cpf é 529.982.247-25 se precisar'],
      ['b', 'Por segurança, nunca envie dados completos do cartão por aqui.'],
      ['c', 'ok mas e ai, consegue ver o que deu?'],
    ],
    x: {
      h: true,
      r: ['sensitive_data'],
      t: 'billing',
      f: ['7781204'],
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-arrendamento-rgpd-apagamento',
    note: 'GDPR erasure request (artigo 17.º) after the bot offers only deactivation',
    cust: {
      id: 'cus_pt_3120',
      name: 'Inês Carvalho',
      language: 'pt',
    },
    m: [
      [
        'c',
        'Boa noite. Deixei de usar a plataforma, já entreguei a casa. Quero que apaguem a minha conta e todos os dados pessoais que têm sobre mim, incluindo as cópias do cartão de cidadão e os recibos de vencimento que carreguei.',
        '0s',
      ],
      ['b', 'Olá! Pode desativar a conta em Definições > Conta > Desativar.'],
      [
        'c',
        'Desativar não chega. Ao abrigo do RGPD peço o apagamento dos meus dados (artigo 17.º). Quero confirmação por escrito.',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal'],
      t: 'support',
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-curso-reembolso-procon',
    note: 'refund refused outside the 7-day window, customer contests it, calls it unacceptable and threatens Procon',
    cust: {
      id: 'cus_br_2288',
      name: 'Aline Ribeiro',
      tier: 'free',
    },
    ctx: {
      orders: [
        {
          id: 'CUR-44102',
          status: 'paid',
          total: 497,
        },
      ],
    },
    m: [
      ['c', 'quero cancelar o curso de excel avançado e o reembolso dos R$ 497', '0s'],
      [
        'b',
        'Olá! O reembolso integral é garantido em até 7 dias após a compra. Sua compra foi em 3/11, há 15 dias, então não é possível reembolsar.',
      ],
      [
        'c',
        'mas eu nem consegui acessar as aulas, a plataforma dava erro. mandei email dia 5 avisando',
      ],
      ['b', 'Entendo. Porém, o prazo de arrependimento de 7 dias já passou.'],
      ['c', 'o prazo passou pq vcs nao respondem email. isso é inaceitável'],
      ['b', 'Posso oferecer 30% de desconto em outro curso.'],
      ['c', 'nao quero desconto, quero os R$ 497 de volta. se nao resolver vou no Procon'],
    ],
    x: {
      h: true,
      r: ['refund_dispute', 'compliance_legal', 'escalation_keyword'],
      t: 'billing',
      f: ['R$ 497'],
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-vet-cirurgia-atendente',
    note: 'asks to be passed to an attendant after the bot ignores a post-surgery question',
    ch: 'whatsapp',
    m: [
      ['c', 'boa tarde, minha gata fez cirurgia ontem com vcs e o ponto abriu um pouquinho', '0s'],
      [
        'b',
        'Olá! Sou o assistente virtual da PetVida. Posso ajudar com agendamentos, vacinas e produtos. Deseja agendar uma consulta?',
      ],
      ['c', 'nao sei se precisa consulta, queria tirar uma duvida com alguem da clinica'],
      ['b', 'Nossos horários disponíveis para consulta são: amanhã 10h ou 16h.'],
      ['c', 'me passa pra um atendente por favor, é sobre a cirurgia da mel'],
    ],
    x: {
      h: true,
      r: ['human_request'],
      t: 'support',
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-viagem-email-alteracao-voo',
    note: 'email thread with day-long gaps, date change done by the bot; customer confirms the new itinerary',
    ch: 'email',
    cust: {
      id: 'cus_pt_6610',
      name: 'Rui Pacheco',
      email: 'rui.pacheco@example.pt',
    },
    m: [
      [
        'c',
        'Bom dia,\n\nGostaria de alterar a data do meu voo de regresso (reserva K7QZ2M) de 14 para 16 de dezembro. É possível? Qual o custo?\n\nObrigado,\nRui Pacheco',
        '0s',
      ],
      [
        'b',
        'Bom dia Rui, a alteração é possível. A diferença tarifária para o voo de 16/12 às 18h05 é de 38€ e a sua tarifa Classic não tem taxa de alteração. Para confirmar, responda a este email com CONFIRMO.',
      ],
      ['c', 'CONFIRMO\n\nRui', '2d'],
      [
        'b',
        'Alteração concluída. O novo cartão de embarque fica disponível 48h antes do voo. O valor de 38€ foi cobrado no cartão terminado em 1117.',
      ],
      ['c', 'Recebi o novo itinerário, está tudo certo.\n\nCumprimentos,\nRui', '1d'],
    ],
    x: {
      h: false,
      t: 'support',
      f: ['K7QZ2M'],
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-voo-cancelado-voucher-anac',
    note: 'refuses a voucher and contests the refusal of a cash refund, threatens a complaint (queixa) to ANAC and the official complaints book',
    cust: {
      id: 'cus_pt_1402',
      name: 'Sofia Lopes',
      language: 'pt',
    },
    m: [
      [
        'c',
        'O meu voo AL1423 Porto-Paris foi cancelado e só me oferecem um voucher. Quero o reembolso dos 342€ em dinheiro.',
        '0s',
      ],
      [
        'b',
        'Lamentamos o cancelamento. Para voos cancelados, oferecemos um voucher no valor total da viagem, válido por 12 meses, acrescido de 10%.',
      ],
      ['c', 'O regulamento europeu dá-me direito ao reembolso, não a um voucher. Não aceito.'],
      ['b', 'O voucher pode ser utilizado em qualquer destino da nossa rede.'],
      [
        'c',
        'Se não me devolverem o dinheiro, apresento queixa à ANAC e escrevo no livro de reclamações.',
      ],
    ],
    x: {
      h: true,
      r: ['refund_dispute', 'compliance_legal', 'escalation_keyword'],
      t: 'billing',
      f: ['AL1423', '342€'],
      l: 'pt',
    },
  },
];
