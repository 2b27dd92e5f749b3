/** Acting as users: builds INTERACTION_CREATE payloads, dispatches them and returns handles. */
import { randomBytes } from 'node:crypto';
import type { FakeContext } from './context.js';
import type { FakeGateway } from './gateway.js';
import { isRecord } from './issues.js';
import { BOT_PERMISSIONS, apiChannel, apiMember, apiUser, snowflake, type FakeUser } from './payloads.js';
import { buildOptions, OptionType, type OptionInput } from './commandOptions.js';
import type { CallbackRecord, InteractionRecord, StoredMessage } from './store.js';
import { InteractionKind } from './validateCallback.js';
import { waitFor } from './wait.js';

export interface ActOptions {
  /** A user id or a predefined user's name ("alice"); default alice. */
  user?: string;
  userId?: string;
  channelId?: string;
  /** Overrides the member's permission string (e.g. to add Manage Server: "32"). */
  memberPermissions?: string | bigint;
  locale?: string;
}

export interface InteractionHandle {
  id: string;
  token: string;
  /** The INTERACTION_CREATE payload as dispatched. */
  payload: Record<string, unknown>;
  /** Resolves with the first callback attempt (accepted or refused). */
  response(timeoutMs?: number): Promise<CallbackRecord>;
  /** Every callback attempt so far. */
  readonly callbacks: CallbackRecord[];
  /** The original response message (after edits), if any. */
  original(): StoredMessage | undefined;
  followUps(): StoredMessage[];
  /** Waits until the original response matches `predicate` (default: exists and is not loading). */
  waitForOriginal(predicate?: (m: StoredMessage) => boolean, timeoutMs?: number): Promise<StoredMessage>;
  /** Waits for the n-th follow-up (1-based, default 1). */
  waitForFollowUp(n?: number, timeoutMs?: number): Promise<StoredMessage>;
}

const LOADING = 1 << 7;

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

function findComponent(components: unknown[], customId: string): Record<string, unknown> | undefined {
  for (const c of components) {
    if (!isRecord(c)) continue;
    if (c.custom_id === customId) return c;
    const nested = [...(Array.isArray(c.components) ? c.components : []), ...(isRecord(c.accessory) ? [c.accessory] : [])];
    const found = findComponent(nested, customId);
    if (found) return found;
  }
  return undefined;
}

function checkSelectValues(select: Record<string, unknown>, values: string[]): void {
  const min = typeof select.min_values === 'number' ? select.min_values : 1;
  const max = typeof select.max_values === 'number' ? select.max_values : 1;
  if (values.length < min || values.length > max) {
    throw new Error(`fake Discord: select "${String(select.custom_id)}" takes ${min}..${max} values, got ${values.length}`);
  }
  if (select.type === 3 && Array.isArray(select.options)) {
    const allowed = new Set(select.options.map((o) => (isRecord(o) ? o.value : undefined)));
    const bad = values.find((v) => !allowed.has(v));
    if (bad !== undefined) throw new Error(`fake Discord: select "${String(select.custom_id)}" has no option "${bad}"`);
  }
}

/** Mirrors the shown modal's layout (action rows or labels) with the user's answers. */
function modalAnswers(shown: unknown, fields: Record<string, string>, modalId: string): unknown[] {
  const rows = Array.isArray(shown) ? shown : [];
  const used = new Set<string>();
  const answer = (input: Record<string, unknown>): Record<string, unknown> => {
    const id = String(input.custom_id);
    const value = fields[id] ?? '';
    used.add(id);
    if (input.required !== false && value === '') throw new Error(`fake Discord: modal "${modalId}" field "${id}" is required`);
    if (typeof input.max_length === 'number' && value.length > input.max_length) throw new Error(`fake Discord: modal field "${id}" is too long`);
    if (value !== '' && typeof input.min_length === 'number' && value.length < input.min_length) throw new Error(`fake Discord: modal field "${id}" is too short`);
    return { type: 4, id: input.id, custom_id: id, value };
  };
  const out = rows.filter(isRecord).map((row, i) => {
    if (row.type === 18 && isRecord(row.component)) return { type: 18, id: row.id ?? i + 1, component: answer(row.component) };
    const inputs = Array.isArray(row.components) ? row.components.filter(isRecord) : [];
    return { type: 1, id: row.id ?? i + 1, components: inputs.map(answer) };
  });
  const unknown = Object.keys(fields).find((k) => !used.has(k));
  if (unknown) throw new Error(`fake Discord: modal "${modalId}" has no field "${unknown}"`);
  return out;
}

function makeHandle(ctx: FakeContext, record: InteractionRecord): InteractionHandle {
  const { store } = ctx;
  const original = (): StoredMessage | undefined => {
    const m = record.originalMessageId ? store.messages.get(record.originalMessageId) : undefined;
    return m && !m.deleted ? m : undefined;
  };
  const followUps = (): StoredMessage[] =>
    record.followUpIds.map((id) => store.messages.get(id)).filter((m): m is StoredMessage => m !== undefined && !m.deleted);
  return {
    id: record.id,
    token: record.token,
    payload: record.payload,
    callbacks: record.callbacks,
    response: (timeoutMs = 5000) => waitFor(store, () => record.callbacks[0], timeoutMs, `a response to interaction ${record.id}`),
    original,
    followUps,
    waitForOriginal: (predicate = (m) => (m.flags & LOADING) === 0, timeoutMs = 5000) =>
      waitFor(store, () => {
        const m = original();
        return m && predicate(m) ? m : undefined;
      }, timeoutMs, `the original response of interaction ${record.id}`),
    waitForFollowUp: (n = 1, timeoutMs = 5000) =>
      waitFor(store, () => followUps()[n - 1], timeoutMs, `follow-up #${n} of interaction ${record.id}`),
  };
}
