/**
 * Question generation: list every candidate the filters allow, order each kind's candidates by a
 * weighted random draw (fame decides the weight per difficulty), then take kinds in random turns.
 */
import type { Catalog } from '../catalog.js';
import type { Tier } from '../model.js';
import { randomInt, type Random } from '../random.js';
import { artistCandidates } from './artistQuestions.js';
import type { BuildContext, Candidate } from './candidate.js';
import { productionCandidates } from './productionQuestions.js';
import { buildQuizIndex, type QuizIndex } from './quizIndex.js';
import { buildScope } from './scope.js';
import { songCandidates } from './songQuestions.js';
import {
  HARD_KINDS,
  MAX_CHOICES,
  MIN_CHOICES,
  QUESTION_KINDS,
  type Difficulty,
  type GenerateOptions,
  type GenerateResult,
  type Question,
  type QuestionKind,
} from './types.js';

/**
 * Draw weight of a candidate by difficulty and tier (0 = never asked).
 * easy: famous only (signature, notable). medium: everything, famous weighted up.
 * hard: deep cuts and untiered items, plus famous items in the hard kinds.
 */
export function candidateWeight(difficulty: Difficulty, kind: QuestionKind, tier: Tier | undefined): number {
  const famous = tier === 'signature' || tier === 'notable';
  if (difficulty === 'easy') return tier === 'signature' ? 3 : tier === 'notable' ? 2 : 0;
  if (difficulty === 'medium') return tier === 'signature' ? 4 : tier === 'notable' ? 3 : 1;
  if (!famous) return tier === 'deep_cut' ? 3 : 2;
  return HARD_KINDS.includes(kind) ? 1 : 0;
}

export function defaultKinds(difficulty: Difficulty): QuestionKind[] {
  return difficulty === 'easy' ? QUESTION_KINDS.filter((k) => !HARD_KINDS.includes(k)) : [...QUESTION_KINDS];
}

/** Weighted random order without replacement (Efraimidis–Spirakis keys). */
function weightedOrder(random: Random, items: readonly { item: Candidate; weight: number }[]): Candidate[] {
  return items
    .map(({ item, weight }) => ({ item, key: -Math.log(1 - random.next()) / weight }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);
}

/** The quiz index depends only on the (immutable) catalog, so it is built once per catalog. */
const indexes = new WeakMap<Catalog, QuizIndex>();

function quizIndexOf(catalog: Catalog): QuizIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = buildQuizIndex(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

/** Questions for one game; the same catalog, options and seed give the same questions. */
export function generateQuestions(catalog: Catalog, options: GenerateOptions, random: Random): GenerateResult {
  const index = quizIndexOf(catalog);
  const scope = buildScope(catalog, options.filters);
  const kinds = new Set(options.kinds ?? defaultKinds(options.difficulty));
  const choices = Math.min(MAX_CHOICES, Math.max(MIN_CHOICES, Math.round(options.choices)));
  const count = Math.max(0, Math.floor(options.count));

  const all = [
    ...songCandidates(index, scope.song),
    ...productionCandidates(index, scope.production),
    ...artistCandidates(index, scope.song),
  ];
  const queues = new Map<QuestionKind, { order: Candidate[]; next: number; deferred: Candidate[] }>();
  for (const kind of QUESTION_KINDS) {
    if (!kinds.has(kind)) continue;
    const weighted = all
      .filter((c) => c.kind === kind)
      .map((item) => ({ item, weight: candidateWeight(options.difficulty, kind, item.tier) }))
      .filter((c) => c.weight > 0);
    if (weighted.length > 0) queues.set(kind, { order: weightedOrder(random, weighted), next: 0, deferred: [] });
  }

  const ctx: BuildContext = { index, scope, random, choices };
  const usedSubjects = new Set<string>();
  const touched = new Set<string>();
  const questions: Question[] = [];

  const tryBuild = (c: Candidate): Question | undefined => {
    if (usedSubjects.has(c.subject)) return undefined;
    const q = c.build(ctx);
    if (!q) return undefined;
    usedSubjects.add(c.subject);
    for (const key of c.keys) touched.add(key);
    return q;
  };

  // Candidates that reuse an entity already asked about wait until the fresh ones run out.
  const takeFrom = (queue: { order: Candidate[]; next: number; deferred: Candidate[] }): Question | undefined => {
    while (queue.next < queue.order.length) {
      const c = queue.order[queue.next++] as Candidate;
      if (usedSubjects.has(c.subject)) continue;
      if (c.keys.some((k) => touched.has(k))) {
        queue.deferred.push(c);
        continue;
      }
      const q = tryBuild(c);
      if (q) return q;
    }
    while (queue.deferred.length > 0) {
      const q = tryBuild(queue.deferred.shift() as Candidate);
      if (q) return q;
    }
    return undefined;
  };

  while (questions.length < count && queues.size > 0) {
    const live = [...queues.keys()];
    const kind = live[randomInt(random, live.length)] as QuestionKind;
    const queue = queues.get(kind);
    const q = queue ? takeFrom(queue) : undefined;
    if (q) questions.push(q);
    else queues.delete(kind);
  }

  if (questions.length < count) {
    return { ok: false, reason: 'not_enough_questions', available: questions.length };
  }
  return { ok: true, questions };
}
