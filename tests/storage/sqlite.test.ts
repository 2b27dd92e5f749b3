import { describe, expect, it } from 'vitest';
import { createStores, parseSqliteUrl } from '../../src/storage/createStores.js';
import { tempSqlite } from '../helpers/stores.js';
import { storeContract } from './contract.js';

storeContract('SQLite file', async () => {
  const db = await tempSqlite();
  return { open: db.open, persistent: true, writeRaw: db.writeRaw, logs: db.logger.entries, cleanup: db.cleanup };
});

describe('SQLite setup', () => {
  it('opens the file in WAL mode with a busy timeout and full sync', async () => {
    const db = await tempSqlite();
    const { openSqlite } = await import('../../src/storage/createStores.js');
    const store = await openSqlite(db.url);
    try {
      expect(await store.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
      expect(await store.query('PRAGMA busy_timeout')).toEqual([{ timeout: 5000 }]);
      expect(await store.query('PRAGMA synchronous')).toEqual([{ synchronous: 2 }]);
    } finally {
      await store.disconnect();
      await db.cleanup();
    }
  });

  it('reads options from the URL', () => {
    expect(parseSqliteUrl('sqlite:///tmp/x/s.sqlite?synchronous=normal&busyTimeout=100')).toEqual({
      path: '/tmp/x/s.sqlite',
      synchronous: 'normal',
      busyTimeoutMs: 100,
    });
    expect(parseSqliteUrl('sqlite://var/sori.sqlite').path).toMatch(/\/var\/sori\.sqlite$/);
    expect(() => parseSqliteUrl('sqlite://')).toThrow(/names no file/);
  });
});

describe('createStores', () => {
  const logger = { warn: () => {}, error: () => {} };

  it('names the package to install for an adapter that is not installed', async () => {
    await expect(createStores('redis://localhost:6379', logger)).rejects.toThrow(/npm install @keyv\/redis/);
    await expect(createStores('postgresql://u@localhost/sori', logger)).rejects.toThrow(/@keyv\/postgres/);
  });

  it('refuses an unknown scheme and gives memory stores for memory:', async () => {
    await expect(createStores('ftp://x', logger)).rejects.toThrow(/not supported/);
    const stores = await createStores('memory:', logger);
    await stores.scores.addRoundResults('g1', [{ userId: 'u1', points: 1 }], 0);
    expect((await stores.scores.playerStats('g1', 'u1', 0)).points).toBe(1);
    await stores.close();
  });

  it('close() waits for writes already asked for', async () => {
    const db = await tempSqlite();
    let stores = await db.open();
    const writes = Array.from({ length: 50 }, (_, i) => stores.scores.addRoundResults('g1', [{ userId: `u${i}`, points: 1 }], 0));
    await stores.close();
    await Promise.all(writes);
    stores = await db.open();
    expect((await stores.scores.leaderboard('g1', { period: 'all', at: 0 })).totalPlayers).toBe(50);
    await stores.close();
    await db.cleanup();
  });
});
