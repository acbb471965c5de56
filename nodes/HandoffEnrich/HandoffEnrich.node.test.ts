import { NodeOperationError } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';
import { fakeContext, runNode } from '../test/fake-context';
import { HandoffEnrich } from './HandoffEnrich.node';

const node = new HandoffEnrich();
const conversation = {
  messages: [{ role: 'customer', text: 'Where is my order?', at: '2026-11-20T10:00:00Z' }],
};

describe('Handoff Enrich (fields from earlier nodes)', () => {
  it('maps account, orders, tickets and customer fields into the contract, keeping the item', async () => {
    const { ctx } = fakeContext({
      items: [
        {
          conversation,
          customer: { email: 'a@example.com' },
          context: { account: { id: 'acc-1' } },
          keep: 1,
        },
      ],
      params: {
        source: 'fields',
        account: (_i: number) => ({ plan: 'gold' }),
        orders: '[{"id":"o-1","total":120}]',
        tickets: '[]',
        customerFields: '{"tier":"enterprise"}',
      },
    });
    const [out] = await runNode(node, ctx);
    expect(out).toHaveLength(1);
    expect(out[0].pairedItem).toEqual({ item: 0 });
    expect(out[0].json).toEqual({
      conversation,
      keep: 1,
      customer: { email: 'a@example.com', tier: 'enterprise' },
      context: { account: { id: 'acc-1', plan: 'gold' }, orders: [{ id: 'o-1', total: 120 }] },
    });
  });

  it('refuses a customer field that breaks the contract, naming the field and the item', async () => {
    const { ctx } = fakeContext({
      items: [{ conversation }, { conversation }],
      params: {
        source: 'fields',
        account: '{}',
        orders: '[]',
        tickets: '[]',
        customerFields: (i: number) => (i === 1 ? '{"tier":"platinum"}' : '{}'),
      },
    });
    const error = await runNode(node, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NodeOperationError);
    expect((error as NodeOperationError).message).toMatch(/customer fields.*tier/);
    expect((error as NodeOperationError).context.itemIndex).toBe(1);
  });

  it('with Continue On Fail, passes the failing item on with an error and goes on', async () => {
    const { ctx } = fakeContext({
      continueOnFail: true,
      items: [{ n: 0 }, { n: 1 }],
      params: {
        source: 'fields',
        account: (i: number) => (i === 0 ? '{not json' : '{"plan":"pro"}'),
        orders: '[]',
        tickets: '[]',
        customerFields: '{}',
      },
    });
    const [out] = await runNode(node, ctx);
    expect(out.map((o) => o.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
    expect(out[0].json.error).toMatch(/Account is not valid JSON/);
    expect(out[1].json.context).toEqual({ account: { plan: 'pro' } });
  });
});
