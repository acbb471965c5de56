import type {
  IDataObject,
  IExecuteFunctions,
  INodeCredentialDescription,
  INodeExecutionData,
  INodeProperties,
} from 'n8n-workflow';
import {
  formatIssues,
  HandoffDecision,
  runDecide,
  validate,
  type HandoffInput,
} from '../../../core';
import { inputProperties, runOnProperty } from '../../shared/descriptions';
import { itemInput, withContractFields } from '../../shared/input/params';
import { mapItems, type ItemResult } from '../../shared/items';
import { callWithRuleset, handoffApiCredential } from '../../shared/service';
import { localRulesetProperties, rulesetCache, serviceRulesetProperty } from '../../shared/ruleset';
import { logDecisionsProperty, logLocalDecision } from './log-decision';

// Not tied to Run On: a local node uses it too when it logs its decisions. Without it,
// Rule Service mode and Log Decisions fail with a message that asks for it.
export const credentials: INodeCredentialDescription[] = [
  { name: handoffApiCredential, required: false },
];

export const properties: INodeProperties[] = [
  runOnProperty,
  ...inputProperties,
  ...localRulesetProperties,
  serviceRulesetProperty,
  logDecisionsProperty,
  {
    displayName: 'Already Handed Off',
    name: 'alreadyHandedOff',
    type: 'boolean',
    default: false,
    description:
      'Whether a person already has this conversation, so a flow never escalates twice nor answers in place of the agent. Map an expression from your channel: for Chatwoot, that the conversation status is no longer pending.',
  },
  {
    displayName: 'When Already Handed Off',
    name: 'whenAlreadyHandedOff',
    type: 'options',
    options: [
      {
        name: 'Stop',
        value: 'stop',
        description: 'Emit nothing: the agent answers, the bot stays silent',
      },
      {
        name: 'Send to Hand Off',
        value: 'handOff',
        description:
          'Pass the item on the Hand Off output, marked alreadyHandedOff, e.g. to notify the agent',
      },
      {
        name: 'Send to Bot Continues',
        value: 'botContinues',
        description: 'Pass the item on the Bot Continues output, marked alreadyHandedOff',
      },
    ],
    default: 'stop',
    description:
      'Also applies when the transcript shows a person took over (an agent wrote last, or a system message says so)',
  },
];

const HAND_OFF = 0;
const BOT_CONTINUES = 1;

/** A decision and, when the decision log has it, its id there. */
interface Decided {
  decision: HandoffDecision;
  logged: IDataObject;
}

async function decideOnService(
  ctx: IExecuteFunctions,
  itemIndex: number,
  input: HandoffInput,
): Promise<Decided> {
  // /v1/handoff decides with a published ruleset; /v1/detect only lists the signals.
  const body = await callWithRuleset(ctx, itemIndex, '/v1/handoff', input);
  const checked = validate(HandoffDecision, body);
  if (!checked.ok) {
    const detail = formatIssues(checked.issues);
    throw new Error(
      `The rule service answered /v1/handoff with something that is not a decision: ${detail}`,
    );
  }
  // The service logs its decisions itself; the contract's schema drops the id, so it is kept here.
  const { decisionId } = body;
  return {
    decision: checked.value,
    logged: typeof decisionId === 'string' ? { decisionId } : {},
  };
}

async function decideLocally(
  ctx: IExecuteFunctions,
  itemIndex: number,
  input: HandoffInput,
  rulesets: ReturnType<typeof rulesetCache>,
): Promise<Decided> {
  const decision = runDecide(input, rulesets.options(ctx, itemIndex));
  const log = ctx.getNodeParameter('logDecisions', itemIndex, false) === true;
  return { decision, logged: log ? await logLocalDecision(ctx, itemIndex, input, decision) : {} };
}

/** Where an item goes when a person already holds its conversation (the node's setting). */
function alreadyHandedOff(
  ctx: IExecuteFunctions,
  itemIndex: number,
  json: IDataObject,
): ItemResult {
  const when = ctx.getNodeParameter('whenAlreadyHandedOff', itemIndex, 'stop') as string;
  if (when === 'stop') return { json, output: null };
  const handOff = when === 'handOff';
  return {
    json: { ...json, handoff: handOff, alreadyHandedOff: true },
    output: handOff ? HAND_OFF : BOT_CONTINUES,
  };
}

/**
 * Decides every item: the Hand Off output gets the items a person must take over, the Bot
 * Continues output the rest. Each item keeps its fields and gains the decision's. A
 * conversation a person already holds (by the node's setting, or because the transcript
 * says so) is never escalated again.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
  const now = new Date().toISOString();
  const rulesets = rulesetCache();
  return await mapItems(this, 2, async (item, itemIndex) => {
    if (this.getNodeParameter('alreadyHandedOff', itemIndex, false) === true) {
      return alreadyHandedOff(this, itemIndex, item.json);
    }
    const input = itemInput(this, item.json, itemIndex, now);
    const runOn = this.getNodeParameter('runOn', itemIndex, 'local') as string;
    const { decision, logged } =
      runOn === 'service'
        ? await decideOnService(this, itemIndex, input)
        : await decideLocally(this, itemIndex, input, rulesets);
    const json = {
      ...withContractFields(item.json, input),
      ...(decision as unknown as IDataObject),
      ...logged,
    };
    if (decision.trace.some((t) => t.rule === 'already-handed-off' && t.matched)) {
      return alreadyHandedOff(this, itemIndex, json);
    }
    return { json, output: decision.handoff ? HAND_OFF : BOT_CONTINUES };
  });
}
