/** Interaction callbacks and the interaction webhook (original response, follow-ups). */
import { isRecord } from './issues.js';
import { Refuse, invalidForm, noContent, ok, type Reply } from './http.js';
import { checkMentions, recordRefusal, type FakeContext, type RouteInput } from './context.js';
import { newMessageBody, readEditOrDelete } from './messageEdits.js';
import type { InteractionRecord, StoredMessage } from './store.js';
import { CallbackType, validateCallback } from './validateCallback.js';
import { isEmptyMessage } from './validateMessage.js';
import * as L from './limits.js';

/** POST /interactions/:id/:token/callback */
export function interactionCallback(ctx: FakeContext, input: RouteInput): Reply {
  const [id, token] = input.params;
  const record = id ? ctx.store.interactions.get(id) : undefined;
  if (!record || record.token !== token) return Refuse.unknownInteraction();
  const at = Date.now();
  const body = isRecord(input.body) ? input.body : {};
  const reply = acceptCallback(ctx, input, record, body, at);
  const refusal = recordRefusal(ctx, input, reply, record.id);
  record.callbacks.push({
    type: typeof body.type === 'number' ? body.type : -1,
    data: body.data,
    at,
    afterMs: at - record.dispatchedAt,
    accepted: refusal === undefined,
    ...(refusal ? { refusal } : {}),
  });
  ctx.store.changed();
  return reply;
}

function acceptCallback(ctx: FakeContext, input: RouteInput, record: InteractionRecord, body: Record<string, unknown>, at: number): Reply {
  if (record.acknowledged) return Refuse.alreadyAcknowledged();
  if (record.expired || at - record.dispatchedAt > ctx.settings.ackWindowMs) {
    record.expired = true;
    return Refuse.unknownInteraction();
  }
  const issues = validateCallback(body, record.kind, record.sourceMessageId !== undefined);
  if (!issues.empty) return invalidForm(issues);
  const type = body.type as number;
  const data = isRecord(body.data) ? body.data : {};
  if (type === CallbackType.Reply && isEmptyMessage(data)) return Refuse.emptyMessage();
  if (type === CallbackType.Reply || type === CallbackType.Update) checkMentions(ctx, input, data);
  const message = applyCallback(ctx, record, type, data);
  record.acknowledged = true;
  if (input.query.get('with_response') !== 'true') return noContent;
  return ok(callbackResponse(ctx, record, type, message));
}

function applyCallback(ctx: FakeContext, record: InteractionRecord, type: number, data: Record<string, unknown>): StoredMessage | undefined {
  const { store } = ctx;
  const channelId = String(record.payload.channel_id);
  const source = record.sourceMessageId ? store.messages.get(record.sourceMessageId) : undefined;
  switch (type) {
    case CallbackType.Reply:
    case CallbackType.DeferredReply: {
      const flags = typeof data.flags === 'number' ? data.flags : 0;
      const body = type === CallbackType.Reply ? data : { flags: (flags & L.MESSAGE_FLAG_EPHEMERAL) | L.MESSAGE_FLAG_LOADING };
      const message = store.createMessage('reply', channelId, body, record.id);
      record.originalMessageId = message.id;
      return message;
    }
    case CallbackType.DeferredUpdate:
      record.originalMessageId = source?.id;
      return source;
    case CallbackType.Update:
      record.originalMessageId = source?.id;
      return source ? store.editMessage(source, data) : undefined;
    case CallbackType.Modal:
      store.modals.push({
        interactionId: record.id,
        customId: String(data.custom_id),
        data,
        ...(record.sourceMessageId ? { sourceMessageId: record.sourceMessageId } : {}),
      });
      return undefined;
    default:
      return undefined;
  }
}

function callbackResponse(ctx: FakeContext, record: InteractionRecord, type: number, message: StoredMessage | undefined) {
  return {
    interaction: {
      id: record.id,
      type: record.kind,
      activity_instance_id: null,
      response_message_id: message?.id ?? null,
      response_message_loading: message ? (message.flags & L.MESSAGE_FLAG_LOADING) !== 0 : null,
      response_message_ephemeral: message ? (message.flags & L.MESSAGE_FLAG_EPHEMERAL) !== 0 : null,
    },
    ...(message && type !== CallbackType.DeferredUpdate
      ? { resource: { type, message: ctx.store.toApi(message) } }
      : {}),
  };
}

/** Finds the interaction behind a webhook token, refusing like Discord when it cannot be used. */
function webhookInteraction(ctx: FakeContext, input: RouteInput): InteractionRecord | Reply {
  const [app, token] = input.params;
  const record = token ? ctx.store.byToken(token) : undefined;
  if (app !== ctx.world.applicationId || !record || !record.acknowledged) return Refuse.unknownWebhook();
  if (Date.now() - record.dispatchedAt > ctx.settings.tokenLifetimeMs) return Refuse.invalidWebhookToken();
  return record;
}

function webhookMessage(ctx: FakeContext, record: InteractionRecord, ref: string | undefined): StoredMessage | undefined {
  const id = ref === '@original' ? record.originalMessageId : ref;
  const message = id ? ctx.store.messages.get(id) : undefined;
  if (!message || message.deleted) return undefined;
  const owned = id === record.originalMessageId || record.followUpIds.includes(message.id);
  return owned ? message : undefined;
}

/** POST /webhooks/:app/:token — a follow-up message. */
export function followUp(ctx: FakeContext, input: RouteInput): Reply {
  const found = webhookInteraction(ctx, input);
  if (!('id' in found)) return found;
  const accepted = newMessageBody(ctx, input);
  if ('refused' in accepted) return accepted.refused;
  const { body } = accepted;
  // Discord turns the first follow-up after a deferred reply into that reply.
  const original = found.originalMessageId ? ctx.store.messages.get(found.originalMessageId) : undefined;
  if (original && (original.flags & L.MESSAGE_FLAG_LOADING) !== 0) {
    return ok(ctx.store.toApi(ctx.store.editMessage(original, body)));
  }
  const message = ctx.store.createMessage('followUp', String(found.payload.channel_id), body, found.id);
  found.followUpIds.push(message.id);
  ctx.store.changed();
  return ok(ctx.store.toApi(message));
}

/** GET/PATCH/DELETE /webhooks/:app/:token/messages/:id (id may be @original). */
export function webhookMessageRoute(ctx: FakeContext, input: RouteInput): Reply {
  const found = webhookInteraction(ctx, input);
  if (!('id' in found)) return found;
  const message = webhookMessage(ctx, found, input.params[2]);
  if (!message) return Refuse.unknownMessage();
  return readEditOrDelete(ctx, input, message);
}
