import type { Context } from '../../contract';
import type { CrmAdapter } from '../adapter';
import { associatedIds } from './associations';
import type { HubSpotCallContext } from './call';
import {
  hubSpotConfigIssues,
  hubSpotDefaults,
  type HubSpotConfig,
  type HubSpotPart,
} from './config';
import { describeProblem, problemOf } from './errors';
import { findBy, lookupValues, type LookupValue } from './lookup';
import { stageIndex, withStage } from './pipelines';
import { batchRead, flatten, type HubSpotObject } from './records';
import { sharedFor } from './shared';

const unique = (list: string[]) => [...new Set(list)];
const unavailableNote = (part: string, error: unknown, then = 'decided without them') =>
  `HubSpot ${part} unavailable (${describeProblem(problemOf(error))}); ${then}`;

/**
 * HubSpot's CRM: finds the contact by email, phone (E.164) or id in the configured order,
 * then reads its deals (as `context.orders`), tickets and company, each part on its own:
 * a missing scope, a rate limit or an error in one part leaves the others, and a note
 * names the part and HubSpot's reason (`HubSpot tickets unavailable (MISSING_SCOPES:
 * tickets); decided without them`). Deals and tickets carry their pipeline and stage
 * labels and whether they are open. Calls share a rate limiter per token, follow
 * HubSpot's 429 policies within the caller's deadline, and use the date-versioned API
 * with v3/v4 as the fallback.
 *
 * @example
 * const crm = createHubSpotCrm({ accessToken, lookup: ['phone', 'email'], defaultCountry: 'DE' });
 * await enrich(input, { adapter: crm, transport, sleep, now: Date.now, budgetMs: 4000 });
 */
export const createHubSpotCrm = (config: HubSpotConfig): CrmAdapter => {
  const issues = hubSpotConfigIssues(config);
  if (issues.length > 0) throw new Error(`HubSpot configuration: ${issues.join('; ')}`);
  const base = (config.baseUrl ?? 'https://api.hubapi.com').replace(/\/+$/, '');
  const headers = { authorization: `Bearer ${config.accessToken}` };
  const limit = config.limit ?? 10;
  const parts = new Set<HubSpotPart>(config.parts ?? hubSpotDefaults.parts);
  const ttl = config.pipelineCacheMs ?? 10 * 60 * 1000;
  const contactProperties = config.contactProperties ?? hubSpotDefaults.contactProperties;
  // Stage and pipeline ids are always read: the labels and open state come from them.
  const dealProperties = unique([
    ...(config.dealProperties ?? hubSpotDefaults.dealProperties),
    'dealstage',
    'pipeline',
  ]);
  const ticketProperties = unique([
    ...(config.ticketProperties ?? hubSpotDefaults.ticketProperties),
    'hs_pipeline_stage',
    'hs_pipeline',
  ]);
  const companyProperties = config.companyProperties ?? hubSpotDefaults.companyProperties;
  const describe = (v: LookupValue) => `${v.key} ${v.value}`;

  return {
    name: 'hubspot',
    key(input) {
      const { values, skipped } = lookupValues(input, config);
      if (values.length > 0)
        return `hubspot|${base}|${values.map((v) => `${v.key}:${v.value}`).join('|')}`;
      // Nothing usable, but the agent should learn why (a phone without a country code...).
      return skipped.length > 0 ? `hubspot|${base}|unusable|${skipped.join('|')}` : null;
    },
    async fetch(input, client) {
      const ctx: HubSpotCallContext = {
        client,
        base,
        headers,
        version: config.apiVersion ?? '2026-09',
        shared: sharedFor(base, config.accessToken, config),
      };
      const { values, skipped } = lookupValues(input, config);
      const notes = skipped.map((why) => `HubSpot: ${why}, not used for the lookup`);
      if (values.length === 0)
        return { context: {}, notes: [...notes, 'HubSpot: nothing to look up'], cacheable: false };
      const unavailable: string[] = [];
      let contact: HubSpotObject | undefined;
      let matchedBy: LookupValue | undefined;
      let lookupError: unknown;
      try {
        for (const value of values) {
          const found = await findBy(ctx, value, config, contactProperties);
          if (!found.contact) continue;
          contact = found.contact;
          matchedBy = value;
          if (found.total > 1)
            notes.push(
              `HubSpot: ${found.total} contacts match ${describe(value)}; using ${contact.id}`,
            );
          break;
        }
      } catch (error) {
        lookupError = error;
      }
      if (lookupError !== undefined) {
        // A HubSpot record id still leads to deals and tickets when the contact itself cannot be read.
        const id = config.idProperty ? undefined : values.find((v) => v.key === 'id');
        if (!id)
          throw new Error(
            `HubSpot contact lookup failed (${describeProblem(problemOf(lookupError))})`,
          );
        unavailable.push('contact');
        notes.push(unavailableNote('contact', lookupError, 'deals and tickets read by id'));
        matchedBy = id;
      }
      if (!contact && !unavailable.includes('contact')) {
        const tried = values.map(describe).join(' or ');
        return {
          context: {},
          notes: [...notes, `HubSpot: no contact with ${tried || 'the given details'}`],
        };
      }
      const contactId = contact?.id ?? (matchedBy as LookupValue).value;

      const part = async <T>(name: string, run: () => Promise<T>): Promise<T | undefined> => {
        try {
          return await run();
        } catch (error) {
          unavailable.push(name);
          notes.push(unavailableNote(name, error));
          return undefined;
        }
      };
      const related = async (
        type: 'deals' | 'tickets',
        properties: string[],
        stage: string,
        pipeline: string,
      ) => {
        const { ids } = await associatedIds(ctx, 'contacts', contactId, type);
        const chosen = ids.slice(0, limit);
        if (chosen.length === 0) return [];
        const [read, stages] = await Promise.all([
          batchRead(ctx, type, chosen, properties),
          stageIndex(ctx, type, ttl).catch((error: unknown) => {
            notes.push(unavailableNote(`${type} pipelines`, error, 'stages shown as ids'));
            return undefined;
          }),
        ]);
        if (read.problems.length > 0) {
          const missing = chosen.length - read.records.length;
          notes.push(
            `HubSpot ${type}: ${missing} of ${chosen.length} could not be read (${read.problems.join(', ')})`,
          );
        }
        const byId = new Map(read.records.map((r) => [r.id, r]));
        return chosen.flatMap((id) =>
          byId.has(id)
            ? [withStage(flatten(byId.get(id) as HubSpotObject), stages, stage, pipeline)]
            : [],
        );
      };
      const [orders, tickets, company] = await Promise.all([
        parts.has('deals')
          ? part('deals', () => related('deals', dealProperties, 'dealstage', 'pipeline'))
          : undefined,
        parts.has('tickets')
          ? part('tickets', () =>
              related('tickets', ticketProperties, 'hs_pipeline_stage', 'hs_pipeline'),
            )
          : undefined,
        parts.has('companies')
          ? part('company', async () => {
              const { ids, primary } = await associatedIds(
                ctx,
                'contacts',
                contactId,
                'companies',
                1,
              );
              const id = primary ?? ids[0];
              if (!id) return undefined;
              const { records } = await batchRead(ctx, 'companies', [id], companyProperties);
              return records[0] ? flatten(records[0]) : undefined;
            })
          : undefined,
      ]);
      const properties = contact ? flatten(contact) : {};
      delete properties.id;
      const context: Context = {
        account: {
          source: 'hubspot',
          contactId,
          ...(matchedBy ? { matchedBy: matchedBy.key } : {}),
          ...properties,
          ...(company ? { companyRecord: company } : {}),
        },
        ...(orders ? { orders } : {}),
        ...(tickets ? { tickets } : {}),
      };
      return { context, notes, unavailable, cacheable: unavailable.length === 0 };
    },
  };
};
