import { describe, expect, it } from 'vitest';
import { customerInput, hubspotAccount } from '../test/hubspot/harness';

const searchBodies = (account: ReturnType<typeof hubspotAccount>) =>
  account.http.seen
    .filter((r) => r.url.endsWith('/contacts/search'))
    .map((r) => JSON.parse(r.body ?? '{}'));

describe('lookup without an email (case 3)', () => {
  it('finds a voice or SMS caller by phone, normalised to E.164', async () => {
    const account = hubspotAccount({}, { defaultCountry: 'DE' });
    const result = await account.enrichWith(
      customerInput({ attributes: { phone: '030 1234567' } }, 'voice'),
    );
    expect(result.input.context?.account).toMatchObject({ contactId: '501', matchedBy: 'phone' });
    expect(searchBodies(account)[0].filterGroups).toEqual([
      { filters: [{ propertyName: 'phone', operator: 'EQ', value: '+49301234567' }] },
      { filters: [{ propertyName: 'mobilephone', operator: 'EQ', value: '+49301234567' }] },
    ]);
  });

  it('reads a WhatsApp id (international digits without the plus) without a default country', async () => {
    const account = hubspotAccount();
    const result = await account.enrichWith(
      customerInput({ attributes: { phone: '49301234567' } }, 'whatsapp'),
    );
    expect(result.input.context?.account).toMatchObject({ contactId: '501', matchedBy: 'phone' });
  });

  it('uses customer.id as a HubSpot record id, or through a unique property', async () => {
    const byId = hubspotAccount();
    const found = await byId.enrichWith(customerInput({ id: '501' }));
    expect(found.input.context?.account).toMatchObject({ contactId: '501', matchedBy: 'id' });
    expect(byId.paths()[0]).toBe('/crm/objects/2026-09/contacts/batch/read');

    const byProperty = hubspotAccount({}, { idProperty: 'customer_number' });
    const viaProperty = await byProperty.enrichWith(customerInput({ id: 'cus_77' }));
    expect(viaProperty.input.context?.account).toMatchObject({ contactId: '501', matchedBy: 'id' });
    expect(JSON.parse(byProperty.http.seen[0].body ?? '{}')).toMatchObject({
      idProperty: 'customer_number',
      inputs: [{ id: 'cus_77' }],
    });
  });

  it('says why a value was not used, and makes no call for it', async () => {
    const account = hubspotAccount();
    const result = await account.enrichWith(
      customerInput({ id: 'cus_77', attributes: { phone: '030 1234567' } }),
    );
    expect(result.notes).toEqual([
      'HubSpot: phone "030 1234567" has no country code and no default country is set, not used for the lookup',
      'HubSpot: id "cus_77" is not a HubSpot record id (set idProperty to look it up by a property), not used for the lookup',
      'HubSpot: nothing to look up',
    ]);
    expect(account.http.seen).toHaveLength(0);
  });

  it('tries the configured order and stops at the first match; a miss goes on to the next', async () => {
    const account = hubspotAccount({}, { lookup: ['email', 'id'] });
    const result = await account.enrichWith(customerInput({ email: 'old@example.com', id: '501' }));
    expect(result.input.context?.account).toMatchObject({ contactId: '501', matchedBy: 'id' });
    expect(account.paths()[0]).toBe('/crm/objects/2026-09/contacts/search');
    expect(account.paths()[1]).toBe('/crm/objects/2026-09/contacts/batch/read');

    const none = hubspotAccount();
    const miss = await none.enrichWith(
      customerInput({ email: 'nobody@example.com', attributes: { phone: '+4940999999' } }),
    );
    expect(miss.notes).toEqual([
      'HubSpot: no contact with email nobody@example.com or phone +4940999999',
    ]);
  });

  it('asks for the configured properties, including custom ones (case 5)', async () => {
    const account = hubspotAccount(
      {},
      { contactProperties: ['email', 'customer_number'], ticketProperties: ['subject'] },
    );
    const result = await account.enrichWith(customerInput({ email: 'anna@example.com' }));
    expect(searchBodies(account)[0].properties).toEqual(['email', 'customer_number']);
    expect(result.input.context?.account).toMatchObject({ customer_number: 'cus_77' });
    expect(result.input.context?.account).not.toHaveProperty('firstname');
    const ticketRead = account.http.seen.find((r) =>
      r.url.endsWith('/objects/2026-09/tickets/batch/read'),
    );
    // Stage and pipeline ids are always read: the labels and open state need them.
    expect(JSON.parse(ticketRead?.body ?? '{}').properties).toEqual([
      'subject',
      'hs_pipeline_stage',
      'hs_pipeline',
    ]);
  });
});
