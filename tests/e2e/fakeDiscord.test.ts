import { once } from 'node:events';
import { createInflate } from 'node:zlib';
import { WebSocket } from 'ws';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ButtonStyle, Client, ComponentType, DiscordAPIError, Events, GatewayIntentBits, MessageFlags, REST, Routes,
  TextInputStyle, type Interaction,
} from 'discord.js';
import { startFakeDiscord, type FakeDiscord } from './fakeDiscord/index.js';

type Handler = (interaction: Interaction) => Promise<void>;

/** A tiny discord.js bot for these tests: every interaction goes to the current `handler`. */
async function startClient(fake: FakeDiscord, state: { handler: Handler; errors: unknown[] }, quiet = true): Promise<Client> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: fake.apiUrl },
    ...(quiet ? { allowedMentions: { parse: [] } } : {}),
  });
  client.on(Events.InteractionCreate, (interaction) => {
    state.handler(interaction).catch((error: unknown) => state.errors.push(error));
  });
  const ready = once(client, Events.ClientReady);
  await client.login(fake.token);
  await ready;
  return client;
}

const nothing: Handler = async () => {};
const row = (components: unknown[]) => ({ type: 1, components });
const button = (customId: string) => ({ type: 2, style: 1, label: 'b', custom_id: customId });
const select = (n: number) => ({
  type: 3, custom_id: 's', options: Array.from({ length: n }, (_, k) => ({ label: `o${k}`, value: `v${k}` })),
});

describe('fake Discord with a real discord.js client', () => {
  let fake: FakeDiscord;
  let client: Client;
  const state = { handler: nothing, errors: [] as unknown[] };

  beforeAll(async () => {
    fake = await startFakeDiscord();
    client = await startClient(fake, state);
  });
  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
  });
  afterEach(() => {
    state.handler = nothing;
    state.errors.length = 0;
    fake.settings.ackWindowMs = 3000;
  });

  it('logs in over the gateway with the Guilds intent only and sees the guild and its channel', () => {
    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0]).toMatchObject({ intents: GatewayIntentBits.Guilds, accepted: true });
    expect(client.user?.id).toBe(fake.botUserId);
    expect(client.application?.id).toBe(fake.applicationId);
    const guild = client.guilds.cache.get(fake.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.get(fake.channelId)?.isTextBased()).toBe(true);
  });

  it('delivers a slash command and records the reply', async () => {
    state.handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply({ content: `hello ${i.options.getString('name') ?? '?'}`, allowedMentions: { parse: [] } });
    };
    const handle = fake.slash('greet', { name: 'Alice' });
    const response = await handle.response();
    expect(response).toMatchObject({ type: 4, accepted: true, data: { content: 'hello Alice' } });
    expect(handle.original()?.content).toBe('hello Alice');
    expect(fake.mentionViolations).toHaveLength(0);
    expect(state.errors).toEqual([]);
  });

  it('gives the command the member, permissions, guild and channel of the acting user', async () => {
    const seen: unknown[] = [];
    state.handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      seen.push([i.user.id, i.guildId, i.channelId, i.memberPermissions?.has('ManageGuild'), i.locale]);
      await i.reply({ content: 'ok', flags: MessageFlags.Ephemeral });
    };
    await fake.slash('whoami', {}, { user: 'alice' }).response();
    await fake.slash('whoami', {}, { user: 'bob' }).response();
    expect(seen).toEqual([
      [fake.users.alice.id, fake.guildId, fake.channelId, false, 'en-US'],
      [fake.users.bob.id, fake.guildId, fake.channelId, true, 'en-US'],
    ]);
    expect(fake.messages.at(-1)?.flags).toBe(MessageFlags.Ephemeral);
  });

  it('accepts a deferred reply and then the edited reply', async () => {
    state.handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      await sleep(20);
      await i.editReply({ content: 'done after a while' });
    };
    const handle = fake.slash('slow');
    expect(await handle.response()).toMatchObject({ type: 5, accepted: true });
    const original = await handle.waitForOriginal();
    expect(original.content).toBe('done after a while');
    expect(original.history).toHaveLength(2);
    expect(state.errors).toEqual([]);
  });

  it('refuses a first response after the acknowledgement window with 10062', async () => {
    fake.settings.ackWindowMs = 50;
    state.handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      await sleep(120);
      await i.reply({ content: 'too late', allowedMentions: { parse: [] } });
    };
    const handle = fake.slash('late');
    const response = await handle.response();
    expect(response.accepted).toBe(false);
    expect(response.refusal).toMatchObject({ status: 404, code: 10062 });
    await fake.waitFor(() => state.errors[0]);
    expect(state.errors[0]).toBeInstanceOf(DiscordAPIError);
    expect((state.errors[0] as DiscordAPIError).code).toBe(10062);
  });

  it('refuses a second response to the same interaction with 40060', async () => {
    state.handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply({ content: 'first' });
      // discord.js guards against a second reply itself, so send the raw callback.
      await i.client.rest.post(Routes.interactionCallback(i.id, i.token), {
        body: { type: 4, data: { content: 'second', allowed_mentions: { parse: [] } } },
        auth: false,
      });
    };
    const handle = fake.slash('twice');
    await fake.waitFor(() => state.errors[0]);
    expect((state.errors[0] as DiscordAPIError).code).toBe(40060);
    expect(handle.callbacks.map((c) => c.accepted)).toEqual([true, false]);
    expect(fake.refusals.at(-1)).toMatchObject({ status: 400, code: 40060, interactionId: handle.id });
  });

  it('refuses an embed over Discord\'s limits with 50035 and the failing field', async () => {
    state.handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply({ embeds: [{ title: 'ok', description: 'x'.repeat(4097) }] });
    };
    const response = await fake.slash('big').response();
    expect(response.refusal).toMatchObject({ status: 400, code: 50035 });
    expect(response.refusal?.errors).toEqual({
      data: { embeds: { 0: { description: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 4096 or fewer in length.' }] } } } },
    });
  });

  it('refuses 6 embeds of 1100 characters for the 6000-character total', async () => {
    state.handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply({ embeds: Array.from({ length: 6 }, () => ({ description: 'y'.repeat(1100) })) });
    };
    const response = await fake.slash('many').response();
    expect(response.refusal?.errors).toMatchObject({ data: { embeds: { _errors: [{ code: 'MAX_EMBED_SIZE_EXCEEDED' }] } } });
  });

  it('refuses an autocomplete answer with 26 choices', async () => {
    state.handler = async (i) => {
      if (!i.isAutocomplete()) return;
      const typed = i.options.getFocused();
      await i.respond(Array.from({ length: 26 }, (_, n) => ({ name: `${typed} ${n}`, value: `id-${n}` })));
    };
    const handle = fake.autocomplete('ost', 'query', '눈물');
    const response = await handle.response();
    expect(response.type).toBe(8);
    expect(response.refusal).toMatchObject({ code: 50035, errors: { data: { choices: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } });
    expect(handle.payload.data).toMatchObject({ name: 'ost', options: [{ name: 'query', value: '눈물', focused: true }] });
  });

  it('records a reply without allowed_mentions as a mention violation', async () => {
    const loud = { handler: nothing as Handler, errors: [] as unknown[] };
    const loudClient = await startClient(fake, loud, false);
    try {
      loud.handler = async (i) => {
        if (i.isChatInputCommand()) await i.reply({ content: `hi <@${i.user.id}> and @everyone` });
      };
      const before = fake.mentionViolations.length;
      await fake.slash('ping').response();
      expect(fake.mentionViolations.slice(before)).toEqual([
        expect.objectContaining({ reason: 'allowed_mentions is missing', wouldPing: true }),
      ]);
      loud.handler = async (i) => {
        if (i.isChatInputCommand()) await i.reply({ content: 'no pings here' });
      };
      await fake.slash('quiet').response();
      expect(fake.mentionViolations.at(-1)).toMatchObject({ reason: 'allowed_mentions is missing', wouldPing: false });
    } finally {
      await loudClient.destroy();
    }
  });

  it('lets a user click a button on a reply, and the update edits that message', async () => {
    state.handler = async (i) => {
      if (i.isChatInputCommand()) {
        await i.reply({
          content: 'pick',
          components: [{ type: ComponentType.ActionRow, components: [
            { type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: 'demo:1:yes', label: 'Yes' },
          ] }],
        });
      } else if (i.isButton()) {
        await i.update({ content: `${i.user.username} chose ${i.customId}`, components: [] });
      }
    };
    const command = fake.slash('pick');
    const reply = await command.waitForOriginal();
    const click = fake.clickButton(reply.id, 'demo:1:yes', { user: 'bob' });
    expect(await click.response()).toMatchObject({ type: 7, accepted: true });
    expect(fake.message(reply.id)).toMatchObject({ content: 'bob chose demo:1:yes', components: [] });
    expect(() => fake.clickButton(reply.id, 'demo:1:yes')).toThrow(/no button/);
  });

  it('shows a modal and delivers its submission', async () => {
    state.handler = async (i) => {
      if (i.isChatInputCommand()) {
        await i.showModal({
          custom_id: 'guess:1', title: 'Your guess',
          components: [{ type: ComponentType.ActionRow, components: [
            { type: ComponentType.TextInput, custom_id: 'answer', label: 'Song', style: TextInputStyle.Short },
          ] }],
        });
      } else if (i.isModalSubmit()) {
        await i.reply({ content: `you said ${i.fields.getTextInputValue('answer')}` });
      }
    };
    expect(await fake.slash('guess').response()).toMatchObject({ type: 9 });
    const submit = fake.submitModal('guess:1', { answer: 'Stay With Me' });
    expect(await submit.response()).toMatchObject({ type: 4, data: { content: 'you said Stay With Me' } });
  });

  it('stores follow-ups and lets a select menu be used', async () => {
    state.handler = async (i) => {
      if (i.isChatInputCommand()) {
        await i.reply({ content: 'first' });
        await i.followUp({
          content: 'choose',
          components: [{ type: ComponentType.ActionRow, components: [{
            type: ComponentType.StringSelect, custom_id: 'menu', options: [{ label: 'A', value: 'a' }, { label: 'B', value: 'b' }],
          }] }],
        });
      } else if (i.isStringSelectMenu()) {
        await i.reply({ content: `picked ${i.values.join(',')}`, flags: MessageFlags.Ephemeral });
      }
    };
    const command = fake.slash('menu');
    const followUp = await command.waitForFollowUp();
    const select = fake.selectMenu(followUp.id, 'menu', ['b']);
    expect(await select.response()).toMatchObject({ data: { content: 'picked b' } });
    expect(() => fake.selectMenu(followUp.id, 'menu', ['z'])).toThrow(/no option "z"/);
  });

  it('stores registered commands and checks slash options against them', async () => {
    const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
    await rest.put(Routes.applicationCommands(fake.applicationId), {
      body: [{ name: 'quiz', description: 'Play', options: [
        { type: 1, name: 'start', description: 'Start', options: [{ type: 4, name: 'rounds', description: 'Rounds', required: true }] },
      ] }],
    });
    expect(fake.commands().map((c) => c.name)).toEqual(['quiz']);
    const seen: unknown[] = [];
    state.handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      seen.push([i.commandId, i.options.getSubcommand(false), i.options.getInteger('rounds')]);
      await i.reply({ content: 'ok' });
    };
    await fake.slash('quiz start', { rounds: 5 }).response();
    expect(seen).toEqual([[fake.commands()[0]?.id, 'start', 5]]);
    expect(() => fake.slash('quiz start', {})).toThrow(/requires option "rounds"/);
    await rest.put(Routes.applicationGuildCommands(fake.applicationId, fake.guildId), {
      body: [{ name: 'settings', description: 'Server settings', default_member_permissions: '32' }],
    });
    expect(() => fake.slash('settings', {}, { user: 'alice' })).toThrow(/cannot see \/settings/);
    await fake.slash('settings', {}, { user: 'bob' }).response();
    await fake.slash('settings', {}, { user: 'alice', force: true }).response();
    expect(fake.commands(fake.guildId)[0]).toMatchObject({ guild_id: fake.guildId, default_member_permissions: '32' });
    await expect(rest.put(Routes.applicationCommands(fake.applicationId), { body: [{ name: 'Bad Name', description: '' }] }))
      .rejects.toMatchObject({ code: 50035 });
  });

  it('returns the callback resource when discord.js asks with_response=true', async () => {
    let messageId: string | undefined;
    state.handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      const response = await i.reply({ content: 'with response', withResponse: true });
      messageId = response.resource?.message?.id;
    };
    const handle = fake.slash('resp');
    await fake.waitFor(() => messageId);
    expect(messageId).toBe(handle.original()?.id);
    expect(fake.requests.some((r) => r.query === '?with_response=true')).toBe(true);
  });

  it('turns the first follow-up after a deferred reply into that reply, keeping its ephemerality', async () => {
    state.handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      await i.followUp({ content: 'result' });
      await i.followUp({ content: 'extra' });
    };
    const handle = fake.slash('defer-follow');
    const extra = await handle.waitForFollowUp(1);
    expect(extra.content).toBe('extra');
    expect(handle.original()).toMatchObject({ content: 'result', flags: MessageFlags.Ephemeral });
  });

  const tooBig: [string, Record<string, unknown>, string][] = [
    ['content over 2000', { content: 'a'.repeat(2001) }, 'content'],
    ['11 embeds', { embeds: Array.from({ length: 11 }, () => ({ title: 't' })) }, 'embeds'],
    ['embed title 257', { embeds: [{ title: 't'.repeat(257) }] }, 'embeds.0.title'],
    ['26 fields', { embeds: [{ fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })) }] }, 'embeds.0.fields'],
    ['field name 257', { embeds: [{ fields: [{ name: 'n'.repeat(257), value: 'v' }] }] }, 'embeds.0.fields.0.name'],
    ['field value 1025', { embeds: [{ fields: [{ name: 'n', value: 'v'.repeat(1025) }] }] }, 'embeds.0.fields.0.value'],
    ['footer 2049', { embeds: [{ footer: { text: 'f'.repeat(2049) } }] }, 'embeds.0.footer.text'],
    ['author 257', { embeds: [{ author: { name: 'a'.repeat(257) } }] }, 'embeds.0.author.name'],
    ['6 action rows', { components: Array.from({ length: 6 }, (_, r) => row([button(`b${r}`)])) }, 'components'],
    ['6 buttons in a row', { components: [row(Array.from({ length: 6 }, (_, b) => button(`b${b}`)))] }, 'components.0.components'],
    ['button label 81', { components: [row([{ ...button('x'), label: 'l'.repeat(81) }])] }, 'components.0.components.0.label'],
    ['custom_id 101', { components: [row([button('c'.repeat(101))])] }, 'components.0.components.0.custom_id'],
    ['empty custom_id', { components: [row([button('')])] }, 'components.0.components.0.custom_id'],
    ['26 select options', { components: [row([select(26)])] }, 'components.0.components.0.options'],
    ['option label 101', { components: [row([{ ...select(1), options: [{ label: 'l'.repeat(101), value: 'v' }] }])] }, 'components.0.components.0.options.0.label'],
    ['placeholder 151', { components: [row([{ ...select(1), placeholder: 'p'.repeat(151) }])] }, 'components.0.components.0.placeholder'],
  ];
  it.each(tooBig)('refuses a channel message with %s (50035 at %s)', async (_name, body, path) => {
    const res = await fetch(`${fake.apiUrl}/v10/channels/${fake.channelId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bot ${fake.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, allowed_mentions: { parse: [] } }),
    });
    expect(res.status).toBe(400);
    const error = (await res.json()) as { code: number; errors: Record<string, unknown> };
    expect(error.code).toBe(50035);
    const node = path.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], error.errors);
    expect(node).toHaveProperty('_errors');
  });

  it('refuses a modal whose title is over 45 characters', async () => {
    state.handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.showModal({
        custom_id: 'm', title: 'T'.repeat(46),
        components: [{ type: ComponentType.ActionRow, components: [
          { type: ComponentType.TextInput, custom_id: 'a', label: 'A', style: TextInputStyle.Short },
        ] }],
      });
    };
    const response = await fake.slash('modal').response();
    expect(response.refusal?.errors).toMatchObject({ data: { title: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } });
  });

  it('answers unknown routes with a 404 and records them; bot routes need the token', async () => {
    const base = `${fake.apiUrl}/v10`;
    const unknown = await fetch(`${base}/nope`, { headers: { authorization: `Bot ${fake.token}` } });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ message: '404: Not Found', code: 0 });
    expect(fake.unknownRoutes.at(-1)).toMatchObject({ method: 'GET', path: '/nope' });
    const noAuth = await fetch(`${base}/users/@me`);
    expect(noAuth.status).toBe(401);
  });
});

describe('restarting the bot', () => {
  it('accepts a new client after the first one disconnects', async () => {
    const fake = await startFakeDiscord();
    const state = { handler: (async (i: Interaction) => {
      if (i.isChatInputCommand()) await i.reply({ content: 'from the second client' });
    }) as Handler, errors: [] as unknown[] };
    try {
      const first = await startClient(fake, { handler: nothing, errors: [] });
      await first.destroy();
      await fake.waitFor(() => (fake.hasClient() ? undefined : true));
      const second = await startClient(fake, state);
      try {
        expect(fake.identifies.filter((i) => i.accepted)).toHaveLength(2);
        const response = await fake.slash('hello').response();
        expect(response).toMatchObject({ type: 4, data: { content: 'from the second client' } });
      } finally {
        await second.destroy();
      }
    } finally {
      await fake.close();
    }
  });

  it('closes the gateway with 4014 when a client asks for more than the Guilds intent', async () => {
    const fake = await startFakeDiscord();
    const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages], rest: { api: fake.apiUrl } });
    try {
      await expect(client.login(fake.token)).rejects.toThrow(/disallowed intents/i);
      expect(fake.identifies[0]).toMatchObject({ accepted: false, closeCode: 4014, intents: 513 });
    } finally {
      await client.destroy();
      await fake.close();
    }
  });

  it('lets a disconnected client resume its session and keep receiving interactions', async () => {
    const fake = await startFakeDiscord({ heartbeatIntervalMs: 50 });
    const state = { handler: (async (i: Interaction) => {
      if (i.isChatInputCommand()) await i.reply({ content: 'still here' });
    }) as Handler, errors: [] as unknown[] };
    const client = await startClient(fake, state);
    try {
      await fake.waitFor(() => (client.ws.ping >= 0 ? true : undefined), 2000, 'a heartbeat ACK');
      const resumed = once(client, Events.ShardResume);
      fake.disconnectClients(4000);
      await resumed;
      expect(fake.identifies).toHaveLength(1);
      expect(await fake.slash('hello').response()).toMatchObject({ data: { content: 'still here' } });
    } finally {
      await client.destroy();
      await fake.close();
    }
  });

  it('speaks zlib-stream when a client asks for it', async () => {
    const fake = await startFakeDiscord();
    const socket = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json&compress=zlib-stream`);
    const inflate = createInflate();
    try {
      socket.on('message', (data: Buffer) => inflate.write(data));
      const [chunk] = (await once(inflate, 'data')) as [Buffer];
      expect(JSON.parse(chunk.toString())).toMatchObject({ op: 10, d: { heartbeat_interval: 41250 } });
    } finally {
      socket.close();
      inflate.close();
      await fake.close();
    }
  });
});
