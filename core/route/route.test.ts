import { describe, expect, it } from 'vitest';
import fixture from './fixtures/routing.json';
import { routeHandoff, type RouteSubject } from './route';
import type { Agent, RoutingTable } from './types';

interface Case {
  name: string;
  subject: RouteSubject;
  now: string;
  noRoster?: boolean;
  ruleQueue?: string;
  ruleSkills?: string[];
  expected: Record<string, unknown>;
}

const table = fixture.table as RoutingTable;
const roster = fixture.roster as Agent[];

describe('routing fixtures: expected queue, agent and wait', () => {
  it.each((fixture.cases as Case[]).map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const route = routeHandoff(c.subject, {
      table,
      roster: c.noRoster ? undefined : roster,
      now: c.now,
      ruleQueue: c.ruleQueue,
      ruleSkills: c.ruleSkills,
    });
    expect(route).toMatchObject(c.expected);
    expect(route.language).toBe(c.subject.language);
    expect(route.explanation).toContain(route.queue);
    if (route.agentId) expect(route.explanation).toContain(`agent ${route.agentId}`);
    if (!route.available) expect(route.followUp?.channel).toBe('email');
  });
});

describe('explanations and edge cases', () => {
  it('says why: queue, seniority, language and load', () => {
    const route = routeHandoff(
      { issueType: 'billing', language: 'de', reasons: [], customer: { tier: 'enterprise' } },
      { table, roster, now: '2026-11-18T10:00:00Z' },
    );
    expect(route.explanation).toBe(
      'billing issue -> queue billing-de, serves de; enterprise/high-value -> senior; agent de-senior: native de speaker, senior, load 2/3',
    );
  });

  it('falls back to the default queue and says so when a rule names an unknown queue', () => {
    const route = routeHandoff(
      { issueType: 'support', language: 'en', reasons: [] },
      {
        table: { queues: [{ id: 'general' }, { id: 'vip' }], defaultQueue: 'vip' },
        now: '2026-11-18T10:00:00Z',
        ruleQueue: 'nope',
      },
    );
    expect(route.queue).toBe('vip');
    expect(route.explanation).toMatch(
      /rule queue "nope" is not in the routing table.*default queue vip/,
    );
    expect(route.estimatedWaitSeconds).toBeNull();
  });

  it('picks a speaker of another language only when no speaker is free, and says so', () => {
    const route = routeHandoff(
      { issueType: 'technical', language: 'it', reasons: [] },
      { table, roster, now: '2026-11-18T10:00:00Z' },
    );
    expect(route.agentId).not.toBeNull();
    expect(route.explanation).toMatch(/no free it speaker/);
  });

  it('refuses a bad clock and an empty table with clear errors', () => {
    const subject: RouteSubject = { issueType: 'billing', language: 'en', reasons: [] };
    expect(() => routeHandoff(subject, { table, now: 'yesterday' })).toThrow(
      /not a valid time: yesterday/,
    );
    expect(() => routeHandoff(subject, { table: { queues: [] }, now: 0 })).toThrow(/no queues/);
  });
});
