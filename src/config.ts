import { existsSync } from 'node:fs';
import { z } from 'zod';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export const DEFAULT_STORE_URL = 'sqlite://var/sori.sqlite';
export const DEFAULT_API_URL = 'https://discord.com/api';

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');

const HOW_TO_FIX: Record<string, string> = {
  DISCORD_TOKEN: 'copy it from the Developer Portal (your application → Bot → Reset Token) into .env',
  DISCORD_APPLICATION_ID:
    'copy the Application ID from the Developer Portal (General Information), or leave it out to derive it from the token',
  DISCORD_GUILD_ID: 'right-click your server with Developer Mode on → Copy Server ID, or leave it out',
  DISCORD_API_URL: 'give a URL such as http://127.0.0.1:8080/api, or leave it out for Discord itself',
  STORE_URL: `give a keyv connection string such as ${DEFAULT_STORE_URL} or redis://localhost:6379`,
  LOG_LEVEL: `use one of ${LOG_LEVELS.join(', ')}`,
};

const schema = z.object({
  DISCORD_TOKEN: z
    .string({ error: 'is not set' })
    .trim()
    .min(1, 'is empty')
    .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, 'does not look like a bot token (three parts separated by dots)'),
  DISCORD_APPLICATION_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  STORE_URL: z.string().trim().min(1, 'is empty').default(DEFAULT_STORE_URL),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: 'is not a log level' }).default('info'),
});

export interface Config {
  token: string;
  applicationId: string;
  guildId: string | undefined;
  apiUrl: string;
  storeUrl: string;
  logLevel: (typeof LOG_LEVELS)[number];
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

/** A bot token's first part is the base64 of the bot's user id, which equals the application id. */
export function applicationIdFromToken(token: string): string | undefined {
  const first = token.split('.')[0] ?? '';
  const decoded = Buffer.from(first, 'base64').toString('utf8');
  return /^\d{17,20}$/.test(decoded) ? decoded : undefined;
}

function emptyToUndefined(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const key of Object.keys(HOW_TO_FIX)) {
    const value = env[key];
    out[key] = value === undefined || value.trim() === '' ? undefined : value;
  }
  return out;
}

/** Parses the environment; never echoes a value back, so the token cannot leak into a message. */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = schema.safeParse(emptyToUndefined(env));
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? 'environment');
      problems.push(`- ${key} ${issue.message}: ${HOW_TO_FIX[key] ?? 'check its value'}.`);
    }
  }
  let applicationId: string | undefined;
  if (parsed.success) {
    applicationId = parsed.data.DISCORD_APPLICATION_ID ?? applicationIdFromToken(parsed.data.DISCORD_TOKEN);
    if (!applicationId) {
      problems.push(
        `- DISCORD_APPLICATION_ID could not be derived from the token: ${HOW_TO_FIX.DISCORD_APPLICATION_ID}.`,
      );
    }
  }
  if (!parsed.success || !applicationId || problems.length > 0) {
    return {
      ok: false,
      message: `Sori cannot start: fix these settings in .env (see .env.example) or the environment:\n${problems.join('\n')}`,
    };
  }
  const data = parsed.data;
  return {
    ok: true,
    config: {
      token: data.DISCORD_TOKEN,
      applicationId,
      guildId: data.DISCORD_GUILD_ID,
      apiUrl: (data.DISCORD_API_URL ?? DEFAULT_API_URL).replace(/\/+$/, ''),
      storeUrl: data.STORE_URL,
      logLevel: data.LOG_LEVEL,
    },
  };
}

/** Reads .env (when present) into the environment, then parses it. Variables already set win. */
export function loadConfig(envFile = '.env'): ConfigResult {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return parseConfig(process.env);
}
