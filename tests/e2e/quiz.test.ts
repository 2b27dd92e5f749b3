import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/core/random.js';
import { answerIds, encodeQuizId, type GameState } from '../../src/core/quiz/index.js';
import { deployCommands } from '../../src/deploy.js';
import { startFakeDiscord, type FakeDiscord } from './fakeDiscord/index.js';
import type { StoredMessage } from './fakeDiscord/index.js';
import { acceleratedTime } from '../helpers/fastTime.js';
import { bodyOf, customIdsOf, EPHEMERAL, visibleText } from '../helpers/messages.js';
import { configFor, startTestBot, tempStoreUrl, type TestBot } from '../helpers/testBot.js';

const SPEED = 5;
let fake: FakeDiscord;
let bot: TestBot | undefined;
const storeUrl = tempStoreUrl();

async function boot(seed: number): Promise<TestBot> {
  return startTestBot(fake, storeUrl, [], { ...acceleratedTime(SPEED), random: seededRandom(seed) });
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  await deployCommands(configFor(fake, storeUrl));
  bot = await boot(1);
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

function game(): GameState {
  const state = bot!.context.quiz.gameIn(fake.channelId);
  if (!state) throw new Error('no game running');
  return state;
}

/** The channel message that shows round `round` of game `gameId` with its buttons live. */
async function roundMessage(gameId: string, round: number): Promise<StoredMessage> {
  const firstId = answerIds(gameId, round, 2)?.[0];
  const typeId = encodeQuizId({ action: 'type', gameId, round });
  return fake.waitFor(
    () =>
      fake.messages.find((m) => {
        const ids = customIdsOf(m);
        const live = (m.components as { components?: { disabled?: boolean }[] }[]).every((r) => (r.components ?? []).every((c) => !c.disabled));
        return live && (ids.includes(firstId ?? '') || ids.includes(typeId ?? ''));
      }),
    10_000,
    `round ${round} of ${gameId}`,
  );
}

async function revealOf(messageId: string): Promise<string> {
  return fake.waitFor(() => {
    const text = visibleText(fake.message(messageId));
    return text.includes('The answer:') ? text : undefined;
  }, 10_000, 'the reveal');
}

async function click(messageId: string, customId: string, user: string): Promise<string> {
  const response = await fake.clickButton(messageId, customId, { user }).response();
  expect(response.accepted).toBe(true);
  expect(response.afterMs).toBeLessThan(3000);
  return visibleText(bodyOf(response));
}

async function podium(gameId: string): Promise<string> {
  return fake.waitFor(() => {
    const text = fake.messages
      .map((m) => visibleText(m))
      .findLast((t) => t.includes('Quiz over') || t.includes('Quiz stopped'));
    return text && !bot!.context.quiz.game(gameId) ? text : undefined;
  }, 10_000, 'the podium');
}

describe('a quiz through the fake Discord', () => {
  let alicePoints = 0;

  it('two players play a full multiple-choice game: answers, reveal, next round, podium', async () => {
    const start = await fake.slash('quiz start', { rounds: 3, seconds: 10, mode: 'buttons', difficulty: 'easy' }, { user: 'alice' }).response();
    expect(start.accepted).toBe(true);
    expect(visibleText(bodyOf(start))).toContain('OST quiz');
    const gameId = game().id;

    const again = await fake.slash('quiz start', {}, { user: 'carol' }).response();
    expect(visibleText(bodyOf(again))).toContain('already running');

    for (let round = 1; round <= 3; round++) {
      const message = await roundMessage(gameId, round);
      const question = game().questions[round - 1]!;
      const ids = answerIds(gameId, round, question.choices.length)!;
      const wrong = (question.answerIndex + 1) % question.choices.length;
      expect(await click(message.id, ids[question.answerIndex]!, 'alice')).toContain('received');
      expect(await click(message.id, ids[wrong]!, 'alice')).toContain('already answered');
      // From round 2 on both players are in the game, so the second answer ends the round at once.
      expect(await click(message.id, ids[wrong]!, 'bob')).toContain('received');
      const reveal = await revealOf(message.id);
      expect(reveal).toContain(question.choices[question.answerIndex]!);
      expect(reveal).toMatch(new RegExp(`✅ <@${fake.users.alice.id}> \\+\\d+`));
      expect(reveal).toContain(`❌ <@${fake.users.bob.id}>`);
      expect(await click(message.id, encodeQuizId({ action: 'skip', gameId, round })!, 'alice').catch(() => 'disabled')).toMatch(
        /Too late|disabled|ended/,
      );
    }
    const final = await podium(gameId);
    expect(final.indexOf(fake.users.alice.id)).toBeLessThan(final.indexOf(fake.users.bob.id));
    const points = /<@\d+> · \*\*(\d+)\*\* pts/.exec(final);
    alicePoints = Number(points?.[1]);
    expect(alicePoints).toBeGreaterThanOrEqual(300);
  });

  it('the leaderboard shows the result, and still does after a restart', async () => {
    const before = visibleText(bodyOf(await fake.slash('quiz leaderboard', {}, { user: 'carol' }).response()));
    expect(before).toContain(`🥇 <@${fake.users.alice.id}> · **${alicePoints}** pts`);
    await bot!.stop();
    bot = await boot(2);
    const after = visibleText(bodyOf(await fake.slash('quiz leaderboard', { period: 'week' }, { user: 'carol' }).response()));
    expect(after).toContain(`🥇 <@${fake.users.alice.id}> · **${alicePoints}** pts`);
    expect(after).toContain(`<@${fake.users.bob.id}> · **0** pts`);
    const stats = visibleText(bodyOf(await fake.slash('quiz stats', {}, { user: 'alice' }).response()));
    expect(stats).toContain('rank **#1**');
    expect(stats).toContain('3/3');
  });

  it('two players play a typed-answer game; only the starter or a manager can stop it', async () => {
    await fake.slash('quiz start', { rounds: 2, seconds: 10, mode: 'typed', difficulty: 'easy' }, { user: 'alice' }).response();
    const gameId = game().id;
    const message = await roundMessage(gameId, 1);
    const question = game().questions[0]!;
    const answerButton = encodeQuizId({ action: 'type', gameId, round: 1 })!;
    const modalId = encodeQuizId({ action: 'modal', gameId, round: 1 })!;

    const open = await fake.clickButton(message.id, answerButton, { user: 'alice' }).response();
    expect(open.type).toBe(9);
    const typed = await fake.submitModal(modalId, { answer: question.accepted[0]! }, { user: 'alice' }).response();
    expect(visibleText(bodyOf(typed))).toContain('received');
    await fake.clickButton(message.id, answerButton, { user: 'bob' }).response();
    await fake.submitModal(modalId, { answer: 'zzzz not it' }, { user: 'bob' }).response();

    const reveal = await revealOf(message.id);
    expect(reveal).toMatch(new RegExp(`✅ <@${fake.users.alice.id}>`));
    expect(reveal).toContain(`❌ <@${fake.users.bob.id}>`);

    const refused = await fake.slash('quiz stop', {}, { user: 'carol' }).response();
    expect(visibleText(bodyOf(refused))).toContain('Only the player who started');
    expect((bodyOf(refused).flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    const stopped = await fake.slash('quiz stop', {}, { user: 'bob' }).response();
    expect(visibleText(bodyOf(stopped))).toContain('stopped');
    expect(await podium(gameId)).toContain('Quiz stopped');
  });

  it('a restart ends a running game cleanly; after a crash its buttons get a polite private answer', async () => {
    await fake.slash('quiz start', { rounds: 5, seconds: 60 }, { user: 'alice' }).response();
    const first = game();
    const message = await roundMessage(first.id, 1);
    await bot!.stop();
    const interrupted = await fake.waitFor(() => {
      const text = visibleText(fake.message(message.id));
      return text.includes('interrupted') ? text : undefined;
    }, 5_000, 'the interrupted notice');
    expect(interrupted).toContain('Points from finished rounds are saved');
    bot = await boot(3);

    await fake.slash('quiz start', { rounds: 5, seconds: 60 }, { user: 'alice' }).response();
    const second = game();
    const live = await roundMessage(second.id, 1);
    await bot!.client.destroy(); // a crash: no clean shutdown, the buttons stay live
    bot = await boot(4);
    const ids = answerIds(second.id, 1, second.questions[0]!.choices.length)!;
    expect(await click(live.id, ids[0]!, 'carol')).toContain('This game has ended');
    const response = await fake.slash('quiz stop', {}, { user: 'alice' }).response();
    expect(visibleText(bodyOf(response))).toContain('no quiz running');
  });

  it('only members with Manage Server can change the server defaults, which /quiz start then uses', async () => {
    const denied = await fake.slash('quiz-settings', { rounds: 2 }, { user: 'carol', force: true }).response();
    expect(visibleText(bodyOf(denied))).toContain('Manage Server');
    const saved = await fake.slash('quiz-settings', { rounds: 2, seconds: 15, mode: 'typed' }, { user: 'bob' }).response();
    expect(visibleText(bodyOf(saved))).toContain('**2** rounds, **15** s each, typed answers');
    await fake.slash('quiz start', {}, { user: 'carol' }).response();
    expect(game().settings).toMatchObject({ rounds: 2, secondsPerRound: 15, mode: 'typed' });
    await fake.slash('quiz stop', {}, { user: 'carol' }).response();
  });

  it('nothing the quiz sent could ping anyone, and Discord refused nothing', () => {
    expect(fake.mentionViolations.map((v) => JSON.stringify(v).slice(0, 300))).toEqual([]);
    expect(fake.refusals).toEqual([]);
  });
});
