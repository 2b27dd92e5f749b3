/**
 * Points for one answer. A correct answer earns the base, a speed bonus for the time left, and a
 * streak bonus, minus a penalty for each hint revealed before it; never less than the minimum.
 */

/** Points every correct answer earns. */
export const BASE_POINTS = 100;
/** Speed bonus for an answer at the very start of the round; falls linearly to 0 at the end. */
export const SPEED_BONUS_MAX = 50;
/** Streak bonus per consecutive correct answer after the first (2 in a row: +10, 3: +20, …). */
export const STREAK_BONUS_STEP = 10;
/** The streak bonus never exceeds this. */
export const STREAK_BONUS_MAX = 50;
/** Taken off for each hint revealed before the answer was given. */
export const HINT_PENALTY = 25;
/** A correct answer always earns at least this, however many hints it needed. */
export const MIN_CORRECT_POINTS = 10;

export interface AnswerScoreInput {
  correct: boolean;
  /** Milliseconds left in the round when the answer arrived (clamped to 0..roundMs). */
  timeLeftMs: number;
  roundMs: number;
  /** The player's streak including this answer (1 for a first correct answer). */
  streak: number;
  /** Hints revealed before the answer. */
  hintsBefore: number;
}

export interface PointsBreakdown {
  base: number;
  speed: number;
  streak: number;
  hintPenalty: number;
  total: number;
}

/** The points for one answer, with the parts that make them up. */
export function pointsBreakdown(input: AnswerScoreInput): PointsBreakdown {
  if (!input.correct) return { base: 0, speed: 0, streak: 0, hintPenalty: 0, total: 0 };
  const fraction = input.roundMs > 0 ? Math.min(1, Math.max(0, input.timeLeftMs / input.roundMs)) : 0;
  const speed = Math.round(SPEED_BONUS_MAX * fraction);
  const streak = Math.min(STREAK_BONUS_MAX, STREAK_BONUS_STEP * Math.max(0, input.streak - 1));
  const hintPenalty = HINT_PENALTY * Math.max(0, input.hintsBefore);
  const total = Math.max(MIN_CORRECT_POINTS, BASE_POINTS + speed + streak - hintPenalty);
  return { base: BASE_POINTS, speed, streak, hintPenalty, total };
}

/** The points for one answer (0 when wrong). */
export function pointsFor(input: AnswerScoreInput): number {
  return pointsBreakdown(input).total;
}
