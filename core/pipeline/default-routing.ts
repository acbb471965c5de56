import type { RoutingTable } from '../route';

/**
 * The routing table used when none is configured: one queue per issue type, open
 * around the clock, without statistics (so no wait figure is promised).
 */
export const defaultRoutingTable: RoutingTable = {
  queues: [
    { id: 'billing', issueTypes: ['billing'], skills: ['billing'] },
    { id: 'sales', issueTypes: ['sales'], skills: ['sales'] },
    { id: 'technical', issueTypes: ['technical'], skills: ['technical'] },
    { id: 'support', issueTypes: ['support'], skills: ['support'] },
  ],
  defaultQueue: 'support',
};
