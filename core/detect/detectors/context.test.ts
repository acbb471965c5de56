import { describe, expect, it } from 'vitest';
import { detectAll, detectSignals } from '../detect';
import { chat, say } from '../test/build';

describe('high_value_customer', () => {
  it('fires for tier, segment or lifetime value at the thresholds', () => {
    expect(
      detectSignals(say('hi', { customer: { tier: 'enterprise' } })).high_value_customer,
    ).toBeDefined();
    expect(
      detectSignals(say('hi', { customer: { segment: 'Strategic' } })).high_value_customer,
    ).toBeDefined();
    expect(
      detectSignals(say('hi', { customer: { lifetimeValue: 50_000 } })).high_value_customer,
    ).toBeDefined();
    expect(
      detectSignals(say('hi', { customer: { tier: 'pro', lifetimeValue: 900 } }))
        .high_value_customer,
    ).toBeUndefined();
  });

  it('follows the configured threshold', () => {
    const input = say('hi', { customer: { lifetimeValue: 20_000 } });
    expect(detectSignals(input).high_value_customer).toBeUndefined();
    expect(
      detectSignals(input, { highValueLifetime: 10_000 }).high_value_customer?.evidence,
    ).toEqual([{ field: 'customer.lifetimeValue', value: 20_000 }]);
  });

  it('is strongest when the account talks of leaving', () => {
    const input = say('Honestly we are reviewing whether we keep the platform at all.', {
      customer: { tier: 'enterprise' },
    });
    expect(detectSignals(input).high_value_customer?.strength).toBeGreaterThanOrEqual(0.95);
  });
});

describe('long_session', () => {
  const turns: ['customer' | 'bot', string][] = [
    ['customer', 'The app is stuck on the loading screen.'],
    ['bot', 'Try restarting it.'],
    ['customer', 'Did that, still stuck.'],
  ];

  it('fires for a live chat over the configured minutes', () => {
    const input = chat(turns, { conversation: { channel: 'whatsapp' } }, 12);
    expect(detectSignals(input).long_session).toBeDefined();
    expect(detectSignals(input, { longSessionMinutes: 30 }).long_session).toBeUndefined();
  });

  it('never fires for email, nor for a chat that ended resolved', () => {
    expect(
      detectSignals(chat(turns, { conversation: { channel: 'email' } }, 60)).long_session,
    ).toBeUndefined();
    const resolved = chat([...turns, ['customer', 'It works now, thanks!']], {}, 12);
    expect(detectSignals(resolved).long_session).toBeUndefined();
  });
});

describe('previous_handoff and the session', () => {
  it('is strong when the issue persists after the handoff, weak for a new question', () => {
    const base: ['customer' | 'bot' | 'agent' | 'system', string][] = [
      ['customer', 'Calendar sync creates every appointment twice.'],
      ['system', 'Conversation handed off to agent Priya.'],
      ['agent', 'I reset the sync token, it should be fine now.'],
      ['system', 'Agent returned the conversation to the bot.'],
    ];
    const persists = chat(
      [...base, ['customer', 'It is happening again, appointments are doubled.']],
      {
        conversation: { previousHandoffs: 1 },
      },
    );
    const fresh = chat([...base, ['customer', 'How do I export my contacts to CSV?']], {
      conversation: { previousHandoffs: 1 },
    });
    expect(detectSignals(persists).previous_handoff?.strength).toBeGreaterThanOrEqual(0.85);
    expect(detectSignals(fresh).previous_handoff?.strength).toBe(0.5);
  });

  it('knows when a person already holds the conversation', () => {
    const agent = detectAll(
      chat([
        ['customer', 'help'],
        ['agent', 'Hi, Tom here.'],
      ]),
    );
    expect(agent.session.withHuman).toBe(true);
    const back = detectAll(
      chat([
        ['customer', 'help'],
        ['agent', 'Hi'],
        ['bot', 'Anything else?'],
      ]),
    );
    expect(back.session.withHuman).toBe(false);
    const system = detectAll(
      chat([
        ['customer', 'help'],
        ['system', 'Agent Maria joined the conversation.'],
      ]),
    );
    expect(system.session.withHuman).toBe(true);
    const attr = detectAll(
      say('help', { customer: { attributes: { handoffState: 'with_human' } } }),
    );
    expect(attr.session.withHumanBecause).toContain('handoffState');
  });

  it('reads closing lines in several languages as resolved', () => {
    for (const text of [
      'Perfect, thanks!',
      'Gracias, funcionó.',
      'Super, danke!',
      'Parfait, merci.',
      'Valeu, deu certo!',
      'Perfetto, grazie!',
      'Top, bedankt!',
    ]) {
      expect(
        detectAll(
          chat([
            ['customer', 'help'],
            ['bot', 'Done.'],
            ['customer', text],
          ]),
        ).session.resolved,
        text,
      ).toBe(true);
    }
    expect(detectAll(say('Thanks, but it still does not work')).session.resolved).toBe(false);
  });
});

describe('after an earlier handoff', () => {
  it('reads text signals only from what the customer wrote since', () => {
    const input = chat(
      [
        ['customer', 'I was charged twice for October!'],
        ['system', 'Conversation handed off to agent Fleur.'],
        ['agent', 'The duplicate invoice is credited.'],
        ['system', 'Agent returned the conversation to the bot.'],
        ['customer', 'How do I switch the app to English?'],
        ['bot', 'Profile > Preferences > Language.'],
        ['customer', 'Done, thanks!'],
      ],
      { conversation: { previousHandoffs: 1 } },
    );
    const s = detectSignals(input);
    expect(s.refund_dispute).toBeUndefined();
    expect(s.previous_handoff?.strength).toBe(0.5);
  });
});

describe('resolution the customer reports', () => {
  const ends = (...lines: string[]) =>
    detectAll(
      chat([
        ['customer', 'the certificate does not show up'],
        ['bot', 'Log out and in again, please.'],
        ...lines.map((t) => ['customer', t] as ['customer', string]),
      ]),
    ).session.resolved;

  it('counts what the customer says arrived, worked or downloaded', () => {
    for (const text of [
      'found it, pdf downloaded',
      'test payment went through 👍',
      'pages load now, thanks',
      'já chegou, está tudo',
      'gevonden! staat erin, pdf gedownload',
      'ahi esta, descargado. gracias!',
    ])
      expect(ends(text), text).toBe(true);
  });

  it('lets an acknowledgement after such a report stand for it', () => {
    expect(ends('apareceu!! baixei o pdf', 'vlw')).toBe(true);
    expect(ends('gevonden, pdf gedownload', '👍')).toBe(true);
    expect(ends('still nothing', '👍')).toBe(false);
  });

  it('does not count a report that says the problem is still there', () => {
    expect(ends('the bill arrived and the 48 € are on it again')).toBe(false);
    expect(ends('la bolletta è arrivata ma i 48 € non sono stati stornati')).toBe(false);
  });
});

describe('previous_handoff from an open ticket', () => {
  const ticket = (status: string, subject: string) =>
    chat(
      [
        ['customer', 'my 5000 gems are still not credited'],
        ['bot', 'Purchases are credited within 24 hours.'],
      ],
      { context: { tickets: [{ id: 'PAY-1', subject, status }] } },
    );

  it('is strong for an open ticket about the same problem', () => {
    const s = detectSignals(ticket('open', '5000 gems not credited')).previous_handoff;
    expect(s?.strength).toBeGreaterThanOrEqual(0.8);
    expect(s?.evidence).toContainEqual({ field: 'context.tickets[0].status', value: 'open' });
  });

  it('ignores closed tickets and tickets about something else', () => {
    expect(
      detectSignals(ticket('closed', '5000 gems not credited')).previous_handoff,
    ).toBeUndefined();
    expect(detectSignals(ticket('open', 'Change of address')).previous_handoff).toBeUndefined();
  });
});
