// Written independently from the policy only; development split. See ../../README.md.
export default [
  {
    id: 'w3-pt-link-dedicado-14-lojas',
    note: 'enterprise retail chain with 14 of 38 stores offline: outage across many sites, tier matters',
    cust: {
      id: 'cus_br_0042',
      name: 'Fábio Nogueira',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 2400000,
    },
    ctx: {
      account: {
        plan: 'Link Dedicado Corporativo',
        sites: 38,
        sla: '4h',
      },
    },
    m: [
      [
        'c',
        'Bom dia. Aqui é o Fábio, TI da rede Farmácias Bem Estar. Desde 7h40 estamos sem link em 14 das 38 lojas, todas no interior de SP. PDV parado, sem vender.',
        '0s',
      ],
      [
        'b',
        'Olá Fábio. Há um incidente aberto na região de Campinas. Ainda não temos previsão de normalização.',
      ],
      [
        'c',
        'preciso de um posicionamento urgente, cada hora parada é muito faturamento. as lojas de Sorocaba tb cairam e nao sao Campinas. quais circuitos estão no incidente?',
      ],
    ],
    x: {
      h: true,
      r: ['high_value_customer'],
      t: 'technical',
      f: ['14 das 38 lojas'],
      p: 'urgent',
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-rh-enterprise-renovacao-risco',
    note: 'enterprise HR customer weighing other vendors before renewal; bot answer is off the point',
    cust: {
      id: 'cus_pt_0007',
      name: 'Helena Baptista',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 96000,
      language: 'pt',
    },
    ctx: {
      account: {
        plan: 'Enterprise',
        seats: 1200,
        renewal: '2027-01-31',
      },
    },
    m: [
      [
        'c',
        'Boa tarde. Sou a diretora de RH do Grupo Lusomar, temos 1.200 colaboradores no vosso software de processamento salarial.',
        '0s',
      ],
      [
        'c',
        'Nos últimos três meses os recibos de vencimento saíram com erros duas vezes. A renovação é em janeiro e, sinceramente, estamos a avaliar outras soluções.',
      ],
      [
        'b',
        'Lamento os incidentes. Pode consultar as notas de versão com as correções em Ajuda > Novidades.',
      ],
      [
        'c',
        'Não é isso que procuro. Antes de decidirmos, gostava de perceber que garantias nos podem dar para 2027.',
      ],
    ],
    x: {
      h: true,
      r: ['high_value_customer', 'bot_not_helping'],
      t: 'sales',
      f: ['1.200 colaboradores'],
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-seguro-boleto-apos-handoff',
    note: 'after an earlier handoff that solved the issue, a new trivial question about where to download the slip',
    prev: 1,
    m: [
      [
        'c',
        'oi de novo, o rapaz ja resolveu o lance da apolice. so uma coisa: onde baixo o boleto da parcela de dezembro?',
        '0s',
      ],
      [
        'b',
        'Olá! No app, vá em Minhas Apólices > Pagamentos > Dezembro > Baixar boleto. Também enviamos por e-mail 10 dias antes do vencimento.',
      ],
      ['c', 'achei, baixado'],
    ],
    x: {
      h: false,
      t: 'billing',
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-gas-contador-e17-voz',
    note: 'voice (Portugal): smart gas meter error the bot does not know, basic check already done',
    ch: 'voice',
    m: [
      [
        'c',
        'boa tarde o meu contador de gás inteligente está a mostrar um código e dezassete e uma luz vermelha a piscar',
        '0s',
      ],
      ['b', 'Para comunicar uma leitura, diga leitura. Para avarias, diga avaria.'],
      ['c', 'avaria'],
      [
        'b',
        'Não tenho informação sobre o código E17. Verifique se a válvula de corte está aberta.',
      ],
      [
        'c',
        'a válvula está aberta o fogão não acende e o esquentador também não o que é que significa esse e dezassete',
      ],
    ],
    x: {
      h: true,
      r: ['novel_problem'],
      t: 'technical',
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-ingresso-o-processo-transferir',
    note: '"O Processo" is the title of a play, not a lawsuit; ticket transferred',
    m: [
      [
        'c',
        'oi comprei 2 ingressos pra peça O Processo, do Kafka, dia 29. consigo passar um pra minha irmã?',
        '0s',
      ],
      [
        'b',
        'Olá! Sim. Em Meus Ingressos, toque no ingresso > Transferir e informe o e-mail da sua irmã.',
      ],
      ['c', 'ela nao tem conta'],
      [
        'b',
        'Ela pode criar uma gratuitamente com o mesmo e-mail; o ingresso aparece assim que ela entrar.',
      ],
      ['c', 'transferido, ela ja recebeu aqui'],
    ],
    x: {
      h: false,
      t: 'support',
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-comida-atraso-chegou-quente',
    note: 'long live chat past 20 minutes about a late order that ends with the food delivered',
    ch: 'whatsapp',
    cust: {
      id: 'cus_pt_4471',
      language: 'pt',
    },
    m: [
      ['c', 'Boa noite, fiz uma encomenda há 50 minutos e ainda nada', '0s'],
      ['b', 'Boa noite! Lamento a espera. Qual é o número da encomenda?'],
      ['c', '#PT-33019'],
      [
        'b',
        'Obrigado. A encomenda PT-33019 saiu do restaurante às 20h52 e o estafeta está a 2,3 km.',
      ],
      ['c', 'ok, vou esperar mais um bocado'],
      ['c', 'o mapa diz que ele está parado há 10 min', '8m'],
      ['b', 'O estafeta pode estar noutro ponto de recolha. Enviei-lhe uma notificação.'],
      ['c', 'ok'],
      ['c', 'já se mexeu, diz 6 min', '5m'],
      ['b', 'Ótimo! Aviso-o se houver alterações.'],
      ['c', 'a comida vai chegar fria de certeza'],
      [
        'b',
        'Se a comida chegar em más condições, pode reportar na app em Ajuda > Problema com a encomenda e analisamos um crédito.',
      ],
      ['c', 'tocou a campainha', '7m'],
      ['c', 'já chegou, está tudo e até vem quente 😅'],
      ['b', 'Que bom! Bom apetite!'],
    ],
    x: {
      h: false,
      t: 'support',
      f: ['PT-33019'],
      l: 'pt',
    },
  },
  {
    id: 'w3-pt-encomenda-em-transito-meia-hora',
    note: 'live chat over 20 minutes, bot repeats the same status, customer asks where the parcel is in several ways and gets frustrated',
    ch: 'whatsapp',
    cust: {
      id: 'cus_pt_2950',
      name: 'Beatriz Costa',
      language: 'pt',
    },
    m: [
      ['c', 'Olá, a minha encomenda EA123456789PT está em trânsito há 12 dias', '0s'],
      [
        'b',
        'Olá! O objeto EA123456789PT encontra-se Em trânsito. Entrega prevista: 3 a 5 dias úteis.',
      ],
      ['c', 'isso diz desde dia 6. onde é que ela está?'],
      ['b', 'O objeto EA123456789PT encontra-se Em trânsito. Entrega prevista: 3 a 5 dias úteis.'],
      ['c', 'sim, já percebi. quero saber em que centro está fisicamente', '4m'],
      ['b', 'Para saber mais sobre prazos, consulte a página Prazos de entrega.'],
      ['c', 'era um presente de anos, a festa é sábado', '3m'],
      ['b', 'Lamentamos o incómodo. O seu objeto encontra-se Em trânsito.'],
      ['c', 'alguém me sabe dizer em que sítio é que o pacote está parado?', '5m'],
      ['b', 'Pode abrir um pedido de averiguação 15 dias úteis após o envio.'],
      ['c', 'e se não chegar até sábado, o que é que acontece?'],
      ['b', 'O objeto EA123456789PT encontra-se Em trânsito. Entrega prevista: 3 a 5 dias úteis.'],
      ['c', 'faltam mais 3 dias para o pedido de averiguação. ok isto não vai a lado nenhum', '4m'],
      ['b', 'Posso ajudar com mais alguma coisa?'],
      ['c', 'estou aqui há meia hora e continuo sem saber nada da encomenda', '7m'],
    ],
    nowAfter: '1m',
    x: {
      h: true,
      r: ['long_session', 'bot_not_helping', 'repeated_question', 'negative_sentiment'],
      t: 'support',
      f: ['EA123456789PT'],
      l: 'pt',
    },
  },
];
