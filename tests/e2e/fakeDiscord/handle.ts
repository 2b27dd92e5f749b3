/** The handle a test gets back for each interaction it dispatches. */
import type { FakeContext } from './context.js';
import type { CallbackRecord, InteractionRecord, StoredMessage } from './store.js';
import { waitFor } from './wait.js';

const LOADING = 1 << 7;

export interface InteractionHandle {
  id: string;
  token: string;
  /** The INTERACTION_CREATE payload as dispatched. */
  payload: Record<string, unknown>;
  /** Resolves with the first callback attempt (accepted or refused). */
  response(timeoutMs?: number): Promise<CallbackRecord>;
  /** Every callback attempt so far. */
  readonly callbacks: CallbackRecord[];
  /** The original response message (after edits), if any. */
  original(): StoredMessage | undefined;
  followUps(): StoredMessage[];
  /** Waits until the original response matches `predicate` (default: exists and is not loading). */
  waitForOriginal(predicate?: (m: StoredMessage) => boolean, timeoutMs?: number): Promise<StoredMessage>;
  /** Waits for the n-th follow-up (1-based, default 1). */
  waitForFollowUp(n?: number, timeoutMs?: number): Promise<StoredMessage>;
}

export function makeHandle(ctx: FakeContext, record: InteractionRecord): InteractionHandle {
  const { store } = ctx;
  const original = (): StoredMessage | undefined => {
    const m = record.originalMessageId ? store.messages.get(record.originalMessageId) : undefined;
    return m && !m.deleted ? m : undefined;
  };
  const followUps = (): StoredMessage[] =>
    record.followUpIds.map((id) => store.messages.get(id)).filter((m): m is StoredMessage => m !== undefined && !m.deleted);
  return {
    id: record.id,
    token: record.token,
    payload: record.payload,
    callbacks: record.callbacks,
    response: (timeoutMs = 5000) => waitFor(store, () => record.callbacks[0], timeoutMs, `a response to interaction ${record.id}`),
    original,
    followUps,
    waitForOriginal: (predicate = (m) => (m.flags & LOADING) === 0, timeoutMs = 5000) =>
      waitFor(store, () => {
        const m = original();
        return m && predicate(m) ? m : undefined;
      }, timeoutMs, `the original response of interaction ${record.id}`),
    waitForFollowUp: (n = 1, timeoutMs = 5000) =>
      waitFor(store, () => followUps()[n - 1], timeoutMs, `follow-up #${n} of interaction ${record.id}`),
  };
}
