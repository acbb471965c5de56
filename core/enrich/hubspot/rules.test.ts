import { describe, expect, it } from 'vitest';
import { compileRuleset, decide } from '../..';
import { hubspotData } from '../test/hubspot/data';
import { customerInput, hubspotAccount } from '../test/hubspot/harness';

// A rule over what the HubSpot adapter adds: an open ticket with the customer (case 4).
const ruleset = compileRuleset({
  id: 'open-ticket',
  name: 'Open ticket',
  rules: [
    {
      id: 'open-ticket-with-us',
      name: 'The customer already has an open ticket',
      when: { some: [{ var: 'context.tickets' }, { '==': [{ var: 'open' }, true] }] },
      then: { handoff: true, reason: 'previous_handoff', priority: 'high' },
    },
  ],
});

describe('rules read the open state HubSpot’s pipelines give', () => {
  it('hands off when a ticket is open, not when every ticket is closed', async () => {
    const open = await hubspotAccount().enrichWith(customerInput({ email: 'anna@example.com' }));
    expect(decide(open.input, { ruleset })).toMatchObject({ handoff: true, priority: 'high' });

    const data = hubspotData();
    data.tickets['7001'].hs_pipeline_stage = '4';
    const closed = await hubspotAccount({ data }).enrichWith(
      customerInput({ email: 'anna@example.com' }),
    );
    expect(closed.input.context?.tickets?.every((t) => t.open === false)).toBe(true);
    expect(decide(closed.input, { ruleset }).handoff).toBe(false);
  });
});
