/**
 * How plausible a wrong choice looks next to the answer: same era (±4 years), same kind of
 * production or performer, same network. Higher is closer.
 */
import type { Artist, Production } from '../model.js';
import { eraScore } from './distractors.js';
import { performerClass, productionGroup } from './facts.js';
import type { QuizIndex } from './quizIndex.js';

const HANGUL = /[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]/;

/** 2 when both labels are written in Hangul or both are not: a lone Korean title among English ones stands out. */
export function scriptScore(a: string, b: string): number {
  return HANGUL.test(a) === HANGUL.test(b) ? 2 : 0;
}

/** Productions with an OST in the catalog come first: a production without songs is an easy one to rule out. */
export function productionCloseness(index: QuizIndex, answer: Production): (c: Production) => number {
  const year = index.year(answer);
  const group = productionGroup(answer.kind);
  const networks = new Set(answer.networks);
  return (c) =>
    eraScore(index.year(c), year) +
    (productionGroup(c.kind) === group ? 3 : 0) +
    (c.networks.some((n) => networks.has(n)) ? 1 : 0) +
    (index.catalog.songsOf(c.id).length > 0 ? 3 : 0) +
    scriptScore(c.title, answer.title);
}

/** Group against group, soloist against soloist first; then debut era and gender. */
export function artistCloseness(answer: Artist): (c: Artist) => number {
  const cls = performerClass(answer);
  return (c) =>
    (performerClass(c) === cls ? 8 : 0) +
    scriptScore(c.name, answer.name) +
    eraScore(c.debutYear, answer.debutYear, 2) +
    (c.gender !== undefined && c.gender === answer.gender ? 1 : 0);
}

/** The word for the choices when they all share a production group ("drama"), else "title". */
export function commonNoun(productions: readonly Production[]): 'drama' | 'anime' | 'film' | 'title' {
  const first = productions[0];
  if (!first) return 'title';
  const group = productionGroup(first.kind);
  return productions.every((p) => productionGroup(p.kind) === group) ? group : 'title';
}
