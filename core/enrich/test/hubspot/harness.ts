import type { ServerResponse } from 'node:http';
import type { HandoffInput } from '../../../contract';
import type { Transport } from '../../../http';
import type { Seen } from '../../../http/test/local-server';
import { fakeHttp } from '../../../http/test/fake-clock';
import { enrich } from '../../enrich';
import { createHubSpotCrm, type HubSpotConfig } from '../../hubspot/index';
import { hubSpotStandIn, type StandInOptions } from './stand-in';

/** Runs a stand-in handler in this process: no socket, the fake clock's time only. */
export const inProcess =
  (handler: (req: Seen, res: ServerResponse) => void): Transport =>
  (req) =>
    new Promise((resolve) => {
      const url = new URL(req.url);
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]),
      );
      let status = 200;
      let answerHeaders: Record<string, string> = {};
      const res = {
        writeHead(code: number, h: Record<string, string> = {}) {
          status = code;
          answerHeaders = h;
          return res;
        },
        end(body?: string) {
          resolve({ status, headers: answerHeaders, body: body ?? '' });
        },
      };
      handler(
        {
          method: req.method,
          path: url.pathname + url.search,
          headers,
          body: req.body ? JSON.parse(req.body) : undefined,
        },
        res as unknown as ServerResponse,
      );
    });

let accounts = 0;

/** A conversation from a customer with the given details. */
export const customerInput = (
  customer: HandoffInput['customer'],
  channel: HandoffInput['conversation']['channel'] = 'web',
): HandoffInput => ({
  conversation: {
    channel,
    previousHandoffs: 0,
    messages: [
      { role: 'customer', text: 'My invoice was charged twice', at: '2026-11-20T10:00:05Z' },
    ],
  },
  customer,
});

/**
 * A fresh HubSpot account (its own base URL, so no shared limiter or pipeline cache leaks
 * between tests), a fake clock and an adapter; `enrichWith` runs the real `enrich`.
 */
export const hubspotAccount = (
  standIn: StandInOptions = {},
  config: Partial<HubSpotConfig> = {},
) => {
  const http = fakeHttp();
  const hubspot = hubSpotStandIn({
    ...standIn,
    window: standIn.window && { ...standIn.window, now: http.now },
  });
  const transport = http.wrap(inProcess(hubspot.handler));
  const baseUrl = `https://hubspot-${++accounts}.test`;
  const adapter = createHubSpotCrm({ accessToken: 'pat-test', baseUrl, ...config });
  const paths = () => http.seen.map((r) => new URL(r.url).pathname);
  const enrichWith = (
    input: HandoffInput,
    options: { budgetMs?: number; adapterConfig?: Partial<HubSpotConfig> } = {},
  ) =>
    enrich(input, {
      adapter: options.adapterConfig
        ? createHubSpotCrm({
            accessToken: 'pat-test',
            baseUrl,
            ...config,
            ...options.adapterConfig,
          })
        : adapter,
      transport,
      sleep: http.sleep,
      now: http.now,
      random: () => 0,
      budgetMs: options.budgetMs,
    });
  return { http, hubspot, adapter, baseUrl, paths, enrichWith, transport };
};
