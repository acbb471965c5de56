import { describe, expect, it } from 'vitest';
import fixture from './fixtures/routing.json';
import { validateRoster, validateRoutingTable } from './schema';

describe('routing configuration checks', () => {
  it('accepts the fixture table and roster', () => {
    expect(validateRoutingTable(fixture.table).ok).toBe(true);
    expect(validateRoster(fixture.roster).ok).toBe(true);
  });

  it('names each bad path', () => {
    const r = validateRoutingTable({
      defaultQueue: 'nope',
      queues: [
        { id: 'a', businessHours: { timeZone: 'Mars/Base', weekly: { mon: [['9am', '17:00']] } } },
        { id: 'a', stats: { averageHandleSeconds: 0 }, issueTypes: ['refunds'] },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'queues[0].businessHours.timeZone',
        'queues[0].businessHours.weekly.mon[0][0]',
        'queues[1].stats.averageHandleSeconds',
        'queues[1].issueTypes[0]',
      ]),
    );
    // Cross-checks run once every queue is well formed.
    const dup = validateRoutingTable({ defaultQueue: 'nope', queues: [{ id: 'a' }, { id: 'a' }] });
    expect(dup.ok ? [] : dup.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'queues[1].id: duplicate queue id "a"',
      'defaultQueue: "nope" is not a queue of the table',
    ]);
    const roster = validateRoster([
      {
        id: 'x',
        skills: [],
        languages: [],
        seniority: 'boss',
        capacity: 0,
        load: -1,
        status: 'sleeping',
      },
    ]);
    expect(roster.ok).toBe(false);
    if (!roster.ok)
      expect(roster.issues.map((i) => i.path)).toEqual([
        '[0].languages',
        '[0].seniority',
        '[0].capacity',
        '[0].load',
        '[0].status',
      ]);
  });
});
