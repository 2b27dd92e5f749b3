import { z } from 'zod';
import {
  DEFAULT_GUILD_SETTINGS,
  FAVOURITE_KINDS,
  QUIZ_LIMITS,
  QUIZ_MODES,
  isoWeekKey,
  monthKey,
  toEpochMs,
  type Favourite,
  type FavouriteRef,
  type GuildSettings,
  type PeriodStanding,
  type PlayerStats,
  type Instant,
  type ScoreDelta,
  type SettingsPatch,
} from '../core/ports.js';
import { versionedCodec } from './codec.js';

/** The stored shapes (schema version 1) and the pure rules both store implementations share. */

export interface PeriodTotal {
  key: string;
  points: number;
}

export interface PlayerRecord {
  v: 1;
  points: number;
  games: number;
  answered: number;
  correct: number;
  bestStreak: number;
  week: PeriodTotal | null;
  month: PeriodTotal | null;
  updatedAt: number;
}

const count = z.number().int().nonnegative();
const periodTotal = z.object({ key: z.string().min(1).max(16), points: z.number().finite() });

export const playerCodec = versionedCodec<PlayerRecord>({
  name: 'player',
  version: 1,
  schema: z.object({
    v: z.literal(1),
    points: z.number().finite(),
    games: count,
    answered: count,
    correct: count,
    bestStreak: count,
    week: periodTotal.nullable(),
    month: periodTotal.nullable(),
    updatedAt: z.number().finite(),
  }),
});

const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** Guild and user ids become parts of keys: refuse anything that is not a plain id. */
export function assertId(what: string, id: string): void {
  if (typeof id !== 'string' || !idPattern.test(id)) throw new RangeError(`${what} is not a valid id: ${JSON.stringify(id)}`);
}

function assertCount(what: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
    throw new RangeError(`${what} must be a non-negative integer, got ${String(value)}`);
  }
}

export function assertDelta(delta: ScoreDelta): void {
  assertId('userId', delta.userId);
  if (!Number.isFinite(delta.points)) throw new RangeError(`points must be a finite number, got ${String(delta.points)}`);
  assertCount('answered', delta.answered);
  assertCount('correct', delta.correct);
  assertCount('games', delta.games);
  assertCount('streak', delta.streak);
}

/** Several deltas of one player (in one call) become one. */
export function mergeDeltas(deltas: readonly ScoreDelta[]): ScoreDelta[] {
  const byUser = new Map<string, ScoreDelta>();
  for (const delta of deltas) {
    assertDelta(delta);
    const prev = byUser.get(delta.userId);
    byUser.set(
      delta.userId,
      prev
        ? {
            userId: delta.userId,
            points: prev.points + delta.points,
            answered: (prev.answered ?? 0) + (delta.answered ?? 0),
            correct: (prev.correct ?? 0) + (delta.correct ?? 0),
            games: (prev.games ?? 0) + (delta.games ?? 0),
            streak: Math.max(prev.streak ?? 0, delta.streak ?? 0),
          }
        : { ...delta },
    );
  }
  return [...byUser.values()];
}

function addToPeriod(prev: PeriodTotal | null, key: string, points: number): PeriodTotal | null {
  if (!prev || prev.key < key) return { key, points };
  if (prev.key === key) return { key, points: prev.points + points };
  // A late write for a period that has already ended: it only counts towards all time.
  return prev;
}

export function emptyPlayer(): PlayerRecord {
  return { v: 1, points: 0, games: 0, answered: 0, correct: 0, bestStreak: 0, week: null, month: null, updatedAt: 0 };
}

export function applyDelta(prev: PlayerRecord | undefined, delta: ScoreDelta, at: Instant): PlayerRecord {
  const base = prev ?? emptyPlayer();
  const ms = toEpochMs(at);
  return {
    v: 1,
    points: base.points + delta.points,
    games: base.games + (delta.games ?? 0),
    answered: base.answered + (delta.answered ?? 0),
    correct: base.correct + (delta.correct ?? 0),
    bestStreak: Math.max(base.bestStreak, delta.streak ?? 0),
    week: addToPeriod(base.week, isoWeekKey(ms), delta.points),
    month: addToPeriod(base.month, monthKey(ms), delta.points),
    updatedAt: Math.max(base.updatedAt, ms),
  };
}

/** Points of a player in the given period key, or undefined when they have no result in it. */
export function periodPoints(record: PlayerRecord, period: 'week' | 'month', key: string): number | undefined {
  const total = record[period];
  return total && total.key === key ? total.points : undefined;
}

export interface FavouriteList {
  v: 1;
  /** Oldest first. */
  items: Favourite[];
}

const favouriteSchema = z.object({
  kind: z.enum(FAVOURITE_KINDS),
  id: z.string().min(1).max(100),
  addedAt: z.number().finite(),
});

export const favouritesCodec = versionedCodec<FavouriteList>({
  name: 'favourites',
  version: 1,
  schema: z.object({ v: z.literal(1), items: z.array(favouriteSchema) }),
  // Keep every well-formed item of a list with a few bad ones.
  repair: (raw) => {
    if (!Array.isArray(raw.items)) return undefined;
    const items = raw.items.flatMap((item: unknown) => {
      const parsed = favouriteSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
    return { v: 1, items };
  },
});

export function assertRef(ref: FavouriteRef): void {
  if (!FAVOURITE_KINDS.includes(ref.kind)) throw new RangeError(`unknown favourite kind: ${String(ref.kind)}`);
  if (typeof ref.id !== 'string' || ref.id.length === 0 || ref.id.length > 100) {
    throw new RangeError(`favourite id must be 1 to 100 characters`);
  }
}

export function sameRef(a: FavouriteRef, b: FavouriteRef): boolean {
  return a.kind === b.kind && a.id === b.id;
}

export function refKey(ref: FavouriteRef): string {
  return `${ref.kind}:${ref.id}`;
}

export interface SettingsValue extends GuildSettings {
  v: 1;
}

const quizSchema = z.object({
  rounds: z.number().int().min(QUIZ_LIMITS.rounds.min).max(QUIZ_LIMITS.rounds.max),
  seconds: z.number().int().min(QUIZ_LIMITS.seconds.min).max(QUIZ_LIMITS.seconds.max),
  mode: z.enum(QUIZ_MODES),
});

export const settingsCodec = versionedCodec<SettingsValue>({
  name: 'settings',
  version: 1,
  schema: z.object({ v: z.literal(1), quiz: quizSchema }),
  // Keep each valid setting and default the others (e.g. a mode a later version removed).
  repair: (raw) => {
    const quiz = typeof raw.quiz === 'object' && raw.quiz !== null ? (raw.quiz as Record<string, unknown>) : {};
    const pick = <K extends keyof typeof quizSchema.shape>(key: K) => {
      const parsed = quizSchema.shape[key].safeParse(quiz[key]);
      return parsed.success ? parsed.data : DEFAULT_GUILD_SETTINGS.quiz[key];
    };
    return { v: 1, quiz: { rounds: pick('rounds'), seconds: pick('seconds'), mode: pick('mode') } } as SettingsValue;
  },
});

/** Applies a patch; an out-of-bounds value is a caller bug (commands bound their options). */
export function applySettingsPatch(current: GuildSettings, patch: SettingsPatch): GuildSettings {
  const quiz = { ...current.quiz, ...patch.quiz };
  const parsed = quizSchema.safeParse(quiz);
  if (!parsed.success) {
    throw new RangeError(`invalid settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return { quiz: parsed.data };
}

export function copySettings(settings: GuildSettings): GuildSettings {
  return { quiz: { ...settings.quiz } };
}

export interface Roster {
  v: 1;
  users: string[];
}

export const rosterCodec = versionedCodec<Roster>({
  name: 'roster',
  version: 1,
  schema: z.object({ v: z.literal(1), users: z.array(z.string().regex(idPattern)) }),
  repair: (raw) =>
    Array.isArray(raw.users) ? { v: 1, users: raw.users.filter((u): u is string => typeof u === 'string' && idPattern.test(u)) } : undefined,
});

export function pageBounds(page: number | undefined, pageSize: number | undefined, total: number) {
  const whole = (value: number | undefined, fallback: number) =>
    value !== undefined && Number.isFinite(value) ? Math.floor(value) : fallback;
  const size = Math.min(100, Math.max(1, whole(pageSize, 10)));
  const number = Math.max(1, whole(page, 1));
  return { page: number, pageSize: size, offset: (number - 1) * size, totalPages: Math.max(1, Math.ceil(total / size)) };
}

/** The stats a player sees, from their record (undefined: never played here) and their standings. */
export function toPlayerStats(
  userId: string,
  record: PlayerRecord | undefined,
  rank: number | null,
  periods: { week: PeriodStanding; month: PeriodStanding },
): PlayerStats {
  const r = record ?? emptyPlayer();
  return {
    userId,
    points: r.points,
    games: r.games,
    answered: r.answered,
    correct: r.correct,
    bestStreak: r.bestStreak,
    rank,
    periodPoints: { week: periods.week.points, month: periods.month.points },
    periods,
  };
}
