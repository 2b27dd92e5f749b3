/** Builders for the JSON Discord sends: users, guild, channel, members, messages. */
import { isRecord } from './issues.js';
import * as L from './limits.js';

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A fresh, time-ordered Discord snowflake. */
export function snowflake(at = Date.now()): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

export interface FakeUser {
  id: string;
  username: string;
  globalName: string;
  /** The member's permissions in the channel, as Discord's decimal string. */
  permissions: string;
  manageGuild: boolean;
}

const P = {
  addReactions: 1n << 6n,
  viewChannel: 1n << 10n,
  sendMessages: 1n << 11n,
  embedLinks: 1n << 14n,
  attachFiles: 1n << 15n,
  readHistory: 1n << 16n,
  externalEmojis: 1n << 18n,
  useCommands: 1n << 31n,
  sendInThreads: 1n << 38n,
};
const MEMBER_BASE = P.addReactions | P.viewChannel | P.sendMessages | P.embedLinks | P.attachFiles |
  P.readHistory | P.externalEmojis | P.useCommands | P.sendInThreads;

export const MEMBER_PERMISSIONS = MEMBER_BASE.toString();
export const MANAGER_PERMISSIONS = (MEMBER_BASE | L.PERMISSION_MANAGE_GUILD).toString();
export const BOT_PERMISSIONS = (MEMBER_BASE & ~P.useCommands).toString();

/** alice and carol are plain members; bob has Manage Server (0x20). */
export function defaultUsers(): Record<'alice' | 'bob' | 'carol', FakeUser> {
  const make = (n: number, username: string, manageGuild: boolean): FakeUser => ({
    id: `10000000000000000${n}`,
    username,
    globalName: username[0]!.toUpperCase() + username.slice(1),
    permissions: manageGuild ? MANAGER_PERMISSIONS : MEMBER_PERMISSIONS,
    manageGuild,
  });
  return { alice: make(1, 'alice', false), bob: make(2, 'bob', true), carol: make(3, 'carol', false) };
}

export function apiUser(user: { id: string; username: string; globalName?: string | null }, bot = false) {
  return {
    id: user.id,
    username: user.username,
    discriminator: '0',
    global_name: user.globalName ?? null,
    avatar: null,
    avatar_decoration_data: null,
    public_flags: 0,
    flags: 0,
    ...(bot ? { bot: true } : {}),
  };
}

export function apiMember(user: FakeUser, permissions = user.permissions) {
  return {
    user: apiUser(user),
    roles: [],
    nick: null,
    avatar: null,
    banner: null,
    joined_at: '2024-01-01T00:00:00.000000+00:00',
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
    permissions,
  };
}

export interface World {
  botUser: { id: string; username: string };
  applicationId: string;
  guildId: string;
  guildName: string;
  channelId: string;
  channelName: string;
}

export function apiChannel(world: World, id = world.channelId, name = world.channelName) {
  return {
    id,
    type: 0,
    guild_id: world.guildId,
    name,
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  };
}

export function apiGuild(world: World) {
  return {
    id: world.guildId,
    name: world.guildName,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: '100000000000000002',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    system_channel_id: world.channelId,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    preferred_locale: 'en-US',
    features: [],
    roles: [{
      id: world.guildId, name: '@everyone', color: 0, colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false, icon: null, unicode_emoji: null, position: 0, permissions: MEMBER_PERMISSIONS, managed: false,
      mentionable: false, flags: 0,
    }],
    emojis: [],
    stickers: [],
    max_members: 500000,
    max_video_channel_users: 25,
    premium_progress_bar_enabled: false,
    vanity_url_code: null,
    application_id: null,
  };
}

/** The GUILD_CREATE dispatch body: the guild plus the gateway-only fields. */
export function guildCreate(world: World) {
  return {
    ...apiGuild(world),
    joined_at: '2024-01-01T00:00:00.000000+00:00',
    large: false,
    unavailable: false,
    member_count: 4,
    voice_states: [],
    members: [{ ...apiMember({ ...defaultUsers().alice, id: world.botUser.id, username: world.botUser.username }), user: apiUser(world.botUser, true) }],
    channels: [apiChannel(world)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export function apiApplication(world: World) {
  return {
    id: world.applicationId,
    name: world.botUser.username,
    icon: null,
    description: 'Fake application',
    summary: '',
    type: null,
    hook: true,
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags: 0,
    bot: apiUser(world.botUser, true),
    owner: apiUser({ id: '100000000000000002', username: 'bob' }),
    team: null,
    approximate_guild_count: 1,
    interactions_endpoint_url: null,
    redirect_uris: [],
    tags: [],
    install_params: undefined,
    integration_types_config: { '0': {} },
  };
}

/** Fills Discord's numeric `id` on every component that lacks one (Discord does this). */
export function numberComponents(components: unknown): unknown[] {
  if (!Array.isArray(components)) return [];
  let next = 1;
  const visit = (c: unknown): unknown => {
    if (!isRecord(c)) return c;
    const out: Record<string, unknown> = { ...c, id: typeof c.id === 'number' ? c.id : next };
    next += 1;
    if (Array.isArray(c.components)) out.components = c.components.map(visit);
    if (isRecord(c.accessory)) out.accessory = visit(c.accessory);
    if (isRecord(c.component)) out.component = visit(c.component);
    return out;
  };
  return components.map(visit);
}

/** Normalises embeds the way Discord echoes them back. */
export function echoEmbeds(embeds: unknown): unknown[] {
  if (!Array.isArray(embeds)) return [];
  return embeds.map((e) => (isRecord(e) ? { type: 'rich', ...e } : e));
}
