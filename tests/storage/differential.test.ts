import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { PERIODS, type FavouriteKind, type Stores } from '../../src/core/ports.js';
import { createKeyvStores, KEYV_NAMESPACE } from '../../src/storage/createStores.js';
import { createMemoryStores, recordingLogger } from '../helpers/stores.js';

const DAY = 86_400_000;
const START = Date.UTC(2026, 9, 25);
const KINDS: FavouriteKind[] = ['song', 'production', 'artist'];

function prng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s % n;
  };
}

// The keyv stores keep indexes that are updated incrementally and rebuilt on reopen; the memory
// stores recompute everything on every read. Random histories must give identical answers.
describe('keyv stores agree with the naive memory stores', () => {
  it.each([1, 2, 3, 4])('over a random history of scores and favourites (seed %i)', async (seed) => {
    const rand = prng(seed);
    const map = new Map<string, unknown>();
    const logger = recordingLogger();
    const open = () => createKeyvStores(new Keyv({ store: map, namespace: KEYV_NAMESPACE }), logger);
    const reference = createMemoryStores();
    let keyv: Stores = open();
    let now = START;
    for (let step = 0; step < 600; step += 1) {
      now += rand(3) === 0 ? rand(4) * DAY : rand(3_600_000);
      const guild = `g${rand(3)}`;
      const at = rand(20) === 0 ? now - 10 * DAY : now; // some late results
      const op = rand(10);
      if (op < 5) {
        const deltas = Array.from({ length: 1 + rand(4) }, () => ({
          userId: `u${rand(25)}`,
          points: rand(6) - (rand(10) === 0 ? 3 : 0),
          answered: 1,
          correct: rand(2),
          streak: rand(5),
        }));
        const round = await Promise.all([keyv.scores.addRoundResults(guild, deltas, at), reference.scores.addRoundResults(guild, deltas, at)]);
        expect(round).toHaveLength(2);
      } else if (op < 7) {
        const ref = { kind: KINDS[rand(3)]!, id: `i${rand(8)}` };
        const user = `u${rand(10)}`;
        const how = rand(3) === 0 ? 'remove' : 'toggle';
        const a = how === 'remove' ? await keyv.favourites.remove(guild, user, ref) : await keyv.favourites.toggle(guild, user, ref, now);
        const b = how === 'remove' ? await reference.favourites.remove(guild, user, ref) : await reference.favourites.toggle(guild, user, ref, now);
        expect(a).toBe(b);
      } else if (op < 9) {
        // Sometimes about a past week or month (only each player's latest period is kept).
        const when = rand(5) === 0 ? now - rand(40) * DAY : now;
        const query = { period: PERIODS[rand(3)]!, at: when, page: 1 + rand(3), pageSize: 1 + rand(12) };
        expect(await keyv.scores.leaderboard(guild, query)).toEqual(await reference.scores.leaderboard(guild, query));
        const user = `u${rand(25)}`;
        expect(await keyv.scores.playerStats(guild, user, when)).toEqual(await reference.scores.playerStats(guild, user, when));
        const chart = { kind: rand(2) === 0 ? undefined : KINDS[rand(3)], limit: 1 + rand(15) };
        expect(await keyv.favourites.chart(guild, chart)).toEqual(await reference.favourites.chart(guild, chart));
      } else if (rand(4) === 0) {
        await keyv.close();
        keyv = open();
      }
    }
    for (const guild of ['g0', 'g1', 'g2']) {
      for (const period of PERIODS) {
        const query = { period, at: now, pageSize: 100 };
        expect(await keyv.scores.leaderboard(guild, query)).toEqual(await reference.scores.leaderboard(guild, query));
      }
    }
    await keyv.close();
    expect(logger.entries).toEqual([]);
  });
});
