/** Acting as users: builds INTERACTION_CREATE payloads, dispatches them and returns handles. */
import { randomBytes } from 'node:crypto';
import type { FakeContext } from './context.js';
import type { FakeGateway } from './gateway.js';
import { BOT_PERMISSIONS, apiChannel, apiMember, apiUser, snowflake, type FakeUser } from './payloads.js';
import { buildOptions, OptionType, type OptionInput } from './commandOptions.js';
import type { InteractionRecord, StoredMessage } from './store.js';
import { makeHandle, type InteractionHandle } from './handle.js';
import { checkSelectValues, findComponent, modalAnswers } from './userInput.js';
import { InteractionKind } from './validateCallback.js';

export type { InteractionHandle } from './handle.js';

export interface ActOptions {
  /** A user id or a predefined user's name ("alice"); default alice. */
  user?: string;
  userId?: string;
  channelId?: string;
  /** Overrides the member's permission string (e.g. to add Manage Server: "32"). */
  memberPermissions?: string | bigint;
  locale?: string;
  /** Deliver a command even if the user lacks its `default_member_permissions` (Discord would hide it). */
  force?: boolean;
}

const LOADING = 1 << 7;
const ADMINISTRATOR = 0x8n;

export class Actors {
  constructor(
    private readonly ctx: FakeContext,
    private readonly gateway: FakeGateway,
    private readonly users: Record<string, FakeUser>,
  ) {}

  user(opts: ActOptions = {}): FakeUser {
    const key = opts.userId ?? opts.user ?? 'alice';
    const user = this.users[key] ?? Object.values(this.users).find((u) => u.id === key);
    if (!user) throw new Error(`fake Discord: unknown user "${key}"`);
    return user;
  }

  registered(name: string): Record<string, unknown> | undefined {
    for (const scope of [this.ctx.world.guildId, 'global']) {
      const found = this.ctx.store.commands.get(scope)?.find((c) => c.name === name && (c.type ?? 1) === 1);
      if (found) return found;
    }
    return undefined;
  }

  command(kind: number, path: string, options: OptionInput, opts: ActOptions, focused?: { name: string; value: string }): InteractionHandle {
    const name = path.trim().split(/\s+/)[0] ?? path;
    const registered = this.registered(name);
    if (registered && !opts.force) this.checkCommandPermissions(name, registered, opts);
    const built = buildOptions(path, options, registered, focused);
    const data = {
      id: built.commandId ?? snowflake(),
      name,
      type: 1,
      ...(registered?.guild_id ? { guild_id: registered.guild_id } : {}),
      options: built.options,
      ...this.resolved(built.options),
    };
    return this.dispatch(kind, data, opts);
  }

  /** Discord hides a command from members lacking its default_member_permissions (Administrator sees all). */
  private checkCommandPermissions(name: string, registered: Record<string, unknown>, opts: ActOptions): void {
    const required = registered.default_member_permissions;
    if (required === null || required === undefined) return;
    const user = this.user(opts);
    const has = BigInt(opts.memberPermissions !== undefined ? String(opts.memberPermissions) : user.permissions);
    const need = BigInt(String(required));
    if ((has & ADMINISTRATOR) === 0n && (has & need) !== need) {
      throw new Error(`fake Discord: ${user.username} cannot see /${name} (needs permissions ${need}); pass { force: true } to deliver it anyway`);
    }
  }

  component(messageId: string, customId: string, componentTypes: number[], values: string[] | undefined, opts: ActOptions): InteractionHandle {
    const message = this.ctx.store.messages.get(messageId);
    if (!message || message.deleted) throw new Error(`fake Discord: no message ${messageId}`);
    const component = findComponent(message.components, customId);
    if (!component || !componentTypes.includes(Number(component.type))) {
      throw new Error(`fake Discord: message ${messageId} has no ${componentTypes.includes(2) ? 'button' : 'select menu'} "${customId}"`);
    }
    if (component.disabled === true) throw new Error(`fake Discord: "${customId}" is disabled`);
    if ((message.flags & LOADING) !== 0) throw new Error(`fake Discord: message ${messageId} is still loading`);
    if (values) checkSelectValues(component, values);
    const data = { custom_id: customId, component_type: Number(component.type), ...(values ? { values } : {}) };
    return this.dispatch(InteractionKind.Component, data, { channelId: message.channelId, ...opts }, message);
  }

  modal(customId: string, fields: Record<string, string>, opts: ActOptions): InteractionHandle {
    const shown = [...this.ctx.store.modals].reverse().find((m) => m.customId === customId);
    if (!shown) throw new Error(`fake Discord: no modal "${customId}" was shown`);
    const components = modalAnswers(shown.data.components, fields, customId);
    const source = shown.sourceMessageId ? this.ctx.store.messages.get(shown.sourceMessageId) : undefined;
    return this.dispatch(InteractionKind.ModalSubmit, { custom_id: customId, components }, opts, source);
  }

  private dispatch(kind: number, data: Record<string, unknown>, opts: ActOptions, message?: StoredMessage): InteractionHandle {
    const { world, store } = this.ctx;
    const user = this.user(opts);
    const permissions = opts.memberPermissions !== undefined ? String(opts.memberPermissions) : user.permissions;
    const channelId = opts.channelId ?? world.channelId;
    const id = snowflake();
    const token = `aW50ZXJhY3Rpb246${id}:${randomBytes(24).toString('base64url')}`;
    const payload: Record<string, unknown> = {
      id,
      application_id: world.applicationId,
      type: kind,
      data,
      guild_id: world.guildId,
      guild: { id: world.guildId, locale: 'en-US', features: [] },
      channel_id: channelId,
      channel: { ...apiChannel(world, channelId), permissions },
      member: apiMember(user, permissions),
      token,
      version: 1,
      app_permissions: BOT_PERMISSIONS,
      locale: opts.locale ?? 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': world.guildId },
      context: 0,
      attachment_size_limit: 10_485_760,
      ...(message ? { message: store.toApi(message) } : {}),
    };
    const record: InteractionRecord = {
      id, token, kind, payload, user, dispatchedAt: Date.now(), callbacks: [], acknowledged: false, expired: false,
      followUpIds: [], ...(message ? { sourceMessageId: message.id } : {}),
    };
    store.interactions.set(id, record);
    this.gateway.dispatch('INTERACTION_CREATE', payload);
    return makeHandle(this.ctx, record);
  }

  /** `resolved` for user and channel options whose value is a known id. */
  private resolved(options: Record<string, unknown>[]): Record<string, unknown> {
    const users: Record<string, unknown> = {};
    const members: Record<string, unknown> = {};
    const channels: Record<string, unknown> = {};
    const visit = (list: Record<string, unknown>[]): void => {
      for (const o of list) {
        if (Array.isArray(o.options)) visit(o.options as Record<string, unknown>[]);
        const known = Object.values(this.users).find((u) => u.id === o.value);
        if (known && (o.type === OptionType.User || o.type === OptionType.Mentionable)) {
          users[known.id] = apiUser(known);
          const { user: _u, ...member } = apiMember(known);
          members[known.id] = member;
        }
        if (o.type === OptionType.Channel && o.value === this.ctx.world.channelId) {
          channels[this.ctx.world.channelId] = { ...apiChannel(this.ctx.world), permissions: BOT_PERMISSIONS };
        }
      }
    };
    visit(options);
    const has = (r: Record<string, unknown>): boolean => Object.keys(r).length > 0;
    if (!has(users) && !has(channels)) return {};
    return { resolved: { ...(has(users) ? { users, members } : {}), ...(has(channels) ? { channels } : {}) } };
  }
}
