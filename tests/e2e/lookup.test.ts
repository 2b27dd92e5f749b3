import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions, deployCommands } from '../../src/deploy.js';
import { respond } from '../../src/discord/respond.js';
import { MESSAGES } from '../../src/discord/router.js';
import type { Command } from '../../src/discord/types.js';
import { startFakeDiscord, type FakeDiscord } from './fakeDiscord/index.js';
import { bodyOf, customIdsOf, EPHEMERAL, visibleText } from '../helpers/messages.js';
import { postMessageWithButton } from '../helpers/fakeMessages.js';
import { configFor, startTestBot, tempStoreUrl, type TestBot } from '../helpers/testBot.js';

const REPLY = 4;
const AUTOCOMPLETE_RESULT = 8;

const throwing: Command = {
  definition: { name: 'boom', description: 'always throws' },
  async execute() {
    throw new Error('kaboom with secret content');
  },
};

const slow: Command = {
  definition: { name: 'slow', description: 'answers after 2.6 s' },
  async execute(interaction) {
    await new Promise((r) => setTimeout(r, 2_600));
    await respond(interaction, { content: 'finally done' });
  },
};

let fake: FakeDiscord;
let bot: TestBot;

beforeAll(async () => {
  fake = await startFakeDiscord();
  const storeUrl = tempStoreUrl();
  await deployCommands(configFor(fake, storeUrl));
  bot = await startTestBot(fake, storeUrl, [throwing, slow]);
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

async function slash(command: string, query: string) {
  const handle = fake.slash(command, { query });
  const response = await handle.response();
  expect(response.accepted).toBe(true);
  return { handle, response, body: bodyOf(response) };
}

describe('the bot through the fake Discord', () => {
  it('logs in with the Guilds intent only', async () => {
    const identify = await fake.waitForIdentify(1);
    expect(identify.intents).toBe(GatewayIntentBits.Guilds);
  });

  it('deploy registers exactly the command list in the development server', () => {
    const registered = fake.commands(fake.guildId).map((c) => c.name).sort();
    expect(registered).toEqual(commandDefinitions().map((c) => c.name).sort());
  });

  it('/ost "Stay With Me" shows Goblin, Chanyeol and Punch with buttons to open them', async () => {
    const { response, body } = await slash('ost', 'Stay With Me');
    expect(response.type).toBe(REPLY);
    const text = visibleText(body);
    expect(text).toContain('Stay With Me');
    expect(text).toContain('Goblin');
    expect(text).toContain('Chanyeol');
    expect(text).toContain('Punch');
    const ids = customIdsOf(body);
    expect(ids).toContain('card:1:p:goblin-2016');
    expect(ids.some((id) => id.startsWith('fav:1:s:'))).toBe(true);
  });

  it('/drama "Goblin" lists its OST in part order', async () => {
    const { body } = await slash('drama', 'Goblin');
    const text = visibleText(body);
    expect(text).toContain('Goblin');
    expect(text).toContain('tvN');
    expect(text).toContain('Stay With Me');
    expect(text).toContain('all 14 parts');
    const parts = [...text.matchAll(/OST Part (\d+)/g)].map((m) => Number(m[1]));
    expect(parts).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(text.indexOf('Stay With Me')).toBeLessThan(text.indexOf('Round and Round'));
  });

  it('/idol "TXT" lists Love Sight', async () => {
    const { body } = await slash('idol', 'TXT');
    const text = visibleText(body);
    expect(text).toContain('Love Sight');
    expect(text).toContain('Doom at Your Service');
  });

  it('a card button opens the linked card', async () => {
    const { handle } = await slash('ost', 'Stay With Me');
    const message = handle.original();
    expect(message).toBeDefined();
    const click = fake.clickButton(message!.id, 'card:1:p:goblin-2016');
    const response = await click.response();
    expect(response.accepted).toBe(true);
    expect(visibleText(bodyOf(response))).toContain('Goblin');
  });

  it('autocomplete returns at most 25 choices, each within 100 characters, values being ids', async () => {
    for (const [command, typed] of [
      ['ost', ''],
      ['ost', 'a'],
      ['drama', 'the'],
      ['idol', 'j'],
    ] as const) {
      const response = await fake.autocomplete(command, 'query', typed).response();
      expect(response.type).toBe(AUTOCOMPLETE_RESULT);
      expect(response.accepted).toBe(true);
      const choices = bodyOf(response).choices ?? [];
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const c of choices) {
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(c.value.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it.each([
    ['drama', 'ㄷㄲㅂ', 'goblin-2016'],
    ['drama', '도깨비', 'goblin-2016'],
    ['drama', 'desendants', 'descendants-of-the-sun-2016'],
    ['drama', 'hotel deluna', 'hotel-del-luna-2019'],
    ['drama', 'itaewon klass', 'itaewon-class-2020'],
    ['idol', '찬열', 'chanyeol-exo'],
    ['idol', 'RIIZE', 'riize'],
    ['ost', 'stay with me chanyeol', 'stay-with-me-goblin-2016'],
  ])('autocomplete for /%s "%s" puts %s first', async (command, typed, expected) => {
    const response = await fake.autocomplete(command, 'query', typed).response();
    expect(bodyOf(response).choices?.[0]?.value).toBe(expected);
  });

  it.each([
    ['drama', '도깨비', 'Goblin'],
    ['idol', 'RIIZE', 'RIIZE'],
  ])('/%s "%s" answers with the card of %s', async (command, query, title) => {
    const { body } = await slash(command, query);
    expect((body.embeds as { title?: string }[] | undefined)?.[0]?.title).toContain(title);
  });

  it('nothing found gets a clear private answer that points to the right command', async () => {
    const { body } = await slash('drama', 'Chanyeol');
    expect(visibleText(body)).toContain('/idol');
    expect((body.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    const unknown = await slash('drama', 'zzqxv wvvq');
    expect(visibleText(unknown.body)).toContain("couldn't find a drama");
    expect((unknown.body.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('/help answers privately with the commands and the catalog size', async () => {
    const response = await fake.slash('help', {}).response();
    expect((bodyOf(response).flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    const text = visibleText(bodyOf(response));
    expect(text).toContain('/quiz start');
    expect(text).toMatch(/\d+ OST songs/);
  });

  it('an unknown command gets a polite private answer', async () => {
    const response = await fake.slash('nonexistent', {}).response();
    expect(response.accepted).toBe(true);
    expect(visibleText(bodyOf(response))).toBe(MESSAGES.unknownCommand);
    expect((bodyOf(response).flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('a handler that throws still answers, with a reference that is also in the log', async () => {
    const response = await fake.slash('boom', {}).response();
    expect(response.accepted).toBe(true);
    const text = visibleText(bodyOf(response));
    const ref = /reference `([A-Z0-9]{6})`/.exec(text)?.[1];
    expect(ref).toBeDefined();
    expect(bot.logs.some((l) => l.ref === ref && l.msg === 'interaction failed')).toBe(true);
  });

  it('a slow handler is deferred before the 3-second window closes, and its answer still arrives', async () => {
    const handle = fake.slash('slow', {});
    const first = await handle.response();
    expect(first.accepted).toBe(true);
    expect(first.type).toBe(5);
    expect(first.afterMs).toBeLessThan(3000);
    const message = await handle.waitForOriginal((m) => m.content === 'finally done', 10_000);
    expect(message.content).toBe('finally done');
  });

  it.each([
    ['6,000 characters', 'a'.repeat(6000)],
    ['mentions', '@everyone @here <@123456789012345678> <@&123456789012345678>'],
    ['odd unicode', '\u200b\u0000ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ \ud83d'],
    ['markdown', '**bold** `code` [link](https://example.com)'],
    ['only spaces', '     '],
  ])('bad input (%s) gets a clear answer in time and pings nobody', async (_label, query) => {
    for (const command of ['ost', 'drama', 'idol']) {
      const handle = fake.slash(command, { query });
      const response = await handle.response();
      expect(response.accepted).toBe(true);
      expect(response.afterMs).toBeLessThan(3000);
      expect(visibleText(bodyOf(response)).length).toBeGreaterThan(0);
    }
  });

  it.each([
    'card:1:s:does-not-exist',
    'card:9:s:stay-with-me-goblin-2016',
    'card:1:x:goblin-2016',
    'quiz:1:zzz:1:a:0',
    'totally-forged',
  ])('a forged or stale button id (%s) gets a polite private answer', async (customId) => {
    const messageId = await postMessageWithButton(fake, customId);
    const response = await fake.clickButton(messageId, customId).response();
    expect(response.accepted).toBe(true);
    expect((bodyOf(response).flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(visibleText(bodyOf(response))).toMatch(/expired|ended|no longer/i);
  });

  it('nothing the bot sent could ping anyone, and Discord refused nothing', () => {
    expect(fake.mentionViolations).toEqual([]);
    expect(fake.refusals).toEqual([]);
  });

  it('the token and message content never reach the log', () => {
    expect(bot.rawLogs()).not.toContain(fake.token);
    expect(bot.rawLogs()).not.toContain('zzqxv wvvq');
    expect(bot.rawLogs()).not.toContain('Stay With Me');
  });
});
