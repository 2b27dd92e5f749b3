import { describe, expect, it } from 'vitest';
import {
  BASE_POINTS,
  HINT_PENALTY,
  MIN_CORRECT_POINTS,
  pointsBreakdown,
  pointsFor,
  SPEED_BONUS_MAX,
  STREAK_BONUS_MAX,
  STREAK_BONUS_STEP,
} from '../../src/core/quiz/index.js';

const base = { correct: true, timeLeftMs: 0, roundMs: 20_000, streak: 1, hintsBefore: 0 };

describe('quiz scoring', () => {
  it('a wrong answer earns nothing, whatever else', () => {
    expect(pointsFor({ ...base, correct: false, timeLeftMs: 20_000, streak: 5 })).toBe(0);
  });

  it('a correct answer at the last moment earns the base points', () => {
    expect(pointsFor(base)).toBe(BASE_POINTS);
  });

  it('the speed bonus follows the time left, up to its maximum', () => {
    expect(pointsFor({ ...base, timeLeftMs: 20_000 })).toBe(BASE_POINTS + SPEED_BONUS_MAX);
    expect(pointsFor({ ...base, timeLeftMs: 10_000 })).toBe(BASE_POINTS + SPEED_BONUS_MAX / 2);
    expect(pointsFor({ ...base, timeLeftMs: 5_000 })).toBe(BASE_POINTS + Math.round(SPEED_BONUS_MAX / 4));
    expect(pointsFor({ ...base, timeLeftMs: 99_000 })).toBe(BASE_POINTS + SPEED_BONUS_MAX);
    expect(pointsFor({ ...base, timeLeftMs: -5 })).toBe(BASE_POINTS);
  });

  it('the streak bonus grows by a step per consecutive correct answer, capped', () => {
    expect(pointsBreakdown({ ...base, streak: 1 }).streak).toBe(0);
    expect(pointsBreakdown({ ...base, streak: 2 }).streak).toBe(STREAK_BONUS_STEP);
    expect(pointsBreakdown({ ...base, streak: 4 }).streak).toBe(3 * STREAK_BONUS_STEP);
    expect(pointsBreakdown({ ...base, streak: 100 }).streak).toBe(STREAK_BONUS_MAX);
  });

  it('each hint revealed before the answer costs the penalty, never below the minimum', () => {
    expect(pointsFor({ ...base, hintsBefore: 1 })).toBe(BASE_POINTS - HINT_PENALTY);
    expect(pointsFor({ ...base, hintsBefore: 2 })).toBe(BASE_POINTS - 2 * HINT_PENALTY);
    expect(pointsFor({ ...base, hintsBefore: 50 })).toBe(MIN_CORRECT_POINTS);
  });

  it('the breakdown adds up', () => {
    const b = pointsBreakdown({ correct: true, timeLeftMs: 15_000, roundMs: 20_000, streak: 3, hintsBefore: 1 });
    expect(b.total).toBe(b.base + b.speed + b.streak - b.hintPenalty);
    expect(b).toEqual({ base: 100, speed: 38, streak: 20, hintPenalty: 25, total: 133 });
  });
});
