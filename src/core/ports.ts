/**
 * Storage ports: what the bot needs to remember about players and fans, as interfaces.
 * Implementations live in src/storage (keyv and memory); both pass tests/storage/contract.ts.
 * Every method that depends on "now" takes the instant explicitly: stores never read a clock.
 */
import type { EntityKind } from './model.js';

/** A moment, as a Date or epoch milliseconds (what `Clock.now()` returns). */
export type Instant = Date | number;

export const PERIODS = ['all', 'week', 'month'] as const;
/** Leaderboard periods: all time, the ISO week (Monday 00:00 UTC) and the calendar month (UTC). */
export type Period = (typeof PERIODS)[number];
export type TimedPeriod = Exclude<Period, 'all'>;

/** One player's result in a round (or a game): every count is added to the player's totals. */
export interface ScoreDelta {
  userId: string;
  /** Points won (may be 0; negative only if the rules ever take points away). */
  points: number;
  /** Questions answered, correct answers and games finished; 0 when left out. */
  answered?: number;
  correct?: number;
  games?: number;
  /** The streak of correct answers the player reached; keeps the best one. */
  streak?: number;
}

export interface LeaderboardQuery {
  period: Period;
  /** The instant whose week or month is shown (ignored for 'all'). */
  at: Instant;
  /** 1-based; pages past the end are empty. Defaults: page 1, 10 per page. */
  page?: number;
  pageSize?: number;
}

export interface LeaderboardEntry {
  /** Competition ranking: tied players share a rank ("1, 2, 2, 4"); ties list by user id. */
  rank: number;
  userId: string;
  points: number;
}

export interface LeaderboardPage {
  period: Period;
  /** "2026-W47", "2026-11", or "all". */
  periodKey: string;
  page: number;
  pageSize: number;
  /** Players on this board: everyone with a result in the period. */
  totalPlayers: number;
  totalPages: number;
  entries: LeaderboardEntry[];
}

export interface PeriodStanding {
  periodKey: string;
  points: number;
  /** null when the player has no result in that period. */
  rank: number | null;
}

export interface PlayerStats {
  userId: string;
  points: number;
  games: number;
  answered: number;
  correct: number;
  bestStreak: number;
  /** All-time rank in the server; null when the player never played here. */
  rank: number | null;
  periodPoints: { week: number; month: number };
  periods: { week: PeriodStanding; month: PeriodStanding };
}

/** Quiz points per server: all-time and current-week/month totals, with leaderboards. */
export interface ScoreStore {
  /** Adds each delta to its player's totals; resolves once every write is durable. */
  addRoundResults(guildId: string, deltas: readonly ScoreDelta[], at: Instant): Promise<void>;
  /** Counts one finished game for each player (same as a delta of `games: 1`). */
  recordGame(guildId: string, userIds: readonly string[], at: Instant): Promise<void>;
  leaderboard(guildId: string, query: LeaderboardQuery): Promise<LeaderboardPage>;
  playerStats(guildId: string, userId: string, at: Instant): Promise<PlayerStats>;
}

export type FavouriteKind = EntityKind;
export const FAVOURITE_KINDS = ['song', 'production', 'artist'] as const satisfies readonly FavouriteKind[];
/** Most favourites one user keeps in one server; `toggle` answers 'full' beyond it. */
export const MAX_FAVOURITES = 200;

export interface FavouriteRef {
  kind: FavouriteKind;
  /** Catalog id (slug). The store does not check that it exists: views skip ids the catalog lost. */
  id: string;
}

export interface Favourite extends FavouriteRef {
  /** Epoch milliseconds. */
  addedAt: number;
}

export type ToggleResult = 'added' | 'removed' | 'full';

export interface FavouriteListQuery {
  kind?: FavouriteKind;
  /** 1-based; defaults: page 1, 10 per page. Newest first. */
  page?: number;
  pageSize?: number;
}

export interface FavouritePage {
  items: Favourite[];
  page: number;
  pageSize: number;
  total: number;
  totalPages: number;
}

export interface ChartEntry extends FavouriteRef {
  /** How many users of the server have it as a favourite. */
  count: number;
  /** Competition ranking by count. Ties list by kind, then id. */
  rank: number;
}

/** Fans' favourites per user per server, and the server's chart of the most favourited. */
export interface FavouriteStore {
  /** Adds the item, or removes it when already there. */
  toggle(guildId: string, userId: string, ref: FavouriteRef, at: Instant): Promise<ToggleResult>;
  /** Removes one favourite; false when it was not there. */
  remove(guildId: string, userId: string, ref: FavouriteRef): Promise<boolean>;
  has(guildId: string, userId: string, ref: FavouriteRef): Promise<boolean>;
  list(guildId: string, userId: string, query?: FavouriteListQuery): Promise<FavouritePage>;
  /** The most favourited items in the server, optionally of one kind; default limit 10. */
  chart(guildId: string, options?: { kind?: FavouriteKind; limit?: number }): Promise<ChartEntry[]>;
}

export const QUIZ_MODES = ['buttons', 'typed'] as const;
/** How players answer: multiple-choice buttons, or typing the answer. */
export type QuizMode = (typeof QUIZ_MODES)[number];

/** Bounds of the per-server quiz defaults (commands give the same bounds to Discord). */
export const QUIZ_LIMITS = {
  rounds: { min: 1, max: 50, default: 10 },
  seconds: { min: 10, max: 60, default: 20 },
} as const;

export interface QuizDefaults {
  rounds: number;
  seconds: number;
  mode: QuizMode;
}

export interface GuildSettings {
  quiz: QuizDefaults;
}

export interface SettingsPatch {
  quiz?: Partial<QuizDefaults>;
}

export const DEFAULT_GUILD_SETTINGS: GuildSettings = {
  quiz: { rounds: QUIZ_LIMITS.rounds.default, seconds: QUIZ_LIMITS.seconds.default, mode: 'buttons' },
};

/** Per-server settings; a server that never changed anything gets the defaults. */
export interface SettingsStore {
  get(guildId: string): Promise<GuildSettings>;
  /** Applies the patch and returns the new settings; throws RangeError on an out-of-bounds value. */
  update(guildId: string, patch: SettingsPatch): Promise<GuildSettings>;
}

export interface Stores {
  scores: ScoreStore;
  favourites: FavouriteStore;
  settings: SettingsStore;
  /** Waits for pending writes, then closes the connection. */
  close(): Promise<void>;
}

/** Epoch milliseconds of an instant. */
export function toEpochMs(at: Instant): number {
  return typeof at === 'number' ? at : at.getTime();
}

/** The key of the ISO week holding `at` in UTC, e.g. "2026-W47" (weeks start on Monday). */
export function isoWeekKey(at: Instant): string {
  const date = new Date(toEpochMs(at));
  const day = date.getUTCDay() || 7;
  // The Thursday of this week decides the ISO year.
  const thursday = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 4 - day);
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The key of the calendar month holding `at` in UTC, e.g. "2026-11". */
export function monthKey(at: Instant): string {
  const date = new Date(toEpochMs(at));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The period key of `at`: keys of one kind sort in time order as strings. */
export function periodKey(period: Period, at: Instant): string {
  if (period === 'week') return isoWeekKey(at);
  if (period === 'month') return monthKey(at);
  return 'all';
}
