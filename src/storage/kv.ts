import type Keyv from 'keyv';
import type { Codec } from './codec.js';

/** What the stores log through (pino's Logger fits). */
export interface StorageLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

const READ_CHUNK = 500;

/**
 * Typed, validated access to a Keyv instance. Reads decode through a codec: a value that cannot
 * be parsed or validated is logged, copied to a `quarantine:` key for a human, and read as
 * missing (the caller then uses its default). Storage errors (I/O, connection) are not
 * corruption: they propagate. Writes resolve only once the adapter's set resolved.
 * The stores never set TTLs, so keyv's expiry field is ignored.
 */
export class Kv {
  constructor(
    private readonly keyv: Keyv,
    private readonly logger: StorageLogger,
  ) {}

  async read<T>(key: string, codec: Codec<T>): Promise<T | undefined> {
    const raw = await this.store.get(this.prefixed(key));
    return this.decode(key, await this.unwrap(key, raw, codec), codec);
  }

  /** Reads many keys (chunked); one unreadable value does not spoil the others. */
  async readMany<T>(keys: readonly string[], codec: Codec<T>): Promise<(T | undefined)[]> {
    const out: (T | undefined)[] = [];
    for (let start = 0; start < keys.length; start += READ_CHUNK) {
      const chunk = keys.slice(start, start + READ_CHUNK);
      const raws = this.store.getMany
        ? await this.store.getMany(chunk.map((key) => this.prefixed(key)))
        : await Promise.all(chunk.map((key) => this.store.get(this.prefixed(key))));
      for (const [index, key] of chunk.entries()) out.push(await this.decode(key, await this.unwrap(key, raws[index], codec), codec));
    }
    return out;
  }

  private get store(): { get(key: string): Promise<unknown>; getMany?(keys: string[]): Promise<unknown[]> } {
    return this.keyv.store as { get(key: string): Promise<unknown>; getMany?(keys: string[]): Promise<unknown[]> };
  }

  /** The adapter key keyv itself uses for `key`. */
  private prefixed(key: string): string {
    return this.keyv.useKeyPrefix && this.keyv.namespace ? `${this.keyv.namespace}:${key}` : key;
  }

  /**
   * Reads go to the adapter directly, then through keyv's own deserializer: keyv.get would
   * throw the same way for a storage error and for text it cannot parse, and keyv.getMany
   * without an adapter getMany turns both into silent misses. Here a storage error propagates
   * and only unparseable text counts as corrupt.
   */
  private async unwrap<T>(key: string, raw: unknown, codec: Codec<T>): Promise<unknown> {
    if (raw === undefined || raw === null) return undefined;
    let data: unknown;
    try {
      data = typeof raw === 'string' ? await this.keyv.deserializeData(raw) : raw;
    } catch (error) {
      const reason = `${codec.name}: unreadable (${error instanceof Error ? error.message : String(error)})`;
      await this.quarantine(key, raw, reason);
      this.logger.error({ key, reason }, 'storage: replaced a corrupt value by the default');
      return undefined;
    }
    if (typeof data !== 'object' || data === null || !('value' in data)) {
      return data === undefined || data === null ? undefined : { notAKeyvEnvelope: data };
    }
    return (data as { value: unknown }).value;
  }

  async write(key: string, value: unknown): Promise<void> {
    const ok = await this.keyv.set(key, value);
    if (ok === false) throw new Error(`storage write failed for ${key}`);
  }

  private async decode<T>(key: string, raw: unknown, codec: Codec<T>): Promise<T | undefined> {
    if (raw === undefined || raw === null) return undefined;
    const decoded = codec.decode(raw);
    if (decoded.ok) {
      if (decoded.migratedFrom !== undefined) {
        this.logger.warn({ key, from: decoded.migratedFrom, to: codec.version }, 'storage: migrated an old value');
      }
      if (decoded.repaired !== undefined) {
        await this.quarantine(key, raw, decoded.repaired);
        this.logger.warn({ key, reason: decoded.repaired }, 'storage: repaired an invalid value');
      }
      return decoded.value;
    }
    await this.quarantine(key, raw, decoded.reason);
    this.logger.error({ key, reason: decoded.reason }, 'storage: replaced a corrupt value by the default');
    return undefined;
  }

  private async quarantine(key: string, raw: unknown, reason: string): Promise<void> {
    try {
      await this.write(`quarantine:${key}:${Date.now()}`, { v: 1, key, reason, raw: typeof raw === 'string' ? raw : JSON.stringify(raw) });
    } catch (error) {
      this.logger.error({ key, err: error }, 'storage: could not keep a copy of a corrupt value');
    }
  }

  async close(): Promise<void> {
    await this.keyv.disconnect();
  }
}
