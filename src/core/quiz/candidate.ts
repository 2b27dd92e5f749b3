/**
 * A question not built yet: cheap to list for the whole catalog, built (distractors, shuffle)
 * only when the generator picks it.
 */
import type { EntityRef } from '../catalog.js';
import { DISCORD_LIMITS, truncate } from '../limits.js';
import type { Tier } from '../model.js';
import { shuffled, type Random } from '../random.js';
import { answerKey, label } from './facts.js';
import type { QuizIndex } from './quizIndex.js';
import type { Scope } from './scope.js';
import type { AnswerMatch, Question, QuestionKind } from './types.js';

export interface BuildContext {
  index: QuizIndex;
  scope: Scope;
  random: Random;
  /** Total choices per question, answer included. */
  choices: number;
}

export interface Candidate {
  kind: QuestionKind;
  subject: string;
  /** Entities the question involves (subject and answer): the generator avoids reusing them when it can. */
  keys: readonly string[];
  tier: Tier | undefined;
  build(ctx: BuildContext): Question | undefined;
}

export interface QuestionParts {
  kind: QuestionKind;
  prompt: string;
  answer: string;
  distractors: readonly string[];
  accepted: readonly string[];
  match?: AnswerMatch;
  hints: readonly (string | undefined)[];
  subject: string;
  about: EntityRef[];
  answerRef?: EntityRef;
}

/** Shuffles the choices with the game's Random; undefined if two labels collide under normalisation. */
export function assemble(random: Random, parts: QuestionParts): Question | undefined {
  const answer = label(parts.answer);
  const labels = [answer, ...parts.distractors.map(label)];
  if (new Set(labels.map(answerKey)).size !== labels.length) return undefined;
  const choices = shuffled(random, labels);
  const question: Question = {
    kind: parts.kind,
    prompt: truncate(parts.prompt.replace(/([?!])\?$/u, '$1'), DISCORD_LIMITS.embedTitle),
    choices,
    answerIndex: choices.indexOf(answer),
    accepted: [...new Set([...parts.accepted, parts.answer])],
    match: parts.match ?? 'fuzzy',
    hints: parts.hints.filter((h): h is string => h !== undefined),
    subject: parts.subject,
    about: parts.about,
  };
  if (parts.answerRef) question.answerRef = parts.answerRef;
  return question;
}
