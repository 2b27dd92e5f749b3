/** Bot-authenticated resources: gateway info, users, applications, commands, channels, guilds. */
import { isRecord, Issues } from './issues.js';
import { Refuse, invalidForm, noContent, ok, type Reply } from './http.js';
import type { FakeContext, RouteInput } from './context.js';
import { newMessageBody, readEditOrDelete } from './messageEdits.js';
import { apiApplication, apiChannel, apiGuild, apiMember, apiUser, defaultUsers, snowflake } from './payloads.js';
import { validateCommand, validateCommandList } from './validateCommands.js';
import * as L from './limits.js';

export function gatewayBot(ctx: FakeContext): Reply {
  return ok({
    url: ctx.gatewayUrl(),
    shards: 1,
    session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
  });
}

export function gateway(ctx: FakeContext): Reply {
  return ok({ url: ctx.gatewayUrl() });
}

export function currentUser(ctx: FakeContext): Reply {
  return ok({ ...apiUser(ctx.world.botUser, true), verified: true, mfa_enabled: false, email: null, locale: 'en-US' });
}

export function currentApplication(ctx: FakeContext): Reply {
  return ok(apiApplication(ctx.world));
}

function scopeOf(ctx: FakeContext, input: RouteInput): string | Reply {
  const [app, guild] = input.params;
  if (app !== ctx.world.applicationId) return Refuse.missingAccess();
  if (guild === undefined) return 'global';
  return guild === ctx.world.guildId ? guild : Refuse.missingAccess();
}

function storedCommand(ctx: FakeContext, scope: string, def: Record<string, unknown>, id?: string) {
  return {
    id: id ?? snowflake(),
    application_id: ctx.world.applicationId,
    version: snowflake(),
    type: 1,
    default_member_permissions: null,
    dm_permission: true,
    nsfw: false,
    integration_types: [0],
    contexts: null,
    description_localizations: null,
    name_localizations: null,
    ...def,
    ...(scope === 'global' ? {} : { guild_id: scope }),
  };
}

/** GET/PUT/POST on /applications/:app[/guilds/:guild]/commands */
export function commandList(ctx: FakeContext, input: RouteInput): Reply {
  const scope = scopeOf(ctx, input);
  if (typeof scope !== 'string') return scope;
  const current = ctx.store.commands.get(scope) ?? [];
  if (input.method === 'GET') return ok(current);
  if (input.method === 'POST') {
    const issues = new Issues();
    validateCommand(input.body, [], issues);
    if (!issues.empty) return invalidForm(issues);
    const def = input.body as Record<string, unknown>;
    const existing = current.find((c) => c.name === def.name && (c.type ?? 1) === (def.type ?? 1));
    const saved = storedCommand(ctx, scope, def, existing?.id as string | undefined);
    ctx.store.commands.set(scope, [...current.filter((c) => c !== existing), saved]);
    ctx.store.changed();
    return ok(saved, existing ? 200 : 201);
  }
  const issues = validateCommandList(input.body);
  if (!issues.empty) return invalidForm(issues);
  const defs = input.body as Record<string, unknown>[];
  const saved = defs.map((def) => {
    const existing = current.find((c) => c.name === def.name && (c.type ?? 1) === (def.type ?? 1));
    return storedCommand(ctx, scope, def, existing?.id as string | undefined);
  });
  ctx.store.commands.set(scope, saved);
  ctx.store.changed();
  return ok(saved);
}

/** GET/PATCH/DELETE on /applications/:app[/guilds/:guild]/commands/:id */
export function commandItem(ctx: FakeContext, input: RouteInput): Reply {
  const scope = scopeOf(ctx, input);
  if (typeof scope !== 'string') return scope;
  const id = input.params[input.params.length - 1];
  const current = ctx.store.commands.get(scope) ?? [];
  const command = current.find((c) => c.id === id);
  if (!command) return Refuse.unknownCommand();
  if (input.method === 'GET') return ok(command);
  if (input.method === 'DELETE') {
    ctx.store.commands.set(scope, current.filter((c) => c !== command));
    ctx.store.changed();
    return noContent;
  }
  const merged = { ...command, ...(isRecord(input.body) ? input.body : {}) };
  const issues = new Issues();
  validateCommand(merged, [], issues);
  if (!issues.empty) return invalidForm(issues);
  ctx.store.commands.set(scope, current.map((c) => (c === command ? merged : c)));
  ctx.store.changed();
  return ok(merged);
}

export function channel(ctx: FakeContext, input: RouteInput): Reply {
  if (input.params[0] !== ctx.world.channelId) return Refuse.unknownChannel();
  return ok(apiChannel(ctx.world));
}

export function guild(ctx: FakeContext, input: RouteInput): Reply {
  if (input.params[0] !== ctx.world.guildId) return Refuse.unknownGuild();
  return ok(apiGuild(ctx.world));
}

export function guildChannels(ctx: FakeContext, input: RouteInput): Reply {
  if (input.params[0] !== ctx.world.guildId) return Refuse.unknownGuild();
  return ok([apiChannel(ctx.world)]);
}

export function guildMember(ctx: FakeContext, input: RouteInput): Reply {
  if (input.params[0] !== ctx.world.guildId) return Refuse.unknownGuild();
  const user = Object.values(defaultUsers()).find((u) => u.id === input.params[1]);
  if (!user) return Refuse.unknownMember();
  const { permissions: _ignored, ...member } = apiMember(user);
  return ok(member);
}

/** GET/POST /channels/:id/messages */
export function channelMessages(ctx: FakeContext, input: RouteInput): Reply {
  const [channelId] = input.params;
  if (channelId !== ctx.world.channelId) return Refuse.unknownChannel();
  if (input.method === 'GET') {
    const limit = Number(input.query.get('limit') ?? 50);
    const list = [...ctx.store.messages.values()]
      .filter((m) => m.channelId === channelId && !m.deleted && (m.flags & L.MESSAGE_FLAG_EPHEMERAL) === 0)
      .reverse()
      .slice(0, limit);
    return ok(list.map((m) => ctx.store.toApi(m)));
  }
  const accepted = newMessageBody(ctx, input);
  if ('refused' in accepted) return accepted.refused;
  const { body } = accepted;
  const { flags: _flags, ...rest } = body;
  const flags = typeof body.flags === 'number' ? body.flags & ~L.MESSAGE_FLAG_EPHEMERAL : undefined;
  const message = ctx.store.createMessage('channel', channelId, flags === undefined ? rest : { ...rest, flags });
  return ok(ctx.store.toApi(message));
}

/** GET/PATCH/DELETE /channels/:id/messages/:id */
export function channelMessage(ctx: FakeContext, input: RouteInput): Reply {
  const [channelId, messageId] = input.params;
  if (channelId !== ctx.world.channelId) return Refuse.unknownChannel();
  const message = messageId ? ctx.store.messages.get(messageId) : undefined;
  if (!message || message.deleted || message.channelId !== channelId || (message.flags & L.MESSAGE_FLAG_EPHEMERAL) !== 0) {
    return Refuse.unknownMessage();
  }
  return readEditOrDelete(ctx, input, message);
}
