import type { ServerResponse } from 'node:http';
import { sendJson, type Seen } from '../../http/test/local-server';

/** A tiny HubSpot CRM: one contact with two deals and one ticket, answering the documented endpoints. */
export const hubspotData = {
  contacts: [
    {
      id: '501',
      properties: {
        email: 'anna@example.com',
        firstname: 'Anna',
        lastname: 'Berger',
        company: 'Berger GmbH',
        lifecyclestage: 'customer',
      },
    },
  ],
  deals: {
    '9001': {
      dealname: 'Annual renewal',
      amount: '18500',
      dealstage: 'closedwon',
      closedate: '2026-01-15T00:00:00Z',
    },
    '9002': { dealname: 'Seat expansion', amount: '4200', dealstage: 'contractsent' },
  } as Record<string, Record<string, string>>,
  tickets: {
    '7001': {
      subject: 'Invoice charged twice',
      hs_pipeline_stage: '1',
      hs_ticket_priority: 'HIGH',
    },
  } as Record<string, Record<string, string>>,
  associations: { deals: { '501': ['9001', '9002'] }, tickets: { '501': ['7001'] } } as Record<
    string,
    Record<string, string[]>
  >,
};

/** Handles the HubSpot endpoints the adapter uses; anything else is a 404 like HubSpot's. */
export const hubspotHandler = (req: Seen, res: ServerResponse, token = 'pat-test') => {
  if (req.headers.authorization !== `Bearer ${token}`) {
    return sendJson(res, 401, {
      status: 'error',
      category: 'INVALID_AUTHENTICATION',
      message: 'Authentication credentials not found.',
    });
  }
  const body = req.body as Record<string, unknown>;
  if (req.method === 'POST' && req.path === '/crm/v3/objects/contacts/search') {
    const filter = (
      body.filterGroups as Array<{
        filters: Array<{ propertyName: string; operator: string; value: string }>;
      }>
    )[0].filters[0];
    const found = hubspotData.contacts.filter(
      (c) => filter.operator === 'EQ' && c.properties.email === filter.value,
    );
    const props = body.properties as string[];
    return sendJson(res, 200, {
      total: found.length,
      results: found.map((c) => ({
        id: c.id,
        properties: Object.fromEntries(
          props
            .filter((p) => p in c.properties)
            .map((p) => [p, (c.properties as Record<string, string>)[p]]),
        ),
        createdAt: '2025-01-01T00:00:00Z',
        updatedAt: '2026-01-01T00:00:00Z',
        archived: false,
      })),
    });
  }
  const assoc = /^\/crm\/v4\/associations\/contacts\/(deals|tickets)\/batch\/read$/.exec(req.path);
  if (req.method === 'POST' && assoc) {
    const inputs = body.inputs as Array<{ id: string }>;
    return sendJson(res, 200, {
      status: 'COMPLETE',
      results: inputs.map((i) => ({
        from: { id: i.id },
        to: (hubspotData.associations[assoc[1]][i.id] ?? []).map((id) => ({
          toObjectId: Number(id),
          associationTypes: [
            { category: 'HUBSPOT_DEFINED', typeId: assoc[1] === 'deals' ? 4 : 15, label: null },
          ],
        })),
      })),
      startedAt: '2026-11-20T10:00:00Z',
      completedAt: '2026-11-20T10:00:00Z',
    });
  }
  const read = /^\/crm\/v3\/objects\/(deals|tickets)\/batch\/read$/.exec(req.path);
  if (req.method === 'POST' && read) {
    const table = read[1] === 'deals' ? hubspotData.deals : hubspotData.tickets;
    const props = body.properties as string[];
    const inputs = body.inputs as Array<{ id: string }>;
    return sendJson(res, 200, {
      status: 'COMPLETE',
      results: inputs
        .filter((i) => table[i.id])
        .map((i) => ({
          id: i.id,
          properties: Object.fromEntries(
            props.filter((p) => p in table[i.id]).map((p) => [p, table[i.id][p]]),
          ),
          archived: false,
        })),
    });
  }
  return sendJson(res, 404, {
    status: 'error',
    message: `Unknown endpoint ${req.method} ${req.path}`,
  });
};
