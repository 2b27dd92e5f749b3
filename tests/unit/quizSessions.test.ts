import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/core/catalog.js';
import { seededRandom } from '../../src/core/random.js';
import { isAcceptableAnswer } from '../../src/core/search/index.js';
import { loadDataset } from '../../src/data/load.js';
import { QuizSessions, type QuizOutput } from '../../src/discord/quiz/sessions.js';
import type { Card } from '../../src/discord/views/songCard.js';
import { createMemoryStores } from '../../src/storage/memoryStores.js';
import { manualScheduler } from '../helpers/manualScheduler.js';

const catalog = buildCatalog(loadDataset('data'));
const where = { guildId: 'g1', channelId: 'c1', starterId: 'u1' };
const settings = { rounds: 3, secondsPerRound: 20, mode: 'buttons' as const };
const options = { count: 3, difficulty: 'easy' as const, choices: 4 };

function setup(output?: Partial<QuizOutput>) {
  let now = 1_000_000;
  const posts: Card[] = [];
  const edits: Card[] = [];
  const stores = createMemoryStores();
  const scheduler = manualScheduler();
  const sessions = new QuizSessions({
    catalog,
    stores,
    clock: { now: () => now },
    random: seededRandom(5),
    scheduler,
    logger: pino({ level: 'silent' }),
    matcher: isAcceptableAnswer,
    output: {
      post: output?.post ?? (async (_c, card) => (posts.push(card), String(posts.length))),
      edit: output?.edit ?? (async (_c, _m, card) => void edits.push(card)),
    },
  });
  return { sessions, stores, scheduler, posts, edits, tick: (ms: number) => (now += ms) };
}

describe('quiz sessions', () => {
  it('one game per channel', async () => {
    const { sessions } = setup();
    expect((await sessions.start(where, settings, options)).ok).toBe(true);
    expect(await sessions.start({ ...where, starterId: 'u2' }, settings, options)).toEqual({ ok: false, reason: 'already_running' });
    expect((await sessions.start({ ...where, channelId: 'c2' }, settings, options)).ok).toBe(true);
  });

  it('the points persisted after each round equal the points the reveal shows, and a game counts once', async () => {
    const { sessions, stores, scheduler, tick } = setup();
    const started = await sessions.start(where, settings, options);
    if (!started.ok) throw new Error('no game');
    const id = started.state.id;
    let shown = 0;
    for (let round = 1; round <= 3; round++) {
      await sessions.idle();
      const state = sessions.game(id)!;
      const question = state.questions[round - 1]!;
      tick(2_000);
      expect(sessions.answer(id, round, 'alice', { choice: question.answerIndex }).outcome).toBe('accepted');
      expect(sessions.answer(id, round, 'alice', { choice: question.answerIndex }).outcome).toBe('duplicate');
      sessions.answer(id, round, 'bob', { choice: (question.answerIndex + 1) % question.choices.length });
      // Round 1 ends by time; later rounds end as soon as both players answered.
      if (round === 1) {
        tick(25_000);
        scheduler.fire();
      }
      await sessions.idle();
      const reveal = (sessions.game(id) ?? state).reveals.find((r) => r.round === round);
      shown += reveal?.results.reduce((sum, r) => sum + r.points, 0) ?? 0;
      expect(sessions.answer(id, round, 'carol', { choice: 0 }).outcome).toMatch(/late|closed|stale_round|no_game/);
      scheduler.fire();
      await sessions.idle();
    }
    expect(sessions.game(id)).toBeUndefined();
    const stats = await stores.scores.playerStats('g1', 'alice', 0);
    const board = await stores.scores.leaderboard('g1', { period: 'all', at: 0 });
    expect(board.entries.reduce((sum, e) => sum + e.points, 0)).toBe(shown);
    expect(stats).toMatchObject({ games: 1, answered: 3, correct: 3, bestStreak: 3 });
    expect((await stores.scores.playerStats('g1', 'bob', 0)).correct).toBe(0);
  });

  it('stop scores the open round first and frees the channel', async () => {
    const { sessions, stores, tick } = setup();
    const started = await sessions.start(where, settings, options);
    if (!started.ok) throw new Error('no game');
    await sessions.idle();
    const q = started.state.questions[0]!;
    tick(1_000);
    sessions.answer(started.state.id, 1, 'alice', { choice: q.answerIndex });
    expect(sessions.stop('c1')?.status).toBe('finished');
    await sessions.idle();
    expect(sessions.gameIn('c1')).toBeUndefined();
    expect((await stores.scores.playerStats('g1', 'alice', 0)).correct).toBe(1);
  });

  it('a round that cannot be posted ends the game instead of blocking the channel', async () => {
    const { sessions } = setup({ post: async () => Promise.reject(new Error('Missing Access')) });
    expect((await sessions.start(where, settings, options)).ok).toBe(true);
    await sessions.idle();
    expect(sessions.gameIn('c1')).toBeUndefined();
    expect((await sessions.start(where, settings, options)).ok).toBe(true);
  });

  it('shutdown shows every running game as interrupted', async () => {
    const { sessions, edits } = setup();
    await sessions.start(where, settings, options);
    await sessions.start({ ...where, channelId: 'c2' }, settings, options);
    await sessions.idle();
    await sessions.shutdown();
    expect(edits.filter((c) => JSON.stringify(c).includes('interrupted'))).toHaveLength(2);
    expect(sessions.running).toBe(0);
  });

  it('reports when the filters leave too few questions', async () => {
    const { sessions } = setup();
    const result = await sessions.start(where, settings, { ...options, count: 3, filters: { fromYear: 1900, toYear: 1901 } });
    expect(result).toMatchObject({ ok: false, reason: 'not_enough_questions', available: 0 });
  });
});
