import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Config } from '../../src/config.js';
import type { Command } from '../../src/discord/types.js';
import { createLogger } from '../../src/logger.js';
import { startBot, type RunningBot, type StartOptions } from '../../src/main.js';
import type { FakeDiscord } from '../e2e/fakeDiscord/index.js';

export interface TestBot extends RunningBot {
  /** Every log line the bot wrote, parsed. */
  logs: Record<string, unknown>[];
  /** Raw log text, to check that no secret or message content was logged. */
  rawLogs(): string;
}

export function tempStoreUrl(): string {
  return `sqlite://${join(mkdtempSync(join(tmpdir(), 'sori-e2e-')), 'store.sqlite')}`;
}

export function configFor(fake: FakeDiscord, storeUrl: string): Config {
  return {
    token: fake.token,
    applicationId: fake.applicationId,
    guildId: fake.guildId,
    apiUrl: fake.apiUrl,
    storeUrl,
    logLevel: 'debug',
  };
}

/** Starts the real bot (real discord.js Client) against the fake Discord, capturing its logs. */
export async function startTestBot(
  fake: FakeDiscord,
  storeUrl: string,
  extraCommands: readonly Command[] = [],
  overrides: Pick<StartOptions, 'clock' | 'scheduler' | 'random'> = {},
): Promise<TestBot> {
  let raw = '';
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      const text = chunk.toString('utf8');
      raw += text;
      for (const line of text.split('\n').filter(Boolean)) logs.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  const config = configFor(fake, storeUrl);
  const bot = await startBot(config, { logger: createLogger(config.logLevel, sink), extraCommands, ...overrides });
  await waitFor(() => bot.client.isReady(), 'the client to be ready');
  return { ...bot, logs, rawLogs: () => raw };
}

export async function waitFor(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
