import { describe, expect, it } from 'vitest';
import {
  answer,
  BASE_POINTS,
  closeRound,
  currentQuestion,
  hint,
  HINT_PENALTY,
  nextRound,
  podium,
  revealedHints,
  shouldCloseRound,
  SPEED_BONUS_MAX,
  startGame,
  stopGame,
  STREAK_BONUS_STEP,
  voteSkip,
  type AnswerMatcher,
  type GameSettings,
  type GameState,
  type Question,
} from '../../src/core/quiz/index.js';

const T0 = 1_700_000_000_000;
const ROUND_MS = 20_000;

function question(n: number, extra: Partial<Question> = {}): Question {
  return {
    kind: 'song_production',
    prompt: `Question ${n}?`,
    choices: ['Goblin', 'Heirs', 'Reply 1988', 'W'],
    answerIndex: 0,
    accepted: ['Goblin', '도깨비'],
    match: 'fuzzy',
    hints: ['Year: 2016', 'Network: tvN', 'Initials: G.'],
    subject: `song:s${n}`,
    about: [{ kind: 'song', id: `s${n}` }],
    ...extra,
  };
}

const questions = [question(1), question(2), question(3)];
const exact: AnswerMatcher = (typed, accepted) => accepted.some((a) => a.toLowerCase() === typed.trim().toLowerCase());

function game(settings: Partial<GameSettings> = {}, qs: Question[] = questions): GameState {
  return startGame({
    id: 'g1',
    guildId: 'guild',
    channelId: 'chan',
    starterId: 'alice',
    settings: { rounds: 3, secondsPerRound: ROUND_MS / 1000, mode: 'buttons', ...settings },
    questions: qs,
    now: T0,
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const pick = (state: GameState, userId: string, choice: number, now: number, round = state.round) =>
  answer(state, { userId, round, choice, now }, exact);

describe('quiz engine: starting', () => {
  it('opens round 1 with its deadline and keeps at most `rounds` questions', () => {
    const s = game({ rounds: 2 });
    expect(s.round).toBe(1);
    expect(s.phase).toBe('open');
    expect(s.roundEndsAt).toBe(T0 + ROUND_MS);
    expect(s.questions).toHaveLength(2);
    expect(s.settings.rounds).toBe(2);
    expect(s.players).toEqual([]);
    expect(currentQuestion(s)?.prompt).toBe('Question 1?');
  });

  it('refuses to start without questions (a bug, not an outcome)', () => {
    expect(() => game({}, [])).toThrow(RangeError);
  });

  it('is plain JSON data', () => {
    const s = game();
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});

describe('quiz engine: answers', () => {
  it('accepts a first answer and makes the player join', () => {
    const s = game();
    const r = pick(s, 'bob', 0, T0 + 1000);
    expect(r.outcome).toBe('accepted');
    expect(r.state.players.map((p) => p.userId)).toEqual(['bob']);
    expect(r.state.answers[0]).toMatchObject({ userId: 'bob', choice: 0, correct: true, at: T0 + 1000 });
  });

  it('never mutates the state it was given', () => {
    const s = deepFreeze(game());
    const r = pick(s, 'bob', 0, T0 + 1000);
    const h = hint(r.state, { userId: 'carol', round: 1, now: T0 + 2000 });
    const v = voteSkip(deepFreeze(h.state), { userId: 'bob', round: 1, now: T0 + 3000 });
    const c = closeRound(deepFreeze(v.state), T0 + 4000);
    nextRound(deepFreeze(c.state), T0 + 5000);
    stopGame(deepFreeze(c.state), T0 + 5000);
    expect(s.answers).toEqual([]);
  });

  it('refuses a second answer from the same player in a round (duplicate)', () => {
    const s = pick(game(), 'bob', 1, T0 + 1000).state;
    const r = pick(s, 'bob', 0, T0 + 2000);
    expect(r.outcome).toBe('duplicate');
    expect(r.state).toBe(s);
    expect(r.state.answers).toHaveLength(1);
  });

  it('refuses an answer at or after the deadline (late) and says the round is over', () => {
    const r = pick(game(), 'bob', 0, T0 + ROUND_MS);
    expect(r.outcome).toBe('late');
    expect(r.roundComplete).toBe(true);
    expect(r.state.answers).toEqual([]);
  });

  it('refuses an answer for another round (stale_round)', () => {
    const s = game();
    expect(pick(s, 'bob', 0, T0 + 1000, 2).outcome).toBe('stale_round');
    expect(pick(s, 'bob', 0, T0 + 1000, 0).outcome).toBe('stale_round');
  });

  it('refuses an answer once the round is closed, and after the game (closed)', () => {
    const closed = closeRound(game(), T0 + 5000).state;
    expect(pick(closed, 'bob', 0, T0 + 6000).outcome).toBe('closed');
    const stopped = stopGame(game(), T0 + 1000).state;
    expect(pick(stopped, 'bob', 0, T0 + 2000).outcome).toBe('closed');
  });

  it('refuses a choice out of range, and text in buttons mode (invalid)', () => {
    const s = game();
    expect(pick(s, 'bob', 4, T0 + 1000).outcome).toBe('invalid');
    expect(pick(s, 'bob', -1, T0 + 1000).outcome).toBe('invalid');
    expect(pick(s, 'bob', 1.5, T0 + 1000).outcome).toBe('invalid');
    expect(answer(s, { userId: 'bob', round: 1, text: 'Goblin', now: T0 + 1000 }, exact).outcome).toBe('invalid');
  });

  it('judges typed answers with the injected matcher, and refuses empty ones', () => {
    const s = game({ mode: 'typed' });
    const calls: string[] = [];
    const typoTolerant: AnswerMatcher = (typed, accepted) => {
      calls.push(typed);
      return typed === 'Gobln' || exact(typed, accepted);
    };
    const exactForm = answer(s, { userId: 'bob', round: 1, text: ' 도깨비 ', now: T0 + 1000 }, typoTolerant);
    expect(exactForm.outcome).toBe('accepted');
    expect(exactForm.state.answers[0]?.correct).toBe(true);
    const typo = answer(exactForm.state, { userId: 'carol', round: 1, text: 'Gobln', now: T0 + 1000 }, typoTolerant);
    expect(typo.state.answers[1]?.correct).toBe(true);
    expect(calls).toContain('Gobln');
    const wrong = answer(typo.state, { userId: 'dan', round: 1, text: 'Heirs', now: T0 + 1000 }, typoTolerant);
    expect(wrong.state.answers[2]?.correct).toBe(false);
    expect(answer(s, { userId: 'eve', round: 1, text: '   ', now: T0 + 1000 }, typoTolerant).outcome).toBe('invalid');
    expect(answer(s, { userId: 'eve', round: 1, text: 'x'.repeat(201), now: T0 + 1000 }, typoTolerant).outcome).toBe('invalid');
    expect(answer(s, { userId: 'eve', round: 1, choice: 0, now: T0 + 1000 }, typoTolerant).outcome).toBe('invalid');
  });

  it('a lenient matcher never makes another numbered title or a wrong choice right', () => {
    const reply = question(1, {
      choices: ['Reply 1994', 'Reply 1997', 'Taxi Driver 2', 'Love Again'],
      accepted: ['Reply 1994', '응답하라 1994', 'Love Me Again'],
    });
    const lenient: AnswerMatcher = () => true;
    let s = game({ mode: 'typed' }, [reply]);
    const typed = ['Reply 1997', 'Reply 1988', 'Taxi Driver 2', 'Love Again', 'reply 1994!', '응답하라 １９９４', 'Reply 1995'];
    typed.forEach((text, i) => {
      s = answer(s, { userId: `u${i}`, round: 1, text, now: T0 + 1000 }, lenient).state;
    });
    // Numbers must agree exactly: a typo in a number is a different title.
    expect(s.answers.map((a) => a.correct)).toEqual([false, false, false, false, true, true, false]);
  });

  it('compares exact-match questions (years) by normalised equality, not with the fuzzy matcher', () => {
    const year = question(1, { kind: 'production_year', choices: ['2016', '2015'], accepted: ['2016'], match: 'exact' });
    const s = game({ mode: 'typed' }, [year]);
    const lenient: AnswerMatcher = () => true;
    const r1 = answer(s, { userId: 'bob', round: 1, text: '2015', now: T0 + 1000 }, lenient);
    expect(r1.state.answers[0]?.correct).toBe(false);
    const r2 = answer(r1.state, { userId: 'carol', round: 1, text: '２０１６', now: T0 + 1000 }, lenient);
    expect(r2.state.answers[1]?.correct).toBe(true);
  });
});

describe('quiz engine: when a round ends', () => {
  it('does not end round 1 early: nobody is known yet', () => {
    const r = pick(game(), 'bob', 0, T0 + 1000);
    expect(r.roundComplete).toBe(false);
    expect(shouldCloseRound(r.state, T0 + 1000)).toBe(false);
    expect(shouldCloseRound(r.state, T0 + ROUND_MS)).toBe(true);
  });

  it('ends a later round early once every player in the game has answered', () => {
    let s = pick(game(), 'bob', 0, T0 + 1000).state;
    s = pick(s, 'carol', 1, T0 + 2000).state;
    s = closeRound(s, T0 + ROUND_MS).state;
    s = nextRound(s, T0 + ROUND_MS + 1000).state;
    const t1 = s.roundStartedAt;
    const first = pick(s, 'bob', 0, t1 + 1000);
    expect(first.roundComplete).toBe(false);
    const second = pick(first.state, 'carol', 0, t1 + 2000);
    expect(second.roundComplete).toBe(true);
    expect(closeRound(second.state, t1 + 2000).reveal?.reason).toBe('all_answered');
  });

  it('a newcomer answering in a later round joins and counts', () => {
    let s = pick(game(), 'bob', 0, T0 + 1000).state;
    s = nextRound(closeRound(s, T0 + ROUND_MS).state, T0 + ROUND_MS).state;
    const t1 = s.roundStartedAt;
    const dan = pick(s, 'dan', 0, t1 + 500);
    expect(dan.roundComplete).toBe(false);
    expect(dan.state.players.map((p) => p.userId)).toEqual(['bob', 'dan']);
    expect(pick(dan.state, 'bob', 0, t1 + 600).roundComplete).toBe(true);
  });

  it('a solo game ends each round as soon as the starter answers, and refuses others', () => {
    const s = game({ solo: true });
    expect(s.players.map((p) => p.userId)).toEqual(['alice']);
    expect(pick(s, 'bob', 0, T0 + 500).outcome).toBe('not_player');
    const r = pick(s, 'alice', 2, T0 + 1000);
    expect(r.outcome).toBe('accepted');
    expect(r.roundComplete).toBe(true);
  });

  it('ends the round when more than half of the players vote to skip', () => {
    let s = game();
    for (const [i, user] of ['a', 'b', 'c', 'd'].entries()) s = pick(s, user, 1, T0 + 100 * (i + 1)).state;
    const outsider = voteSkip(s, { userId: 'zed', round: 1, now: T0 + 1000 });
    expect(outsider.outcome).toBe('not_player');
    const v1 = voteSkip(s, { userId: 'a', round: 1, now: T0 + 1000 });
    expect(v1).toMatchObject({ outcome: 'voted', votes: 1, needed: 3, roundComplete: false });
    expect(voteSkip(v1.state, { userId: 'a', round: 1, now: T0 + 1100 }).outcome).toBe('duplicate');
    const v2 = voteSkip(v1.state, { userId: 'b', round: 1, now: T0 + 1200 });
    expect(v2).toMatchObject({ votes: 2, roundComplete: false });
    const v3 = voteSkip(v2.state, { userId: 'c', round: 1, now: T0 + 1300 });
    expect(v3).toMatchObject({ votes: 3, needed: 3, roundComplete: true });
    expect(closeRound(v3.state, T0 + 1300).reveal?.reason).toBe('skipped');
  });

  it('a skip vote from one of two players is not a majority', () => {
    let s = pick(game(), 'a', 1, T0 + 100).state;
    s = pick(s, 'b', 1, T0 + 200).state;
    expect(voteSkip(s, { userId: 'a', round: 1, now: T0 + 300 })).toMatchObject({ votes: 1, needed: 2, roundComplete: false });
  });

  it('skip votes are refused late, closed or for another round', () => {
    const s = pick(game(), 'a', 1, T0 + 100).state;
    expect(voteSkip(s, { userId: 'a', round: 1, now: T0 + ROUND_MS }).outcome).toBe('late');
    expect(voteSkip(s, { userId: 'a', round: 2, now: T0 + 200 }).outcome).toBe('stale_round');
    expect(voteSkip(closeRound(s, T0 + 300).state, { userId: 'a', round: 1, now: T0 + 400 }).outcome).toBe('closed');
  });
});

describe('quiz engine: hints', () => {
  it('reveals the clues in order, then says there are no more', () => {
    let s = game();
    const seen: (string | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      const r = hint(s, { userId: 'bob', round: 1, now: T0 + 100 * (i + 1) });
      expect(r.outcome).toBe('revealed');
      seen.push(r.hint);
      s = r.state;
    }
    expect(seen).toEqual(['Year: 2016', 'Network: tvN', 'Initials: G.']);
    expect(revealedHints(s)).toEqual(seen);
    expect(hint(s, { userId: 'bob', round: 1, now: T0 + 500 }).outcome).toBe('no_more_hints');
  });

  it('a player who already answered cannot reveal a hint (it would only cut the others\' points)', () => {
    const s = pick(game(), 'bob', 0, T0 + 100).state;
    expect(hint(s, { userId: 'bob', round: 1, now: T0 + 200 }).outcome).toBe('already_answered');
    expect(hint(s, { userId: 'carol', round: 1, now: T0 + 200 }).outcome).toBe('revealed');
  });

  it('hints are refused late, closed or for another round', () => {
    const s = game();
    expect(hint(s, { userId: 'bob', round: 1, now: T0 + ROUND_MS }).outcome).toBe('late');
    expect(hint(s, { userId: 'bob', round: 3, now: T0 }).outcome).toBe('stale_round');
    expect(hint(closeRound(s, T0).state, { userId: 'bob', round: 1, now: T0 }).outcome).toBe('closed');
  });

  it('a new round starts without hints', () => {
    const s = hint(game(), { userId: 'bob', round: 1, now: T0 + 100 }).state;
    const next = nextRound(closeRound(s, T0 + 200).state, T0 + 300).state;
    expect(next.hintsRevealed).toBe(0);
    expect(revealedHints(next)).toEqual([]);
  });
});

describe('quiz engine: closing and scoring rounds', () => {
  it('scores a correct answer with base, speed bonus and no streak bonus at first', () => {
    const s = pick(game(), 'bob', 0, T0 + ROUND_MS / 2).state;
    const c = closeRound(s, T0 + ROUND_MS);
    expect(c.closed).toBe(true);
    expect(c.deltas).toEqual([{ userId: 'bob', points: BASE_POINTS + SPEED_BONUS_MAX / 2, answered: 1, correct: 1, streak: 1 }]);
    expect(c.reveal).toMatchObject({ round: 1, answer: 'Goblin', answerIndex: 0, correctUserIds: ['bob'], reason: 'time' });
  });

  it('gives nothing for a wrong answer and resets the streak', () => {
    let s = pick(game(), 'bob', 0, T0).state;
    s = nextRound(closeRound(s, T0 + ROUND_MS).state, T0 + ROUND_MS).state;
    s = pick(s, 'bob', 3, s.roundStartedAt + 10).state;
    const c = closeRound(s, s.roundEndsAt);
    expect(c.deltas).toEqual([{ userId: 'bob', points: 0, answered: 1, correct: 0, streak: 0 }]);
    expect(c.state.players[0]).toMatchObject({ streak: 0, bestStreak: 1, correct: 1, answered: 2 });
  });

  it('closing a closed round again awards nothing (timer and early end cannot both award)', () => {
    const s = pick(game(), 'bob', 0, T0 + 1000).state;
    const first = closeRound(s, T0 + 2000);
    const again = closeRound(first.state, T0 + ROUND_MS);
    expect(first.deltas).toHaveLength(1);
    expect(again.closed).toBe(false);
    expect(again.deltas).toEqual([]);
    expect(again.state).toBe(first.state);
    expect(again.reveal).toEqual(first.reveal);
    expect(again.state.players[0]?.points).toBe(first.state.players[0]?.points);
  });

  it('a stale timer for round 1 does not close round 2', () => {
    const s = nextRound(closeRound(pick(game(), 'bob', 0, T0).state, T0 + 1000).state, T0 + 1000).state;
    const stale = closeRound(s, T0 + ROUND_MS, { round: 1 });
    expect(stale.closed).toBe(false);
    expect(stale.state).toBe(s);
    expect(stale.state.phase).toBe('open');
    expect(closeRound(s, T0 + ROUND_MS, { round: 7 })).toEqual({ state: s, closed: false, deltas: [] });
  });

  it('the streak bonus grows with consecutive correct answers and is capped', () => {
    const long = Array.from({ length: 10 }, (_, i) => question(i + 1));
    let s = game({ rounds: 10 }, long);
    const gained: number[] = [];
    for (let round = 1; round <= 10; round++) {
      // Answer at the very deadline's edge: speed bonus 0 apart from rounding.
      s = pick(s, 'bob', 0, s.roundEndsAt - 1).state;
      const c = closeRound(s, s.roundEndsAt);
      gained.push(c.deltas[0]!.points);
      s = nextRound(c.state, c.state.roundEndsAt).state;
    }
    expect(gained.slice(0, 7)).toEqual([100, 110, 120, 130, 140, 150, 150]);
    expect(gained[1]! - gained[0]!).toBe(STREAK_BONUS_STEP);
    expect(s.players[0]).toMatchObject({ streak: 10, bestStreak: 10, correct: 10 });
  });

  it('each hint revealed before an answer lowers its points; hints after it do not', () => {
    let s = pick(game(), 'early', 0, T0 + ROUND_MS / 2).state;
    s = hint(s, { userId: 'x', round: 1, now: T0 + ROUND_MS / 2 }).state;
    s = hint(s, { userId: 'x', round: 1, now: T0 + ROUND_MS / 2 }).state;
    s = pick(s, 'late', 0, T0 + ROUND_MS / 2).state;
    const [early, late] = closeRound(s, T0 + ROUND_MS).deltas;
    expect(early!.points - late!.points).toBe(2 * HINT_PENALTY);
  });

  it('a player in the game who does not answer loses the streak', () => {
    let s = pick(game(), 'bob', 0, T0).state;
    s = pick(s, 'carol', 0, T0).state;
    s = nextRound(closeRound(s, T0 + ROUND_MS).state, T0 + ROUND_MS).state;
    s = pick(s, 'bob', 0, s.roundStartedAt).state;
    const c = closeRound(s, s.roundEndsAt);
    expect(c.deltas.map((d) => d.userId)).toEqual(['bob']);
    expect(c.reveal?.results).toEqual([
      expect.objectContaining({ userId: 'bob', answered: true, correct: true, streak: 2 }),
      { userId: 'carol', answered: false, correct: false, points: 0, streak: 0 },
    ]);
    expect(c.state.players[1]).toMatchObject({ streak: 0, bestStreak: 1 });
  });
});

describe('quiz engine: rounds and the end of a game', () => {
  it('nextRound does nothing while the round is open or for another round', () => {
    const s = game();
    expect(nextRound(s, T0 + 100)).toEqual({ state: s, finished: false, started: false });
    const closed = closeRound(s, T0 + 100).state;
    expect(nextRound(closed, T0 + 100, { round: 2 }).started).toBe(false);
    const moved = nextRound(closed, T0 + 200, { round: 1 });
    expect(moved).toMatchObject({ finished: false, started: true });
    expect(moved.state).toMatchObject({ round: 2, phase: 'open', roundStartedAt: T0 + 200, roundEndsAt: T0 + 200 + ROUND_MS, answers: [], skipVotes: [] });
    expect(nextRound(moved.state, T0 + 300, { round: 1 }).state).toBe(moved.state);
  });

  it('finishes after the last round and stays finished', () => {
    let s = game({ rounds: 2 });
    s = nextRound(closeRound(s, T0 + 1).state, T0 + 2).state;
    const end = nextRound(closeRound(s, T0 + 3).state, T0 + 4);
    expect(end.finished).toBe(true);
    expect(end.state).toMatchObject({ status: 'finished', endReason: 'completed', endedAt: T0 + 4 });
    expect(nextRound(end.state, T0 + 5)).toEqual({ state: end.state, finished: true, started: false });
    expect(closeRound(end.state, T0 + 6).deltas).toEqual([]);
  });

  it('stop scores the open round once, ends the game, and a second stop changes nothing', () => {
    const s = pick(game(), 'bob', 0, T0 + 1000).state;
    const stopped = stopGame(s, T0 + 2000);
    expect(stopped.state).toMatchObject({ status: 'finished', endReason: 'stopped', endedAt: T0 + 2000 });
    expect(stopped.deltas).toHaveLength(1);
    expect(stopped.reveal?.reason).toBe('stopped');
    expect(stopped.podium.map((p) => p.userId)).toEqual(['bob']);
    const again = stopGame(stopped.state, T0 + 3000);
    expect(again.deltas).toEqual([]);
    expect(again.state).toBe(stopped.state);
  });

  it('ranks the podium by points, then accuracy, then earlier join', () => {
    let s = game({ rounds: 3 });
    // Round 1: all three right, at the same moment (same points); dave wrong.
    for (const user of ['carol', 'bob', 'amy']) s = pick(s, user, 0, T0 + 1000).state;
    s = pick(s, 'dave', 1, T0 + 1000).state;
    s = nextRound(closeRound(s, T0 + ROUND_MS).state, T0 + ROUND_MS).state;
    // Round 2: carol and bob right at the same moment; amy does not answer; dave right.
    const t = s.roundStartedAt;
    s = pick(s, 'carol', 0, t + 1000).state;
    s = pick(s, 'bob', 0, t + 1000).state;
    s = pick(s, 'dave', 0, t + 1000).state;
    const board = podium(closeRound(s, t + ROUND_MS).state);
    expect(board.map((p) => p.userId)).toEqual(['carol', 'bob', 'amy', 'dave']);
    expect(board.map((p) => p.rank)).toEqual([1, 2, 3, 4]);
    expect(board[0]).toMatchObject({ correct: 2, answered: 2, accuracy: 1, bestStreak: 2 });
    expect(board[2]).toMatchObject({ userId: 'amy', answered: 1, accuracy: 1 });
    expect(board[3]).toMatchObject({ userId: 'dave', correct: 1, answered: 2, accuracy: 0.5, bestStreak: 1 });
    // amy and dave tie on points: amy's accuracy puts her ahead.
    expect(board[2]!.points).toBe(board[3]!.points);
  });

  it('breaks a tie in points by accuracy', () => {
    let s = game({ rounds: 2 });
    s = pick(s, 'amy', 1, T0 + 1000).state; // wrong
    s = nextRound(closeRound(s, T0 + ROUND_MS).state, T0 + ROUND_MS).state;
    s = pick(s, 'amy', 0, s.roundStartedAt + 1000).state;
    s = pick(s, 'ben', 0, s.roundStartedAt + 1000).state;
    const board = podium(closeRound(s, s.roundEndsAt).state);
    expect(board[0]!.points).toBe(board[1]!.points);
    expect(board.map((p) => p.userId)).toEqual(['ben', 'amy']);
  });
});
