import { createHmac } from 'node:crypto';
import { startJsonServer, type LocalServer, type Received } from './local-servers';

/**
 * A stand-in for Chatwoot's application API and its agent-bot webhooks, in the shapes
 * Chatwoot's source gives them (chatwoot/chatwoot, read for this test):
 *
 * - Tokens: `api_access_token` header; a bot's token may only call the endpoints of
 *   `BOT_ACCESSIBLE_ENDPOINTS` in app/controllers/concerns/access_token_auth_helper.rb
 *   (conversations show/toggle_status/…, messages create, assignments create, labels); any
 *   other call answers 401 `{"error":"Access to this endpoint is not authorized for bots"}`
 *   (`validate_bot_access_token!`). So a bot cannot list a conversation's messages.
 * - toggle_status (app/controllers/api/v1/accounts/conversations_controller.rb): a bot moving
 *   a pending conversation to open is `bot_handoff!` (recorded as a bot handoff); a user's
 *   toggle is a plain status change.
 * - Messages list (messages index jbuilder): integer `message_type` (incoming 0, outgoing 1,
 *   activity 2, template 3: the enum in app/models/message.rb) and Unix `created_at`;
 *   `sender.type` is `contact`, `user` (an agent) or `agent_bot`.
 * - Webhook payload: `Message#webhook_data` merged with `event: 'message_created'`
 *   (app/models/message.rb, app/listeners/agent_bot_listener.rb): `message_type` is the enum
 *   name ("incoming"), `created_at` a timestamp string, `sender` the author's webhook data,
 *   `conversation` the conversation's webhook data (with `labels` and `custom_attributes`).
 * - An agent resolving a conversation: the agent bot gets `conversation_resolved`, the
 *   conversation's webhook data (app/presenters/conversations/event_data_presenter.rb:
 *   display `id`, `status`, `labels`, `custom_attributes`, `meta.assignee`...) merged with
 *   the event (AgentBotListener#conversation_resolved).
 * - Custom attributes (`POST .../conversations/{id}/custom_attributes`, open to bots): the
 *   body's `custom_attributes` replace the conversation's.
 * - Signature (lib/webhooks/trigger.rb in Chatwoot 4.x, as projects verifying it quote it):
 *   `X-Chatwoot-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the bot's
 *   secret>`, with `X-Chatwoot-Timestamp` (Unix seconds) and `X-Chatwoot-Delivery`.
 */

export const botToken = 'cw-bot-token';
export const userToken = 'cw-agent-token';
export const botSecret = 'cw-bot-secret';

const botEndpoints = [
  /^POST \/api\/v1\/accounts\/\d+\/conversations\/\d+\/toggle_status$/,
  /^POST \/api\/v1\/accounts\/\d+\/conversations\/\d+\/messages$/,
  /^POST \/api\/v1\/accounts\/\d+\/conversations\/\d+\/assignments$/,
  /^POST \/api\/v1\/accounts\/\d+\/conversations\/\d+\/custom_attributes$/,
  /^GET \/api\/v1\/accounts\/\d+\/conversations\/\d+$/,
];

export interface ChatwootStandIn extends LocalServer {
  /** Calls that reached an endpoint (not refused), with who made them. */
  calls: Array<Received & { by: 'bot' | 'user' }>;
  /** Conversation status and whether Chatwoot would have recorded a bot handoff. */
  conversations: Map<number, StandInConversation>;
}

export interface StandInConversation {
  status: string;
  botHandoffs: number;
  teamId?: number;
  customAttributes: Record<string, unknown>;
  labels: string[];
}

export async function startChatwootStandIn(): Promise<ChatwootStandIn> {
  const calls: ChatwootStandIn['calls'] = [];
  const conversations: ChatwootStandIn['conversations'] = new Map();
  let nextMessageId = 100;
  const server = await startJsonServer((req) => {
    const token = req.headers.api_access_token;
    const by = token === botToken ? 'bot' : token === userToken ? 'user' : undefined;
    if (!by) return { status: 401, body: { error: 'Invalid Access Token' } };
    const route = `${req.method} ${req.path}`;
    if (by === 'bot' && !botEndpoints.some((pattern) => pattern.test(route))) {
      return { status: 401, body: { error: 'Access to this endpoint is not authorized for bots' } };
    }
    const match = /\/conversations\/(\d+)/.exec(req.path);
    const id = match ? Number(match[1]) : 0;
    const conversation = conversations.get(id) ?? {
      status: 'pending',
      botHandoffs: 0,
      customAttributes: {},
      labels: [],
    };
    conversations.set(id, conversation);
    calls.push({ ...req, by });
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (req.path.endsWith('/toggle_status')) {
      if (by === 'bot' && conversation.status === 'pending' && body.status === 'open') {
        conversation.botHandoffs += 1;
      }
      conversation.status = String(body.status ?? 'open');
      return {
        body: {
          meta: {},
          payload: { success: true, conversation_id: id, current_status: conversation.status },
        },
      };
    }
    if (req.path.endsWith('/custom_attributes')) {
      conversation.customAttributes = (body.custom_attributes ?? {}) as Record<string, unknown>;
      return { body: { id, custom_attributes: conversation.customAttributes } };
    }
    if (req.path.endsWith('/assignments')) {
      conversation.teamId = Number(body.team_id);
      return { body: { id: conversation.teamId, name: `team ${conversation.teamId}` } };
    }
    if (req.method === 'POST' && req.path.endsWith('/messages')) {
      return {
        body: {
          id: nextMessageId++,
          content: body.content,
          message_type: 1,
          created_at: Math.floor(Date.now() / 1000),
          private: body.private === true,
          conversation_id: id,
          sender:
            by === 'bot'
              ? { id: 9, name: 'Handoff Bot', type: 'agent_bot' }
              : { id: 5, type: 'user' },
        },
      };
    }
    if (req.method === 'GET' && req.path.endsWith('/messages'))
      return { body: { meta: {}, payload: [] } };
    return { body: { id, status: conversation.status } };
  });
  return Object.assign(server, { calls, conversations });
}

/** A `message_created` webhook for a customer's message, shaped as Message#webhook_data. */
export function messageCreated(options: {
  id: number;
  conversationId: number;
  content: string;
  status?: string;
  messageType?: 'incoming' | 'outgoing';
  sender?: Record<string, unknown>;
  /** What the stand-in holds of the conversation (its labels and custom attributes). */
  held?: StandInConversation;
}) {
  return {
    event: 'message_created',
    id: options.id,
    content: options.content,
    created_at: new Date().toISOString(),
    message_type: options.messageType ?? 'incoming',
    content_type: 'text',
    content_attributes: {},
    source_id: null,
    private: false,
    sender: options.sender ?? {
      id: 77,
      name: 'Anna Berger',
      email: 'anna@example.com',
      type: 'contact',
      custom_attributes: { plan: 'enterprise' },
    },
    inbox: { id: 3, name: 'Website' },
    conversation: {
      id: options.conversationId,
      status: options.status ?? 'pending',
      inbox_id: 3,
      labels: options.held?.labels ?? [],
      custom_attributes: options.held?.customAttributes ?? {},
    },
    account: { id: 1, name: 'Acme' },
  };
}

/**
 * `conversation_resolved` as the agent bot receives it when an agent resolves a
 * conversation: the conversation's webhook data with its labels and custom attributes.
 */
export function conversationResolved(options: {
  conversationId: number;
  held: StandInConversation;
  labels: string[];
  assignee?: { id: number; name: string };
}) {
  return {
    event: 'conversation_resolved',
    additional_attributes: {},
    can_reply: true,
    channel: 'Channel::WebWidget',
    id: options.conversationId,
    inbox_id: 3,
    messages: [],
    labels: options.labels,
    meta: {
      sender: { id: 77, name: 'Anna Berger', type: 'contact' },
      assignee: options.assignee ? { ...options.assignee, type: 'user' } : null,
      assignee_type: options.assignee ? 'User' : null,
      team: options.held.teamId ? { id: options.held.teamId, name: 'billing' } : null,
    },
    status: 'resolved',
    custom_attributes: options.held.customAttributes,
    snoozed_until: null,
    unread_count: 0,
    priority: null,
    waiting_since: 0,
    timestamp: Math.floor(Date.now() / 1000),
    created_at: Math.floor(Date.now() / 1000) - 600,
    updated_at: Date.now() / 1000,
  };
}

/** Chatwoot's signed delivery of a webhook body (see the header of this file). */
export function signedHeaders(
  body: string,
  secret = botSecret,
  timestamp = Math.floor(Date.now() / 1000),
) {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return {
    'content-type': 'application/json',
    'x-chatwoot-delivery': `delivery-${timestamp}-${body.length}`,
    'x-chatwoot-timestamp': String(timestamp),
    'x-chatwoot-signature': `sha256=${digest}`,
  };
}
