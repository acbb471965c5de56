// Written independently from the policy only (writer w4, 2026-11-30); development split.
// Portuguese chats (Brazil and Portugal): payments and Pix, retail, telecom, SaaS, insurance,
// food delivery, fintech, streaming. Labels follow the contract's policy, conservatively.
export const defaults = { ch: 'whatsapp', l: 'pt' };

export default [
  {
    id: 'w4-pt-br-alguem-da-equipe-titularidade',
    note: 'troca de titularidade do plano de internet; pergunta educada se alguém da equipe pode atender: human_request indireto',
    cust: { name: 'Renata Albuquerque', language: 'pt' },
    m: [
      [
        'c',
        'oi, meu pai faleceu mês passado e preciso passar o plano de internet dele pro meu nome',
        '0s',
      ],
      ['b', 'Sentimos muito pela sua perda. Para contratar um novo plano, acesse Planos no app.'],
      ['c', 'não quero plano novo, quero manter o mesmo, só trocar o titular'],
      ['b', 'Para contratar um novo plano, acesse Planos no app.'],
      [
        'c',
        'tem como alguém da equipe de vocês me atender? acho que é um caso que precisa de uma pessoa',
      ],
    ],
    x: { h: true, r: ['human_request'], t: 'support' },
  },
  {
    id: 'w4-pt-br-pix-duplicado-estornado',
    note: 'Pix pago em dobro, o bot estorna dentro da política e a cliente confirma: sem handoff, billing',
    m: [
      ['c', 'paguei o pedido 10293 duas vezes no pix sem querer, R$ 142,50 cada', '0s'],
      [
        'b',
        'Vi aqui os dois pagamentos de R$ 142,50 para o pedido 10293. Já estornei o segundo Pix, ele volta para a mesma conta em até 1 hora.',
      ],
      ['c', 'caiu aqui, valeu 👍'],
    ],
    x: { h: false, t: 'billing' },
  },
  {
    id: 'w4-pt-br-contestar-na-operadora-do-cartao',
    note: 'cobrança de assinatura já cancelada; ameaça contestar na operadora do cartão (chargeback sem a palavra): refund_dispute',
    ch: 'web',
    m: [
      ['c', 'vcs cobraram R$ 39,90 da assinatura no meu cartão sendo que eu cancelei dia 3', '0s'],
      ['b', 'O cancelamento vale a partir do próximo ciclo de cobrança.'],
      ['c', 'meu ciclo renovava dia 10 e eu cancelei dia 3, tenho o email de confirmação'],
      ['b', 'Não é possível reembolsar cobranças de ciclos já iniciados.'],
      ['c', 'então vou contestar a compra direto na operadora do cartão, eles devolvem rapidinho'],
    ],
    x: { h: true, r: ['refund_dispute'], t: 'billing', f: ['R$ 39,90'] },
  },
  {
    id: 'w4-pt-br-saas-20-lojas-contrato-24-meses',
    note: 'rede de varejo quer levar o sistema a 20 lojas com contrato de 24 meses e condição especial: negócio de volume, sales_opportunity',
    ch: 'web',
    cust: { name: 'Fernando Carvalho', email: 'fernando@example.com', tier: 'pro' },
    m: [
      [
        'c',
        'Bom dia! Usamos o PDV de vocês em 2 lojas. Vamos expandir para as 20 lojas da rede, uns 300 usuários.',
        '0s',
      ],
      [
        'b',
        'Que ótimo! O plano Pro custa R$ 89 por loja por mês. Você pode adicionar lojas em Configurações > Lojas.',
      ],
      [
        'c',
        'Para esse tamanho a diretoria quer fechar um contrato de 24 meses com uma condição especial e integração com nosso ERP. Com quem eu converso sobre isso?',
      ],
    ],
    x: { h: true, r: ['sales_opportunity'], t: 'sales', f: ['20 lojas', '24 meses'] },
  },
  {
    id: 'w4-pt-pt-seguro-carta-deco-advogado',
    note: 'carta cordial em português europeu: prémio cobrado após a anulação, DECO, Livro de Reclamações e advogado: compliance_legal + refund_dispute',
    ch: 'email',
    cust: { name: 'Manuel Teixeira', email: 'm.teixeira@example.com' },
    m: [
      [
        'c',
        'Exmos. Senhores,\n\nAnulei a apólice automóvel n.º AU-883102 com efeitos a 30 de setembro, conforme a V. carta de confirmação. Apesar disso, foi debitado na minha conta o prémio trimestral de 186,30 € em outubro.\n\nSolicito a devolução do valor.\n\nCom os melhores cumprimentos,\nManuel Teixeira',
        '0s',
      ],
      [
        'b',
        'Agradecemos o seu contacto. Os débitos são efetuados de acordo com as condições da apólice.',
      ],
      [
        'c',
        'Exmos. Senhores,\n\nA apólice já não existia em outubro. Caso a devolução dos 186,30 € não seja feita em dez dias, apresentarei queixa no Livro de Reclamações e junto da DECO, e entregarei o assunto ao meu advogado.\n\nCom os melhores cumprimentos,\nManuel Teixeira',
        '3d',
      ],
    ],
    x: {
      h: true,
      r: ['compliance_legal', 'refund_dispute'],
      t: 'billing',
      f: ['AU-883102', '186,30 €'],
      p: 'high',
    },
  },
  {
    id: 'w4-pt-br-lgpd-exclusao-dos-dados',
    note: 'pedido de exclusão de dados com base na LGPD: compliance_legal; pedidos de privacidade são support',
    ch: 'web',
    m: [
      [
        'c',
        'Olá, solicito a exclusão de todos os meus dados pessoais da base de vocês, conforme a LGPD. Não autorizo mais o uso para marketing.',
        '0s',
      ],
      ['b', 'Você pode desativar os e-mails de marketing em Perfil > Notificações.'],
      [
        'c',
        'Não quero só desativar, quero a exclusão dos dados e uma confirmação por escrito, como prevê a lei.',
      ],
    ],
    x: { h: true, r: ['compliance_legal'], t: 'support' },
  },
  {
    id: 'w4-pt-br-mae-ia-ligar-pro-gerente-kkk',
    note: 'o gerente aparece só na fala relatada da mãe e o login é resolvido: sem handoff',
    m: [
      ['c', 'nao consigo entrar no app do banco, fica dando "sessão expirada"', '0s'],
      [
        'b',
        'Isso acontece quando a data e hora do celular estão erradas. Ative "Data e hora automáticas" nas configurações e tente de novo.',
      ],
      ['c', 'era isso!! a hora tava errada desde que troquei o chip', '2m'],
      ['c', 'minha mãe já tava falando que ia ligar pro gerente kkkk funcionou agora'],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'w4-pt-br-nao-e-reclamacao-prazo-manaus',
    note: '"não é reclamação": dúvida sobre prazo de entrega respondida: sem handoff, support',
    m: [
      ['c', 'nao e reclamacao nao viu, so uma duvida: qual o prazo de entrega pra Manaus?', '0s'],
      [
        'b',
        'Para Manaus o prazo é de 8 a 12 dias úteis após a confirmação do pagamento. Você recebe o código de rastreio por e-mail.',
      ],
      ['c', 'blz, obrigado'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-pt-br-delivery-to-cansada-sem-palavrao',
    note: 'três mensagens seguidas claramente frustradas, sem palavrão, com entregas que nunca chegam: negative_sentiment + negative_streak',
    m: [
      ['c', 'meu pedido sumiu de novo do app, diz "entregador a caminho" faz 1 hora', '0s'],
      ['b', 'Sinto muito pela demora! O tempo estimado pode variar nos horários de pico.'],
      ['c', 'sério, tô cansada disso, toda sexta é a mesma coisa', '40s'],
      ['c', 'meus filhos estão com fome esperando e ninguém me dá uma resposta de verdade', '30s'],
      ['c', 'é a última vez que eu peço por esse app, que decepção', '30s'],
    ],
    x: { h: true, r: ['negative_sentiment', 'negative_streak'], t: 'support' },
  },
  {
    id: 'w4-pt-br-conta-bloqueada-cpf-colado',
    note: 'conta bloqueada; o cliente cola o CPF completo (de teste) no chat: sensitive_data, conta é support',
    m: [
      ['c', 'minha conta foi bloqueada do nada e não consigo fazer pix', '0s'],
      [
        'b',
        'Por segurança, algumas contas passam por verificação. Para continuar, acesse Perfil > Verificar identidade no app.',
      ],
      [
        'c',
        'já fiz 2x e da erro. meu CPF é 529.982.247-25 e minha data de nascimento 14/03/1990, desbloqueia aí por favor',
      ],
    ],
    x: { h: true, r: ['sensitive_data'], t: 'support' },
  },
  {
    id: 'w4-pt-br-segunda-via-boleto-em-loop',
    note: 'segunda via do boleto pedida de três jeitos enquanto o bot repete o mesmo texto: repeated_question + bot_not_helping, billing',
    ch: 'web',
    m: [
      ['c', 'preciso da segunda via do boleto de novembro, venceu ontem', '0s'],
      ['b', 'Você pode pagar suas faturas pelo Pix ou cartão de crédito no app.'],
      ['c', 'não quero pagar por pix, quero o boleto atualizado de novembro'],
      ['b', 'Você pode pagar suas faturas pelo Pix ou cartão de crédito no app.'],
      ['c', 'como eu gero um boleto novo com a data de hoje pra fatura vencida?'],
      ['b', 'Você pode pagar suas faturas pelo Pix ou cartão de crédito no app.'],
    ],
    x: {
      h: true,
      r: ['repeated_question', 'bot_not_helping'],
      t: 'billing',
      f: ['segunda via do boleto'],
    },
  },
  {
    id: 'w4-pt-br-enterprise-logo-relatorio',
    note: 'cliente enterprise com pergunta trivial (trocar o logo dos relatórios) respondida: sem handoff',
    ch: 'web',
    cust: {
      name: 'Patrícia Nogueira',
      tier: 'enterprise',
      segment: 'enterprise',
      lifetimeValue: 275000,
    },
    m: [
      ['c', 'oi, como troco o logo que aparece nos relatórios em PDF?', '0s'],
      [
        'b',
        'Vá em Configurações > Marca > Logo e envie um PNG de até 2 MB. Ele passa a aparecer em todos os relatórios novos.',
      ],
      ['c', 'feito, obrigada!'],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-pt-br-atendente-ja-assumiu',
    note: 'uma atendente já assumiu (mensagem de sistema e última fala dela): sem segundo handoff, mesmo com o cliente bravo',
    m: [
      ['c', 'o técnico não apareceu de novo', '0s'],
      ['b', 'Vou transferir você para uma atendente.'],
      ['s', 'Juliana assumiu o atendimento'],
      [
        'a',
        'Oi, aqui é a Juliana. Vi que a visita de hoje foi cancelada pela equipe técnica sem aviso, peço desculpas.',
      ],
      ['c', 'isso é um absurdo, tirei o dia de folga pra esperar'],
      [
        'a',
        'Entendo totalmente. Já reagendei para amanhã às 8h, primeiro horário, e apliquei um crédito na sua fatura.',
      ],
    ],
    x: { h: false, t: 'support' },
  },
  {
    id: 'w4-pt-br-nota-fiscal-nao-emitida-longa',
    note: 'nota fiscal não emitida, mais de 20 minutos no WhatsApp com o bot repetindo respostas: long_session + bot_not_helping, billing',
    cust: { name: 'Eduardo Pacheco' },
    m: [
      [
        'c',
        'comprei um notebook no dia 20 e até agora não recebi a nota fiscal, preciso pra empresa reembolsar',
        '0s',
      ],
      ['b', 'A nota fiscal é enviada por e-mail após a entrega do pedido.'],
      ['c', 'o notebook já foi entregue dia 24', '3m'],
      ['b', 'Verifique sua caixa de spam.'],
      ['c', 'já olhei spam, lixeira, tudo', '4m'],
      ['b', 'A nota fiscal é enviada por e-mail após a entrega do pedido.'],
      ['c', 'pedido 7730215, dá pra mandar de novo?', '3m'],
      ['b', 'Verifique sua caixa de spam.'],
      ['c', 'no site aparece "NF-e em processamento" há 6 dias', '5m'],
      ['b', 'A nota fiscal é enviada por e-mail após a entrega do pedido.'],
      ['c', 'tô aqui faz mais de 20 min e nada', '6m'],
    ],
    nowAfter: '1m',
    x: { h: true, r: ['long_session', 'bot_not_helping'], t: 'billing', f: ['7730215'] },
  },
  {
    id: 'w4-pt-br-app-tv-longo-resolvido',
    note: 'conversa longa (mais de 30 minutos) sobre o app na smart TV que termina resolvida ("funcionou agora"): sem handoff',
    m: [
      ['c', 'o app de vocês não abre na minha smart tv, fica na tela preta', '0s'],
      ['b', 'Qual é a marca e o modelo da TV?'],
      ['c', 'samsung, deixa eu ver o modelo', '2m'],
      ['c', 'UN50TU8000', '5m'],
      [
        'b',
        'Obrigado! Nesse modelo, tente limpar o cache: Configurações > Suporte > Cuidados com o dispositivo > Gerenciar armazenamento > nosso app > Limpar cache.',
      ],
      ['c', 'achei, limpei', '7m'],
      ['c', 'continua preto', '2m'],
      ['b', 'Então vamos reinstalar: remova o app e instale de novo pela loja da TV.'],
      ['c', 'ok, tá baixando, internet lenta aqui', '3m'],
      ['c', 'instalado, fazendo login', '8m'],
      ['c', 'funcionou agora!! obrigada pela paciência', '4m'],
    ],
    x: { h: false, t: 'technical' },
  },
  {
    id: 'w4-pt-pt-cancelamento-ginasio-feito',
    note: 'cancelamento do ginásio tratado pelo bot com o pré-aviso: churn resolvido, sales, sem handoff',
    ch: 'web',
    m: [
      [
        'c',
        'Boa tarde, queria cancelar a minha inscrição no ginásio, vou mudar-me para o Porto.',
        '0s',
      ],
      [
        'b',
        'Lamentamos vê-lo partir! O cancelamento tem 30 dias de pré-aviso: a última mensalidade é cobrada a 1 de dezembro e pode treinar até dia 30. Confirma?',
      ],
      ['c', 'Confirmo.'],
      ['b', 'Está feito. Enviámos a confirmação para o seu e-mail.'],
      ['c', 'Recebido, obrigado.'],
    ],
    x: { h: false, t: 'sales' },
  },
  {
    id: 'w4-pt-br-maquininha-erro-desconhecido',
    note: 'lojista com um código de erro da maquininha que o bot não conhece: novel_problem, technical',
    cust: { name: 'Sandra Ribeiro' },
    m: [
      [
        'c',
        'minha maquininha tá dando "ERRO 0x7E TABELAS DESATUALIZADAS" em toda venda no débito',
        '0s',
      ],
      ['b', 'Tente desligar e ligar a maquininha.'],
      ['c', 'já desliguei 3 vezes, continua o erro 0x7E'],
      ['b', 'Desculpe, não encontrei informações sobre esse erro.'],
      ['c', 'e agora? sábado é meu dia de mais movimento'],
    ],
    x: { h: true, r: ['novel_problem'], t: 'technical', f: ['0x7E'] },
  },
  {
    id: 'w4-pt-br-volta-apos-transferencia-mesmo-problema',
    note: 'volta depois de uma transferência anterior (previousHandoffs 1, chamado aberto) com o mesmo reembolso pendente: previous_handoff',
    prev: 1,
    ctx: {
      tickets: [{ id: 'CH-44021', subject: 'Reembolso de produto devolvido', status: 'open' }],
    },
    m: [
      [
        'c',
        'oi, semana passada me passaram pra um atendente sobre o reembolso da fritadeira devolvida, chamado CH-44021',
        '0s',
      ],
      ['b', 'Os reembolsos são processados em até 10 dias úteis após o recebimento do produto.'],
      ['c', 'já deu 14 dias úteis e nada do dinheiro, o chamado continua aberto'],
    ],
    x: { h: true, r: ['previous_handoff'], t: 'billing', f: ['CH-44021'] },
  },
  {
    id: 'w4-pt-br-quero-falar-com-o-gerente-absurdo',
    note: 'pede o gerente e chama a situação de absurda depois de dois dias sem internet: human_request + escalation_keyword',
    m: [
      ['c', 'estou sem internet desde segunda', '0s'],
      ['b', 'Há uma manutenção na sua região. A previsão de normalização é hoje até 23h.'],
      ['c', 'ontem a previsão também era até 23h'],
      ['b', 'Há uma manutenção na sua região. A previsão de normalização é hoje até 23h.'],
      ['c', 'quero falar com o gerente, isso é um absurdo, trabalho de casa'],
    ],
    x: { h: true, r: ['human_request', 'escalation_keyword'], t: 'technical' },
  },
  {
    id: 'w4-pt-br-plano-familia-antes-de-assinar',
    note: 'dúvida antes de assinar sobre o preço de lista do plano família, respondida: sales sem handoff',
    m: [
      ['c', 'quanto é o plano família? dá pra 4 pessoas?', '0s'],
      [
        'b',
        'O plano Família custa R$ 34,90 por mês e permite até 6 perfis, com 4 telas ao mesmo tempo.',
      ],
      ['c', 'show, vou assinar'],
    ],
    x: { h: false, t: 'sales' },
  },
];
