import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Stores } from '../../src/core/ports.js';
import { createStores, openSqlite, KEYV_NAMESPACE } from '../../src/storage/createStores.js';
import type { StorageLogger } from '../../src/storage/kv.js';
import { createMemoryStores } from '../../src/storage/memoryStores.js';

export { createMemoryStores };

export interface LogEntry {
  level: 'warn' | 'error';
  obj: object;
  msg: string;
}

/** A logger that remembers what it was told, for assertions (and says nothing). */
export function recordingLogger(): StorageLogger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  return {
    entries,
    warn: (obj, msg) => entries.push({ level: 'warn', obj, msg }),
    error: (obj, msg) => entries.push({ level: 'error', obj, msg }),
  };
}

export interface TempSqlite {
  dir: string;
  url: string;
  logger: ReturnType<typeof recordingLogger>;
  open(): Promise<Stores>;
  /** Writes raw text under a storage key, bypassing the stores (to plant a corrupt value). */
  writeRaw(key: string, text: string): Promise<void>;
  readRaw(key: string): Promise<string | undefined>;
  cleanup(): Promise<void>;
}

/** A fresh SQLite file in a temp folder; open() may be called again after close() to reopen it. */
export async function tempSqlite(): Promise<TempSqlite> {
  const dir = await mkdtemp(join(tmpdir(), 'sori-store-'));
  const url = `sqlite://${join(dir, 'db', 'sori.sqlite')}`;
  const logger = recordingLogger();
  const raw = async <T>(work: (store: Awaited<ReturnType<typeof openSqlite>>) => Promise<T>): Promise<T> => {
    const store = await openSqlite(url);
    try {
      return await work(store);
    } finally {
      await store.disconnect();
    }
  };
  return {
    dir,
    url,
    logger,
    open: () => createStores(url, logger),
    writeRaw: (key, text) => raw(async (store) => void (await store.set(`${KEYV_NAMESPACE}:${key}`, text))),
    readRaw: (key) => raw(async (store) => (await store.get<string>(`${KEYV_NAMESPACE}:${key}`)) as string | undefined),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
