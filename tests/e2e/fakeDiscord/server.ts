/** startFakeDiscord: one HTTP server on 127.0.0.1 serving REST (/api/v10) and the gateway (/gateway). */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleRest } from './rest.js';
import { FakeGateway, type IdentifyRecord } from './gateway.js';
import { Actors, type ActOptions, type InteractionHandle } from './interactions.js';
import type { FakeContext, FakeSettings } from './context.js';
import type { OptionInput } from './commandOptions.js';
import { defaultUsers, snowflake, type FakeUser, type World } from './payloads.js';
import { Store, type MentionViolation, type Refusal, type RequestRecord, type StoredMessage } from './store.js';
import { InteractionKind } from './validateCallback.js';
import { waitFor } from './wait.js';
import * as L from './limits.js';

export interface FakeDiscordOptions extends Partial<FakeSettings> {
  token?: string;
}

export interface FakeDiscord {
  /** Give this to discord.js as `rest: { api: apiUrl }` (it appends /v10). */
  apiUrl: string;
  gatewayUrl: string;
  token: string;
  applicationId: string;
  botUserId: string;
  guildId: string;
  channelId: string;
  /** alice and carol lack Manage Server; bob has it. */
  users: { alice: FakeUser; bob: FakeUser; carol: FakeUser };
  /** Live settings: change `settings.ackWindowMs` to shorten the 3 s window. */
  settings: FakeSettings;
  commands(scope?: 'global' | string): Record<string, unknown>[];
  slash(command: string, options?: OptionInput, opts?: ActOptions): InteractionHandle;
  autocomplete(command: string, focused: string, value: string, otherOptions?: OptionInput, opts?: ActOptions): InteractionHandle;
  clickButton(messageId: string, customId: string, opts?: ActOptions): InteractionHandle;
  selectMenu(messageId: string, customId: string, values: string[], opts?: ActOptions): InteractionHandle;
  submitModal(customId: string, fields: Record<string, string>, opts?: ActOptions): InteractionHandle;
  /** Every stored message (replies, follow-ups, channel posts), oldest first, deleted ones included. */
  readonly messages: StoredMessage[];
  message(id: string): StoredMessage | undefined;
  readonly refusals: Refusal[];
  readonly unknownRoutes: RequestRecord[];
  readonly requests: RequestRecord[];
  readonly mentionViolations: MentionViolation[];
  readonly identifies: IdentifyRecord[];
  /** Resolves with the n-th accepted IDENTIFY (1-based; default: the next one after this call). */
  waitForIdentify(n?: number, timeoutMs?: number): Promise<IdentifyRecord>;
  /** True when a logged-in client is connected to the gateway. */
  hasClient(): boolean;
  /** Closes client connections (a client will then try to resume). */
  disconnectClients(code?: number): void;
  /** Resolves when `probe` returns a value (re-checked after every change). */
  waitFor<T>(probe: () => T | undefined, timeoutMs?: number, what?: string): Promise<T>;
  close(): Promise<void>;
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const botUserId = '900000000000000001';
  const world: World = {
    botUser: { id: botUserId, username: 'Sori' },
    applicationId: botUserId,
    guildId: '800000000000000001',
    guildName: 'Fake Guild',
    channelId: '810000000000000001',
    channelName: 'general',
  };
  const settings: FakeSettings = {
    ackWindowMs: options.ackWindowMs ?? L.INTERACTION_ACK_WINDOW_MS,
    tokenLifetimeMs: options.tokenLifetimeMs ?? 15 * 60_000,
    allowedIntents: options.allowedIntents ?? 1,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
  };
  const token = options.token ?? `${Buffer.from(botUserId).toString('base64')}.${snowflake().slice(0, 6)}.fake-token`;
  const store = new Store(world);
  let port = 0;
  const ctx: FakeContext = { store, world, token, settings, gatewayUrl: () => `ws://127.0.0.1:${port}/gateway` };
  const gateway = new FakeGateway(ctx);
  const server = createServer((req, res) => {
    handleRest(ctx, req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ message: String(error), code: 0 }));
    });
  });
  server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://127.0.0.1').pathname === '/gateway') gateway.upgrade(req, socket, head);
    else socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  const users = defaultUsers();
  const actors = new Actors(ctx, gateway, users);

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    gatewayUrl: ctx.gatewayUrl(),
    token,
    applicationId: world.applicationId,
    botUserId,
    guildId: world.guildId,
    channelId: world.channelId,
    users,
    settings,
    commands: (scope = 'global') => store.commands.get(scope) ?? [],
    slash: (command, opts = {}, act = {}) => actors.command(InteractionKind.Command, command, opts, act),
    autocomplete: (command, focused, value, other = {}, act = {}) =>
      actors.command(InteractionKind.Autocomplete, command, other, act, { name: focused, value }),
    clickButton: (messageId, customId, act = {}) => actors.component(messageId, customId, [2], undefined, act),
    selectMenu: (messageId, customId, values, act = {}) => actors.component(messageId, customId, [3, 5, 6, 7, 8], values, act),
    submitModal: (customId, fields, act = {}) => actors.modal(customId, fields, act),
    get messages() {
      return [...store.messages.values()];
    },
    message: (id) => store.messages.get(id),
    refusals: store.refusals,
    unknownRoutes: store.unknownRoutes,
    requests: store.requests,
    mentionViolations: store.mentionViolations,
    identifies: gateway.identifies,
    waitForIdentify(n, timeoutMs = 10_000) {
      const accepted = () => gateway.identifies.filter((i) => i.accepted);
      const target = n ?? accepted().length + 1;
      return waitFor(store, () => accepted()[target - 1], timeoutMs, `IDENTIFY #${target}`);
    },
    hasClient: () => gateway.hasClient(),
    disconnectClients: (code) => gateway.disconnectAll(code),
    waitFor: (probe, timeoutMs = 5000, what = 'a condition') => waitFor(store, probe, timeoutMs, what),
    async close() {
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
