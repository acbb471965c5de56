// Written independently from the policy only; development split. See ../../README.md.
export default [
  {
    id: 'w3-pt-delivery-item-faltando-reembolso',
    note: 'in-policy refund for missing items that the bot completes; customer reports it went through',
    cust: {
      id: 'cus_br_1177',
      name: 'Lucas Almeida',
      tier: 'free',
    },
    ctx: {
      orders: [
        {
          id: 'RJ-55120',
          status: 'delivered',
          total: 67.4,
        },
      ],
    },
    m: [
      ['c', 'oi, meu pedido #RJ-55120 veio sem o refri e sem a batata', '0s'],
      [
        'b',
        'Poxa, sinto muito! Vi aqui o pedido RJ-55120. Os itens que faltaram somam R$ 23,50. Posso devolver esse valor agora no cartão ou como crédito no app. O que prefere?',
      ],
      ['c', 'no cartao pfv'],
      [
        'b',
        'Feito! O reembolso de R$ 23,50 foi lançado para o cartão final 4821 e aparece em até 2 dias úteis. Comprovante: REF-88213.',
      ],
      ['c', 'blz, ja apareceu aqui no app como estornado'],
    ],
    x: {
      h: false,
      t: 'billing',
      f: ['RJ-55120'],
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-seguro-auto-carta-gestor',
    note: 'formal email (Portugal) politely asking that a claims handler contact her: indirect request for a person; "processo" here is the claim file',
    ch: 'email',
    cust: {
      id: 'cus_pt_2093',
      name: 'Teresa Magalhães',
      email: 'teresa.magalhaes@example.pt',
      language: 'pt',
    },
    m: [
      [
        'c',
        'Exmos. Senhores,\n\nNo passado dia 3 de novembro participei um sinistro (processo n.º SA-2026-04417) relativo a um embate ligeiro no parque de estacionamento de um centro comercial em Alfragide. Desde então recebi apenas mensagens automáticas a pedir documentos que já enviei duas vezes.\n\nAgradecia que um dos vossos gestores de sinistros me contactasse diretamente, por telefone ou por email, para percebermos o que falta.\n\nCom os melhores cumprimentos,\nTeresa Magalhães',
        '0s',
      ],
      [
        'b',
        'Cara Teresa, obrigado pelo seu contacto. Para acelerar a análise do sinistro, pode carregar os documentos em falta na Área de Cliente > Sinistros > Documentos.',
      ],
      [
        'c',
        'Boa tarde,\n\nComo referi, os documentos já foram carregados duas vezes (a declaração amigável e as fotografias). Não pretendo carregá-los uma terceira vez.\n\nVolto a pedir que alguém da equipa que acompanha o processo SA-2026-04417 fale comigo, de preferência ainda esta semana.\n\nTeresa Magalhães',
        '1d',
      ],
    ],
    x: {
      h: true,
      r: ['human_request'],
      t: 'support',
      f: ['SA-2026-04417'],
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-analytics-procurement-350',
    note: 'volume deal in business terms (350 users, 36-month contract, procurement, subsidiary billing, SSO) and an ask for someone to build the commercial terms',
    cust: {
      id: 'cus_br_8802',
      name: 'Renata Campos',
      tier: 'pro',
      segment: 'mid-market',
      lifetimeValue: 23700,
    },
    ctx: {
      account: {
        plan: 'Growth',
        seats: 25,
        renewal: '2027-03-01',
      },
    },
    m: [
      [
        'c',
        'Olá, somos cliente no plano Growth com 25 usuários. A diretoria aprovou expandir pra área comercial inteira, seriam uns 350 usuários em 4 países',
        '0s',
      ],
      [
        'b',
        'Que ótimo! No plano Growth cada usuário adicional custa R$ 79/mês. Você pode adicionar usuários em Configurações > Equipe.',
      ],
      [
        'c',
        'entendo, mas nesse volume nosso procurement vai exigir proposta formal, contrato de 36 meses, faturamento em dólar pra subsidiária do Chile e SSO com Azure AD',
      ],
      ['b', 'O SSO está disponível no plano Enterprise. Quer ver a comparação de planos?'],
      [
        'c',
        'ja vi a pagina. o que eu preciso é de alguém do time de vcs que monte as condições comerciais com a gente, temos comitê de orçamento dia 10',
      ],
    ],
    x: {
      h: true,
      r: ['sales_opportunity', 'human_request'],
      t: 'sales',
      f: ['350 usuários', '36 meses'],
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-banco-pix-qr-erro-desconhecido',
    note: 'an error code the bot has no answer for, after the usual steps were already tried',
    ch: 'whatsapp',
    cust: {
      id: 'cus_br_3391',
      name: 'Marcos Teixeira',
      segment: 'smb',
    },
    m: [
      [
        'c',
        'bom dia, to tentando gerar QR code pix pra cobrar um cliente e da "Falha PXQ-0913: chave em reconciliação"',
        '0s',
      ],
      [
        'b',
        'Olá! Para gerar um QR Code Pix, acesse Área Pix > Cobrar > Gerar QR Code, informe o valor e toque em Continuar.',
      ],
      ['c', 'eu sei gerar, faço isso todo dia. o problema é esse erro PXQ-0913, nunca vi'],
      [
        'b',
        'Não encontrei informações sobre esse código de erro. Você pode tentar atualizar o aplicativo e reiniciar o celular.',
      ],
      [
        'c',
        'ja atualizei, reiniciei, testei no computador tb. mesma coisa. a chave é o cnpj da loja',
      ],
      ['b', 'Entendi. Infelizmente não tenho mais detalhes sobre a falha PXQ-0913.'],
      ['c', 'e agora? tenho cliente esperando no balcão pra pagar'],
    ],
    x: {
      h: true,
      r: ['novel_problem'],
      t: 'technical',
      f: ['PXQ-0913'],
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-energia-leitura-estimada-loop',
    note: 'same question (why was my reading ignored) asked three-plus ways while the bot resends the same article',
    cust: {
      id: 'cus_pt_7720',
      name: 'Hugo Matos',
      language: 'pt',
    },
    m: [
      ['c', 'Boa tarde', '0s'],
      ['b', 'Boa tarde! Em que posso ajudar?'],
      ['c', 'A minha fatura de outubro veio com 212€, normalmente pago uns 60€. Porquê?'],
      [
        'b',
        'As faturas podem variar consoante o consumo e as leituras. Saiba mais em: Como ler a sua fatura (link).',
      ],
      [
        'c',
        'já li esse artigo. a questão é que a leitura desta fatura foi estimada e eu enviei a leitura real no dia 2',
      ],
      [
        'b',
        'As leituras estimadas são calculadas com base no seu histórico de consumo. Saiba mais em: Como ler a sua fatura (link).',
      ],
      [
        'c',
        'ok mas então porque é que não usaram a leitura que eu comuniquei? tenho a foto do contador',
      ],
      ['b', 'Pode comunicar leituras na app, na área Leituras, entre os dias 1 e 8 de cada mês.'],
      [
        'c',
        'Foi o que fiz!! Dia 2. Tenho o comprovativo. Porque é que a fatura ignora a minha leitura?',
      ],
      [
        'b',
        'As faturas podem variar consoante o consumo e as leituras. Saiba mais em: Como ler a sua fatura (link).',
      ],
      ['c', 'é a terceira vez que me manda o mesmo link'],
      ['b', 'Lamento. Posso ajudar com mais alguma coisa?'],
      [
        'c',
        'pode. explicar-me porque é que a leitura de dia 2 (34512 kWh) não entrou na fatura FT 2026/118834',
      ],
      ['b', 'Para questões sobre faturação, consulte: Como ler a sua fatura (link).'],
      ['c', 'inacreditável'],
    ],
    x: {
      h: true,
      r: ['repeated_question', 'bot_not_helping'],
      t: 'billing',
      f: ['212€', 'FT 2026/118834'],
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-marketplace-final-4242-preautorizacao',
    note: 'last four digits of a card only; apparent double charge is a pre-authorisation the customer confirms',
    m: [
      ['c', 'cobraram duas vezes? vi duas cobranças de R$ 64,00 no cartao final 4242', '0s'],
      [
        'b',
        'Olá! Verifiquei: uma das cobranças de R$ 64,00 é uma pré-autorização do pedido 55310, cancelada automaticamente. Ela some da fatura em até 5 dias úteis; só uma será efetivada.',
      ],
      ['c', 'ah é pre autorizacao. olhei no app do banco e uma ja ta como cancelada mesmo'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-rh-rgpd-campo-consentimento',
    note: 'RGPD is only the subject of a how-to in the HR software; answered and confirmed',
    ch: 'other',
    cust: {
      id: 'cus_pt_9001',
      tier: 'pro',
      segment: 'smb',
    },
    m: [
      [
        'c',
        'Olá, estou a configurar a ficha de colaborador. Como adiciono o campo de consentimento RGPD para o uso de fotografias?',
        '0s',
      ],
      [
        'b',
        'Vá a Definições > Campos personalizados > Novo campo, escolha o tipo Caixa de verificação e marque Obrigatório no onboarding. O texto do consentimento vai na descrição do campo.',
      ],
      ['c', 'E consigo exportar quem aceitou e quem não aceitou?'],
      [
        'b',
        'Sim: Relatórios > Colaboradores > adicione a coluna do campo personalizado e exporte para Excel.',
      ],
      ['c', 'Já está, a coluna aparece no relatório.'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-curso-certificado-longo-resolvido',
    note: 'long live chat over 20 minutes that ends resolved: the customer reports the certificate downloaded',
    cust: {
      id: 'cus_br_5150',
      name: 'Thiago',
      tier: 'pro',
    },
    m: [
      ['c', 'oi, terminei o curso de marketing digital mas o certificado nao aparece', '0s'],
      [
        'b',
        'Olá! Para liberar o certificado é preciso concluir 100% das aulas e ter nota mínima 7 na avaliação final. Pode verificar seu progresso em Meus Cursos?',
      ],
      ['c', 'ta 98%'],
      [
        'b',
        'Então falta alguma aula marcada como concluída. Abra o curso e procure aulas sem o ícone verde ✓.',
      ],
      ['c', 'peraí vou ver'],
      ['c', 'achei, era o modulo 6 aula 4, o video tinha travado no meio', '7m'],
      ['b', 'Ótimo! Assista até o final para ela ser marcada.'],
      ['c', 'pronto, assisti. agora ta 100%', '9m'],
      ['b', 'Perfeito. Já fez a avaliação final?'],
      ['c', 'fiz mês passado, tirei 8,5'],
      ['b', 'Então o certificado deve ser gerado em alguns minutos. Acesse Meus Certificados.'],
      ['c', 'ainda nao apareceu', '3m'],
      ['b', 'Às vezes é preciso sair e entrar de novo na plataforma para atualizar. Pode tentar?'],
      ['c', 'sai e entrei', '2m'],
      ['c', 'apareceu!! baixei o pdf, ta com meu nome certinho'],
      ['b', 'Que bom! Parabéns pela conclusão 🎉'],
      ['c', 'vlw'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-academia-cancelar-loop',
    note: 'how to cancel asked many ways while the bot keeps pushing retention offers (ignores the request), ends exasperated',
    ch: 'whatsapp',
    cust: {
      id: 'cus_br_7071',
      name: 'Camila',
      tier: 'free',
    },
    m: [
      ['c', 'oi quero cancelar minha matricula', '0s'],
      [
        'b',
        'Olá! Que pena que quer nos deixar 😢 Sabia que você pode congelar o plano por até 60 dias sem custo?',
      ],
      ['c', 'nao quero congelar, quero cancelar'],
      [
        'b',
        'Entendo! Temos uma oferta especial: 3 meses com 40% de desconto para você continuar treinando com a gente 💪',
      ],
      ['c', 'nao obrigado. como eu faço pra cancelar?'],
      ['b', 'Você também pode trocar para o plano Smart, por R$ 79,90/mês!'],
      ['c', 'eu to perguntando como cancela. tem algum formulario? alguma opção no app?'],
      ['b', 'Que tal experimentar as aulas de spinning inclusas no seu plano? 🚴'],
      ['c', 'moça do céu. eu só quero saber onde cancela a porcaria da matrícula'],
      [
        'b',
        'Olá! Que pena que quer nos deixar 😢 Sabia que você pode congelar o plano por até 60 dias sem custo?',
      ],
      ['c', 'de novo isso'],
      ['b', 'Posso ajudar com mais alguma coisa?'],
      ['c', 'qual o passo a passo pra cancelar, por favor'],
      ['b', 'Temos unidades em toda a cidade! Quer conhecer a mais próxima?'],
      ['c', 'desisto'],
    ],
    x: {
      h: true,
      r: ['repeated_question', 'bot_not_helping', 'negative_sentiment'],
      t: 'sales',
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-pet-pacote-banho-mensal',
    note: 'pre-purchase price question about a monthly grooming package, bought in the app',
    ch: 'whatsapp',
    m: [
      ['c', 'oii quanto ta o pacote mensal de banho pro thor? é um shih tzu', '0s'],
      [
        'b',
        'Oi! 🐶 Para porte pequeno, o pacote com 4 banhos por mês sai R$ 240 (o banho avulso é R$ 75). Tosa higiênica inclusa em um dos banhos.',
      ],
      ['c', 'e se eu quiser cancelar depois?'],
      ['b', 'Sem fidelidade: é só cancelar no app até o dia 25 para não renovar no mês seguinte.'],
      ['c', 'fechado, assinei pelo app, ja apareceu o primeiro horário pra sábado 👍'],
    ],
    x: {
      h: false,
      t: 'sales',
      l: 'pt',
    },
  },
];
