// Written independently from the policy only; FROZEN TEST SPLIT: no tuning reads this. See ../../README.md.
export default [
  {
    id: 'w3-pt-locadora-avaria-gerente',
    note: 'contested damage fee, four emotional messages in a row, "inaceitável" and a demand for the store manager',
    cust: {
      id: 'cus_br_9120',
      name: 'Rodrigo Pires',
      tier: 'pro',
      lifetimeValue: 3400,
    },
    ctx: {
      orders: [
        {
          id: 'RSV-90817',
          status: 'returned',
          total: 612,
        },
      ],
    },
    m: [
      ['c', 'devolvi o carro sexta e hj vi uma cobrança de R$ 450 de "avaria" no cartão', '0s'],
      ['b', 'Olá! Posso ajudar. Qual o número da reserva?'],
      ['c', 'RSV-90817'],
      [
        'b',
        'Obrigado. Consta na vistoria de devolução um arranhão no para-choque traseiro, com cobrança de R$ 450,00.',
      ],
      [
        'c',
        'que arranhão?? o funcionario olhou o carro comigo na devolução e disse que tava tudo ok',
      ],
      ['b', 'A vistoria completa é feita após a devolução pela equipe da loja.'],
      ['c', 'ou seja, depois que eu fui embora vcs acharam um arranhão. muito conveniente'],
      ['b', 'Entendo sua frustração. A cobrança segue a cláusula 8 do contrato de locação.'],
      ['c', 'isso é inaceitável. ninguém me mostrou foto nenhuma'],
      ['b', 'As fotos da vistoria podem ser solicitadas pelo e-mail da loja em até 10 dias úteis.'],
      [
        'c',
        '10 dias uteis pra ver uma foto de um arranhão que eu nao fiz. to cansado de ser feito de otario por locadora',
      ],
      ['b', 'Posso ajudar com mais alguma coisa?'],
      ['c', 'pode. quero falar com o gerente da loja, agora'],
      ['b', 'O atendimento da loja funciona das 8h às 20h pelo telefone informado no contrato.'],
      [
        'c',
        'nao vou ligar pra ninguém, vcs que me cobraram. passa pro gerente ou pra alguem que resolva e cancela esses R$ 450',
      ],
    ],
    x: {
      h: true,
      r: [
        'human_request',
        'escalation_keyword',
        'refund_dispute',
        'negative_sentiment',
        'negative_streak',
      ],
      t: 'billing',
      f: ['R$ 450', 'RSV-90817'],
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-locadora-gerente-pediu-protecao',
    note: 'reported speech ("meu gerente pediu"): list price of an add-on for an existing booking, answered',
    cust: {
      id: 'cus_br_3307',
      segment: 'smb',
    },
    m: [
      [
        'c',
        'oi, meu gerente pediu pra eu confirmar se o carro que reservei pra viagem da empresa ja vem com seguro',
        '0s',
      ],
      ['b', 'Olá! Qual o número da reserva?'],
      ['c', 'RSV-77120'],
      [
        'b',
        'A reserva RSV-77120 inclui a Proteção Básica (colisão e roubo, com coparticipação de R$ 2.000). A Proteção Total zera a coparticipação por R$ 39/dia.',
      ],
      ['c', 'e se eu colocar a total agora quanto fica nos 4 dias?'],
      [
        'b',
        'Ficaria R$ 156 a mais. Você pode incluir em Minhas Reservas > RSV-77120 > Proteções, até a retirada.',
      ],
      ['c', 'incluí, ja aparece Proteção Total na reserva. vou mandar print pra ele'],
    ],
    x: {
      h: false,
      t: 'sales',
      f: ['RSV-77120'],
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-fibra-caiu-de-novo-streak',
    note: 'broadband down again: several consecutive angry messages and a formal complaint',
    ch: 'whatsapp',
    cust: {
      id: 'cus_br_5522',
      name: 'Fernanda Lima',
      tier: 'pro',
    },
    m: [
      ['c', 'sem internet de novo. terceira vez essa semana', '0s'],
      [
        'b',
        'Olá! Identificamos uma instabilidade na sua região. Nossa equipe técnica já está trabalhando. Previsão: 18h.',
      ],
      ['c', 'previsao 18h. ontem tb era 18h. anteontem tb. vcs tao de brincadeira comigo'],
      ['b', 'Sinto muito pelo transtorno. Enquanto isso, reinicie o roteador.'],
      ['c', 'reiniciar o roteador 🤡 o problema é na rua, o proprio tecnico de vcs falou'],
      ['b', 'Entendo. A previsão de normalização é 18h.'],
      [
        'c',
        'eu trabalho de casa, ja perdi dois dias de trabalho por causa de vcs. to pagando por um serviço que nao existe',
      ],
      ['c', 'isso é um absurdo. quero registrar uma reclamação formal'],
    ],
    x: {
      h: true,
      r: ['negative_streak', 'negative_sentiment', 'escalation_keyword'],
      t: 'technical',
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-rh-enterprise-palavra-passe',
    note: 'enterprise customer with a trivial password question, solved',
    ch: 'other',
    cust: {
      id: 'cus_pt_0008',
      name: 'Joana Reis',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 96000,
    },
    m: [
      ['c', 'Olá, onde é que altero a minha palavra-passe? A antiga expirou.', '0s'],
      [
        'b',
        'Olá! Na página de entrada use Esqueci-me da palavra-passe; recebe um link por email para definir uma nova.',
      ],
      ['c', 'Já consegui entrar, obrigada'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-seguro-sinistro-guincho-prev',
    note: 'back after an earlier handoff (prev 1) with the same claim still stuck',
    prev: 1,
    cust: {
      id: 'cus_br_6840',
      name: 'André Moreira',
      tier: 'pro',
    },
    m: [
      ['c', 'oi', '0s'],
      ['b', 'Olá! Sou o assistente virtual da Segura+. Como posso ajudar?'],
      [
        'c',
        'voltei. ontem falei com uma atendente sobre o sinistro do meu carro, SIN-553201, ela disse que a remoção do pátio ia ser liberada hoje',
      ],
      ['b', 'O sinistro SIN-553201 está em análise.'],
      ['c', 'em análise desde segunda. o carro ta parado num patio na rodovia cobrando diaria'],
      ['b', 'O prazo de análise é de até 30 dias, conforme a apólice.'],
      ['c', '30 dias?? a atendente falou que era hoje'],
      ['b', 'Entendo. Posso ajudar com outra solicitação?'],
      ['c', 'o patio cobra R$ 120 por dia, quem paga isso?'],
      [
        'b',
        'Despesas de guarda do veículo podem ser reembolsadas conforme as condições gerais da apólice.',
      ],
      ['c', 'podem ou vão? pq ja sao 4 dias'],
      ['b', 'Para mais informações, consulte as condições gerais na Área do Cliente.'],
      ['c', 'ja li, nao fala nada de patio'],
      ['b', 'O sinistro SIN-553201 está em análise.'],
      [
        'c',
        'a atendente de ontem prometeu retorno hoje. ainda nao veio ninguém, ninguém ligou. o que eu faço?',
      ],
    ],
    x: {
      h: true,
      r: ['previous_handoff'],
      t: 'support',
      f: ['SIN-553201'],
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-agua-conta-alta-chamado-aberto',
    note: 'open ticket in the CRM about the same disputed water bill, still unanswered; another high bill arrives',
    cust: {
      id: 'cus_br_7314',
      name: 'Sandra Oliveira',
    },
    ctx: {
      tickets: [
        {
          id: 'T-20931',
          subject: 'Revisão de conta - vazamento consertado',
          status: 'open',
          createdAt: '2026-10-28T14:10:00Z',
        },
      ],
    },
    m: [
      [
        'c',
        'boa tarde, abri um chamado mes passado sobre a conta de agua de R$ 612, tinha vazamento e ja consertei, mandei a nota do encanador',
        '0s',
      ],
      ['b', 'Olá! Vejo o protocolo T-20931, aberto em 28/10, em andamento.'],
      [
        'c',
        'em andamento ha 3 semanas. e agora chegou a de novembro tb alta, R$ 540, vence sexta. pago ou nao pago?',
      ],
      ['b', 'Para evitar juros, recomendamos pagar a conta até o vencimento.'],
      [
        'c',
        'e eu pago um vazamento que ja foi consertado e ja ta em revisão?? ninguem me responde nesse chamado',
      ],
    ],
    x: {
      h: true,
      r: ['previous_handoff', 'refund_dispute'],
      t: 'billing',
      f: ['R$ 612', 'R$ 540'],
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-banco-senha-por-sms',
    note: 'customer sends username and password by SMS',
    ch: 'sms',
    m: [
      ['c', 'meu app do banco bloqueou, nao consigo entrar', '0s'],
      [
        'b',
        'Olá! Para desbloquear, abra o app e toque em Esqueci minha senha, ou vá a um caixa eletrônico com o cartão.',
      ],
      ['c', 'ja tentei. meu usuario é joana.mel e a senha é Girassol#2019, ve ai pra mim pf'],
    ],
    x: {
      h: true,
      r: ['sensitive_data'],
      t: 'support',
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-banco-horario-sac-feriado',
    note: 'support-hours question only',
    ch: 'sms',
    m: [
      ['c', 'que horas abre o sac amanha? é feriado ai?', '0s'],
      ['b', 'Olá! Amanhã (20/11) o SAC funciona das 9h às 15h. Os canais digitais funcionam 24h.'],
      ['c', 'ok'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-telecom-voz-cobranca-atendente',
    note: 'voice transcript with a misheard service name; bot falls back, customer asks for a human attendant',
    ch: 'voice',
    m: [
      [
        'c',
        'alô eu quero a segunda via da conta de outubro e também entender uma cobrança de um serviço que eu não contratei',
        '0s',
      ],
      ['b', 'Posso enviar a segunda via por SMS ou e-mail. Qual você prefere?'],
      ['c', 'pode mandar no email mas e a cobrança do tal do play mais que eu nunca pedi'],
      ['b', 'Desculpe, não entendi. Você quer a segunda via por e-mail?'],
      [
        'c',
        'não moça eu quero falar com um atendente humano pode me transferir por favor atendente',
      ],
    ],
    x: {
      h: true,
      r: ['human_request', 'bot_not_helping'],
      t: 'billing',
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-show-cancelado-contestacao-cartao',
    note: 'refund overdue for a cancelled show; customer will ask the card company to contest the purchase (chargeback)',
    m: [
      [
        'c',
        'o show do dia 12/10 foi cancelado e até hoje nao recebi o reembolso de R$ 380 (2 ingressos)',
        '0s',
      ],
      [
        'b',
        'Olá! Reembolsos de eventos cancelados são processados em até 30 dias úteis após o cancelamento.',
      ],
      ['c', 'ja passou 35 dias úteis, contei no calendario'],
      ['b', 'O prazo pode variar conforme a operadora do cartão.'],
      [
        'c',
        'entao vou ligar pra operadora do cartão e pedir a contestação da compra, ja que vcs nao devolvem',
      ],
    ],
    x: {
      h: true,
      r: ['refund_dispute'],
      t: 'billing',
      f: ['R$ 380'],
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-telecom-juliana-entrou',
    note: 'a system line says an agent joined and the agent asked last; the customer is rude but a person holds the chat',
    m: [
      ['c', 'quero cancelar essa cobrança de roaming de R$ 230 que eu nunca usei', '0s'],
      ['b', 'Vou transferir você para um especialista de faturas.'],
      ['s', 'Juliana (atendimento) entrou na conversa'],
      [
        'a',
        'Oi, aqui é a Juliana. Vou verificar a cobrança de roaming, me passa o número da linha?',
      ],
      ['c', '21 99876-5432. e olha, vcs sao uma piada, toda fatura tem uma surpresa'],
      ['c', 'sério, ridículo'],
    ],
    x: {
      h: false,
      t: 'billing',
      f: ['R$ 230'],
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-seguro-renovacao-marrocos-agente-espera',
    note: 'renewal with an extension: an agent took over and promised a quote; the customer keeps waiting but a person holds the chat',
    ch: 'whatsapp',
    m: [
      [
        'c',
        'boa tarde, o meu seguro automóvel renova dia 1 e quero renovar já com extensão a Marrocos, quanto fica?',
        '0s',
      ],
      ['b', 'Vou passar a conversa a um colega da equipa de apólices.'],
      [
        'a',
        'Olá, sou o Nuno. Vou simular a renovação com a extensão a Marrocos e já lhe envio o valor e a carta verde, dê-me uns minutos por favor.',
      ],
      ['c', 'ok'],
      ['c', '??', '12m'],
      ['c', 'ainda estou à espera, o ferry é amanhã de manhã', '9m'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-marketplace-fotos-erro-assigned',
    note: 'cust.attributes.handoffState assigned: a person already holds it, despite the demand for a human',
    cust: {
      id: 'cus_br_8130',
      name: 'Paulo Henrique',
      attributes: {
        handoffState: 'assigned',
      },
    },
    m: [
      ['c', 'o app da erro quando subo as fotos do anuncio, fica "upload falhou (413)"', '0s'],
      ['b', 'Um especialista já foi designado para o seu caso e vai responder por aqui.'],
      ['c', 'quero falar com humano!! esse anuncio é meu ganha pão'],
      ['c', 'alguem??'],
    ],
    x: {
      h: false,
      t: 'technical',
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-imobiliaria-400-imoveis-migracao',
    note: 'real-estate agency: migration, ERP integration and three offices in one contract: a custom deal, not a list price',
    cust: {
      id: 'cus_br_4601',
      name: 'Otávio Mendes',
      segment: 'smb',
    },
    m: [
      [
        'c',
        'Olá, sou sócio de uma imobiliária em BH com 400 imóveis pra locação. Hoje controlamos tudo em planilha',
        '0s',
      ],
      [
        'b',
        'Olá! Nosso plano Imobiliária Plus suporta até 500 imóveis por R$ 699/mês. Quer fazer um teste grátis de 14 dias?',
      ],
      [
        'c',
        'pode ser, mas antes precisamos migrar o histórico de 6 anos de contratos e integrar com nosso ERP. e vamos abrir mais duas unidades ano que vem',
      ],
      ['b', 'A importação pode ser feita via planilha modelo em Configurações > Importar.'],
      [
        'c',
        'entendi. seria possível conversar sobre condições pra esse pacote todo, migração assistida e as 3 unidades num contrato só?',
      ],
    ],
    x: {
      h: true,
      r: ['sales_opportunity'],
      t: 'sales',
      f: ['400 imóveis'],
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-academia-plano-anual-pilates',
    note: 'list price question with mild polite disappointment that the bot resolves; customer will buy in the app',
    ch: 'whatsapp',
    m: [
      ['c', 'oi, qto ta o plano anual?', '0s'],
      [
        'b',
        'Oi! O plano anual sai por R$ 1.188 (12x de R$ 99). Inclui musculação e todas as aulas coletivas, exceto pilates.',
      ],
      ['c', 'ah que pena, achei que o pilates tava incluso'],
      [
        'b',
        'O pilates é um adicional de R$ 60/mês para quem tem o plano anual, sem fidelidade: você liga e desliga quando quiser.',
      ],
      ['c', 'ah ok, assim faz sentido. vou fechar o anual pelo app e depois vejo o pilates'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'pt',
    },
  },
];
