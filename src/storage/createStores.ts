import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import Keyv, { type KeyvStoreAdapter } from 'keyv';
import type { Stores } from '../core/ports.js';
import { GroupCommitSqlite } from './groupCommitSqlite.js';
import { KeyvFavouriteStore } from './keyvFavouriteStore.js';
import { KeyvScoreStore } from './keyvScoreStore.js';
import { KeyvSettingsStore } from './keyvSettingsStore.js';
import { Kv, type StorageLogger } from './kv.js';
import { createMemoryStores } from './memoryStores.js';

/** All keys live under this keyv namespace ("sori:score:<guild>:<user>", ...). */
export const KEYV_NAMESPACE = 'sori';

/** The default export of an optional @keyv adapter package: a class taking a URL or { uri }. */
type AdapterModule = { default: new (options: string | { uri: string }) => KeyvStoreAdapter };

const OPTIONAL_ADAPTERS: Record<string, { pkg: string; options: (url: string) => string | { uri: string } }> = {
  redis: { pkg: '@keyv/redis', options: (url) => url },
  rediss: { pkg: '@keyv/redis', options: (url) => url },
  postgres: { pkg: '@keyv/postgres', options: (url) => ({ uri: url }) },
  postgresql: { pkg: '@keyv/postgres', options: (url) => ({ uri: url }) },
  mongodb: { pkg: '@keyv/mongo', options: (url) => url },
  'mongodb+srv': { pkg: '@keyv/mongo', options: (url) => url },
  mysql: { pkg: '@keyv/mysql', options: (url) => ({ uri: url }) },
};

export interface SqliteOptions {
  /** "full" (default) fsyncs every commit, so an acknowledged write survives power loss; "normal" only a crash. */
  synchronous: 'full' | 'normal';
  busyTimeoutMs: number;
}

/** `sqlite://var/sori.sqlite` (relative) or `sqlite:///abs/path.sqlite`, with optional `?synchronous=normal&busyTimeout=5000`. */
export function parseSqliteUrl(url: string): { path: string } & SqliteOptions {
  const [location = '', query = ''] = url.replace(/^sqlite:\/\//, '').split('?', 2);
  if (location === '' || location === ':memory:') throw new Error(`STORE_URL ${url} names no file: use sqlite://var/sori.sqlite or memory:`);
  const params = new URLSearchParams(query);
  const synchronous = (params.get('synchronous') ?? 'full').toLowerCase();
  if (synchronous !== 'full' && synchronous !== 'normal') throw new Error(`STORE_URL: synchronous must be full or normal`);
  const busyTimeoutMs = Number(params.get('busyTimeout') ?? 5000);
  if (!Number.isInteger(busyTimeoutMs) || busyTimeoutMs < 0) throw new Error(`STORE_URL: busyTimeout must be milliseconds`);
  return { path: resolve(decodeURIComponent(location)), synchronous, busyTimeoutMs };
}

/**
 * Opens the SQLite file (making its folder) in WAL mode with a busy timeout, with group commit
 * (see GroupCommitSqlite); `plain: true` gives the stock @keyv/sqlite adapter (for benchmarks).
 */
export async function openSqlite(url: string, options: { plain?: boolean } = {}): Promise<KeyvSqlite> {
  const { path, synchronous, busyTimeoutMs } = parseSqliteUrl(url);
  await mkdir(dirname(path), { recursive: true });
  const Adapter = options.plain ? KeyvSqlite : GroupCommitSqlite;
  const store = new Adapter({ uri: `sqlite://${path}`, busyTimeout: busyTimeoutMs });
  // One connection, so these pragmas hold for every later query.
  await store.query(`PRAGMA busy_timeout = ${busyTimeoutMs}`);
  const [mode] = (await store.query('PRAGMA journal_mode = WAL')) as { journal_mode?: string }[];
  if (mode?.journal_mode !== 'wal') throw new Error(`SQLite refused WAL mode for ${path} (got ${String(mode?.journal_mode)})`);
  await store.query(`PRAGMA synchronous = ${synchronous.toUpperCase()}`);
  return store;
}

async function openAdapter(url: string): Promise<KeyvStoreAdapter> {
  const scheme = url.slice(0, Math.max(0, url.indexOf(':'))).toLowerCase();
  if (scheme === 'sqlite') return openSqlite(url);
  const adapter = OPTIONAL_ADAPTERS[scheme];
  if (!adapter) {
    throw new Error(`STORE_URL scheme "${scheme}:" is not supported: use sqlite://, redis://, rediss://, postgresql://, mongodb://, mysql:// or memory:`);
  }
  let mod: AdapterModule;
  try {
    // A variable specifier: these packages are optional and absent unless someone installs them.
    const specifier: string = adapter.pkg;
    mod = (await import(specifier)) as AdapterModule;
  } catch (error) {
    throw new Error(`STORE_URL uses ${scheme}:// but ${adapter.pkg} is not installed: run npm install ${adapter.pkg}`, { cause: error });
  }
  return new mod.default(adapter.options(url));
}

/** Stores over an open Keyv (tests use it with a Map-backed Keyv). */
export function createKeyvStores(keyv: Keyv, logger: StorageLogger): Stores {
  keyv.throwOnErrors = true;
  keyv.on('error', (error: unknown) => logger.error({ err: error }, 'storage: keyv adapter error'));
  const kv = new Kv(keyv, logger);
  const scores = new KeyvScoreStore(kv);
  const favourites = new KeyvFavouriteStore(kv);
  const settings = new KeyvSettingsStore(kv);
  let closing: Promise<void> | undefined;
  return {
    scores,
    favourites,
    settings,
    close: () =>
      (closing ??= (async () => {
        await Promise.all([scores.idle(), favourites.idle(), settings.idle()]);
        await kv.close();
      })()),
  };
}

/**
 * Opens the stores named by STORE_URL: `sqlite://path` (default), `redis://`, `rediss://`,
 * `postgres://`, `postgresql://`, `mongodb://`, `mysql://` (their @keyv packages are optional
 * installs), or `memory:` (nothing persisted).
 */
export async function createStores(storeUrl: string, logger: StorageLogger): Promise<Stores> {
  if (storeUrl.trim().toLowerCase() === 'memory:') return createMemoryStores();
  const store = await openAdapter(storeUrl.trim());
  return createKeyvStores(new Keyv({ store, namespace: KEYV_NAMESPACE, throwOnErrors: true }), logger);
}
