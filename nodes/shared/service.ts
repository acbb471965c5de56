import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { formatIssues, type Issue } from '../../core';

/** The credential type of the Handoff rule service. */
export const handoffApiCredential = 'handoffApi';

interface FullResponse {
  statusCode: number;
  body: unknown;
}

/** What a refusal means for one call, in the user's words; undefined: the generic wording. */
export type ExplainRefusal = (status: number, body: unknown, baseUrl: string) => string | undefined;

const describeRefusal = (status: number, body: unknown): string => {
  if (typeof body === 'object' && body !== null) {
    const error = (body as IDataObject).error ?? body;
    if (typeof error === 'object' && error !== null) {
      const { code, message, issues } = error as IDataObject;
      const paths = Array.isArray(issues) ? [formatIssues(issues as Issue[])] : [];
      return [`HTTP ${status}`, code, message, ...paths].filter(Boolean).join(' - ');
    }
  }
  return `HTTP ${status}${typeof body === 'string' && body ? ` - ${body.slice(0, 300)}` : ''}`;
};

/**
 * Posts `body` to an endpoint of the Handoff rule service (credential "Handoff API") and
 * returns its JSON answer. Refusals and network failures become `NodeOperationError`s that
 * say what the service answered; `explain` words the refusals a caller knows better.
 *
 * @example
 * const decision = await callHandoffService(this, i, '/v1/detect', input, { ruleset: 'support' });
 */
export async function callHandoffService(
  ctx: IExecuteFunctions,
  itemIndex: number,
  path: string,
  body: unknown,
  qs: IDataObject = {},
  explain?: ExplainRefusal,
): Promise<IDataObject> {
  let credentials: IDataObject;
  try {
    credentials = await ctx.getCredentials(handoffApiCredential, itemIndex);
  } catch (error) {
    throw new NodeOperationError(
      ctx.getNode(),
      'This needs a Handoff API credential (the rule service’s Base URL and an API key): pick or create one in the node',
      { itemIndex, description: (error as Error).message },
    );
  }
  const baseUrl = String(credentials.baseUrl ?? '').replace(/\/+$/, '');
  if (baseUrl === '') {
    throw new NodeOperationError(ctx.getNode(), 'The Handoff API credential has no Base URL', {
      itemIndex,
    });
  }
  let response: FullResponse;
  try {
    response = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, handoffApiCredential, {
      method: 'POST',
      url: `${baseUrl}${path}`,
      qs,
      body: body as IDataObject,
      json: true,
      returnFullResponse: true,
      ignoreHttpStatusErrors: true,
    })) as FullResponse;
  } catch (error) {
    throw new NodeOperationError(
      ctx.getNode(),
      `Could not reach the Handoff rule service at ${baseUrl}: ${(error as Error).message}`,
      { itemIndex },
    );
  }
  if (response.statusCode < 200 || response.statusCode >= 300) {
    const detail = describeRefusal(response.statusCode, response.body);
    const known = explain?.(response.statusCode, response.body, baseUrl);
    throw new NodeOperationError(
      ctx.getNode(),
      known ?? `The Handoff rule service refused ${path}: ${detail}`,
      { itemIndex, description: known ? `The service answered: ${detail}` : undefined },
    );
  }
  if (typeof response.body !== 'object' || response.body === null) {
    throw new NodeOperationError(
      ctx.getNode(),
      `The Handoff rule service answered ${path} with something other than a JSON object`,
      { itemIndex },
    );
  }
  return response.body as IDataObject;
}

/**
 * Posts the item's input to a decision endpoint of the rule service with the ruleset the
 * node's "Ruleset ID" names (the service's default when it is empty).
 */
export const callWithRuleset = (
  ctx: IExecuteFunctions,
  itemIndex: number,
  path: '/v1/handoff' | '/v1/route',
  input: unknown,
): Promise<IDataObject> => {
  const rulesetId = (ctx.getNodeParameter('rulesetId', itemIndex, '') as string).trim();
  return callHandoffService(ctx, itemIndex, path, input, rulesetId ? { ruleset: rulesetId } : {});
};
