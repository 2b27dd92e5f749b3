import { pathToFileURL } from 'node:url';
import { Events, type Client } from 'discord.js';
import { commands, componentHandlers } from '../commands/index.js';
import { loadConfig, type Config } from './config.js';
import { buildCatalog } from './core/catalog.js';
import { buildSearchIndex, isAcceptableAnswer, searchDocsFromDataset } from './core/search/index.js';
import { loadDataset, loadRedirects } from './data/load.js';
import { withRedirects } from './core/favouriteRedirects.js';
import { createClient } from './discord/client.js';
import { createRouter } from './discord/router.js';
import { channelOutput } from './discord/quiz/channelOutput.js';
import { QuizSessions } from './discord/quiz/sessions.js';
import type { Command, Context } from './discord/types.js';
import type { Random } from './core/random.js';
import type { Clock, Scheduler } from './core/time.js';
import { createLogger, type Logger } from './logger.js';
import { createStores } from './storage/createStores.js';
import { systemClock, systemRandom, systemScheduler } from './system.js';

export interface RunningBot {
  client: Client;
  context: Context;
  stop(): Promise<void>;
}

export interface StartOptions {
  dataDir?: string;
  logger?: Logger;
  /** Tests may add commands (e.g. one that throws) to the real list. */
  extraCommands?: readonly Command[];
  /** Tests may run quiz time faster, or with a seeded random. */
  clock?: Clock;
  scheduler?: Scheduler;
  random?: Random;
}

/** Composition root: loads data, builds the context, logs in. The e2e tests call it too. */
export async function startBot(config: Config, options: StartOptions = {}): Promise<RunningBot> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const started = Date.now();
  const dataDir = options.dataDir ?? 'data';
  const dataset = loadDataset(dataDir, { trustStamp: true });
  const catalog = buildCatalog(dataset, loadRedirects(dataDir));
  const search = buildSearchIndex(searchDocsFromDataset(dataset));
  logger.info(
    { productions: dataset.productions.length, artists: dataset.artists.length, songs: dataset.songs.length, ms: Date.now() - started },
    'catalog loaded',
  );
  const opened = await createStores(config.storeUrl, logger);
  // favourites saved under ids a data update renamed follow their items
  const stores = { ...opened, favourites: withRedirects(opened.favourites, catalog.canonicalId) };
  const client = createClient(config.apiUrl);
  const system = {
    clock: options.clock ?? systemClock,
    random: options.random ?? systemRandom,
    scheduler: options.scheduler ?? systemScheduler,
    logger,
  };
  const quiz = new QuizSessions({ catalog, stores, ...system, matcher: isAcceptableAnswer, output: channelOutput(client) });
  const context: Context = { catalog, search, stores, quiz, ...system };
  const router = createRouter([...commands, ...(options.extraCommands ?? [])], componentHandlers, context);
  client.on(Events.InteractionCreate, (interaction) => void router.handle(interaction));
  client.once(Events.ClientReady, (ready) => logger.info({ userId: ready.user.id, guilds: ready.guilds.cache.size }, 'logged in'));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
  try {
    await client.login(config.token);
  } catch (error) {
    await client.destroy();
    await stores.close();
    throw error;
  }
  let stopped = false;
  return {
    client,
    context,
    async stop() {
      if (stopped) return;
      stopped = true;
      await quiz.shutdown().catch((error: unknown) => logger.warn({ err: error }, 'could not close the running quizzes'));
      await client.destroy();
      await stores.close();
      logger.info('stopped');
    },
  };
}

async function main(): Promise<void> {
  const result = loadConfig();
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
  const logger = createLogger(result.config.logLevel);
  let bot: RunningBot;
  try {
    bot = await startBot(result.config, { logger });
  } catch (error) {
    logger.fatal({ err: error }, 'could not start');
    process.exit(1);
  }
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
