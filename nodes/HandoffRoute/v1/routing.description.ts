import type { INodeProperties } from 'n8n-workflow';
import { issueTypes } from '../../../core';

const onLocal = { runOn: ['local'] };
const days = [
  ['Monday', 'mon'],
  ['Tuesday', 'tue'],
  ['Wednesday', 'wed'],
  ['Thursday', 'thu'],
  ['Friday', 'fri'],
  ['Saturday', 'sat'],
  ['Sunday', 'sun'],
] as const;

/** One queue of the routing form; `queuesFromForm` turns it into core's queue shape. */
const queueFields: INodeProperties[] = [
  {
    displayName: 'Queue ID',
    name: 'id',
    type: 'string',
    default: '',
    placeholder: 'billing',
    description: 'The name the route reports, such as billing or vip-support',
  },
  {
    displayName: 'Issue Types',
    name: 'issueTypes',
    type: 'multiOptions',
    options: issueTypes.map((type) => ({
      name: type.charAt(0).toUpperCase() + type.slice(1),
      value: type,
    })),
    default: [],
    description: 'The issue types this queue takes; none means any',
  },
  {
    displayName: 'Skills',
    name: 'skills',
    type: 'string',
    default: '',
    placeholder: 'billing, refunds',
    description: 'Skills an agent of this queue needs, separated by commas',
  },
  {
    displayName: 'Languages',
    name: 'languages',
    type: 'string',
    default: '',
    placeholder: 'en, de, es',
    description:
      'Two-letter language codes the queue answers in, separated by commas; empty means any',
  },
  {
    displayName: 'Time Zone',
    name: 'timeZone',
    type: 'string',
    default: '',
    placeholder: 'Europe/Berlin',
    description: 'The time zone of the opening hours; empty means the queue is always open',
  },
  {
    displayName: 'Open Days',
    name: 'openDays',
    type: 'multiOptions',
    options: days.map(([name, value]) => ({ name, value })),
    default: ['mon', 'tue', 'wed', 'thu', 'fri'],
    description: 'Days the queue is staffed (used with a time zone)',
  },
  {
    displayName: 'Opens At',
    name: 'opensAt',
    type: 'string',
    default: '09:00',
    description: 'Opening time, 24-hour HH:MM in the time zone',
  },
  {
    displayName: 'Closes At',
    name: 'closesAt',
    type: 'string',
    default: '17:00',
    description: 'Closing time, 24-hour HH:MM in the time zone',
  },
  {
    displayName: 'Typical Wait (Minutes)',
    name: 'waitMinutes',
    type: 'number',
    typeOptions: { minValue: 0 },
    default: 0,
    description: 'The wait the customer is told; 0 leaves it unstated',
  },
];

/** The routing table (form, JSON, or core's default) and the roster of the Route node. */
export const routingProperties: INodeProperties[] = [
  {
    displayName: 'Routing Table',
    name: 'routingTableSource',
    type: 'options',
    noDataExpression: true,
    options: [
      {
        name: 'One Queue per Issue Type',
        value: 'default',
        description: 'Billing, support, sales and technical queues, always open',
      },
      {
        name: 'Queues',
        value: 'form',
        description: 'List your queues here',
      },
      {
        name: 'JSON',
        value: 'json',
        description:
          'A routing table as JSON or an expression, with statistics for wait estimates and closed dates',
      },
    ],
    default: 'default',
    displayOptions: { show: onLocal },
  },
  {
    displayName: 'Queues',
    name: 'queues',
    type: 'fixedCollection',
    typeOptions: { multipleValues: true, sortable: true },
    placeholder: 'Add Queue',
    default: {},
    description:
      "Routing picks a queue that takes the issue type, preferring one that serves the customer's language and has the skills a rule asks for",
    displayOptions: { show: { ...onLocal, routingTableSource: ['form'] } },
    options: [{ displayName: 'Queue', name: 'queue', values: queueFields }],
  },
  {
    displayName: 'Default Queue',
    name: 'defaultQueue',
    type: 'string',
    default: '',
    description: 'The queue ID to use when no queue fits; empty uses the first queue',
    displayOptions: { show: { ...onLocal, routingTableSource: ['form'] } },
  },
  {
    displayName: 'Routing Table JSON',
    name: 'routingTable',
    type: 'json',
    default: '{\n  "queues": [{ "id": "support", "issueTypes": ["support"] }]\n}',
    description:
      'An object with a list of queues (each with its ID, issueTypes, skills, languages, businessHours, stats or waitSeconds) and an optional defaultQueue, as in the README',
    displayOptions: { show: { ...onLocal, routingTableSource: ['json'] } },
  },
  {
    displayName: 'Roster',
    name: 'roster',
    type: 'json',
    default: '[]',
    description:
      'Agents who can take over, as JSON or an expression that reads them from an earlier node (all its items as a list); each with its ID, skills, languages, seniority, capacity, load and status. An empty list routes to the queue only.',
    displayOptions: { show: onLocal },
  },
];
