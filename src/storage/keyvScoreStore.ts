import {
  periodKey,
  type Instant,
  type LeaderboardPage,
  type LeaderboardQuery,
  type PlayerStats,
  type ScoreDelta,
  type ScoreStore,
  type TimedPeriod,
} from '../core/ports.js';
import { SortedBoard } from './board.js';
import { GuildCollection, type CollectionIndex } from './guildCollection.js';
import type { Kv } from './kv.js';
import { applyDelta, assertId, emptyPlayer, mergeDeltas, pageBounds, periodPoints, playerCodec, toPlayerStats, type PlayerRecord } from './records.js';

/**
 * Leaderboards of one server: the all-time board is always maintained; each timed period keeps
 * the board of the one period last asked for (rebuilt in O(n log n) when the week or month turns).
 */
class ScoreIndex {
  readonly all: SortedBoard;
  private readonly timed: Partial<Record<TimedPeriod, { key: string; board: SortedBoard }>> = {};

  constructor(private readonly records: ReadonlyMap<string, PlayerRecord>) {
    this.all = SortedBoard.from([...records].map(([userId, r]) => ({ userId, points: r.points })));
  }

  board(period: TimedPeriod, key: string): SortedBoard {
    const cached = this.timed[period];
    if (cached?.key === key) return cached.board;
    const entries: { userId: string; points: number }[] = [];
    for (const [userId, record] of this.records) {
      const points = periodPoints(record, period, key);
      if (points !== undefined) entries.push({ userId, points });
    }
    const board = SortedBoard.from(entries);
    this.timed[period] = { key, board };
    return board;
  }

  change(userId: string, prev: PlayerRecord | undefined, next: PlayerRecord): void {
    this.all.set(userId, prev?.points, next.points);
    for (const period of ['week', 'month'] as const) {
      const cached = this.timed[period];
      if (!cached) continue;
      const before = prev ? periodPoints(prev, period, cached.key) : undefined;
      const after = periodPoints(next, period, cached.key);
      if (after !== undefined) cached.board.set(userId, before, after);
      else if (before !== undefined) cached.board.remove(userId, before);
    }
  }
}

const indexer: CollectionIndex<PlayerRecord, ScoreIndex> = {
  build: (records) => new ScoreIndex(records),
  change: (index, userId, prev, next) => index.change(userId, prev, next),
};

export class KeyvScoreStore implements ScoreStore {
  readonly players: GuildCollection<PlayerRecord, ScoreIndex>;

  constructor(kv: Kv) {
    this.players = new GuildCollection(kv, 'score', playerCodec, emptyPlayer, indexer);
  }

  async addRoundResults(guildId: string, deltas: readonly ScoreDelta[], at: Instant): Promise<void> {
    assertId('guildId', guildId);
    const merged = mergeDeltas(deltas);
    await Promise.all(
      merged.map((delta) =>
        this.players.update(guildId, delta.userId, (current) => ({ next: applyDelta(current, delta, at), result: undefined })),
      ),
    );
  }

  recordGame(guildId: string, userIds: readonly string[], at: Instant): Promise<void> {
    return this.addRoundResults(guildId, userIds.map((userId) => ({ userId, points: 0, games: 1 })), at);
  }

  async leaderboard(guildId: string, query: LeaderboardQuery): Promise<LeaderboardPage> {
    assertId('guildId', guildId);
    const { index } = await this.players.state(guildId);
    const key = periodKey(query.period, query.at);
    const board = query.period === 'all' ? index.all : index.board(query.period, key);
    const { page, pageSize, offset, totalPages } = pageBounds(query.page, query.pageSize, board.size);
    return { period: query.period, periodKey: key, page, pageSize, totalPlayers: board.size, totalPages, entries: board.slice(offset, pageSize) };
  }

  async playerStats(guildId: string, userId: string, at: Instant): Promise<PlayerStats> {
    assertId('guildId', guildId);
    assertId('userId', userId);
    const { records, index } = await this.players.state(guildId);
    const record = records.get(userId);
    const standing = (period: TimedPeriod) => {
      const key = periodKey(period, at);
      const points = record ? periodPoints(record, period, key) : undefined;
      return { periodKey: key, points: points ?? 0, rank: points === undefined ? null : index.board(period, key).rankOf(points) };
    };
    const week = standing('week');
    const month = standing('month');
    return toPlayerStats(userId, record, record ? index.all.rankOf(record.points) : null, { week, month });
  }

  idle(): Promise<void> {
    return this.players.idle();
  }
}
