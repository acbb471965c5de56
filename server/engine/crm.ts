import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../config';
import {
  createHttpCrm,
  createHubSpotCrm,
  hubSpotApiVersions,
  TtlCache,
  type Context,
  type HubSpotApiVersion,
  type CrmAdapter,
} from '../../core';

const Endpoint = z.strictObject({
  url: z.string().regex(/^https?:\/\//, 'must be an http(s) URL'),
  method: z.enum(['GET', 'POST']).optional(),
  body: z.record(z.string(), z.unknown()).optional(),
  root: z.string().optional(),
  fields: z.record(z.string(), z.string()).optional(),
});
const Retry = {
  timeoutMs: z.number().int().min(1).max(60_000).optional(),
  retries: z.number().int().min(0).max(10).optional(),
  /** The most a lookup may take, rate-limit waits included, before the decision goes on without it. */
  budgetMs: z.number().int().min(100).max(120_000).default(8000),
  cacheSeconds: z.number().int().min(1).max(86_400).default(60),
};
const propertyList = z
  .array(z.string().regex(/^[A-Za-z0-9_]{1,100}$/, 'must be a HubSpot property name'))
  .min(1);

/** The CRM file `HANDOFF_CRM_CONFIG` names: a generic HTTP/JSON CRM or HubSpot. */
export const CrmConfig = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('http'),
    name: z.string().optional(),
    headers: z.record(z.string(), z.string()).optional(),
    account: Endpoint.optional(),
    orders: Endpoint.optional(),
    tickets: Endpoint.optional(),
    limit: z.number().int().min(1).max(100).optional(),
    ...Retry,
  }),
  z.strictObject({
    type: z.literal('hubspot'),
    accessToken: z.string().min(1),
    baseUrl: z
      .string()
      .regex(/^https?:\/\//)
      .optional(),
    apiVersion: z
      .enum(hubSpotApiVersions as [HubSpotApiVersion, ...HubSpotApiVersion[]])
      .optional(),
    lookup: z
      .array(z.enum(['email', 'phone', 'id']))
      .min(1)
      .optional(),
    emailPath: z.string().min(1).optional(),
    phonePath: z.string().min(1).optional(),
    idPath: z.string().min(1).optional(),
    idProperty: z
      .string()
      .regex(/^[A-Za-z0-9_]{1,100}$/, 'must be a HubSpot property name')
      .optional(),
    defaultCountry: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code')
      .optional(),
    parts: z.array(z.enum(['deals', 'tickets', 'companies'])).optional(),
    contactProperties: propertyList.optional(),
    dealProperties: propertyList.optional(),
    ticketProperties: propertyList.optional(),
    companyProperties: propertyList.optional(),
    limit: z.number().int().min(1).max(100).optional(),
    pipelineCacheSeconds: z.number().int().min(1).max(86_400).optional(),
    requestsPerSecond: z.number().positive().max(100).optional(),
    searchesPerSecond: z.number().positive().max(100).optional(),
    ...Retry,
  }),
]);
export type CrmConfig = z.infer<typeof CrmConfig>;

/** What the engine needs to enrich: the adapter, its cache and retry policy. */
export interface CrmSetup {
  adapter: CrmAdapter;
  cache: TtlCache<Context>;
  timeoutMs?: number;
  retries?: number;
  budgetMs: number;
}

/**
 * Reads and checks a CRM configuration file, naming the file and each bad field.
 *
 * @example
 * const crm = loadCrm('./crm.json'); // { adapter, cache, ... }
 */
export const loadCrm = (file: string): CrmSetup => {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`HANDOFF_CRM_CONFIG: cannot read ${file}: ${(error as Error).message}`);
  }
  const parsed = CrmConfig.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new ConfigError(
      `HANDOFF_CRM_CONFIG: ${file} is not a valid CRM configuration: ${issues}`,
    );
  }
  const { cacheSeconds, timeoutMs, retries, budgetMs } = parsed.data;
  let adapter: CrmAdapter;
  if (parsed.data.type === 'hubspot') {
    const { pipelineCacheSeconds, ...hubspot } = parsed.data;
    adapter = createHubSpotCrm({
      ...hubspot,
      ...(pipelineCacheSeconds ? { pipelineCacheMs: pipelineCacheSeconds * 1000 } : {}),
    });
  } else adapter = createHttpCrm(parsed.data);
  return {
    adapter,
    cache: new TtlCache<Context>({ ttlMs: cacheSeconds * 1000, maxEntries: 10_000, now: Date.now }),
    timeoutMs,
    retries,
    budgetMs,
  };
};
