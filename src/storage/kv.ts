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
 */
export class Kv {
  constructor(
    private readonly keyv: Keyv,
    private readonly logger: StorageLogger,
  ) {}

  async read<T>(key: string, codec: Codec<T>): Promise<T | undefined> {
    let raw: unknown;
    try {
      raw = await this.keyv.get(key);
    } catch (error) {
      return this.unreadable(key, codec, error);
    }
    return this.decode(key, raw, codec);
  }

  /** Reads many keys (chunked); one unreadable value does not spoil the others. */
  async readMany<T>(keys: readonly string[], codec: Codec<T>): Promise<(T | undefined)[]> {
    const out: (T | undefined)[] = [];
    for (let start = 0; start < keys.length; start += READ_CHUNK) {
      const chunk = keys.slice(start, start + READ_CHUNK);
      let raws: unknown[];
      try {
        // Without an adapter getMany, keyv reads keys one by one and turns unreadable ones
        // into silent misses: read them ourselves so each one is checked.
        if (typeof (this.keyv.store as { getMany?: unknown }).getMany !== 'function') throw new Error('no getMany');
        raws = await this.keyv.getMany(chunk);
      } catch {
        out.push(...(await Promise.all(chunk.map((key) => this.read(key, codec)))));
        continue;
      }
      for (const [index, key] of chunk.entries()) out.push(await this.decode(key, raws[index], codec));
    }
    return out;
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

  private async unreadable<T>(key: string, codec: Codec<T>, error: unknown): Promise<undefined> {
    // keyv.get throws both on storage errors and on text it cannot deserialize: tell them apart.
    const store = this.keyv.store as { get(key: string): Promise<unknown> };
    const prefixed = this.keyv.namespace ? `${this.keyv.namespace}:${key}` : key;
    const raw = await store.get(prefixed);
    const reason = `${codec.name}: unreadable (${error instanceof Error ? error.message : String(error)})`;
    await this.quarantine(key, raw, reason);
    this.logger.error({ key, reason }, 'storage: replaced a corrupt value by the default');
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
