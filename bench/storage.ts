/**
 * Storage benchmark (not a test): a 10,000-player server on a real SQLite file with the
 * production settings (WAL, synchronous=FULL, so every acknowledged write is committed and
 * fsynced). Prints leaderboard/rank latencies and sustained score-update throughput next to raw
 * @keyv/sqlite get/set measured in the same run. Run alone: npx tsx bench/storage.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import Keyv from 'keyv';
import type { ScoreDelta, Stores } from '../src/core/ports.js';
import { createStores, openSqlite } from '../src/storage/createStores.js';

const PLAYERS = 10_000;
const GUILD = 'bench';
const AT = Date.UTC(2026, 10, 20, 12);
const SUSTAIN_MS = 6_000;
const silent = { warn: () => {}, error: (obj: object, msg: string) => console.error(msg, obj) };

let seed = 42;
function rand(n: number): number {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed % n;
}

function pct(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function ms(value: number): string {
  return value < 0.1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(2)} ms`;
}

async function timeEach(n: number, op: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const start = performance.now();
    await op(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

function row(label: string, samples: number[], target?: number): void {
  const p99 = pct(samples, 99);
  const verdict = target === undefined ? '' : p99 <= target ? `  ✓ (≤ ${target} ms)` : `  ✗ (target ≤ ${target} ms)`;
  console.log(`  ${label.padEnd(44)} p50 ${ms(pct(samples, 50)).padStart(9)}  p99 ${ms(p99).padStart(9)}${verdict}`);
}

const player = (i: number) => `p${i}`;

async function populate(stores: Stores): Promise<number> {
  const start = performance.now();
  for (let base = 0; base < PLAYERS; base += 500) {
    const deltas: ScoreDelta[] = Array.from({ length: 500 }, (_, i) => ({ userId: player(base + i), points: rand(5000), answered: 10, correct: 5, games: 1 }));
    await stores.scores.addRoundResults(GUILD, deltas, AT);
  }
  return performance.now() - start;
}

/** `games` concurrent games each writing rounds of 5 random players, for SUSTAIN_MS. */
async function sustain(stores: Stores, games: number): Promise<{ perSecond: number; roundMs: number[] }> {
  let updates = 0;
  const roundMs: number[] = [];
  const end = performance.now() + SUSTAIN_MS;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: games }, async () => {
      while (performance.now() < end) {
        const deltas = Array.from({ length: 5 }, () => ({ userId: player(rand(PLAYERS)), points: 1 + rand(10), answered: 1, correct: 1 }));
        const t = performance.now();
        await stores.scores.addRoundResults(GUILD, deltas, AT);
        roundMs.push(performance.now() - t);
        updates += new Set(deltas.map((d) => d.userId)).size;
      }
    }),
  );
  return { perSecond: (updates / (performance.now() - start)) * 1000, roundMs };
}

/**
 * Writes `perSecond` updates/s at a steady pace (rounds of 5 every 10 ms) and meanwhile times
 * leaderboard and rank reads, plus the event loop's delay (what an interaction waits to start).
 */
async function underPacedLoad(stores: Stores, perSecond: number): Promise<void> {
  const lag = monitorEventLoopDelay({ resolution: 1 });
  const inFlight = new Set<Promise<void>>();
  let acked = 0;
  let issued = 0;
  const start = performance.now();
  const timer = setInterval(() => {
    // Catch up on whatever the timer's drift left behind: the pace is set by the clock.
    const due = Math.floor(((performance.now() - start) * perSecond) / 5000);
    for (; issued < due; issued += 1) {
      const deltas = Array.from({ length: 5 }, (_, i) => ({ userId: player((rand(PLAYERS / 5) * 5 + i) % PLAYERS), points: 1 }));
      const write = stores.scores.addRoundResults(GUILD, deltas, AT).then(() => void (acked += 5));
      inFlight.add(write);
      void write.finally(() => inFlight.delete(write));
    }
  }, 10);
  lag.enable();
  const paced = async (n: number, op: () => Promise<unknown>) => {
    const samples: number[] = [];
    for (let i = 0; i < n; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 3));
      const t = performance.now();
      await op();
      samples.push(performance.now() - t);
    }
    return samples;
  };
  const top = await paced(1000, () => stores.scores.leaderboard(GUILD, { period: 'week', at: AT }));
  const ranks = await paced(500, () => stores.scores.playerStats(GUILD, player(rand(PLAYERS)), AT));
  lag.disable();
  clearInterval(timer);
  await Promise.all(inFlight);
  const rate = (acked / (performance.now() - start)) * 1000;
  console.log(`\nReads while writing a steady ${perSecond.toLocaleString('en')} updates/s (achieved ${Math.round(rate).toLocaleString('en')}/s, all acknowledged):`);
  row('top-10 weekly leaderboard', top, 5);
  row("one player's stats and ranks", ranks, 5);
  console.log(`  ${'event loop delay'.padEnd(44)} p50 ${ms(lag.percentile(50) / 1e6).padStart(9)}  p99 ${ms(lag.percentile(99) / 1e6).padStart(9)}`);
}

async function rawKeyv(dir: string): Promise<void> {
  const store = await openSqlite(`sqlite://${join(dir, 'raw.sqlite')}`, { plain: true });
  const keyv = new Keyv({ store, namespace: 'raw', throwOnErrors: true });
  const value = { v: 1, points: 1234, games: 3, answered: 30, correct: 20, bestStreak: 4, week: { key: '2026-W47', points: 10 }, month: { key: '2026-11', points: 10 }, updatedAt: AT };
  const sets = await timeEach(2000, (i) => keyv.set(`k${i % PLAYERS}`, value));
  const gets = await timeEach(2000, () => keyv.get(`k${rand(2000)}`));
  const start = performance.now();
  let done = 0;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (performance.now() - start < 2000) {
        await keyv.set(`k${rand(PLAYERS)}`, value);
        done += 1;
      }
    }),
  );
  const perSecond = (done / (performance.now() - start)) * 1000;
  console.log('\nRaw @keyv/sqlite, same file settings (WAL, synchronous=FULL), same run:');
  row('raw keyv.get', gets);
  row('raw keyv.set (one commit each)', sets);
  console.log(`  ${'raw keyv.set, 20 in flight'.padEnd(44)} ${Math.round(perSecond)} sets/s`);
  await keyv.disconnect();
}

export async function benchStorage(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'sori-bench-'));
  const url = `sqlite://${join(dir, 'sori.sqlite')}`;
  try {
    console.log(`Storage bench: one server with ${PLAYERS.toLocaleString('en')} players, SQLite WAL + synchronous=FULL (${url})`);
    let stores = await createStores(url, silent);
    const populateMs = await populate(stores);
    console.log(`  populated in ${(populateMs / 1000).toFixed(1)} s (20 rounds of 500 players)`);
    await stores.close();

    stores = await createStores(url, silent);
    const coldStart = performance.now();
    await stores.scores.leaderboard(GUILD, { period: 'all', at: AT });
    console.log(`  cold load after reopen (first use of the server): ${ms(performance.now() - coldStart)}`);

    console.log('\nReads (in-process index, write-through):');
    row('top-10 leaderboard, all time', await timeEach(2000, () => stores.scores.leaderboard(GUILD, { period: 'all', at: AT })), 5);
    row('top-10 leaderboard, this week', await timeEach(2000, () => stores.scores.leaderboard(GUILD, { period: 'week', at: AT })), 5);
    row('leaderboard page 400 (ranks 3991-4000)', await timeEach(2000, () => stores.scores.leaderboard(GUILD, { period: 'month', at: AT, page: 400 })), 5);
    row("one player's stats and ranks", await timeEach(2000, () => stores.scores.playerStats(GUILD, player(rand(PLAYERS)), AT)), 5);

    console.log(`\nSustained score updates for ${SUSTAIN_MS / 1000} s, acknowledged only after the SQLite commit (fsync):`);
    for (const games of [1, 10, 50]) {
      const { perSecond, roundMs } = await sustain(stores, games);
      // One game writes one round at a time: that shows latency, the target is for a busy bot.
      const verdict = games === 1 ? '(serial)     ' : perSecond >= 2000 ? '✓ (≥ 2,000/s)' : '✗ (target ≥ 2,000/s)';
      console.log(`  ${`${games} concurrent game(s), rounds of 5 players`.padEnd(44)} ${Math.round(perSecond).toLocaleString('en')} updates/s  ${verdict}   round write p50 ${ms(pct(roundMs, 50))} p99 ${ms(pct(roundMs, 99))}`);
    }
    await underPacedLoad(stores, 2000);
    await stores.close();
    await rawKeyv(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchStorage();
}
