import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isoWeekKey, monthKey } from '../../src/core/ports.js';
import { SortedBoard } from '../../src/storage/board.js';
import { versionedCodec } from '../../src/storage/codec.js';
import { openSqlite } from '../../src/storage/createStores.js';
import { CoalescingWriter } from '../../src/storage/serial.js';
import { tempSqlite } from '../helpers/stores.js';

describe('periods', () => {
  it.each([
    ['2026-11-22T23:59:59Z', '2026-W47', '2026-11'], // a Sunday
    ['2026-11-23T00:00:00Z', '2026-W48', '2026-11'], // the Monday after
    ['2027-01-01T12:00:00Z', '2026-W53', '2027-01'], // a Friday still in the last ISO week of 2026
    ['2024-12-30T00:00:00Z', '2025-W01', '2024-12'], // a Monday already in ISO week 1 of 2025
    ['2021-01-03T10:00:00Z', '2020-W53', '2021-01'],
  ])('%s is in week %s and month %s (UTC)', (iso, week, month) => {
    expect(isoWeekKey(new Date(iso))).toBe(week);
    expect(isoWeekKey(Date.parse(iso))).toBe(week);
    expect(monthKey(new Date(iso))).toBe(month);
  });
});

describe('versioned values', () => {
  const codec = versionedCodec({
    name: 'thing',
    version: 2,
    schema: z.object({ v: z.literal(2), total: z.number() }),
    migrations: { 1: (old) => ({ total: Number(old.count) }) },
  });

  it('upgrades an old version and says so', () => {
    expect(codec.decode({ v: 1, count: 4 })).toEqual({ ok: true, value: { v: 2, total: 4 }, migratedFrom: 1 });
  });

  it('refuses values it cannot place', () => {
    expect(codec.decode({ v: 3, total: 1 })).toMatchObject({ ok: false });
    expect(codec.decode({ total: 1 })).toMatchObject({ ok: false, reason: 'thing: no migration from version 0' });
    expect(codec.decode([1])).toMatchObject({ ok: false });
    expect(codec.decode({ v: 2, total: 'x' })).toMatchObject({ ok: false });
  });
});

describe('sorted board', () => {
  it('ranks with ties and follows moves', () => {
    const board = SortedBoard.from([
      { userId: 'b', points: 5 },
      { userId: 'a', points: 5 },
      { userId: 'c', points: 9 },
    ]);
    expect(board.slice(0, 10)).toEqual([
      { rank: 1, userId: 'c', points: 9 },
      { rank: 2, userId: 'a', points: 5 },
      { rank: 2, userId: 'b', points: 5 },
    ]);
    board.set('b', 5, 10);
    board.set('d', undefined, 1);
    expect(board.slice(0, 10).map((e) => `${e.rank}${e.userId}`)).toEqual(['1b', '2c', '3a', '4d']);
    expect(board.rankOf(9)).toBe(2);
    expect(board.size).toBe(4);
  });
});

describe('coalescing writer', () => {
  it('applies queued changes in order and writes them together', async () => {
    const writer = new CoalescingWriter();
    let stored = 0;
    const writes: number[] = [];
    const commit = async (apply: (current: number) => number) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      stored = apply(stored);
      writes.push(stored);
    };
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => writer.update<number, number>('k', (n) => ({ next: n + i, result: n }), commit)));
    expect(stored).toBe(4950);
    expect(writes.length).toBeLessThanOrEqual(2);
    expect(results[99]).toBe(4950 - 99);
  });

  it('rejects every caller of a failed write and keeps going', async () => {
    const writer = new CoalescingWriter();
    let fail = true;
    const commit = async (apply: (current: number) => number) => {
      apply(0);
      if (fail) throw new Error('disk full');
    };
    const failed = await Promise.allSettled([1, 2].map(() => writer.update<number, void>('k', (n) => ({ next: n, result: undefined }), commit)));
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    await expect(writer.update<number, string>('k', (n) => ({ next: n, result: 'ok' }), commit)).resolves.toBe('ok');
  });
});

describe('SQLite group commit', () => {
  it('writes concurrent sets together, last one of a key winning, each resolved after its commit', async () => {
    const db = await tempSqlite();
    const store = await openSqlite(db.url);
    try {
      await Promise.all(Array.from({ length: 300 }, (_, i) => store.set(`k${i % 120}`, `v${i}`)));
      expect(await store.get('k0')).toBe('v240');
      expect(await store.get('k119')).toBe('v239');
      const [{ n }] = (await store.query('SELECT COUNT(*) AS n FROM keyv')) as [{ n: number }];
      expect(n).toBe(120);
    } finally {
      await store.disconnect();
      await db.cleanup();
    }
  });

  it('rejects the sets of a statement that fails', async () => {
    const db = await tempSqlite();
    const store = await openSqlite(db.url);
    try {
      await store.query('CREATE TRIGGER no_bad BEFORE INSERT ON keyv WHEN NEW.key = \'bad\' BEGIN SELECT RAISE(ABORT, \'refused\'); END');
      const results = await Promise.allSettled([store.set('a', '1'), store.set('bad', '2')]);
      expect(results.some((r) => r.status === 'rejected')).toBe(true);
      await expect(store.set('c', '3')).resolves.toBeUndefined();
      expect(await store.get('c')).toBe('3');
    } finally {
      await store.disconnect();
      await db.cleanup();
    }
  });
});
