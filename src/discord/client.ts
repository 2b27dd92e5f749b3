import { Client, GatewayIntentBits, Options } from 'discord.js';

/**
 * The Guilds intent only (no privileged intents), caches trimmed to what the bot reads, and no
 * mentions by default on anything it sends.
 */
export function createClient(apiUrl: string): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: apiUrl },
    allowedMentions: { parse: [], repliedUser: false },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
      GuildScheduledEventManager: 0,
      GuildInviteManager: 0,
      GuildBanManager: 0,
      StageInstanceManager: 0,
      VoiceStateManager: 0,
      ThreadManager: 0,
      ThreadMemberManager: 0,
      AutoModerationRuleManager: 0,
      ApplicationCommandManager: 0,
      BaseGuildEmojiManager: 0,
      GuildForumThreadManager: 0,
      GuildTextThreadManager: 0,
    }),
  });
}
