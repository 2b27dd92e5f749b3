/** What every route handler receives. */
import type { Refusal, Store } from './store.js';
import type { Reply } from './http.js';
import type { World } from './payloads.js';
import { isRecord } from './issues.js';
import { mentionProblem } from './validateMessage.js';

export interface FakeSettings {
  /** How long after dispatch the first callback is accepted (Discord: 3000 ms). */
  ackWindowMs: number;
  /** How long interaction tokens work for follow-ups and edits (Discord: 15 minutes). */
  tokenLifetimeMs: number;
  /** Intents a client may identify with (bit field); anything else closes the gateway with 4014. */
  allowedIntents: number;
  /** HELLO heartbeat interval. */
  heartbeatIntervalMs: number;
}

export interface RouteInput {
  method: string;
  path: string;
  params: string[];
  query: URLSearchParams;
  body: unknown;
}

export interface FakeContext {
  store: Store;
  world: World;
  token: string;
  settings: FakeSettings;
  gatewayUrl(): string;
}

/** Records a mention violation when a message-carrying payload could ping. */
export function checkMentions(ctx: FakeContext, input: RouteInput, body: unknown): void {
  if (!isRecord(body)) return;
  const problem = mentionProblem(body);
  if (problem === null) return;
  ctx.store.mentionViolations.push({ at: Date.now(), method: input.method, path: input.path, ...problem, body });
}

/** Stores the refusal carried by `reply` (once) and returns it. */
export function recordRefusal(ctx: FakeContext, input: RouteInput, reply: Reply, interactionId?: string): Refusal | undefined {
  if (!reply.refusal) return undefined;
  if (reply.recorded) return reply.recorded;
  const refusal: Refusal = {
    at: Date.now(),
    method: input.method,
    path: input.path,
    status: reply.status,
    ...reply.refusal,
    body: input.body,
    ...(interactionId ? { interactionId } : {}),
  };
  ctx.store.refusals.push(refusal);
  reply.recorded = refusal;
  ctx.store.changed();
  return refusal;
}
