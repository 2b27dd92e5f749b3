/**
 * The quiz rules inside a round: start, answer, hint, skip vote. Pure: each transition takes a
 * state and a `now` (epoch ms) and returns a new state with an outcome; inputs are never mutated.
 *
 * Who is a player: anyone who answered in this game (the starter from the start in a solo game).
 * When a round ends early: (a) solo game: when the starter answered; (b) otherwise when every player
 * has answered this round, provided at least one of them joined in an earlier round — so the first
 * round (when nobody is known yet) runs to its time, and a lone newcomer never ends a round by
 * answering; (c) a skip vote by more than half of the players. Otherwise the round ends by time.
 */
import type { GameSettings, GameState, PlayerState, RoundAnswer } from './gameState.js';
import { isCorrectTyped, type AnswerMatcher } from './typedAnswer.js';
import type { Question } from './types.js';

export type { AnswerMatcher };

/** Longest typed answer considered; longer texts are refused as invalid. */
export const MAX_TYPED_ANSWER = 200;

export interface StartGameInput {
  id: string;
  guildId: string;
  channelId: string;
  starterId: string;
  settings: GameSettings;
  questions: readonly Question[];
  now: number;
}

/** A running game at round 1. Throws RangeError without questions (generateQuestions said so first). */
export function startGame(input: StartGameInput): GameState {
  const rounds = Math.min(Math.max(1, Math.floor(input.settings.rounds)), input.questions.length);
  if (input.questions.length === 0) throw new RangeError('startGame needs at least one question');
  const settings: GameSettings = { ...input.settings, rounds };
  return {
    id: input.id,
    guildId: input.guildId,
    channelId: input.channelId,
    starterId: input.starterId,
    settings,
    questions: input.questions.slice(0, rounds),
    status: 'running',
    round: 1,
    phase: 'open',
    roundStartedAt: input.now,
    roundEndsAt: input.now + roundMs(settings),
    hintsRevealed: 0,
    answers: [],
    skipVotes: [],
    players: settings.solo ? [newPlayer(input.starterId, 1)] : [],
    reveals: [],
    startedAt: input.now,
  };
}

export function roundMs(settings: GameSettings): number {
  return Math.max(1, settings.secondsPerRound) * 1000;
}

function newPlayer(userId: string, round: number): PlayerState {
  return { userId, joinedRound: round, points: 0, answered: 0, correct: 0, streak: 0, bestStreak: 0 };
}

/** The question of the current round. */
export function currentQuestion(state: GameState): Question | undefined {
  return state.questions[state.round - 1];
}

/** The hints revealed so far this round, in order. */
export function revealedHints(state: GameState): string[] {
  return (currentQuestion(state)?.hints ?? []).slice(0, state.hintsRevealed);
}

export function isPlayer(state: GameState, userId: string): boolean {
  return state.players.some((p) => p.userId === userId);
}

/** More than half of the players: the skip votes that end a round. */
export function skipVotesNeeded(state: GameState): number {
  return Math.floor(state.players.length / 2) + 1;
}

/** True when the open round should close now: time, answers (see the rule above) or skip votes. */
export function shouldCloseRound(state: GameState, now: number): boolean {
  if (state.status !== 'running' || state.phase !== 'open') return false;
  if (now >= state.roundEndsAt) return true;
  if (state.players.length > 0 && state.skipVotes.length >= skipVotesNeeded(state)) return true;
  return allAnswered(state);
}

export function allAnswered(state: GameState): boolean {
  const answered = (userId: string): boolean => state.answers.some((a) => a.userId === userId);
  if (state.settings.solo) return answered(state.starterId);
  const veterans = state.players.some((p) => p.joinedRound < state.round);
  return veterans && state.players.every((p) => answered(p.userId));
}

/** Why an action cannot act on this round, or undefined when the round is open. */
function roundGate(state: GameState, round: number, now: number): 'closed' | 'stale_round' | 'late' | undefined {
  if (state.status === 'finished') return 'closed';
  if (round !== state.round) return 'stale_round';
  if (state.phase === 'closed') return 'closed';
  if (now >= state.roundEndsAt) return 'late';
  return undefined;
}

export type AnswerOutcome = 'accepted' | 'duplicate' | 'late' | 'closed' | 'stale_round' | 'invalid' | 'not_player';

export interface AnswerInput {
  userId: string;
  round: number;
  /** The choice position, in buttons mode. */
  choice?: number;
  /** The typed answer, in typed mode. */
  text?: string;
  now: number;
}

/**
 * Records one answer per player per round (correctness is kept, not announced). `roundComplete`
 * tells the adapter to close the round now. 'not_player': someone else in a solo game.
 */
export function answer(
  state: GameState,
  input: AnswerInput,
  matches: AnswerMatcher,
): { state: GameState; outcome: AnswerOutcome; roundComplete: boolean } {
  const gate = roundGate(state, input.round, input.now);
  if (gate) return { state, outcome: gate, roundComplete: gate === 'late' };
  const unchanged = (outcome: AnswerOutcome) => ({ state, outcome, roundComplete: shouldCloseRound(state, input.now) });
  if (state.settings.solo && input.userId !== state.starterId) return unchanged('not_player');
  if (state.answers.some((a) => a.userId === input.userId)) return unchanged('duplicate');
  const question = currentQuestion(state);
  if (!question) return unchanged('invalid');
  const judged = judge(state, question, input, matches);
  if (!judged) return unchanged('invalid');
  const players = isPlayer(state, input.userId) ? state.players : [...state.players, newPlayer(input.userId, state.round)];
  const next: GameState = { ...state, players, answers: [...state.answers, judged] };
  return { state: next, outcome: 'accepted', roundComplete: shouldCloseRound(next, input.now) };
}

function judge(state: GameState, question: Question, input: AnswerInput, matches: AnswerMatcher): RoundAnswer | undefined {
  const base = { userId: input.userId, at: input.now, hintsBefore: state.hintsRevealed };
  if (state.settings.mode === 'buttons') {
    const choice = input.choice;
    if (choice === undefined || !Number.isInteger(choice) || choice < 0 || choice >= question.choices.length) return undefined;
    return { ...base, choice, correct: choice === question.answerIndex };
  }
  const text = input.text?.trim() ?? '';
  if (text === '' || text.length > MAX_TYPED_ANSWER) return undefined;
  return { ...base, text, correct: isCorrectTyped(question, text, matches) };
}

export type HintOutcome = 'revealed' | 'no_more_hints' | 'already_answered' | 'late' | 'closed' | 'stale_round';

/**
 * Reveals the next clue for everyone; answers given after it earn less. A player who already
 * answered this round cannot reveal ('already_answered'), so nobody can cut the others' points.
 */
export function hint(
  state: GameState,
  input: { userId: string; round: number; now: number },
): { state: GameState; outcome: HintOutcome; hint?: string } {
  const gate = roundGate(state, input.round, input.now);
  if (gate) return { state, outcome: gate };
  if (state.answers.some((a) => a.userId === input.userId)) return { state, outcome: 'already_answered' };
  const next = currentQuestion(state)?.hints[state.hintsRevealed];
  if (next === undefined) return { state, outcome: 'no_more_hints' };
  return { state: { ...state, hintsRevealed: state.hintsRevealed + 1 }, outcome: 'revealed', hint: next };
}

export type SkipOutcome = 'voted' | 'duplicate' | 'not_player' | 'late' | 'closed' | 'stale_round';

/** A player's vote to skip; more than half of the players end the round (`roundComplete`). */
export function voteSkip(
  state: GameState,
  input: { userId: string; round: number; now: number },
): { state: GameState; outcome: SkipOutcome; votes: number; needed: number; roundComplete: boolean } {
  const result = (s: GameState, outcome: SkipOutcome, complete: boolean) => ({
    state: s,
    outcome,
    votes: s.skipVotes.length,
    needed: skipVotesNeeded(s),
    roundComplete: complete,
  });
  const gate = roundGate(state, input.round, input.now);
  if (gate) return result(state, gate, gate === 'late');
  if (!isPlayer(state, input.userId)) return result(state, 'not_player', shouldCloseRound(state, input.now));
  if (state.skipVotes.includes(input.userId)) return result(state, 'duplicate', shouldCloseRound(state, input.now));
  const next = { ...state, skipVotes: [...state.skipVotes, input.userId] };
  return result(next, 'voted', shouldCloseRound(next, input.now));
}
