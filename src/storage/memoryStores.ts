import {
  DEFAULT_GUILD_SETTINGS,
  periodKey,
  type ChartEntry,
  type Favourite,
  type FavouriteKind,
  type FavouriteListQuery,
  type FavouritePage,
  type FavouriteRef,
  type FavouriteStore,
  type GuildSettings,
  type Instant,
  type LeaderboardPage,
  type LeaderboardQuery,
  type PlayerStats,
  type ScoreDelta,
  type ScoreStore,
  type SettingsPatch,
  type SettingsStore,
  type Stores,
} from '../core/ports.js';
import { countFavourites, pageFavourites, rankChart, removeFavourite, toggleFavourite } from './favouriteRules.js';
import { applyDelta, applySettingsPatch, assertId, assertRef, copySettings, mergeDeltas, pageBounds, periodPoints, toPlayerStats, type PlayerRecord } from './records.js';

/**
 * Plain in-memory stores for tests and `STORE_URL=memory:`. Deliberately naive (every
 * leaderboard is a full sort) so the contract suite compares the indexed keyv stores with an
 * obviously correct reference. Every method is synchronous inside, hence atomic.
 */
function guildMap<V>(outer: Map<string, Map<string, V>>, guildId: string): Map<string, V> {
  let inner = outer.get(guildId);
  if (!inner) outer.set(guildId, (inner = new Map()));
  return inner;
}

function ranked(rows: { userId: string; points: number }[]): { rank: number; userId: string; points: number }[] {
  rows.sort((a, b) => b.points - a.points || (a.userId < b.userId ? -1 : 1));
  let rank = 0;
  return rows.map((row, i) => {
    if (i === 0 || rows[i - 1]!.points !== row.points) rank = i + 1;
    return { rank, ...row };
  });
}

export class MemoryScoreStore implements ScoreStore {
  private readonly guilds = new Map<string, Map<string, PlayerRecord>>();

  async addRoundResults(guildId: string, deltas: readonly ScoreDelta[], at: Instant): Promise<void> {
    assertId('guildId', guildId);
    const players = guildMap(this.guilds, guildId);
    for (const delta of mergeDeltas(deltas)) players.set(delta.userId, applyDelta(players.get(delta.userId), delta, at));
  }

  recordGame(guildId: string, userIds: readonly string[], at: Instant): Promise<void> {
    return this.addRoundResults(guildId, userIds.map((userId) => ({ userId, points: 0, games: 1 })), at);
  }

  private board(guildId: string, period: LeaderboardQuery['period'], key: string) {
    const rows: { userId: string; points: number }[] = [];
    for (const [userId, record] of this.guilds.get(guildId) ?? []) {
      const points = period === 'all' ? record.points : periodPoints(record, period, key);
      if (points !== undefined) rows.push({ userId, points });
    }
    return ranked(rows);
  }

  async leaderboard(guildId: string, query: LeaderboardQuery): Promise<LeaderboardPage> {
    assertId('guildId', guildId);
    const key = periodKey(query.period, query.at);
    const rows = this.board(guildId, query.period, key);
    const { page, pageSize, offset, totalPages } = pageBounds(query.page, query.pageSize, rows.length);
    return { period: query.period, periodKey: key, page, pageSize, totalPlayers: rows.length, totalPages, entries: rows.slice(offset, offset + pageSize) };
  }

  async playerStats(guildId: string, userId: string, at: Instant): Promise<PlayerStats> {
    assertId('guildId', guildId);
    assertId('userId', userId);
    const record = this.guilds.get(guildId)?.get(userId);
    const standing = (period: 'week' | 'month') => {
      const key = periodKey(period, at);
      const row = this.board(guildId, period, key).find((r) => r.userId === userId);
      return { periodKey: key, points: row?.points ?? 0, rank: row?.rank ?? null };
    };
    const week = standing('week');
    const month = standing('month');
    const rank = this.board(guildId, 'all', 'all').find((row) => row.userId === userId)?.rank ?? null;
    return toPlayerStats(userId, record, rank, { week, month });
  }
}

export class MemoryFavouriteStore implements FavouriteStore {
  private readonly guilds = new Map<string, Map<string, Favourite[]>>();

  async toggle(guildId: string, userId: string, ref: FavouriteRef, at: Instant) {
    assertId('guildId', guildId);
    assertId('userId', userId);
    assertRef(ref);
    const lists = guildMap(this.guilds, guildId);
    const { next, result } = toggleFavourite(lists.get(userId) ?? [], ref, at);
    lists.set(userId, next);
    return result;
  }

  async remove(guildId: string, userId: string, ref: FavouriteRef): Promise<boolean> {
    assertId('guildId', guildId);
    assertId('userId', userId);
    assertRef(ref);
    const lists = guildMap(this.guilds, guildId);
    const { next, result } = removeFavourite(lists.get(userId) ?? [], ref);
    if (result) lists.set(userId, next);
    return result;
  }

  async has(guildId: string, userId: string, ref: FavouriteRef): Promise<boolean> {
    assertId('guildId', guildId);
    assertId('userId', userId);
    assertRef(ref);
    return (this.guilds.get(guildId)?.get(userId) ?? []).some((item) => item.kind === ref.kind && item.id === ref.id);
  }

  async list(guildId: string, userId: string, query?: FavouriteListQuery): Promise<FavouritePage> {
    assertId('guildId', guildId);
    assertId('userId', userId);
    return pageFavourites(this.guilds.get(guildId)?.get(userId) ?? [], query);
  }

  async chart(guildId: string, options: { kind?: FavouriteKind; limit?: number } = {}): Promise<ChartEntry[]> {
    assertId('guildId', guildId);
    return rankChart(countFavourites(this.guilds.get(guildId)?.values() ?? []), options.kind, options.limit);
  }
}

export class MemorySettingsStore implements SettingsStore {
  private readonly guilds = new Map<string, GuildSettings>();

  async get(guildId: string): Promise<GuildSettings> {
    assertId('guildId', guildId);
    return copySettings(this.guilds.get(guildId) ?? DEFAULT_GUILD_SETTINGS);
  }

  async update(guildId: string, patch: SettingsPatch): Promise<GuildSettings> {
    assertId('guildId', guildId);
    const next = applySettingsPatch(this.guilds.get(guildId) ?? DEFAULT_GUILD_SETTINGS, patch);
    this.guilds.set(guildId, next);
    return copySettings(next);
  }
}

/** Fresh, empty memory stores. */
export function createMemoryStores(): Stores {
  return {
    scores: new MemoryScoreStore(),
    favourites: new MemoryFavouriteStore(),
    settings: new MemorySettingsStore(),
    close: async () => {},
  };
}
