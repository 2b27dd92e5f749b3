/**
 * Ending rounds and games: scoring a round once, moving on, stopping, and the podium.
 */
import type { ScoreDelta } from '../ports.js';
import { allAnswered, roundMs, skipVotesNeeded } from './engine.js';
import type { GameState, PlayerRoundResult, PlayerState, PodiumEntry, RoundEndReason, RoundReveal } from './gameState.js';
import { pointsFor } from './scoring.js';

/**
 * `closed: true` only for the call that closed the round, with its reveal and the score changes to
 * persist (one per player who answered). Otherwise nothing changed: no deltas, and the reveal of
 * that round when it was closed earlier.
 */
export type CloseRoundResult =
  | { state: GameState; closed: true; reveal: RoundReveal; deltas: ScoreDelta[] }
  | { state: GameState; closed: false; reveal?: RoundReveal; deltas: [] };

function inferReason(state: GameState, now: number): RoundEndReason {
  if (state.players.length > 0 && state.skipVotes.length >= skipVotesNeeded(state)) return 'skipped';
  if (now >= state.roundEndsAt) return 'time';
  if (allAnswered(state)) return 'all_answered';
  return 'ended';
}

/**
 * Closes the open round and scores it. Idempotent: a closed round (or a `round` other than the
 * current one, e.g. a stale timer) gives the state back unchanged with no deltas.
 */
export function closeRound(
  state: GameState,
  now: number,
  options: { round?: number; reason?: RoundEndReason } = {},
): CloseRoundResult {
  const round = options.round ?? state.round;
  if (state.status === 'finished' || state.phase === 'closed' || round !== state.round) {
    const earlier = state.reveals.find((r) => r.round === round);
    return earlier ? { state, closed: false, reveal: earlier, deltas: [] } : { state, closed: false, deltas: [] };
  }
  const question = state.questions[state.round - 1];
  if (!question) throw new Error(`quiz ${state.id}: no question for round ${state.round}`);
  const results: PlayerRoundResult[] = [];
  const deltas: ScoreDelta[] = [];
  const players: PlayerState[] = state.players.map((player) => {
    const given = state.answers.find((a) => a.userId === player.userId);
    if (!given) {
      results.push({ userId: player.userId, answered: false, correct: false, points: 0, streak: 0 });
      return { ...player, streak: 0 };
    }
    const streak = given.correct ? player.streak + 1 : 0;
    const points = pointsFor({
      correct: given.correct,
      timeLeftMs: state.roundEndsAt - given.at,
      roundMs: roundMs(state.settings),
      streak,
      hintsBefore: given.hintsBefore,
    });
    results.push({ userId: player.userId, answered: true, correct: given.correct, points, streak });
    deltas.push({ userId: player.userId, points, answered: 1, correct: given.correct ? 1 : 0, streak });
    return {
      ...player,
      points: player.points + points,
      answered: player.answered + 1,
      correct: player.correct + (given.correct ? 1 : 0),
      streak,
      bestStreak: Math.max(player.bestStreak, streak),
    };
  });
  const reveal: RoundReveal = {
    round: state.round,
    answer: question.choices[question.answerIndex] ?? question.accepted[0] ?? '',
    answerIndex: question.answerIndex,
    correctUserIds: results.filter((r) => r.correct).map((r) => r.userId),
    results,
    reason: options.reason ?? inferReason(state, now),
    hintsRevealed: state.hintsRevealed,
  };
  const next: GameState = { ...state, phase: 'closed', players, reveals: [...state.reveals, reveal] };
  return { state: next, closed: true, reveal, deltas };
}

/**
 * Starts the next round after a closed one, or finishes the game after the last. Does nothing
 * while the round is open, or when `round` (the round the caller saw) is not the current one.
 */
export function nextRound(
  state: GameState,
  now: number,
  options: { round?: number } = {},
): { state: GameState; finished: boolean; started: boolean } {
  if (state.status === 'finished') return { state, finished: true, started: false };
  if (state.phase === 'open' || (options.round !== undefined && options.round !== state.round)) {
    return { state, finished: false, started: false };
  }
  if (state.round >= state.questions.length) {
    return { state: { ...state, status: 'finished', endReason: 'completed', endedAt: now }, finished: true, started: false };
  }
  const next: GameState = {
    ...state,
    round: state.round + 1,
    phase: 'open',
    roundStartedAt: now,
    roundEndsAt: now + roundMs(state.settings),
    hintsRevealed: 0,
    answers: [],
    skipVotes: [],
  };
  return { state: next, finished: false, started: true };
}

/**
 * Ends the game now. An open round is closed first and scored (its answers count), so the
 * deltas and reveal of that round come back too. Stopping a finished game changes nothing.
 */
export function stopGame(
  state: GameState,
  now: number,
): { state: GameState; podium: PodiumEntry[]; deltas: ScoreDelta[]; reveal?: RoundReveal } {
  if (state.status === 'finished') return { state, podium: podium(state), deltas: [] };
  let current = state;
  let deltas: ScoreDelta[] = [];
  let reveal: RoundReveal | undefined;
  if (state.phase === 'open') {
    const closed = closeRound(state, now, { reason: 'stopped' });
    current = closed.state;
    if (closed.closed) {
      deltas = closed.deltas;
      reveal = closed.reveal;
    }
  }
  const finished: GameState = { ...current, status: 'finished', endReason: 'stopped', endedAt: now };
  return reveal ? { state: finished, podium: podium(finished), deltas, reveal } : { state: finished, podium: podium(finished), deltas };
}

/** Players ranked by points, then accuracy, then earlier join. */
export function podium(state: GameState): PodiumEntry[] {
  return state.players
    .map((p, order) => ({ p, order, accuracy: p.answered === 0 ? 0 : p.correct / p.answered }))
    .sort((a, b) => b.p.points - a.p.points || b.accuracy - a.accuracy || a.order - b.order)
    .map(({ p, accuracy }, i) => ({
      rank: i + 1,
      userId: p.userId,
      points: p.points,
      correct: p.correct,
      answered: p.answered,
      accuracy,
      bestStreak: p.bestStreak,
    }));
}
