/**
 * Quiz benchmark (not a test): 500 games running at once in different channels on one real
 * SQLite store, with bursts of clicks from several players per channel. Measures the click
 * handler (the session transition plus the private reply text, i.e. everything the bot does
 * before acknowledging; Discord's network is not part of it), checks every click got an
 * acknowledgement, and that the points persisted equal the points awarded.
 * Run alone: npx tsx bench/quiz.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pino } from 'pino';
import { buildCatalog } from '../src/core/catalog.js';
import { seededRandom } from '../src/core/random.js';
import { answerIds } from '../src/core/quiz/index.js';
import { isAcceptableAnswer } from '../src/core/search/index.js';
import { loadDataset } from '../src/data/load.js';
import { QUIZ_REPLIES } from '../src/discord/quiz/replies.js';
import { QuizSessions, type QuizOutput } from '../src/discord/quiz/sessions.js';
import { createStores } from '../src/storage/createStores.js';
import { manualScheduler } from '../tests/helpers/manualScheduler.js';

const GAMES = 500;
const PLAYERS_PER_GAME = 4;
const ROUNDS = 3;
const GUILDS = 50;

function pct(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export async function benchQuiz(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'sori-bench-quiz-'));
  const stores = await createStores(`sqlite://${join(dir, 'quiz.sqlite')}`, { warn: () => {}, error: () => {} });
  try {
    const catalog = buildCatalog(loadDataset('data'));
    const scheduler = manualScheduler();
    let now = Date.UTC(2026, 10, 22, 12);
    let posted = 0;
    const output: QuizOutput = {
      post: async () => String(++posted),
      edit: async () => undefined,
    };
    const sessions = new QuizSessions({
      catalog,
      stores,
      clock: { now: () => now },
      random: seededRandom(7),
      scheduler,
      logger: pino({ level: 'silent' }),
      matcher: isAcceptableAnswer,
      output,
    });
    const guildOf = (g: number) => `guild-${g % GUILDS}`;
    const started = performance.now();
    for (let g = 0; g < GAMES; g++) {
      const result = await sessions.start(
        { guildId: guildOf(g), channelId: `channel-${g}`, starterId: `p${g}-0` },
        { rounds: ROUNDS, secondsPerRound: 20, mode: 'buttons' },
        { count: ROUNDS, difficulty: 'medium', choices: 4 },
      );
      if (!result.ok) throw new Error(`game ${g} could not start: ${result.reason}`);
    }
    const startMs = performance.now() - started;
    const handler: number[] = [];
    let clicks = 0;
    let acknowledged = 0;
    const awarded = new Map<string, number>();
    const random = seededRandom(11);
    for (let round = 1; round <= ROUNDS; round++) {
      await sessions.idle();
      now += 1_000;
      // A burst: every player of every game clicks once, some twice (a duplicate), in shuffled order.
      const burst: { game: number; player: number }[] = [];
      for (let g = 0; g < GAMES; g++) {
        for (let p = 0; p < PLAYERS_PER_GAME; p++) {
          burst.push({ game: g, player: p });
          if (random.next() < 0.2) burst.push({ game: g, player: p });
        }
      }
      burst.sort(() => random.next() - 0.5);
      for (const click of burst) {
        const state = sessions.gameIn(`channel-${click.game}`);
        if (!state) continue;
        const question = state.questions[state.round - 1]!;
        const choice = Math.floor(random.next() * question.choices.length);
        const ids = answerIds(state.id, state.round, question.choices.length);
        if (!ids) throw new Error('no answer ids');
        clicks++;
        const t0 = performance.now();
        const result = sessions.answer(state.id, state.round, `p${click.game}-${click.player}`, { choice });
        const reply = QUIZ_REPLIES.answer(result.outcome, 'A');
        handler.push(performance.now() - t0);
        if (reply.length > 0) acknowledged++;
      }
      now += 25_000;
      scheduler.fire();
      await sessions.idle();
      // Tally what each game's reveal awarded (the points players are shown).
      for (let g = 0; g < GAMES; g++) {
        const state = sessions.gameIn(`channel-${g}`);
        const reveal = state?.reveals.find((r) => r.round === round);
        for (const r of reveal?.results ?? []) {
          const key = `${guildOf(g)}|${r.userId}`;
          awarded.set(key, (awarded.get(key) ?? 0) + r.points);
        }
      }
      scheduler.fire();
      await sessions.idle();
    }
    scheduler.fire();
    await sessions.idle();

    let persisted = 0;
    for (let guild = 0; guild < GUILDS; guild++) {
      const board = await stores.scores.leaderboard(`guild-${guild}`, { period: 'all', at: now, page: 1, pageSize: 1_000 });
      for (const e of board.entries) persisted += e.points;
    }
    const totalAwarded = [...awarded.values()].reduce((a, b) => a + b, 0);
    console.log('\n## Quiz: 500 games at once');
    console.log(`games started: ${GAMES} in ${startMs.toFixed(0)} ms (question generation included)`);
    console.log(`clicks: ${clicks}, acknowledged: ${acknowledged} (${((acknowledged / clicks) * 100).toFixed(1)}%)`);
    console.log(
      `click handler: p50 ${(pct(handler, 50) * 1000).toFixed(0)} µs, p99 ${(pct(handler, 99) * 1000).toFixed(0)} µs, max ${pct(handler, 100).toFixed(2)} ms (target p99 ≤ 20 ms)`,
    );
    console.log(`points awarded in reveals: ${totalAwarded}, points persisted: ${persisted} → ${totalAwarded === persisted ? 'no points lost' : 'MISMATCH'}`);
    console.log(`games still running: ${sessions.running}, timers pending: ${scheduler.pending()}`);
  } finally {
    await stores.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchQuiz();
}
