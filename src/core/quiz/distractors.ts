/**
 * Picking wrong choices: the most plausible first (ties broken by the game's Random), never a
 * correct answer, never two labels equal under normalisation.
 */
import type { Random } from '../random.js';
import { answerKey } from './facts.js';

export interface DistractorRules<T> {
  /** How plausible the candidate is next to the answer; higher first. */
  score(candidate: T): number;
  label(candidate: T): string;
  /** True when the candidate is also a correct answer (or otherwise unfit). */
  excluded(candidate: T): boolean;
}

/**
 * `needed` candidates whose labels differ (under normalisation) from each other and from `takenKeys`
 * (the answer's keys); undefined when the pool is too small.
 */
export function pickDistractors<T>(
  random: Random,
  pool: readonly T[],
  rules: DistractorRules<T>,
  takenKeys: readonly string[],
  needed: number,
): T[] | undefined {
  const ranked: { item: T; score: number; tie: number }[] = [];
  for (const item of pool) {
    if (rules.excluded(item)) continue;
    ranked.push({ item, score: rules.score(item), tie: random.next() });
  }
  ranked.sort((a, b) => b.score - a.score || a.tie - b.tie);
  const taken = new Set(takenKeys);
  const out: T[] = [];
  for (const { item } of ranked) {
    if (out.length === needed) break;
    const key = answerKey(rules.label(item));
    if (taken.has(key)) continue;
    taken.add(key);
    out.push(item);
  }
  return out.length === needed ? out : undefined;
}

/** Points for closeness in time: within ±4 years scores highest; unknown years score a little. */
export function eraScore(a: number | undefined, b: number | undefined, weight = 4): number {
  if (a === undefined || b === undefined) return 1;
  const gap = Math.abs(a - b);
  if (gap <= 4) return weight;
  return gap <= 8 ? weight / 4 : 0;
}
