import type { EntityRef } from '../catalog.js';

export const QUESTION_KINDS = [
  'song_production',
  'song_performer',
  'production_song',
  'artist_production',
  'production_year',
  'production_network',
  'shared_artist',
] as const;
/** What a question asks; every kind is generated from the catalog's links. */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Kinds that count as hard: facts fans rarely know by heart, or a relation between two productions. */
export const HARD_KINDS: readonly QuestionKind[] = ['production_year', 'production_network', 'shared_artist'];

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** drama = tv_drama + web_drama, anime = anime + animated_series, film = film + animated_film. */
export const PRODUCTION_GROUPS = ['drama', 'anime', 'film'] as const;
export type ProductionGroup = (typeof PRODUCTION_GROUPS)[number];

export const MIN_CHOICES = 2;
export const MAX_CHOICES = 5;

/**
 * How a typed answer is compared with `accepted`: 'fuzzy' through the injected matcher
 * (titles, names), 'exact' by normalised equality (years and networks, where a near miss is wrong).
 */
export type AnswerMatch = 'fuzzy' | 'exact';

export interface Question {
  kind: QuestionKind;
  /** Facts only, at most 256 characters. */
  prompt: string;
  /** Button labels (each at most 80 characters), unique under normalisation, in shuffled order. */
  choices: string[];
  answerIndex: number;
  /** Typed answers that count: every correct title or name with its aliases and Korean form. */
  accepted: string[];
  match: AnswerMatch;
  /** Clues in reveal order: year, then network or platform, then the answer's initials. */
  hints: string[];
  /** What the question is about ("song:<id>", "production:<id>", "artist:<id>"); unique within a game. */
  subject: string;
  /** Entities named in the prompt (for the adapter's reveal card). Never put them in a custom id. */
  about: EntityRef[];
  /** The entity of the answer, when the answer is one (not for years and networks). */
  answerRef?: EntityRef;
}

/** Narrows the questions of a game. Every filter present must hold. */
export interface QuizFilters {
  /** First-air year bounds, inclusive. */
  fromYear?: number;
  toYear?: number;
  productionKind?: ProductionGroup;
  /** Songs sung by this artist, or by members of this group. */
  artistId?: string;
  /** Favourite songs, productions (their songs) and artists (their songs). */
  favourites?: readonly EntityRef[];
}

export interface GenerateOptions {
  count: number;
  /** Defaults: easy asks only the kinds that are not hard; medium and hard ask every kind. */
  kinds?: readonly QuestionKind[];
  difficulty: Difficulty;
  /** 2 to 5 (clamped). */
  choices: number;
  filters?: QuizFilters;
}

export type GenerateResult =
  | { ok: true; questions: Question[] }
  | { ok: false; reason: 'not_enough_questions'; available: number };
