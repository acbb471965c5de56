import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { HandoffInput } from '../../../core';
import { readHandoffInput, type InputSource } from './read-input';

/** The "Input" parameters of item `itemIndex`, as `readHandoffInput` takes them. */
export function inputSourceFor(ctx: IExecuteFunctions, itemIndex: number): InputSource {
  const mode = ctx.getNodeParameter('inputSource', itemIndex, 'auto') as string;
  if (mode !== 'fields') return { mode: 'auto' };
  const get = (name: string) => ctx.getNodeParameter(name, itemIndex, undefined) as unknown;
  return {
    mode: 'fields',
    fields: {
      messages: get('messages'),
      latestMessage: get('latestMessage') as string | undefined,
      conversationId: get('conversationId') as string | undefined,
      channel: get('channel') as string | undefined,
      customer: get('customer'),
      context: get('context'),
    },
  };
}

/** Reads the `HandoffInput` of an item with the node's "Input" parameters. */
export function itemInput(
  ctx: IExecuteFunctions,
  json: IDataObject,
  itemIndex: number,
  now: string,
): HandoffInput {
  return readHandoffInput(json, inputSourceFor(ctx, itemIndex), now);
}

/**
 * The item's own fields with the normalised contract fields beside them, so the next
 * Handoff node (or the rule service) finds `conversation`, `customer` and `context`.
 */
export function withContractFields(json: IDataObject, input: HandoffInput): IDataObject {
  return {
    ...json,
    conversation: input.conversation as unknown as IDataObject,
    ...(input.customer ? { customer: input.customer as IDataObject } : {}),
    ...(input.context ? { context: input.context as IDataObject } : {}),
  };
}
