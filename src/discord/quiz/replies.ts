import type { AnswerOutcome, HintOutcome, SkipOutcome } from '../../core/quiz/index.js';

type Outcome<O> = O | 'no_game';

/** What a player privately hears after each click: never whether the answer was right. */
export const QUIZ_REPLIES = {
  ended: 'This game has ended. Start a new one with `/quiz start`.',
  alreadyRunning: 'A quiz is already running in this channel. Join it, or start one in another channel.',
  noGameHere: 'There is no quiz running in this channel.',
  notStarter: 'Only the player who started this quiz, or someone with Manage Server, can stop it.',
  notYourGame: 'This is a solo game. Start your own with `/quiz start`.',
  unknownArtist: 'I could not find that artist. Pick one from the suggestions as you type.',
  missingPermissions: 'I need View Channel, Send Messages and Embed Links in this channel to run a quiz here.',
  notEnough: (available: number) =>
    available === 0
      ? 'No questions match those filters. Try fewer filters or another difficulty.'
      : `Only ${available} questions match those filters. Choose at most ${available} rounds, or fewer filters.`,
  answer(outcome: Outcome<AnswerOutcome>, letter?: string): string {
    switch (outcome) {
      case 'accepted':
        return `🎯 Answer ${letter ? `**${letter}** ` : ''}received. The result comes when the round ends.`;
      case 'duplicate':
        return 'You already answered this round: one answer per round.';
      case 'late':
      case 'closed':
      case 'stale_round':
        return '⏱️ Too late: that round is over.';
      case 'not_player':
        return QUIZ_REPLIES.notYourGame;
      case 'invalid':
        return 'That answer could not be read. Try again.';
      case 'no_game':
        return QUIZ_REPLIES.ended;
    }
  },
  typed(outcome: Outcome<AnswerOutcome>): string {
    return outcome === 'accepted' ? '🎯 Answer received. The result comes when the round ends.' : QUIZ_REPLIES.answer(outcome);
  },
  hint(outcome: Outcome<HintOutcome>): string {
    switch (outcome) {
      case 'revealed':
        return '💡 Hint revealed.';
      case 'no_more_hints':
        return 'No more hints for this question.';
      case 'already_answered':
        return 'You already answered, so you cannot reveal hints for the others.';
      case 'no_game':
        return QUIZ_REPLIES.ended;
      default:
        return '⏱️ Too late: that round is over.';
    }
  },
  skip(outcome: Outcome<SkipOutcome>, votes: number, needed: number): string {
    switch (outcome) {
      case 'voted':
        return votes >= needed ? '⏭️ Skipping this question.' : `⏭️ Skip vote counted (${votes}/${needed}).`;
      case 'duplicate':
        return `You already voted to skip (${votes}/${needed}).`;
      case 'not_player':
        return 'Answer a question first to join the game, then you can vote to skip.';
      case 'no_game':
        return QUIZ_REPLIES.ended;
      default:
        return '⏱️ Too late: that round is over.';
    }
  },
} as const;
