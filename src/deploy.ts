import { pathToFileURL } from 'node:url';
import { REST } from '@discordjs/rest';
import { Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { commands } from '../commands/index.js';
import { loadConfig, type Config } from './config.js';

export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((c) => c.definition);
}

/** Registers the command list: in one server when DISCORD_GUILD_ID is set (instant), else globally. */
export async function deployCommands(config: Config): Promise<{ scope: string; count: number }> {
  const rest = new REST({ api: config.apiUrl }).setToken(config.token);
  const body = commandDefinitions();
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  const registered = (await rest.put(route, { body })) as unknown[];
  return { scope: config.guildId ? `server ${config.guildId}` : 'global', count: registered.length };
}

async function main(): Promise<void> {
  if (process.argv.includes('--dry-run')) {
    console.log(JSON.stringify(commandDefinitions(), null, 2));
    return;
  }
  const result = loadConfig();
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
  try {
    const { scope, count } = await deployCommands(result.config);
    console.log(`Registered ${count} commands (${scope}).${scope === 'global' ? ' Global commands can take up to an hour to appear.' : ''}`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`Could not register the commands: ${reason}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
