import { pathToFileURL } from 'node:url';
import { OAuth2Scopes, PermissionFlagsBits } from 'discord.js';
import { applicationIdFromToken } from './config.js';

/** Only what Sori needs: see channels, post its quiz rounds, and show embeds. */
export const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks;

export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
    permissions: BOT_PERMISSIONS.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}

function main(): void {
  if (process.env.DISCORD_APPLICATION_ID === undefined && process.env.DISCORD_TOKEN === undefined) {
    try {
      process.loadEnvFile('.env');
    } catch {
      // no .env: the message below says what to set
    }
  }
  const id = process.env.DISCORD_APPLICATION_ID?.trim() || applicationIdFromToken(process.env.DISCORD_TOKEN ?? '');
  if (!id || !/^\d{17,20}$/.test(id)) {
    console.error('Set DISCORD_APPLICATION_ID (Developer Portal → General Information → Application ID) or DISCORD_TOKEN in .env.');
    process.exit(1);
  }
  console.log(inviteUrl(id));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
