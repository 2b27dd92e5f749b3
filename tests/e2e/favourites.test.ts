import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../../src/deploy.js';
import { createLogger } from '../../src/logger.js';
import { createStores } from '../../src/storage/createStores.js';
import { startFakeDiscord, type FakeDiscord } from './fakeDiscord/index.js';
import { defaultUsers } from './fakeDiscord/payloads.js';
import { bodyOf, customIdsOf, EPHEMERAL, visibleText } from '../helpers/messages.js';
import { postMessageWithButton } from '../helpers/fakeMessages.js';
import { configFor, startTestBot, tempStoreUrl, type TestBot } from '../helpers/testBot.js';

let fake: FakeDiscord;
let bot: TestBot | undefined;
const storeUrl = tempStoreUrl();

beforeAll(async () => {
  fake = await startFakeDiscord();
  await deployCommands(configFor(fake, storeUrl));
  bot = await startTestBot(fake, storeUrl);
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

async function listFor(user: string) {
  const response = await fake.slash('favourites list', {}, { user }).response();
  expect(response.accepted).toBe(true);
  return bodyOf(response);
}

describe('favourites through the fake Discord', () => {
  it('favourite from a card, list it, survive a restart, and stay private to the user', async () => {
    const card = fake.slash('ost', { query: 'Stay With Me' }, { user: 'alice' });
    await card.response();
    const message = card.original()!;
    const favId = customIdsOf(message).find((id) => id.startsWith('fav:1:s:'));
    expect(favId).toBeDefined();

    const click = await fake.clickButton(message.id, favId!, { user: 'alice' }).response();
    expect(click.accepted).toBe(true);
    expect((bodyOf(click).flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(visibleText(bodyOf(click))).toContain('Added');

    const listed = await listFor('alice');
    expect((listed.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(visibleText(listed)).toContain('Stay With Me');

    await bot!.stop();
    bot = await startTestBot(fake, storeUrl);

    expect(visibleText(await listFor('alice'))).toContain('Stay With Me');
    expect(visibleText(await listFor('bob'))).not.toContain('Stay With Me');

    const chart = bodyOf(await fake.slash('favourites chart', {}, { user: 'bob' }).response());
    expect(visibleText(chart)).toContain('Stay With Me');

    const again = await fake.clickButton(message.id, favId!, { user: 'alice' }).response();
    expect(visibleText(bodyOf(again))).toContain('Removed');
    expect(visibleText(await listFor('alice'))).not.toContain('Stay With Me');
  });

  it('a favourite saved under an id a data update renamed still lists, under the song it became', async () => {
    // 'andoeni-49-days-2011' was a song id before the titles were corrected (data/redirects.json)
    await bot!.stop();
    const stores = await createStores(storeUrl, createLogger('silent'));
    await stores.favourites.toggle(fake.guildId, defaultUsers().carol.id, { kind: 'song', id: 'andoeni-49-days-2011' }, Date.now());
    await stores.close();
    bot = await startTestBot(fake, storeUrl);
    expect(visibleText(await listFor('carol'))).toContain("Can't I");
  });

  it('another user cannot turn the pages of someone else’s list', async () => {
    const customId = `favs:1:${fake.users.alice.id}:all:2`;
    const messageId = await postMessageWithButton(fake, customId);
    const response = await fake.clickButton(messageId, customId, { user: 'bob' }).response();
    expect(response.accepted).toBe(true);
    expect(visibleText(bodyOf(response))).toContain('someone else');
  });

  it('Discord refused nothing and nothing could ping', () => {
    expect(fake.refusals).toEqual([]);
    expect(fake.mentionViolations).toEqual([]);
  });
});
