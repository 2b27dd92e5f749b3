/** In-memory state of the fake Discord: messages, interactions, refusals and what was recorded. */
import { EventEmitter } from 'node:events';
import type { ErrorTree } from './issues.js';
import { apiUser, echoEmbeds, numberComponents, snowflake, type FakeUser, type World } from './payloads.js';
import * as L from './limits.js';

export interface Refusal {
  at: number;
  method: string;
  path: string;
  status: number;
  code: number;
  message: string;
  errors?: ErrorTree;
  body: unknown;
  interactionId?: string;
}

export interface MentionViolation {
  at: number;
  method: string;
  path: string;
  reason: string;
  /** The content as sent would notify someone (@everyone/@here, a user or a role). */
  wouldPing: boolean;
  body: unknown;
}

export interface RequestRecord {
  at: number;
  method: string;
  path: string;
  query: string;
  status: number;
  body: unknown;
}

export type MessageKind = 'reply' | 'followUp' | 'channel';

export interface StoredMessage {
  id: string;
  channelId: string;
  kind: MessageKind;
  interactionId?: string;
  content: string;
  embeds: unknown[];
  components: unknown[];
  flags: number;
  allowedMentions: unknown;
  createdAt: number;
  editedAt: number | null;
  deleted: boolean;
  /** Every payload that created or edited the message, in order. */
  history: unknown[];
}

export interface CallbackRecord {
  type: number;
  data: unknown;
  at: number;
  /** Milliseconds between the dispatch and this callback. */
  afterMs: number;
  accepted: boolean;
  refusal?: Refusal;
}

export interface InteractionRecord {
  id: string;
  token: string;
  kind: number;
  payload: Record<string, unknown>;
  user: FakeUser;
  dispatchedAt: number;
  /** Message the component/modal belongs to, if any. */
  sourceMessageId?: string;
  callbacks: CallbackRecord[];
  acknowledged: boolean;
  expired: boolean;
  originalMessageId?: string;
  followUpIds: string[];
}

export interface ShownModal {
  interactionId: string;
  customId: string;
  data: Record<string, unknown>;
  sourceMessageId?: string;
}

export class Store extends EventEmitter {
  readonly messages = new Map<string, StoredMessage>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly refusals: Refusal[] = [];
  readonly mentionViolations: MentionViolation[] = [];
  readonly requests: RequestRecord[] = [];
  readonly unknownRoutes: RequestRecord[] = [];
  readonly modals: ShownModal[] = [];
  /** Registered commands by scope: 'global' or a guild id. */
  readonly commands = new Map<string, Record<string, unknown>[]>();

  constructor(readonly world: World) {
    super();
    this.setMaxListeners(0);
  }

  changed(): void {
    this.emit('change');
  }

  byToken(token: string): InteractionRecord | undefined {
    for (const record of this.interactions.values()) if (record.token === token) return record;
    return undefined;
  }

  createMessage(kind: MessageKind, channelId: string, body: Record<string, unknown>, interactionId?: string): StoredMessage {
    const now = Date.now();
    const message: StoredMessage = {
      id: snowflake(now),
      channelId,
      kind,
      ...(interactionId ? { interactionId } : {}),
      content: typeof body.content === 'string' ? body.content : '',
      embeds: echoEmbeds(body.embeds),
      components: numberComponents(body.components),
      flags: typeof body.flags === 'number' ? body.flags : 0,
      allowedMentions: body.allowed_mentions,
      createdAt: now,
      editedAt: null,
      deleted: false,
      history: [body],
    };
    this.messages.set(message.id, message);
    this.changed();
    return message;
  }

  /** Applies a partial edit (fields present replace the stored ones). */
  editMessage(message: StoredMessage, body: Record<string, unknown>): StoredMessage {
    if ('content' in body) message.content = typeof body.content === 'string' ? body.content : '';
    if ('embeds' in body) message.embeds = echoEmbeds(body.embeds);
    if ('components' in body) message.components = numberComponents(body.components);
    if ('allowed_mentions' in body) message.allowedMentions = body.allowed_mentions;
    if (typeof body.flags === 'number') {
      // An edit cannot change whether a message is ephemeral.
      const keep = message.flags & L.MESSAGE_FLAG_EPHEMERAL;
      message.flags = (body.flags & ~L.MESSAGE_FLAG_EPHEMERAL) | keep;
    }
    message.flags &= ~L.MESSAGE_FLAG_LOADING;
    message.editedAt = Date.now();
    message.history.push(body);
    this.changed();
    return message;
  }

  /** The message as Discord's API returns it. */
  toApi(message: StoredMessage): Record<string, unknown> {
    const interaction = message.interactionId ? this.interactions.get(message.interactionId) : undefined;
    const bot = this.world.botUser;
    const fromCommand = interaction?.kind === 2;
    return {
      id: message.id,
      type: fromCommand && message.kind === 'reply' ? 20 : 0,
      channel_id: message.channelId,
      guild_id: this.world.guildId,
      author: apiUser(bot, true),
      content: message.content,
      timestamp: new Date(message.createdAt).toISOString(),
      edited_timestamp: message.editedAt === null ? null : new Date(message.editedAt).toISOString(),
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: message.embeds,
      components: message.components,
      pinned: false,
      flags: message.flags,
      ...(interaction
        ? {
            webhook_id: this.world.applicationId,
            application_id: this.world.applicationId,
            interaction_metadata: {
              id: interaction.id,
              type: interaction.kind,
              user: apiUser(interaction.user),
              authorizing_integration_owners: { '0': this.world.guildId },
            },
          }
        : {}),
    };
  }
}
