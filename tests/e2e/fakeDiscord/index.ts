export { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from './server.js';
export type { ActOptions, InteractionHandle } from './interactions.js';
export type { CallbackRecord, MentionViolation, Refusal, RequestRecord, StoredMessage } from './store.js';
export type { IdentifyRecord } from './gateway.js';
export type { FakeUser } from './payloads.js';
export type { OptionInput } from './commandOptions.js';
export * as limits from './limits.js';
