import { Mutex } from 'async-mutex';

/**
 * Serialises work per key with one async-mutex per key (dropped when idle), so a
 * read-modify-write of a key never interleaves with another one of the same key.
 */
export class KeyedMutex {
  private readonly locks = new Map<string, { mutex: Mutex; users: number }>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    let lock = this.locks.get(key);
    if (!lock) {
      lock = { mutex: new Mutex(), users: 0 };
      this.locks.set(key, lock);
    }
    lock.users += 1;
    try {
      return await lock.mutex.runExclusive(work);
    } finally {
      lock.users -= 1;
      if (lock.users === 0) this.locks.delete(key);
    }
  }

  /** Resolves once every key is idle (used by close()). */
  async idle(): Promise<void> {
    while (this.locks.size > 0) {
      await Promise.all([...this.locks.values()].map((lock) => lock.mutex.waitForUnlock()));
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

/** One change to a value: gets the current value, returns the next one and the caller's answer. */
export type Change<V, T> = (current: V) => { next: V; result: T };

interface Batch<V> {
  changes: Change<V, unknown>[];
  settle: { resolve(value: unknown): void; reject(error: unknown): void }[];
}

/**
 * Group commit on top of KeyedMutex: changes to a key that arrive while its previous write is
 * in flight are applied together, in arrival order, and written once. Each caller's promise
 * resolves only after the write holding its change has resolved (i.e. is durable), or rejects
 * with it. 100 concurrent updates of one key therefore cost a couple of writes, not 100.
 */
export class CoalescingWriter {
  private readonly mutex = new KeyedMutex();
  private readonly waiting = new Map<string, unknown>();

  update<V, T>(key: string, change: Change<V, T>, commit: (apply: (current: V) => V) => Promise<void>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let batch = this.waiting.get(key) as Batch<V> | undefined;
      const fresh = !batch;
      if (!batch) {
        batch = { changes: [], settle: [] };
        this.waiting.set(key, batch);
      }
      batch.changes.push(change as Change<V, unknown>);
      batch.settle.push({ resolve: resolve as (value: unknown) => void, reject });
      if (fresh) void this.flush(key, batch, commit);
    });
  }

  private async flush<V>(key: string, batch: Batch<V>, commit: (apply: (current: V) => V) => Promise<void>): Promise<void> {
    await this.mutex.run(key, async () => {
      // From here on, new changes start the next batch.
      if (this.waiting.get(key) === batch) this.waiting.delete(key);
      const results: unknown[] = [];
      try {
        await commit((current) => {
          results.length = 0;
          let value = current;
          for (const change of batch.changes) {
            const { next, result } = change(value);
            value = next;
            results.push(result);
          }
          return value;
        });
        batch.settle.forEach((s, i) => s.resolve(results[i]));
      } catch (error) {
        batch.settle.forEach((s) => s.reject(error));
      }
    });
  }

  idle(): Promise<void> {
    return this.mutex.idle();
  }
}
