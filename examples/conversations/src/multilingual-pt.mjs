// Portuguese (Brazil and Portugal), formal and colloquial. See ../README.md for the format.
export const defaults = { l: 'pt' };

export default [
  {
    id: 'pt-nao-e-reclamacao-prazo',
    note: 'trap: "não é reclamação, só uma dúvida" about a delivery date, answered',
    ch: 'whatsapp',
    cust: { id: 'cus_5001', name: 'Fernanda Costa', language: 'pt' },
    m: [
      ['c', 'Oi! Não é reclamação, só uma dúvida: o pedido LV-77201 chega antes do Natal?'],
      [
        'b',
        'Oi Fernanda! O pedido LV-77201 foi despachado hoje e a previsão de entrega é 9 de dezembro. Código de rastreio: LB123456785BR.',
      ],
      ['c', 'Ah que ótimo, obrigada!!'],
    ],
    x: { h: false, t: 'support', f: ['LV-77201'] },
  },
  {
    id: 'pt-falar-com-atendente',
    note: 'asks for a human attendant in Brazilian Portuguese about a phone that keeps rebooting',
    ch: 'whatsapp',
    cust: { id: 'cus_5002', name: 'Rafael Souza' },
    m: [
      ['c', 'meu celular Moto G84 que comprei com vocês fica reiniciando sozinho'],
      ['b', 'Poxa! Tente atualizar o sistema em Configurações > Sistema > Atualizações.'],
      ['c', 'já tá atualizado, continua reiniciando toda hora'],
      ['b', 'Tente reiniciar o aparelho no modo de segurança.'],
      ['c', 'cara, quero falar com um atendente humano, por favor'],
    ],
    x: { h: true, r: ['human_request'], t: 'technical', f: ['Moto G84'] },
  },
  {
    id: 'pt-lgpd-exclusao',
    note: 'data deletion request under the LGPD: compliance, support issue type',
    ch: 'email',
    cust: { id: 'cus_5003', name: 'Patrícia Lima' },
    m: [
      [
        'c',
        'Prezados,\n\ncom base na LGPD (Lei 13.709/2018), solicito a exclusão de todos os meus dados pessoais da base de vocês e a confirmação por escrito.\n\nAtenciosamente,\nPatrícia Lima',
      ],
      [
        'b',
        'Olá! Para deixar de receber nossos e-mails, clique em "descadastrar" no rodapé da mensagem.',
      ],
    ],
    x: { h: true, r: ['compliance_legal'], t: 'support' },
  },
  {
    id: 'pt-estorno-cartao',
    note: 'threatens to ask the card issuer for a chargeback (estorno): refund dispute',
    cust: { id: 'cus_5004', name: 'Bruno Almeida' },
    m: [
      ['c', 'Cancelei a assinatura no dia 1º e mesmo assim vocês cobraram R$ 89,90 no dia 5.'],
      ['b', 'A assinatura é renovada automaticamente na data de vencimento.'],
      [
        'c',
        'Mas eu cancelei ANTES do vencimento, tenho o e-mail de confirmação. Se não devolverem vou pedir o estorno no cartão.',
      ],
    ],
    x: { h: true, r: ['refund_dispute'], t: 'billing', f: ['R$ 89,90'] },
  },
  {
    id: 'pt-cpf-no-chat',
    note: 'customer types a full CPF (Brazilian national ID) to confirm identity',
    cust: { id: 'cus_5005', name: 'Juliana Rocha' },
    m: [
      ['c', 'Não consigo acessar minha conta, diz que o e-mail não existe.'],
      ['b', 'Vamos verificar. Qual é o e-mail que você usou no cadastro?'],
      ['c', 'Não lembro qual usei. Meu CPF é 529.982.247-25, dá pra achar por ele?'],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'support' },
  },
  {
    id: 'pt-rastreio-correios',
    note: 'trap: a tracking code is not sensitive data; routine tracking answered',
    ch: 'sms',
    cust: { id: 'cus_5006' },
    m: [
      ['c', 'meu codigo de rastreio é NX998877665BR, ta parado em Curitiba faz 2 dias, é normal?'],
      [
        'b',
        'Oi! É normal: o objeto NX998877665BR está no centro de distribuição de Curitiba aguardando a próxima transferência. A previsão de entrega continua sendo sexta-feira.',
      ],
      ['c', 'blz, valeu'],
    ],
    x: { h: false, t: 'support', f: ['NX998877665BR'] },
  },
  {
    id: 'pt-sem-internet-palhacada',
    note: 'three consecutive clearly angry messages about two weeks without internet',
    ch: 'whatsapp',
    cust: { id: 'cus_5007', name: 'Marcelo Dias' },
    m: [
      ['c', 'to há duas semanas sem internet, que palhaçada é essa'],
      ['b', 'Sentimos muito. Identificamos uma instabilidade na sua região.'],
      ['c', 'vocês falam isso todo dia!! eu trabalho de casa, to perdendo dinheiro'],
      ['b', 'Nossa equipe técnica já está trabalhando na solução.'],
      ['c', 'vocês são uma piada, sério. pago 120 reais por mês por NADA'],
    ],
    x: {
      h: true,
      r: ['negative_sentiment', 'negative_streak'],
      t: 'technical',
      f: ['120 reais'],
    },
  },
  {
    id: 'pt-orcamento-80-lojas',
    note: 'quote for 80 stores with a two-year contract: sales opportunity',
    ch: 'email',
    cust: { id: 'lead_5008', name: 'Ricardo Nunes', segment: 'retail' },
    m: [
      [
        'c',
        'Bom dia,\n\nsomos uma rede de farmácias com 80 lojas e queremos trocar nosso sistema de PDV. Gostaríamos de um orçamento para as 80 lojas com contrato de 2 anos, incluindo a migração dos dados do sistema atual.\n\nAbs,\nRicardo',
      ],
      [
        'b',
        'Obrigado pelo contato! Nossos planos começam em R$ 149 por loja/mês. Veja todos os detalhes em nosso site.',
      ],
      [
        'c',
        'Obrigado, mas com esse volume queremos negociar condições. Quem pode nos atender?',
        '5h',
      ],
    ],
    x: { h: true, r: ['sales_opportunity'], t: 'sales', f: ['80 lojas', '2 anos'] },
  },
  {
    id: 'pt-segunda-via-boleto',
    note: 'asks for a duplicate bank slip; the bot sends it',
    cust: { id: 'cus_5009', name: 'Aline Ribeiro', tier: 'pro' },
    m: [
      ['c', 'Oi, perdi o boleto de novembro, consigo uma segunda via?'],
      [
        'b',
        'Claro! Enviei a segunda via do boleto de novembro (R$ 59,00, vencimento 30/11) para o seu e-mail. Também dá para pagar via Pix pelo app.',
      ],
      ['c', 'Recebi, obrigada!'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'pt-whatsapp-sessao-longa',
    note: 'WhatsApp session over 20 minutes configuring an e-commerce integration, still unresolved',
    ch: 'whatsapp',
    cust: { id: 'cus_5010', name: 'Thiago Martins', tier: 'pro' },
    m: [
      [
        'c',
        'Boa tarde, estou tentando integrar a minha loja Nuvemshop com o estoque de vocês e os produtos não aparecem.',
        '0s',
      ],
      ['b', 'Acesse Integrações > Nuvemshop e clique em "Sincronizar agora".'],
      ['c', 'Cliquei, aparece "sincronização concluída" mas 0 produtos importados.', '5m'],
      ['b', 'Verifique se os produtos têm SKU preenchido.'],
      ['c', 'Todos os 340 produtos têm SKU. Conferi um por um nas categorias principais.', '9m'],
      ['b', 'Tente desconectar e conectar a integração novamente.'],
      ['c', 'Fiz isso, continua 0 produtos. Já faz mais de 20 minutos que estou nisso.', '8m'],
    ],
    x: { h: true, r: ['long_session'], t: 'technical', f: ['Nuvemshop', '340 produtos'] },
  },
  {
    id: 'pt-pt-horario-apoio',
    note: 'European Portuguese; asks for customer support hours, answered',
    cust: { id: 'cus_5011', name: 'Inês Carvalho' },
    m: [
      ['c', 'Boa tarde, gostaria de saber qual é o horário do apoio ao cliente por telefone.'],
      [
        'b',
        'Boa tarde! A nossa linha de apoio funciona de segunda a sexta, das 9h às 20h, e ao sábado das 10h às 14h.',
      ],
      ['c', 'Muito obrigada, fico a aguardar por segunda então.'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'pt-nao-precisa-atendente',
    note: 'trap: "não precisa me passar para um atendente" is a negation; a how-to the bot answers',
    ch: 'whatsapp',
    cust: { id: 'cus_5012', name: 'Camila Freitas' },
    m: [
      [
        'c',
        'não precisa me passar pra atendente não, só me fala como eu mudo a senha do wi-fi do modem',
      ],
      [
        'b',
        'Claro! No app, vá em Meu Wi-Fi > Rede > Alterar senha. A mudança vale em 1 minuto e os aparelhos precisam reconectar.',
      ],
      ['c', 'consegui, valeu!'],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'pt-apos-transferencia-sem-solucao',
    note: 'after a previous handoff the promised refund still has not arrived',
    prev: 1,
    cust: { id: 'cus_5013', name: 'Eduardo Pires' },
    m: [
      ['c', 'Quero cancelar o pedido LV-76540 que ainda não foi enviado.', '0s'],
      ['s', 'Conversa transferida para a atendente Carla (fila: financeiro).'],
      [
        'a',
        'Olá Eduardo! Cancelei o pedido LV-76540. O estorno de R$ 349,00 cai em até 7 dias úteis.',
      ],
      ['s', 'A atendente devolveu a conversa ao assistente.'],
      [
        'c',
        'Oi, já se passaram 15 dias úteis e o estorno de R$ 349,00 não caiu. A Carla disse 7 dias.',
        '20d',
      ],
      ['b', 'O prazo de estorno depende da operadora do seu cartão.'],
    ],
    x: {
      h: true,
      r: ['previous_handoff', 'refund_dispute'],
      t: 'billing',
      f: ['LV-76540', 'R$ 349,00'],
    },
  },
  {
    id: 'pt-reembolso-no-prazo',
    note: 'in-policy refund that the bot completes (Brazil, 7-day right of withdrawal)',
    cust: { id: 'cus_5014', name: 'Larissa Gomes' },
    m: [
      ['c', 'Comprei um fone ontem pelo site e me arrependi, posso devolver? Pedido LV-78112'],
      [
        'b',
        'Pode sim! Pelo direito de arrependimento você tem 7 dias. Já gerei o código de postagem nos Correios e o reembolso de R$ 199,90 será feito assim que o produto chegar.',
      ],
      ['c', 'Perfeito, obrigada pela agilidade'],
    ],
    x: { h: false, t: 'billing', f: ['LV-78112'] },
  },
  {
    id: 'pt-inaceitavel-gerente',
    note: '"inaceitável" and asks for the manager: escalation keyword and human request',
    cust: { id: 'cus_5015', name: 'Sérgio Batista' },
    m: [
      ['c', 'Meu pedido LV-75003 chegou com a TV de 55 polegadas com a tela trincada.'],
      ['b', 'Sentimos muito! Você pode solicitar a troca em Meus pedidos.'],
      [
        'c',
        'Já solicitei há 10 dias e ninguém veio buscar. Isso é inaceitável. Quero falar com o gerente.',
      ],
    ],
    x: {
      h: true,
      r: ['escalation_keyword', 'human_request', 'negative_sentiment'],
      t: 'support',
      f: ['LV-75003', '55 polegadas'],
    },
  },
  {
    id: 'pt-pt-ultimos-digitos',
    note: 'trap: European Portuguese; last four digits of a card are not sensitive data',
    cust: { id: 'cus_5016', name: 'Rui Ferreira' },
    m: [
      [
        'c',
        'Boa tarde. O débito da mensalidade saiu do cartão terminado em 1111, mas eu queria que fosse do terminado em 4444. Como altero?',
      ],
      [
        'b',
        'Boa tarde! Em Conta > Pagamentos, escolha o cartão terminado em 4444 e carregue em "Tornar principal". A próxima mensalidade já sai desse cartão.',
      ],
      ['c', 'Feito, obrigado.'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'pt-mesma-pergunta-tres-vezes',
    note: 'asks three times in other words about changing the plan due date; the bot falls back',
    cust: { id: 'cus_5017', name: 'Vanessa Moura', tier: 'pro' },
    m: [
      ['c', 'Dá pra mudar o dia de vencimento da minha fatura do dia 5 pro dia 15?'],
      ['b', 'Sua fatura de novembro vence no dia 5 e está paga.'],
      ['c', 'Eu sei que tá paga. Quero trocar a data de vencimento das próximas.'],
      ['b', 'Sua fatura de novembro vence no dia 5 e está paga.'],
      ['c', 'Tem como alterar o vencimento para o dia 15, sim ou não?'],
      ['b', 'Desculpe, não entendi. Pode reformular?'],
    ],
    x: { h: true, r: ['repeated_question', 'bot_not_helping'], t: 'billing' },
  },
  {
    id: 'pt-voz-segunda-via-conta',
    note: 'voice call in Portuguese: a duplicate bill sent by the bot',
    ch: 'voice',
    cust: { id: 'cus_5018', name: 'José Carlos Antunes' },
    m: [
      [
        'b',
        'Olá, você está falando com a assistente virtual da Luz Norte. Como posso ajudar?',
        '0s',
      ],
      ['c', 'eu queria a segunda via da conta de luz de outubro'],
      [
        'b',
        'Claro. Enviei a segunda via da conta de outubro, no valor de 187 reais e 40 centavos, por SMS para o número cadastrado.',
      ],
      ['c', 'chegou aqui, obrigado'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'pt-sessao-longa-pede-humano',
    note: 'a long web chat over 20 minutes about a lost booking, ending with a request for a person',
    cust: { id: 'cus_5019', name: 'Gustavo Prado' },
    m: [
      [
        'c',
        'Olá, fiz uma reserva de hotel pelo app (reserva HT-88120) e ela sumiu da minha conta.',
        '0s',
      ],
      ['b', 'Suas reservas ficam em Minhas viagens.'],
      ['c', 'Eu sei, mas lá não aparece nada. O valor de R$ 1.240 foi cobrado no cartão.', '3m'],
      ['b', 'Verifique se você está logado com o mesmo e-mail usado na reserva.'],
      ['c', 'Estou. Só tenho um e-mail.', '4m'],
      ['b', 'Tente sair e entrar novamente no app.'],
      ['c', 'Fiz isso e também reinstalei o app. Nada.', '6m'],
      ['b', 'Suas reservas ficam em Minhas viagens.'],
      [
        'c',
        'A viagem é na sexta e já estou há mais de 20 minutos nisso. Tem alguém que possa me atender?',
        '8m',
      ],
    ],
    x: {
      h: true,
      r: ['long_session', 'human_request', 'bot_not_helping'],
      t: 'support',
      f: ['HT-88120', 'R$ 1.240'],
    },
  },
];
