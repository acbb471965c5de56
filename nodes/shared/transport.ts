import type { IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';
import type { HttpResponse, Transport } from '../../core';

interface FullResponse {
  statusCode: number;
  headers?: IDataObject;
  body: unknown;
}

const flatHeaders = (headers: IDataObject | undefined): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value !== undefined && value !== null) {
      out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    }
  }
  return out;
};

const bodyText = (body: unknown): string => {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  // n8n parses JSON answers on its own; core's clients parse the text again.
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  return JSON.stringify(body);
};

/**
 * The transport core's HTTP clients need, built on n8n's request helper, so requests go
 * through n8n (its proxy settings, its credential handling). With a credential type, n8n
 * adds that credential's authentication to every request, and any `authorization` header
 * core's adapter set itself is dropped: the secret stays inside n8n's credential store.
 *
 * @example
 * const transport = n8nTransport(this, 'handoffHubSpotApi');
 * await enrich(input, { adapter, transport, sleep, now: Date.now });
 */
export function n8nTransport(ctx: IExecuteFunctions, credentialType: string): Transport {
  return async (req): Promise<HttpResponse> => {
    const headers: IDataObject = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (name.toLowerCase() !== 'authorization') headers[name] = value;
    }
    const response = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, credentialType, {
      method: req.method.toUpperCase() as IHttpRequestMethods,
      url: req.url,
      headers,
      body: req.body,
      json: false,
      returnFullResponse: true,
      ignoreHttpStatusErrors: true,
      abortSignal: req.signal,
    })) as FullResponse;
    return {
      status: response.statusCode,
      headers: flatHeaders(response.headers),
      body: bodyText(response.body),
    };
  };
}
