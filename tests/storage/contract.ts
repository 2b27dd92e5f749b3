import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FAVOURITES, type Stores } from '../../src/core/ports.js';
import { rosterBucket } from '../../src/storage/guildCollection.js';
import type { LogEntry } from '../helpers/stores.js';

/** What a store implementation gives the shared contract suite. */
export interface ContractHarness {
  open(): Promise<Stores>;
  /** True when close() then open() finds the data again. */
  persistent: boolean;
  /** Plants raw text under a storage key (keyv-backed stores only). */
  writeRaw?(key: string, text: string): Promise<void>;
  logs?: LogEntry[];
  cleanup(): Promise<void>;
}

const SUNDAY = Date.UTC(2026, 10, 22, 23, 59); // 2026-W47, 2026-11
const MONDAY = Date.UTC(2026, 10, 23, 0, 1); // 2026-W48, 2026-11
const DECEMBER = Date.UTC(2026, 11, 1, 12); // 2026-W49, 2026-12
const G = 'g1';
const song = (id: string) => ({ kind: 'song' as const, id });

export function storeContract(name: string, makeHarness: () => Promise<ContractHarness>): void {
  describe(`${name} stores (contract)`, () => {
    let harness: ContractHarness;
    let stores: Stores;
    beforeEach(async () => {
      harness = await makeHarness();
      stores = await harness.open();
    });
    afterEach(async () => {
      await stores.close();
      await harness.cleanup();
    });
    const reopen = async () => {
      await stores.close();
      stores = await harness.open();
    };

    describe('scores', () => {
      it('a server nobody played in has an empty board and zero stats', async () => {
        const board = await stores.scores.leaderboard(G, { period: 'all', at: SUNDAY });
        expect(board).toMatchObject({ totalPlayers: 0, totalPages: 1, page: 1, entries: [] });
        const stats = await stores.scores.playerStats(G, 'u1', SUNDAY);
        expect(stats).toMatchObject({ points: 0, games: 0, rank: null, periodPoints: { week: 0, month: 0 } });
        expect(stats.periods.week).toEqual({ periodKey: '2026-W47', points: 0, rank: null });
      });

      it('round results add up points, answers, games and the best streak', async () => {
        await stores.scores.addRoundResults(G, [{ userId: 'u1', points: 3, answered: 1, correct: 1, streak: 4 }], SUNDAY);
        await stores.scores.addRoundResults(G, [{ userId: 'u1', points: 2, answered: 1, correct: 1, streak: 2 }], SUNDAY);
        await stores.scores.addRoundResults(G, [{ userId: 'u1', points: 0, answered: 1 }], SUNDAY);
        await stores.scores.recordGame(G, ['u1'], SUNDAY);
        const stats = await stores.scores.playerStats(G, 'u1', SUNDAY);
        expect(stats).toMatchObject({ userId: 'u1', points: 5, answered: 3, correct: 2, games: 1, bestStreak: 4, rank: 1 });
        expect(stats.periodPoints).toEqual({ week: 5, month: 5 });
      });

      it('two deltas of one player in one call both count', async () => {
        await stores.scores.addRoundResults(G, [{ userId: 'u1', points: 3 }, { userId: 'u1', points: 4, games: 1 }], SUNDAY);
        expect(await stores.scores.playerStats(G, 'u1', SUNDAY)).toMatchObject({ points: 7, games: 1 });
      });

      it('the leaderboard sorts by points, tied players share a rank and list by user id', async () => {
        await stores.scores.addRoundResults(
          G,
          [
            { userId: 'u3', points: 5 },
            { userId: 'u1', points: 9 },
            { userId: 'u4', points: 5 },
            { userId: 'u2', points: 1 },
          ],
          SUNDAY,
        );
        const board = await stores.scores.leaderboard(G, { period: 'all', at: SUNDAY, page: 1, pageSize: 10 });
        expect(board.entries).toEqual([
          { rank: 1, userId: 'u1', points: 9 },
          { rank: 2, userId: 'u3', points: 5 },
          { rank: 2, userId: 'u4', points: 5 },
          { rank: 4, userId: 'u2', points: 1 },
        ]);
        expect((await stores.scores.playerStats(G, 'u4', SUNDAY)).rank).toBe(2);
      });

      it('pages the leaderboard and returns an empty page past the end', async () => {
        const deltas = Array.from({ length: 25 }, (_, i) => ({ userId: `p${String(i).padStart(2, '0')}`, points: 100 - i }));
        await stores.scores.addRoundResults(G, deltas, SUNDAY);
        const page2 = await stores.scores.leaderboard(G, { period: 'all', at: SUNDAY, page: 2, pageSize: 10 });
        expect(page2).toMatchObject({ totalPlayers: 25, totalPages: 3, page: 2, pageSize: 10 });
        expect(page2.entries.map((e) => e.rank)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
        expect(page2.entries[0]).toEqual({ rank: 11, userId: 'p10', points: 90 });
        const page3 = await stores.scores.leaderboard(G, { period: 'all', at: SUNDAY, page: 3, pageSize: 10 });
        expect(page3.entries).toHaveLength(5);
        expect((await stores.scores.leaderboard(G, { period: 'all', at: SUNDAY, page: 9 })).entries).toEqual([]);
      });

      it('weekly totals start again on Monday (UTC) and monthly ones on the 1st, all-time keeps counting', async () => {
        await stores.scores.addRoundResults(G, [{ userId: 'u1', points: 10 }, { userId: 'u2', points: 4 }], SUNDAY);
        // Boards are asked for before the week turns, so a cached board has to follow the turn.
        expect((await stores.scores.leaderboard(G, { period: 'week', at: SUNDAY })).entries).toHaveLength(2);
        await stores.scores.addRoundResults(G, [{ userId: 'u2', points: 3 }], MONDAY);

        const week = await stores.scores.leaderboard(G, { period: 'week', at: MONDAY });
        expect(week).toMatchObject({ periodKey: '2026-W48', totalPlayers: 1 });
        expect(week.entries).toEqual([{ rank: 1, userId: 'u2', points: 3 }]);
        const month = await stores.scores.leaderboard(G, { period: 'month', at: MONDAY });
        expect(month.periodKey).toBe('2026-11');
        expect(month.entries).toEqual([
          { rank: 1, userId: 'u1', points: 10 },
          { rank: 2, userId: 'u2', points: 7 },
        ]);

        await stores.scores.addRoundResults(G, [{ userId: 'u1', points: 1 }], DECEMBER);
        const december = await stores.scores.leaderboard(G, { period: 'month', at: DECEMBER });
        expect(december).toMatchObject({ periodKey: '2026-12', totalPlayers: 1 });
        expect(december.entries).toEqual([{ rank: 1, userId: 'u1', points: 1 }]);
        const all = await stores.scores.leaderboard(G, { period: 'all', at: DECEMBER });
        expect(all.entries).toEqual([
          { rank: 1, userId: 'u1', points: 11 },
          { rank: 2, userId: 'u2', points: 7 },
        ]);
        const stats = await stores.scores.playerStats(G, 'u2', DECEMBER);
        expect(stats).toMatchObject({ points: 7, rank: 2, periodPoints: { week: 0, month: 0 } });
        expect(stats.periods.month).toEqual({ periodKey: '2026-12', points: 0, rank: null });
        const u1 = await stores.scores.playerStats(G, 'u1', DECEMBER);
        expect(u1.periods.week).toEqual({ periodKey: '2026-W49', points: 1, rank: 1 });
      });

      it('a late result for a week that has ended counts only towards all time', async () => {
        await stores.scores.addRoundResults(G, [{ userId: 'u1', points: 2 }], MONDAY);
        await stores.scores.addRoundResults(G, [{ userId: 'u1', points: 5 }], SUNDAY);
        const stats = await stores.scores.playerStats(G, 'u1', MONDAY);
        expect(stats).toMatchObject({ points: 7, periodPoints: { week: 2, month: 7 } });
      });

      it('servers and users are isolated', async () => {
        await stores.scores.addRoundResults('g1', [{ userId: 'u1', points: 5 }], SUNDAY);
        await stores.scores.addRoundResults('g2', [{ userId: 'u1', points: 1 }, { userId: 'u2', points: 2 }], SUNDAY);
        expect((await stores.scores.playerStats('g1', 'u1', SUNDAY)).points).toBe(5);
        expect((await stores.scores.playerStats('g2', 'u1', SUNDAY)).points).toBe(1);
        expect((await stores.scores.playerStats('g1', 'u2', SUNDAY)).rank).toBeNull();
        expect((await stores.scores.leaderboard('g1', { period: 'all', at: SUNDAY })).totalPlayers).toBe(1);
        expect((await stores.scores.leaderboard('g3', { period: 'all', at: SUNDAY })).totalPlayers).toBe(0);
      });

      it('100 concurrent updates of one player give the exact total', async () => {
        await Promise.all(
          Array.from({ length: 100 }, (_, i) =>
            stores.scores.addRoundResults(G, [{ userId: 'u1', points: i + 1, answered: 1, streak: i }], SUNDAY),
          ),
        );
        expect(await stores.scores.playerStats(G, 'u1', SUNDAY)).toMatchObject({ points: 5050, answered: 100, bestStreak: 99 });
        if (harness.persistent) {
          await reopen();
          expect(await stores.scores.playerStats(G, 'u1', SUNDAY)).toMatchObject({ points: 5050, answered: 100, bestStreak: 99 });
        }
      });

      it('concurrent rounds of many players in several servers lose nothing', async () => {
        const calls = Array.from({ length: 60 }, (_, i) =>
          stores.scores.addRoundResults(`g${i % 3}`, [{ userId: `u${i % 7}`, points: 1 }, { userId: `v${i % 5}`, points: 2 }], SUNDAY),
        );
        await Promise.all(calls);
        for (const g of ['g0', 'g1', 'g2']) {
          const board = await stores.scores.leaderboard(g, { period: 'all', at: SUNDAY, pageSize: 100 });
          expect(board.entries.reduce((sum, e) => sum + e.points, 0)).toBe(20 * 3);
        }
      });

      it('refuses malformed ids and numbers', async () => {
        await expect(stores.scores.addRoundResults('g:1', [{ userId: 'u1', points: 1 }], SUNDAY)).rejects.toThrow(RangeError);
        await expect(stores.scores.addRoundResults(G, [{ userId: 'u1', points: Number.NaN }], SUNDAY)).rejects.toThrow(RangeError);
        await expect(stores.scores.addRoundResults(G, [{ userId: 'u1', points: 1, answered: -1 }], SUNDAY)).rejects.toThrow(RangeError);
        expect((await stores.scores.leaderboard(G, { period: 'all', at: SUNDAY })).totalPlayers).toBe(0);
      });
    });

    describe('favourites', () => {

      it('toggle adds, then removes; has follows', async () => {
        expect(await stores.favourites.toggle(G, 'u1', song('stay-with-me'), SUNDAY)).toBe('added');
        expect(await stores.favourites.has(G, 'u1', song('stay-with-me'))).toBe(true);
        expect(await stores.favourites.toggle(G, 'u1', song('stay-with-me'), MONDAY)).toBe('removed');
        expect(await stores.favourites.has(G, 'u1', song('stay-with-me'))).toBe(false);
      });

      it('lists newest first, in pages, optionally of one kind', async () => {
        for (let i = 0; i < 12; i += 1) await stores.favourites.toggle(G, 'u1', song(`s${i}`), SUNDAY + i);
        await stores.favourites.toggle(G, 'u1', { kind: 'artist', id: 'iu' }, SUNDAY + 100);
        const first = await stores.favourites.list(G, 'u1', { page: 1, pageSize: 5 });
        expect(first).toMatchObject({ total: 13, totalPages: 3, page: 1, pageSize: 5 });
        expect(first.items.map((f) => f.id)).toEqual(['iu', 's11', 's10', 's9', 's8']);
        expect(first.items[0]).toEqual({ kind: 'artist', id: 'iu', addedAt: SUNDAY + 100 });
        const songs = await stores.favourites.list(G, 'u1', { kind: 'song', page: 3, pageSize: 5 });
        expect(songs.items.map((f) => f.id)).toEqual(['s1', 's0']);
        expect((await stores.favourites.list(G, 'u2')).total).toBe(0);
      });

      it('remove takes one favourite away and says whether it was there', async () => {
        await stores.favourites.toggle(G, 'u1', song('a'), SUNDAY);
        await stores.favourites.toggle(G, 'u1', song('b'), SUNDAY);
        expect(await stores.favourites.remove(G, 'u1', song('a'))).toBe(true);
        expect(await stores.favourites.remove(G, 'u1', song('a'))).toBe(false);
        expect((await stores.favourites.list(G, 'u1')).items.map((f) => f.id)).toEqual(['b']);
      });

      it('the chart counts fans per item in this server, by kind, with shared ranks', async () => {
        const fans = { u1: ['a', 'b'], u2: ['a', 'b', 'c'], u3: ['a'] } as const;
        for (const [user, ids] of Object.entries(fans)) for (const id of ids) await stores.favourites.toggle(G, user, song(id), SUNDAY);
        await stores.favourites.toggle(G, 'u1', { kind: 'production', id: 'goblin-2016' }, SUNDAY);
        await stores.favourites.toggle('g2', 'u1', song('c'), SUNDAY);
        await stores.favourites.toggle('g2', 'u2', song('c'), SUNDAY);
        expect(await stores.favourites.chart(G, { kind: 'song' })).toEqual([
          { kind: 'song', id: 'a', count: 3, rank: 1 },
          { kind: 'song', id: 'b', count: 2, rank: 2 },
          { kind: 'song', id: 'c', count: 1, rank: 3 },
        ]);
        const all = await stores.favourites.chart(G, { limit: 3 });
        expect(all.map((e) => [e.id, e.rank])).toEqual([['a', 1], ['b', 2], ['goblin-2016', 3]]);
        await stores.favourites.toggle(G, 'u3', song('a'), MONDAY);
        await stores.favourites.remove(G, 'u2', song('c'));
        expect(await stores.favourites.chart(G, { kind: 'song' })).toEqual([
          { kind: 'song', id: 'a', count: 2, rank: 1 },
          { kind: 'song', id: 'b', count: 2, rank: 1 },
        ]);
        expect(await stores.favourites.chart('g9')).toEqual([]);
      });

      it('favourites are per user per server', async () => {
        await stores.favourites.toggle('g1', 'u1', song('a'), SUNDAY);
        expect(await stores.favourites.has('g2', 'u1', song('a'))).toBe(false);
        expect(await stores.favourites.has('g1', 'u2', song('a'))).toBe(false);
      });

      it(`a list holds at most ${MAX_FAVOURITES} items; toggling more answers 'full'`, async () => {
        await Promise.all(Array.from({ length: MAX_FAVOURITES }, (_, i) => stores.favourites.toggle(G, 'u1', song(`s${i}`), SUNDAY)));
        expect(await stores.favourites.toggle(G, 'u1', song('one-more'), SUNDAY)).toBe('full');
        expect(await stores.favourites.toggle(G, 'u1', song('s0'), SUNDAY)).toBe('removed');
        expect((await stores.favourites.list(G, 'u1')).total).toBe(MAX_FAVOURITES - 1);
      });

      it('concurrent toggles of one user all land', async () => {
        const results = await Promise.all(Array.from({ length: 50 }, (_, i) => stores.favourites.toggle(G, 'u1', song(`s${i}`), SUNDAY)));
        expect(results.every((r) => r === 'added')).toBe(true);
        expect((await stores.favourites.list(G, 'u1')).total).toBe(50);
        expect(await stores.favourites.chart(G, { limit: 100 })).toHaveLength(50);
      });

      it('refuses an unknown kind', async () => {
        await expect(stores.favourites.toggle(G, 'u1', { kind: 'idol' as 'song', id: 'x' }, SUNDAY)).rejects.toThrow(RangeError);
      });
    });

    describe('settings', () => {
      it('a server gets the defaults until it changes them, and only its own changes', async () => {
        const defaults = await stores.settings.get(G);
        expect(defaults.quiz).toEqual({ rounds: 10, seconds: 20, mode: 'buttons' });
        const updated = await stores.settings.update(G, { quiz: { rounds: 5 } });
        expect(updated.quiz).toEqual({ rounds: 5, seconds: 20, mode: 'buttons' });
        await stores.settings.update(G, { quiz: { mode: 'typed' } });
        expect((await stores.settings.get(G)).quiz).toEqual({ rounds: 5, seconds: 20, mode: 'typed' });
        expect((await stores.settings.get('g2')).quiz.rounds).toBe(10);
      });

      it('refuses out-of-bounds values and keeps the old ones', async () => {
        await expect(stores.settings.update(G, { quiz: { rounds: 0 } })).rejects.toThrow(RangeError);
        await expect(stores.settings.update(G, { quiz: { mode: 'lyrics' as 'typed' } })).rejects.toThrow(RangeError);
        expect((await stores.settings.get(G)).quiz.rounds).toBe(10);
      });

      it('returned settings are copies', async () => {
        const s = await stores.settings.get(G);
        s.quiz.rounds = 99;
        expect((await stores.settings.get(G)).quiz.rounds).toBe(10);
      });
    });

    describe('persistence', () => {
      it('everything survives close and reopen', async (ctx) => {
        if (!harness.persistent) return ctx.skip();
        await stores.scores.addRoundResults(G, [{ userId: 'u1', points: 7, correct: 1 }, { userId: 'u2', points: 3 }], SUNDAY);
        await stores.favourites.toggle(G, 'u1', song('a'), SUNDAY);
        await stores.settings.update(G, { quiz: { seconds: 30 } });
        await reopen();
        expect(await stores.scores.playerStats(G, 'u1', SUNDAY)).toMatchObject({ points: 7, correct: 1, rank: 1 });
        expect((await stores.scores.leaderboard(G, { period: 'week', at: SUNDAY })).entries).toEqual([
          { rank: 1, userId: 'u1', points: 7 },
          { rank: 2, userId: 'u2', points: 3 },
        ]);
        expect(await stores.favourites.has(G, 'u1', song('a'))).toBe(true);
        expect(await stores.favourites.chart(G)).toEqual([{ kind: 'song', id: 'a', count: 1, rank: 1 }]);
        expect((await stores.settings.get(G)).quiz.seconds).toBe(30);
        // And keeps counting from there.
        await stores.scores.addRoundResults(G, [{ userId: 'u2', points: 10 }], SUNDAY);
        await reopen();
        expect((await stores.scores.playerStats(G, 'u2', SUNDAY)).rank).toBe(1);
      });
    });

    describe('corrupt and old values', () => {
      const planted = async (ctx: { skip(): void }) => {
        if (!harness.writeRaw || !harness.persistent) {
          ctx.skip();
          return false;
        }
        return true;
      };

      it('a corrupt score is logged and read as a new player, others keep theirs', async (ctx) => {
        if (!(await planted(ctx))) return;
        await stores.scores.addRoundResults(G, [{ userId: 'u1', points: 7 }, { userId: 'u2', points: 3 }, { userId: 'u3', points: 1 }], SUNDAY);
        await stores.close();
        await harness.writeRaw!('score:g1:u1', '{"value":{"v":1,"points":"lots"}}');
        await harness.writeRaw!('score:g1:u3', 'not json at all {');
        stores = await harness.open();
        expect(await stores.scores.playerStats(G, 'u1', SUNDAY)).toMatchObject({ points: 0, rank: null });
        expect(await stores.scores.playerStats(G, 'u2', SUNDAY)).toMatchObject({ points: 3, rank: 1 });
        expect(await stores.scores.playerStats(G, 'u3', SUNDAY)).toMatchObject({ points: 0, rank: null });
        expect(harness.logs?.filter((l) => l.level === 'error'), JSON.stringify(harness.logs)).toHaveLength(2);
        await stores.scores.addRoundResults(G, [{ userId: 'u1', points: 2 }], SUNDAY);
        await reopen();
        expect(await stores.scores.playerStats(G, 'u1', SUNDAY)).toMatchObject({ points: 2, rank: 2 });
      });

      it('a player lost from a corrupt roster keeps their totals when they play again', async (ctx) => {
        if (!(await planted(ctx))) return;
        await stores.scores.addRoundResults(G, [{ userId: 'u1', points: 7, games: 1 }, { userId: 'u2', points: 3 }], SUNDAY);
        await stores.close();
        await harness.writeRaw!(`score-roster:g1:${rosterBucket('u1')}`, '{"value":{"v":1,"users":');
        stores = await harness.open();
        await stores.scores.addRoundResults(G, [{ userId: 'u1', points: 2 }], SUNDAY);
        expect(await stores.scores.playerStats(G, 'u1', SUNDAY)).toMatchObject({ points: 9, games: 1, rank: 1 });
        await reopen();
        expect((await stores.scores.leaderboard(G, { period: 'all', at: SUNDAY })).entries[0]).toEqual({ rank: 1, userId: 'u1', points: 9 });
      });

      it('a value from an unknown schema version is replaced by the default, not trusted', async (ctx) => {
        if (!(await planted(ctx))) return;
        await stores.close();
        await harness.writeRaw!('settings:g1', JSON.stringify({ value: { v: 7, quiz: { rounds: 3 } } }));
        stores = await harness.open();
        expect((await stores.settings.get(G)).quiz.rounds).toBe(10);
        expect(harness.logs?.some((l) => l.msg.includes('corrupt'))).toBe(true);
      });

      it('a partly invalid value keeps its valid parts', async (ctx) => {
        if (!(await planted(ctx))) return;
        await stores.favourites.toggle(G, 'u1', song('a'), SUNDAY);
        await stores.close();
        const items = [{ kind: 'song', id: 'a', addedAt: 1 }, { kind: 'idol', id: 'x', addedAt: 2 }, { kind: 'artist', id: 'iu', addedAt: 3 }];
        await harness.writeRaw!('fav:g1:u1', JSON.stringify({ value: { v: 1, items } }));
        await harness.writeRaw!('settings:g1', JSON.stringify({ value: { v: 1, quiz: { rounds: 4, seconds: 20, mode: 'gone' } } }));
        stores = await harness.open();
        expect((await stores.favourites.list(G, 'u1')).items.map((f) => f.id)).toEqual(['iu', 'a']);
        expect((await stores.settings.get(G)).quiz).toEqual({ rounds: 4, seconds: 20, mode: 'buttons' });
        expect(harness.logs?.some((l) => l.msg.includes('repaired'))).toBe(true);
      });
    });
  });
}
