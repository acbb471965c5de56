import type {
  ICredentialsDecrypted,
  ICredentialTestFunctions,
  IDataObject,
  INodeCredentialTestResult,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';
import { checkHubSpotAccess, type HttpResponse, type Transport } from '../../../core';

interface FullResponse {
  statusCode: number;
  headers?: IDataObject;
  body?: unknown;
}

/**
 * A transport over the one HTTP helper n8n gives credential tests. It resolves with every
 * status (the scope check reads HubSpot's 403 bodies) instead of throwing on them.
 */
const credentialTestTransport =
  (ctx: ICredentialTestFunctions): Transport =>
  async (req): Promise<HttpResponse> => {
    // Credential tests get only this request helper from n8n (no httpRequest).
    const response = (await ctx.helpers.request({
      method: req.method,
      uri: req.url,
      headers: req.headers,
      body: req.body,
      json: false,
      simple: false,
      resolveWithFullResponse: true,
    })) as FullResponse;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(response.headers ?? {}))
      if (value !== undefined && value !== null) headers[name.toLowerCase()] = String(value);
    const body = response.body;
    return {
      status: response.statusCode,
      headers,
      body:
        typeof body === 'string'
          ? body
          : body === undefined || body === null
            ? ''
            : JSON.stringify(body),
    };
  };

/**
 * The HubSpot credential's test: reads one record of each object the node uses, so a
 * token without, say, the `tickets` scope fails the test naming that scope, instead of
 * passing and then losing the tickets on every handoff.
 */
export async function handoffHubSpotScopes(
  this: ICredentialTestFunctions,
  credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
  const data = credential.data ?? {};
  const access = await checkHubSpotAccess(
    {
      accessToken: String(data.accessToken ?? ''),
      baseUrl: String(data.baseUrl || 'https://api.hubapi.com'),
    },
    { transport: credentialTestTransport(this), sleep, now: Date.now },
  );
  return { status: access.ok ? 'OK' : 'Error', message: access.message };
}
