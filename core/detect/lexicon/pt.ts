import type { Lexicon } from './types';

const person =
  '(?:(?:com )?uma? (?:ser )?|algum |alguma |o |a )?(?:humano|pessoa(?: real| de verdade)?|atendente|agente|operadora?|consultora?|representante|alguem|funcionari[oa]|atendimento humano)';

/** Portuguese cues (folded: no accents, ç becomes c). */
export const pt: Lexicon = {
  negations: ['nao|nunca|jamais|sem|nem|nenhum|nenhuma'],
  negationsAfter: ['nao (?:e|sera) (?:necessari[oa]|preciso)|desnecessari[oa]'],
  guards: [
    'recursos humanos|erro humano|pessoa juridica|pessoa fisica|gerenciador de (?:senhas|tarefas|arquivos)',
    '(?:meu|um|uma|nosso) client[ea] (?:da (?:minha|nossa) \\w+ )?(?:me |nos )?(?:abriu|fez|iniciou|registrou|pediu|tinha aberto) (?:um |uma )?(?:chargeback|estorno|disputa|contestacao)',
    '(?:responder|contestar) (?:a |um |uma |o )?(?:chargeback|disputa|contestacao)',
    'horario de (?:atendimento|funcionamento)',
    // A plan given up ("ia pedir um gerente mas resolveu"): no request is made.
    '(?:ia|iamos|eu ia|ja ia|(?:eu )?(?:estava|tava|estive) (?:quase|a ponto de)|quase) (?:pedir|chamar|chamei|exigir|solicitar|ligar|liguei|falar com|pedindo|chamando|ligando)(?: (?:para|pra|pro|para o|para a) falar com| (?:para|pra|pro|para o|para a))? (?:\\S+ ){0,3}?(?:pessoa|humano|atendente|agente|operadora?|gerente|supervisora?|responsavel|chefe|alguem|advogad[oa])',
    // A request a person already answered ("pedi pra falar com um atendente e resolveram").
    '(?:pedi|solicitei|liguei|falei)(?: (?:para|pra) falar)?(?: com| para| pra)? (?:\\S+ ){0,3}?(?:pessoa|humano|atendente|agente|operadora?|gerente|supervisora?|responsavel|chefe|alguem)(?=[^.!?]{0,60}(?:^|\\s)(?:e|que) (?:me |nos )?(?:resolv|ajud|atend|arrum|consert)\\w*)',
    // A role or feature of the product, and the caller's own customers reaching a person.
    '(?:perfil|funcao|modo|permiss(?:ao|oes)|acesso|conta|painel|visao|licenca|cargo) (?:de |do |da )?(?:supervisora?|gerente|responsavel|agente|atendente|administrador)',
    '(?:meus|nossos|minhas|nossas|seus) (?:\\w+ )?(?:clientes|usuarios|visitantes|compradores|socios|alunos|pacientes)[^.?!,;]{0,60}(?:humano|agente|pessoa|atendente|operador)',
  ],
  humanRequest: [
    '(?:alguem|um gestor|uma gestora|um responsavel)[^.!?]{0,60}?(?:fale|falem|falasse) comigo|(?:contactem|contatem|liguem-me|contacte-me|contate-me)',
    '(?:um|uma|o|a) (?:gestor|gestora|atendente|consultor|consultora|responsavel|tecnico|tecnica|perito) (?:do (?:processo|sinistro|caso) )?(?:me |nos )?(?:contacte|contate|contactasse|contatasse|ligue|telefone|entre em contato|entrasse em contacto)',
    'alguem (?:da|do|de) (?:vossa|sua|tua) (?:equipe|equipa|empresa|parte)|alguem (?:da|do) (?:setor|area|equipe|equipa|departamento) (?:comercial|de vendas|de sinistros)|(?:falar|conversar) com alguem',
    'carne e osso',
    'gostaria(?:mos)? de (?:ter )?uma (?:conversa|reuniao|ligacao)',
    'alguem com quem (?:eu )?(?:possa|posso) falar',
    `(?:falar|conversar|papear|contatar|ser atendid[oa]) (?:com |por )?${person}`,
    `(?:passa|passe|transfere|transfira|encaminha|encaminhe|coloca|coloque|transferir|passar|encaminhar|direcionar|conectar)(?:-me)? (?:para |pra |com |a |ao )?${person}`,
    '(?:quero|preciso|exijo|gostaria de) (?:um |uma |falar com (?:um |uma )?)?(?:humano|pessoa(?: real)?|atendente|agente|operador)',
    'atendimento humano|pessoa (?:real|de verdade)|ser humano',
    '(?:tem|ha|existe) (?:alguem|algum humano|alguma pessoa)(?: real)?(?: ai| que (?:possa|me atenda))',
    '(?:me ligue|me liguem|me retornem|retorno por telefone)',
    '^\\W*(?:humano|atendente|agente|operador)(?: por favor| agora)?\\W*$',
    'nao (?:quero )?(?:falar|conversar) com (?:um |o )?(?:bot|robo|maquina)',
    'alguem (?:pode|poderia|consegue|podia|podem) (?:me |nos )?(?:ligar|retornar|atender|ajudar|chamar|responder|dar um retorno)|(?:podem|poderiam) (?:me |nos )?(?:ligar|retornar a ligacao|dar um retorno)|(?:prefiro|quero|queria) (?:que me liguem|uma ligacao|ser atendid[oa] por telefone)',
    'com quem (?:eu )?(?:falo|devo falar|posso falar|tenho que falar|preciso falar)|a quem (?:me )?(?:dirijo|devo (?:escrever|ligar|me dirigir))|alguem (?:do|da) (?:time|equipe|equipa|pessoal)(?: (?:de|da|do) \\w+)? (?:que|pra|para)',
  ],
  personTitles: [
    '(?:falar|conversar|quero|preciso|exijo|chamar) (?:com |o |a |um |uma |seu |sua )*(?:gerente|supervisor|supervisora|superior|responsavel|chefe)',
    '(?:o|a|seu|sua|um) (?:gerente|supervisor|supervisora|superior)(?=\\s*(?:[?!.,;]|$|por favor|ja|agora|urgente))',
  ],
  escalation: [
    'reclamacao|reclamar|queixa|inaceitavel|absurdo|vergonhoso|procon|reclame aqui|ouvidoria',
    'processar|processo judicial|acao judicial|vou escalar|escalar (?:isso|meu caso)',
  ],
  anger: [
    'vergonha|palhacada|(?:um|e) roubo|estou (?:muito |tao )?(?:irritad[oa]|revoltad[oa]|furios[oa]|chatead[oa]|indignad[oa])|que raiva|cansad[oa] de|inaceitavel|descaso|desrespeito|pessimo|pessima|uma piada|nao (?:aguento|suporto) mais|absurdo',
    'um pesadelo|desesperad[oa]|(?:e )?a (?:segunda|terceira|quarta) vez',
    'irritad[oa]|furios[oa]|chatead[oa]|revoltad[oa]|frustrad[oa]|frustrante|ridiculo|absurdo|pessimo|horrivel',
    'nao (?:resolve|resolvem|serve|servem) (?:pra|para|de)? ?nada|(?:que |uma |essa )?porcaria|(?:to|estou|tô) (?:put[oa]|pistola|bravo|brava)|servico (?:horrivel|pessimo|lixo)|sacanagem|zoado',
    'terrivel|inutil|golpe|palhacada|vergonha|piada|perda de tempo|cansad[oa] disso|to de saco cheio|saco cheio',
    'pela (?:terceira|quarta|quinta) vez|quantas vezes|merda|porra|droga|nao (?:estou|to) satisfeit[oa]',
    'muito decepcionad[oa]|obrigad[oa] por nada|perdendo a paciencia|ja chega|chega!',
    '(?:ta|esta|tao) de brincadeira|fala serio|nao e possivel|que saco|um absurdo|(?:era|e) pra (?:eu )?adivinhar|to (?:de saco cheio|cansad[oa])|nao aguento mais',
  ],
  notHelping: [
    'nao (?:e|foi) (?:isso )?(?:o )?que (?:eu )?(?:perguntei|pedi|disse|quero)|voce nao (?:esta )?(?:entende|entendendo|escuta|ouvindo|ajuda)',
    'nao (?:responde|respondeu) (?:a )?minha pergunta|voce ja disse isso|(?:pare|para) de repetir|bot inutil',
    'mesma resposta|sempre a mesma (?:coisa|resposta)|nao (?:me )?ajuda(?:ou)?|andando em circulos',
    'ja (?:te |lhe |vos )?(?:disse|falei|expliquei|escrevi)|acabei de (?:dizer|falar|escrever)|nao e isso que (?:procuro|preciso|estou a perguntar|to perguntando)|nao (?:vai|leva|chega) a (?:lado nenhum|lugar nenhum|nada)|ninguem (?:ai |aqui )?(?:sabe|consegue) (?:me )?(?:dizer )?nada|(?:vc|voce) (?:n|nao) (?:entende|ajuda|responde)',
  ],
  botFallback: [
    'nao (?:entendi|compreendi|consegui entender)|(?:pode|poderia) reformular|nao tenho certeza se entendi',
    'reformular (?:sua|a) pergunta',
  ],
  botUnknown: [
    'nao sei (?:o que|o que e que) (?:significa|quer dizer)|nao tenho mais (?:informacoes|detalhes)',
    'nao (?:tenho|encontrei|encontro) (?:informacoes|informacao|dados|uma resposta|nada)',
    'nao (?:posso|consigo) (?:ajudar|responder) com isso|nao (?:e|parece) um erro (?:conhecido|documentado)',
  ],
  novel: [
    'ja (?:tentei|testei|fiz) (?:tudo|todos os passos|isso)|nenhum (?:dos passos|das solucoes)',
    'nunca (?:vi|aconteceu) (?:isso|antes)|so (?:acontece|ocorre|falha) (?:quando|com|no|na|depois)',
    'erro (?:codigo )?[a-z]*-?\\d{2,}|a documentacao nao (?:diz|explica)',
  ],
  legal: [
    'advogad[oa]s?|acao judicial|processo judicial|processar|justica|tribunal|juizado',
    'notificacao extrajudicial|anpd|regulador|acordo de processamento de dados|clausulas? do contrato',
  ],
  privacy: [
    'lgpd|rgpd|gdpr|protecao de dados|direito (?:ao esquecimento|de acesso|de exclusao)',
    '(?:apagar|excluir|deletar|apaguem|excluam) (?:todos )?(?:os )?meus dados(?: pessoais)?',
    'copia (?:de todos os |dos )?meus dados|quais dados (?:voces tem|voces guardam)',
  ],
  refundDispute: [
    '(?:ligar|falar|ir|recorrer) (?:para|com|no|ao|à) (?:o )?(?:meu )?banco|contestar (?:a |o )?(?:compra|cobranca|cartao|debito) (?:no|com o|junto ao) (?:banco|cartao)|(?:pedir|solicitar) (?:o )?(?:estorno|cancelamento) (?:ao|no) (?:banco|cartao|emissor)',
    'quero (?:o )?meu dinheiro|(?:nao quero|nao me serve) (?:um |o )?(?:vale|voucher|cupom|credito)',
    '(?:reembolso|estorno|dinheiro)[^.!?]{0,30}nao (?:caiu|chegou|voltou|entrou)|pedir (?:o )?estorno|estorno no cartao',
    'chargeback|contestar (?:a |o )?(?:cobranca|compra|pagamento)|contestacao|disputa',
    'cobrad[oa] (?:duas vezes|em dobro|duplicado|tres vezes)|cobranca (?:duplicada|em dobro|indevida|nao autorizada)',
    'nao (?:autorizei|reconheco|comprei|contratei) (?:essa|esta|isso|esse)|(?:ligar|falar) (?:para|com) (?:o )?meu banco',
    'reembolso (?:negado|recusado)|(?:ainda )?nao (?:recebi|chegou) (?:o |meu )?(?:reembolso|estorno|dinheiro)',
    'fraude|quero (?:o )?meu dinheiro de volta',
  ],
  refund: ['reembolso|estorno|dinheiro de volta|devolucao do dinheiro'],
  charged: [
    '(?:me|nos) (?:cobraram|cobrou|cobram|descontaram|debitaram)|nao (?:vou pagar|pago|aceito)|(?:quero|exijo) (?:o )?(?:estorno|reembolso|dinheiro) (?:total|integral|de volta)|cobranca indevida',
  ],
  refundDone: [
    '(?:processei|emiti|realizei|fizemos|processamos) (?:o |seu )?(?:reembolso|estorno)',
    '(?:reembolso|estorno) (?:foi|ja foi|esta) (?:processado|emitido|realizado|aprovado)',
  ],
  sales: [
    '(?:[2-9]\\d|\\d{3,}) (?:pessoas|funcionarios|colaboradores|unidades|quartos|imoveis|veiculos|participantes|convidados|alunos|usuarios)',
    'condicoes (?:especiais|comerciais|para (?:o )?grupo|corporativas)|proposta (?:comercial|personalizada|completa|global|para (?:a )?empresa)|tarifa (?:de grupo|corporativa|empresarial)|plano (?:corporativo|para empresas)',
    'cobrir (?:a |essa )?(?:oferta|proposta)|(?:outra|outra seguradora|concorrente) (?:me )?(?:ofereceu|oferece|cobra)',
    'preco personalizado|orcamento (?:para|personalizado)|cotacao|desconto por volume|plurianual',
    '(?:rede|cadeia) de (?:\\d{2,}|varias|varios) (?:lojas|restaurantes|academias|clinicas|farmacias|hoteis|escolas|unidades|franquias|filiais|mercados|supermercados|postos)|(?:solucao|proposta|plano|preco|condicoes|pacote|contrato) (?:sob medida|personalizad[oa]s?)|(?:(?:para|a) (?:esse|este|tal|nosso|um grande)|nesse|neste) volume|(?:preco|oferta|condicao|condicoes) melhor(?:es)? (?:que|do que)',
    'contrato de (?:dois|tres|2|3) anos|negociar|negociacao|\\d{2,} (?:licencas|usuarios|assentos|funcionarios|lojas|filiais)',
    'plano (?:enterprise|empresarial|corporativo)|migrar (?:de|nossos|todos)|migracao de',
    'equipe (?:de vendas|comercial)|falar com vendas|melhor preco|condicao especial|concorrente',
  ],
  resolved: [
    '(?:ja )?(?:chegou|recebi|baixei|baixad[oa]|achei|apareceu|caiu (?:aqui|na conta)|passou|voltou|entrou)|(?:ta|esta|tá) funcionando|deu bom|^\\W*(?:vlw|brigad[oa]|obg)\\W*$',
    '(?:funcionou|deu certo|resolveu|resolvido|ajudou)|problema (?:resolvido|solucionado)',
    '(?:perfeito|otimo|beleza),? obrigad[oa]|e so isso|era so isso|^\\W*(?:obrigad[oa]|valeu)\\W*$',
  ],
  positive: [
    'obrigad[oa]|valeu|perfeito|otimo|beleza|entendi|funcionou|deu certo|excelente|combinado|ok|resolvido',
  ],
  contrast: [
    'estou aqui ha|faz (?:meia hora|\\d+ minutos)',
    'mas|ainda|porem|continua|infelizmente|contudo',
  ],
  handedOff: [
    '(?:o |a )?(?:atendente|agente|consultor|consultora) (?:\\w+ )?(?:entrou|assumiu)',
    '(?:transferid[oa]|encaminhad[oa]) (?:para|a) (?:um |uma )?(?:atendente|agente|pessoa|especialista)',
  ],
  backToBot: ['(?:o atendente|a atendente) (?:saiu|encerrou)|de volta ao (?:bot|assistente)'],
  persist: [
    '(?:ele|ela|o atendente|a atendente|o rapaz|a moca|voces) (?:me )?(?:disse|disseram|prometeu|prometeram|garantiu)|ate agora nada|ainda nada',
    'disse|prometeu|falou que|disseram',
    'ainda|de novo|novamente|mesmo problema|nunca (?:chegou|resolveu|voltou)|continua|como (?:ontem|antes)',
  ],
  rephrase: [
    'reformulando|vou reformular',
    'de novo|eu sei|quero dizer|repito|minha pergunta (?:e|era)|sim ou nao|vou perguntar de novo',
  ],
  churn: [
    'todas as nossas (?:lojas|filiais|unidades)|todos os nossos (?:armazens|centros|escritorios)',
    'cancelar (?:minha|a|nossa) (?:assinatura|conta|contrato)|(?:mudar|ir) para (?:a )?concorrencia|outro fornecedor',
    'nao (?:vou|vamos) renovar',
  ],
  issue: {
    billing: [
      'devolver|devolucao|troca',
      'valor|cobranca|segunda via|conta de (?:luz|agua|telefone)|cartao (?:final|terminado)',
      'fatura|cobr\\w*|pagamento|pago|paguei|reembolso|estorno|recibo|nota fiscal|cartao|boleto|pix|dinheiro|taxa',
    ],
    sales: [
      'mudar de plano|trocar de plano|upgrade|teste gratis|periodo de teste',
      'preco|orcamento|cotacao|desconto|renova\\w*|contrato|licencas|plano|vendas|comprar|concorrente',
    ],
    technical: [
      'garantia',
      'tecnico|modem|roteador|internet|wi-?fi|conexao|sinal|tela|bateria|carregador|nao liga|vazando|vazamento|atualizacao|aplicativo|app',
      'erro|falha|bug|trava|api|integracao|webhook|nao funciona|nao carrega|fora do ar|servidor|instal\\w*|aplicativo|dispositivo|sincroniz\\w*',
    ],
    support: [
      'conta|senha|envio|entrega|pedido|encomenda|rastreio|rastreamento|endereco|como (?:faco|posso)|dados|privacidade',
    ],
  },
  issueStrong: {
    billing: [
      'segunda via|conta de (?:luz|agua|gas|telefone)|fatura|cobran\\w*|cobrad[oa]|estorno|reembolso|boleto|pix',
    ],
    sales: ['preco|plano|orcamento|desconto'],
    technical: [
      'internet|erro|reiniciando|celular|atualizad[oa]|app|aplicativo|nao liga|tela (?:preta|azul)',
    ],
    support: ['senha|entrega|reserva|buscar|coleta|trincad[ao]|quebrad[ao]'],
  },
  issueNeed: {
    billing: [
      'por ?que (?:tenho que|preciso|devo) pagar|pre-?autoriza\\w*|(?:bloquearam|reservaram|seguraram) (?:\\S+ ){0,2}no (?:meu )?cartao',
      'pagamento (?:nao (?:passa|foi|vai)|recusado|falhou)|cartao (?:recusado|negado)|nao consigo pagar',
      'informe de rendimentos|holerite|contracheque|comprovante (?:de pagamento)?|nota fiscal|segunda via',
      'recarg\\w*|top ?up|saldo|nao (?:foi )?creditad[oa]|caucao|deposito',
      'debito automatico|parcela|mensalidade (?:subiu|aumentou)|multa|reembols\\w*|estorn\\w*|ressarc\\w*|indeniza\\w*|nao vou pagar',
    ],
    sales: [
      'quanto (?:custa|custam|ta|esta|e|sai|fica|cobram|seria)|qual (?:o|e o) (?:preco|valor)|o preco d|(?:e|sai) mais barat[oa]|tem (?:algum )?(?:desconto|promocao)',
      'cancelar (?:a |o |minha |meu )?(?:assinatura|matricula|plano|contrato|linha|conta|servico|apolice)|quero cancelar|mudar (?:de|para o) plano|trocar (?:de|para o) plano|adicionar (?:outra |uma )?linha',
      'proposta|orcamento|cotacao|para (?:umas |uns |cerca de )?\\d{2,} (?:pessoas|funcionarios|colaboradores|usuarios|alunos|convidados)|assin(?:ar|ei|o)|contratar',
    ],
    technical: [
      '(?:exportacao|importacao|download|upload|sincronizacao) (?:\\S+ ){0,3}(?:falha|falhou|trava|para)|(?:o app|o aplicativo) (?:trava|fecha sozinho)',
      'sem (?:som|audio|imagem)',
      'deu (?:algum )?(?:erro|problema)|algo deu errado|nao (?:aparece|mostra|carrega|atualiza|sincroniza|conecta|liga|abre|funciona)|(?:parou|deixou) de funcionar|sem dados|em branco',
      'sem (?:luz|agua|gas|internet|sinal|conexao|link|energia)|(?:internet|link|sistema|app|site) (?:caiu|cairam|fora do ar|parad[oa])|queda|indisponivel',
      'caldeira|aquecedor|termostato|controle|console|sensor|bluetooth|nfc',
    ],
    support: [
      '(?:conta|cartao) (?:esta |foi )?(?:bloquead[oa]|suspens[oa]|congelad[oa])|bloquearam|nao consigo (?:entrar|acessar|logar)|redefinir (?:a )?senha|verifica\\w* (?:de )?identidade|validar (?:meu )?(?:documento|cadastro)',
      'alergi\\w*|(?:incluir|adicionar) (?:minha|meu) (?:filh[oa]|bebe|espos[oa]|dependente)|troca de titularidade|baixar (?:o |meu )?(?:contrato|certificado)',
    ],
  },
};
