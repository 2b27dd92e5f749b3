/**
 * The quiz core: question generation, game rules, scoring and custom ids. Pure: no clock, no
 * randomness of its own (pass a `Random` and `now` in epoch ms), no Discord, no storage.
 *
 * Questions
 *   generateQuestions(catalog, { count, kinds?, difficulty, choices, filters? }, random)
 *     → { ok: true, questions } | { ok: false, reason: 'not_enough_questions', available }
 *   Same catalog + options + seed (seededRandom) → same questions. Subjects never repeat in a game.
 *
 * A game (state is plain JSON data; every transition returns a new state, inputs are untouched)
 *   startGame({ id, guildId, channelId, starterId, settings, questions, now }) → GameState (round 1 open)
 *   answer(state, { userId, round, choice? | text?, now }, matches)
 *     → { state, outcome: accepted|duplicate|late|closed|stale_round|invalid|not_player, roundComplete }
 *     `matches` is search's isAcceptableAnswer (injected); years and networks compare exactly, and
 *     whatever the matcher forgives, numbers must agree and a wrong choice typed exactly is wrong.
 *   hint(state, { userId, round, now }) → { state, outcome: revealed|no_more_hints|already_answered|late|closed|stale_round, hint? }
 *   voteSkip(state, { userId, round, now }) → { state, outcome: voted|duplicate|not_player|late|closed|stale_round, votes, needed, roundComplete }
 *   closeRound(state, now, { round?, reason? }) → { state, closed, reveal, deltas: ScoreDelta[] }
 *     Idempotent: only the call that closes the round returns deltas; pass the timer's `round`
 *     so a stale timer never closes a later round.
 *   nextRound(state, now, { round? }) → { state, finished, started }
 *   stopGame(state, now) → { state, podium, deltas, reveal? } (an open round is scored first)
 *   podium(state) → PodiumEntry[] ranked by points, accuracy, earlier join
 *   shouldCloseRound(state, now) tells whether the open round is over (time, all answered, skip).
 *   When `roundComplete` is true, call closeRound then nextRound. After a game, count it with
 *   ScoreStore.recordGame(guildId, podium userIds).
 *
 * Rules: players are whoever answered in this game (the starter from the start when
 * `settings.solo`). A round ends by time; early when every player answered and at least one of
 * them joined in an earlier round (solo: when the starter answered); or by a skip vote of more
 * than half of the players. Scoring constants are in scoring.ts (pointsFor).
 *
 * Custom ids: encodeQuizId / decodeQuizId (`quiz:1:<gameId>:<round>:a:<choice>|h|s|t|m`);
 * answerIds(gameId, round, n) for the buttons. They never carry the answer.
 */
export { generateQuestions, candidateWeight, defaultKinds } from './generate.js';
export {
  startGame,
  answer,
  hint,
  voteSkip,
  currentQuestion,
  revealedHints,
  isPlayer,
  skipVotesNeeded,
  shouldCloseRound,
  allAnswered,
  roundMs,
  MAX_TYPED_ANSWER,
} from './engine.js';
export type {
  AnswerMatcher,
  AnswerInput,
  AnswerOutcome,
  HintOutcome,
  SkipOutcome,
  StartGameInput,
} from './engine.js';
export { closeRound, nextRound, stopGame, podium } from './rounds.js';
export type { CloseRoundResult } from './rounds.js';
export {
  pointsFor,
  pointsBreakdown,
  BASE_POINTS,
  SPEED_BONUS_MAX,
  STREAK_BONUS_STEP,
  STREAK_BONUS_MAX,
  HINT_PENALTY,
  MIN_CORRECT_POINTS,
} from './scoring.js';
export type { AnswerScoreInput, PointsBreakdown } from './scoring.js';
export { encodeQuizId, decodeQuizId, answerIds, QUIZ_ID_NAMESPACE, QUIZ_ID_VERSION } from './quizId.js';
export type { QuizId, QuizAction } from './quizId.js';
export { answerKey } from './facts.js';
export { isCorrectTyped } from './typedAnswer.js';
export { ANSWER_MODES } from './gameState.js';
export type {
  AnswerMode,
  GameSettings,
  GameState,
  PlayerState,
  PlayerRoundResult,
  PodiumEntry,
  RoundAnswer,
  RoundEndReason,
  RoundReveal,
} from './gameState.js';
export {
  QUESTION_KINDS,
  HARD_KINDS,
  DIFFICULTIES,
  PRODUCTION_GROUPS,
  MIN_CHOICES,
  MAX_CHOICES,
} from './types.js';
export type {
  AnswerMatch,
  Difficulty,
  GenerateOptions,
  GenerateResult,
  ProductionGroup,
  Question,
  QuestionKind,
  QuizFilters,
} from './types.js';
