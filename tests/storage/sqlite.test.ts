import { describe, expect, it } from 'vitest';
import { parseSqliteUrl } from '../../src/storage/createStores.js';
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
