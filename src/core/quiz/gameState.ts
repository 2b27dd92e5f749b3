/**
 * A quiz game as plain data (JSON-safe: arrays and strings, no Maps or Dates). The engine's
 * transitions return new states and never mutate these.
 */
import type { Difficulty, Question } from './types.js';

export const ANSWER_MODES = ['buttons', 'typed'] as const;
/** Buttons: pick one of the choices. Typed: type the answer (in a modal). */
export type AnswerMode = (typeof ANSWER_MODES)[number];

export interface GameSettings {
  /** At most this many rounds (fewer when fewer questions are given). */
  rounds: number;
  secondsPerRound: number;
  mode: AnswerMode;
  /** Only the starter plays: others cannot answer, and each round ends as soon as the starter answers. */
  solo?: boolean;
  /** For display only; the questions already reflect it. */
  difficulty?: Difficulty;
}

export interface PlayerState {
  userId: string;
  /** The round in which the player first answered (solo starter: 1). */
  joinedRound: number;
  points: number;
  answered: number;
  correct: number;
  /** Consecutive correct answers up to the last closed round. */
  streak: number;
  bestStreak: number;
}

export interface RoundAnswer {
  userId: string;
  /** The choice position (buttons mode). */
  choice?: number;
  /** The typed text (typed mode). */
  text?: string;
  correct: boolean;
  at: number;
  /** Hints revealed when the answer arrived. */
  hintsBefore: number;
}

/** Why a round closed: its time ran out, every player answered, a skip majority, a stop, or the adapter closed it early. */
export type RoundEndReason = 'time' | 'all_answered' | 'skipped' | 'stopped' | 'ended';

export interface PlayerRoundResult {
  userId: string;
  answered: boolean;
  correct: boolean;
  /** Points gained this round. */
  points: number;
  /** The streak after this round. */
  streak: number;
}

export interface RoundReveal {
  round: number;
  /** The correct choice's label. */
  answer: string;
  answerIndex: number;
  correctUserIds: string[];
  /** One entry per player in the game, in join order. */
  results: PlayerRoundResult[];
  reason: RoundEndReason;
  hintsRevealed: number;
}

export interface GameState {
  id: string;
  guildId: string;
  channelId: string;
  starterId: string;
  settings: GameSettings;
  /** Exactly `settings.rounds` questions; round n asks `questions[n - 1]`. */
  questions: Question[];
  status: 'running' | 'finished';
  /** 'completed' after the last round, 'stopped' when stopped early. */
  endReason?: 'completed' | 'stopped';
  /** The current round, 1-based. */
  round: number;
  /** 'open' takes answers; 'closed' waits for nextRound. */
  phase: 'open' | 'closed';
  roundStartedAt: number;
  roundEndsAt: number;
  hintsRevealed: number;
  /** Answers of the current round, in arrival order. */
  answers: RoundAnswer[];
  skipVotes: string[];
  /** Everyone who answered in this game (and the starter of a solo game), in join order. */
  players: PlayerState[];
  /** One reveal per closed round. */
  reveals: RoundReveal[];
  startedAt: number;
  endedAt?: number;
}

export interface PodiumEntry {
  /** 1-based position after sorting (points, then accuracy, then earlier join). */
  rank: number;
  userId: string;
  points: number;
  correct: number;
  answered: number;
  /** correct / answered, 0 when nothing was answered. */
  accuracy: number;
  bestStreak: number;
}
