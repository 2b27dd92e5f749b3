import type { Catalog } from '../../core/catalog.js';
import type { Stores } from '../../core/ports.js';
import {
  answer,
  closeRound,
  generateQuestions,
  hint,
  nextRound,
  podium,
  startGame,
  stopGame,
  voteSkip,
  type AnswerMatcher,
  type AnswerOutcome,
  type GameSettings,
  type GameState,
  type GenerateOptions,
  type HintOutcome,
  type RoundEndReason,
  type SkipOutcome,
} from '../../core/quiz/index.js';
import { randomInt, type Random } from '../../core/random.js';
import type { Clock, Scheduler } from '../../core/time.js';
import type { Logger } from '../../logger.js';
import { interruptedView, podiumView, revealView, roundView } from '../views/quizViews.js';
import type { Card } from '../views/songCard.js';

/** How long the answer stays on screen before the next round starts. */
export const REVEAL_PAUSE_MS = 4_000;

/** Where quiz rounds are shown: channel messages, posted and edited (thin, implemented with discord.js). */
export interface QuizOutput {
  post(channelId: string, card: Card): Promise<string>;
  edit(channelId: string, messageId: string, card: Card): Promise<void>;
}

export interface QuizDeps {
  catalog: Catalog;
  stores: Stores;
  clock: Clock;
  random: Random;
  scheduler: Scheduler;
  logger: Logger;
  matcher: AnswerMatcher;
  output: QuizOutput;
}

interface Session {
  state: GameState;
  messageId?: string;
  timer?: { cancel(): void };
  /** Score writes and message edits of one game run one after another, in order. */
  queue: Promise<void>;
}

export type StartResult =
  | { ok: true; state: GameState }
  | { ok: false; reason: 'already_running' }
  | { ok: false; reason: 'not_enough_questions'; available: number };

export type ActionResult<O> = { outcome: O | 'no_game'; state?: GameState; votes?: number; needed?: number; hint?: string };

const GAME_ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/**
 * Running games, one per channel. Session updates are synchronous (so two clicks can never
 * interleave inside a transition); persisting scores is queued per game and happens before the
 * round's result is shown, so every point a player sees is already saved.
 */
export class QuizSessions {
  private readonly byId = new Map<string, Session>();
  private readonly byChannel = new Map<string, string>();

  constructor(private readonly deps: QuizDeps) {}

  get running(): number {
    return this.byId.size;
  }

  gameIn(channelId: string): GameState | undefined {
    const id = this.byChannel.get(channelId);
    return id ? this.byId.get(id)?.state : undefined;
  }

  game(gameId: string): GameState | undefined {
    return this.byId.get(gameId)?.state;
  }

  async start(
    where: { guildId: string; channelId: string; starterId: string },
    settings: GameSettings,
    options: GenerateOptions,
  ): Promise<StartResult> {
    if (this.byChannel.has(where.channelId)) return { ok: false, reason: 'already_running' };
    const generated = generateQuestions(this.deps.catalog, options, this.deps.random);
    if (!generated.ok) return { ok: false, reason: 'not_enough_questions', available: generated.available };
    const state = startGame({ id: this.newId(), ...where, settings, questions: generated.questions, now: this.deps.clock.now() });
    const session: Session = { state, queue: Promise.resolve() };
    this.byId.set(state.id, session);
    this.byChannel.set(where.channelId, state.id);
    this.enqueue(session, () => this.showRound(session));
    return { ok: true, state };
  }

  answer(gameId: string, round: number, userId: string, given: { choice?: number; text?: string }): ActionResult<AnswerOutcome> {
    const session = this.byId.get(gameId);
    if (!session) return { outcome: 'no_game' };
    const result = answer(session.state, { userId, round, ...given, now: this.deps.clock.now() }, this.deps.matcher);
    session.state = result.state;
    if (result.roundComplete) this.closeRound(session, round);
    return { outcome: result.outcome, state: result.state };
  }

  hint(gameId: string, round: number, userId: string): ActionResult<HintOutcome> {
    const session = this.byId.get(gameId);
    if (!session) return { outcome: 'no_game' };
    const result = hint(session.state, { userId, round, now: this.deps.clock.now() });
    session.state = result.state;
    if (result.outcome === 'late') this.closeRound(session, round);
    return { outcome: result.outcome, state: result.state, ...(result.hint ? { hint: result.hint } : {}) };
  }

  skip(gameId: string, round: number, userId: string): ActionResult<SkipOutcome> {
    const session = this.byId.get(gameId);
    if (!session) return { outcome: 'no_game' };
    const result = voteSkip(session.state, { userId, round, now: this.deps.clock.now() });
    session.state = result.state;
    if (result.roundComplete) this.closeRound(session, round, result.outcome === 'voted' ? 'skipped' : undefined);
    return { outcome: result.outcome, state: result.state, votes: result.votes, needed: result.needed };
  }

  /** Ends the channel's game now: an open round is scored first, then the podium is shown. */
  stop(channelId: string): GameState | undefined {
    const id = this.byChannel.get(channelId);
    const session = id ? this.byId.get(id) : undefined;
    if (!session) return undefined;
    session.timer?.cancel();
    const stopped = stopGame(session.state, this.deps.clock.now());
    session.state = stopped.state;
    this.forget(session);
    this.enqueue(session, async () => {
      await this.persist(session, stopped.deltas);
      if (stopped.reveal && session.messageId) {
        await this.deps.output.edit(session.state.channelId, session.messageId, revealView(session.state, stopped.reveal));
      }
      await this.finish(session);
    });
    return stopped.state;
  }

  /** On shutdown: every game ends cleanly; finished rounds are already saved. */
  async shutdown(): Promise<void> {
    const sessions = [...this.byId.values()];
    for (const session of sessions) {
      session.timer?.cancel();
      this.forget(session);
      this.enqueue(session, async () => {
        if (session.messageId) await this.deps.output.edit(session.state.channelId, session.messageId, interruptedView());
      });
    }
    await Promise.all(sessions.map((s) => s.queue));
  }

  /** Waits for every queued write and edit (tests and benchmarks use it). */
  async idle(): Promise<void> {
    await Promise.all([...this.byId.values()].map((s) => s.queue));
  }

  private newId(): string {
    let id = '';
    do {
      id = '';
      for (let i = 0; i < 8; i++) id += GAME_ID_ALPHABET[randomInt(this.deps.random, GAME_ID_ALPHABET.length)];
    } while (this.byId.has(id));
    return id;
  }

  private enqueue(session: Session, task: () => Promise<void>): void {
    session.queue = session.queue.then(task).catch((error: unknown) => {
      this.deps.logger.error({ err: error, gameId: session.state.id, channelId: session.state.channelId }, 'quiz step failed');
    });
  }

  private forget(session: Session): void {
    this.byId.delete(session.state.id);
    if (this.byChannel.get(session.state.channelId) === session.state.id) this.byChannel.delete(session.state.channelId);
  }

  private async showRound(session: Session): Promise<void> {
    const { state } = session;
    if (state.status !== 'running' || !this.byId.has(state.id)) return;
    const round = state.round;
    try {
      session.messageId = await this.deps.output.post(state.channelId, roundView(state));
    } catch (error) {
      // A round nobody can see cannot be played: end the game so the channel is free again.
      session.timer?.cancel();
      this.forget(session);
      throw error;
    }
    session.timer?.cancel();
    session.timer = this.deps.scheduler.setTimeout(
      () => this.closeRound(session, round),
      Math.max(0, state.roundEndsAt - this.deps.clock.now()),
    );
  }

  /** Closes the round once (a timer and an early end can both ask), saves, reveals, moves on. */
  private closeRound(session: Session, round: number, reason?: RoundEndReason): void {
    const closed = closeRound(session.state, this.deps.clock.now(), reason ? { round, reason } : { round });
    if (!closed.closed) return;
    session.state = closed.state;
    session.timer?.cancel();
    const messageId = session.messageId;
    this.enqueue(session, async () => {
      await this.persist(session, closed.deltas);
      if (messageId) await this.deps.output.edit(session.state.channelId, messageId, revealView(session.state, closed.reveal));
    });
    session.timer = this.deps.scheduler.setTimeout(() => this.advance(session, round), REVEAL_PAUSE_MS);
  }

  private advance(session: Session, round: number): void {
    if (!this.byId.has(session.state.id)) return;
    const next = nextRound(session.state, this.deps.clock.now(), { round });
    session.state = next.state;
    if (next.finished) {
      this.forget(session);
      this.enqueue(session, () => this.finish(session));
    } else if (next.started) {
      this.enqueue(session, () => this.showRound(session));
    }
  }

  private async persist(session: Session, deltas: Parameters<Stores['scores']['addRoundResults']>[1]): Promise<void> {
    if (deltas.length === 0) return;
    await this.deps.stores.scores.addRoundResults(session.state.guildId, deltas, this.deps.clock.now());
  }

  private async finish(session: Session): Promise<void> {
    const ranked = podium(session.state);
    if (ranked.length > 0) {
      await this.deps.stores.scores.recordGame(session.state.guildId, ranked.map((p) => p.userId), this.deps.clock.now());
    }
    await this.deps.output.post(session.state.channelId, podiumView(session.state, ranked));
  }
}
