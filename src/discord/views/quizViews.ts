import { ButtonStyle, ComponentType, type APIButtonComponent, type APIEmbed } from 'discord.js';
import { DISCORD_LIMITS, truncate } from '../../core/limits.js';
import type { LeaderboardPage, PlayerStats } from '../../core/ports.js';
import { answerIds, encodeQuizId, revealedHints, skipVotesNeeded, type GameState, type PodiumEntry, type RoundReveal } from '../../core/quiz/index.js';
import { buttonRows, type ActionRow } from './components.js';
import { COLORS } from './embed.js';
import type { Card } from './songCard.js';

const LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;
const MEDALS = ['🥇', '🥈', '🥉'] as const;

/** Discord shows `<@id>` as the member's name; with no mentions allowed it never pings. */
export const userRef = (id: string) => `<@${id}>`;
const unixSeconds = (ms: number) => Math.ceil(ms / 1000);

function header(state: GameState): string {
  return `Round ${state.round} of ${state.questions.length}`;
}

function quizButton(
  state: GameState,
  action: 'hint' | 'skip' | 'type',
  label: string,
  emoji: string,
  style: ButtonStyle.Primary | ButtonStyle.Secondary,
): APIButtonComponent | undefined {
  const customId = encodeQuizId({ action, gameId: state.id, round: state.round });
  return customId ? { type: ComponentType.Button, style, custom_id: customId, label, emoji: { name: emoji } } : undefined;
}

/** The open round: the question, a live countdown, the choices (or an Answer button), hint and skip. */
export function roundView(state: GameState): Card {
  const question = state.questions[state.round - 1];
  if (!question) throw new Error(`quiz ${state.id}: no question for round ${state.round}`);
  const hints = revealedHints(state).map((h, i) => `💡 Hint ${i + 1}: ${h}`);
  const embed: APIEmbed = {
    color: COLORS.song,
    author: { name: `🎵 Sori quiz · ${header(state)}` },
    title: truncate(question.prompt, DISCORD_LIMITS.embedTitle),
    description: [
      state.settings.mode === 'buttons'
        ? question.choices.map((c, i) => `**${LETTERS[i]}.** ${c}`).join('\n')
        : '✍️ Press **Answer** and type it: English, Hangul or romanised, small typos are fine.',
      '',
      ...hints,
      `⏱️ Ends <t:${unixSeconds(state.roundEndsAt)}:R>`,
    ].join('\n'),
    footer: { text: `One answer per player per round · hints cost points${state.settings.solo ? ' · solo game' : ''}` },
  };
  const answerButtons: (APIButtonComponent | undefined)[] =
    state.settings.mode === 'buttons'
      ? (answerIds(state.id, state.round, question.choices.length) ?? []).map((customId, i) => ({
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          custom_id: customId,
          label: truncate(`${LETTERS[i]}. ${question.choices[i] ?? ''}`, DISCORD_LIMITS.buttonLabel),
        }))
      : [quizButton(state, 'type', 'Answer', '✍️', ButtonStyle.Primary)];
  const skipLabel = state.skipVotes.length > 0 ? `Skip (${state.skipVotes.length}/${skipVotesNeeded(state)})` : 'Skip';
  const controls = [
    question.hints.length > state.hintsRevealed ? quizButton(state, 'hint', 'Hint', '💡', ButtonStyle.Secondary) : undefined,
    quizButton(state, 'skip', skipLabel, '⏭️', ButtonStyle.Secondary),
  ];
  return { embeds: [embed], components: [...buttonRows(answerButtons, 1), ...buttonRows(controls, 1)] };
}

/** The round after it closed: the answer, who got it, what they earned; the buttons disabled. */
export function revealView(state: GameState, reveal: RoundReveal): Card {
  const question = state.questions[reveal.round - 1];
  const results = reveal.results.filter((r) => r.answered);
  const lines = results.length
    ? results.map((r) =>
        r.correct
          ? `✅ ${userRef(r.userId)} +${r.points}${r.streak > 1 ? ` · 🔥 streak ${r.streak}` : ''}`
          : `❌ ${userRef(r.userId)}`,
      )
    : ['Nobody answered this one.'];
  const reason = { time: '⏱️ Time!', all_answered: '✅ Everyone answered.', skipped: '⏭️ Skipped by vote.', stopped: '⏹️ Game stopped.', ended: '' }[reveal.reason];
  const embed: APIEmbed = {
    color: COLORS.production,
    author: { name: `🎵 Sori quiz · Round ${reveal.round} of ${state.questions.length}` },
    title: truncate(question?.prompt ?? 'Round over', DISCORD_LIMITS.embedTitle),
    description: [`${reason} The answer: **${reveal.answer}**`, '', ...lines].join('\n'),
  };
  const buttons: APIButtonComponent[] =
    state.settings.mode === 'buttons' && question
      ? (answerIds(state.id, reveal.round, question.choices.length) ?? []).map((customId, i) => ({
          type: ComponentType.Button,
          style: i === reveal.answerIndex ? ButtonStyle.Success : ButtonStyle.Secondary,
          custom_id: customId,
          label: truncate(`${LETTERS[i]}. ${question.choices[i] ?? ''}`, DISCORD_LIMITS.buttonLabel),
          disabled: true,
        }))
      : [];
  return { embeds: [embed], components: buttonRows(buttons, 1) };
}

function podiumLine(entry: PodiumEntry): string {
  const medal = MEDALS[entry.rank - 1] ?? `**${entry.rank}.**`;
  const accuracy = Math.round(entry.accuracy * 100);
  return `${medal} ${userRef(entry.userId)} · **${entry.points}** pts · ${entry.correct}/${entry.answered} (${accuracy}%) · best streak ${entry.bestStreak}`;
}

/** End of game. */
export function podiumView(state: GameState, podium: readonly PodiumEntry[]): Card {
  const stopped = state.endReason === 'stopped';
  return {
    embeds: [
      {
        color: COLORS.song,
        title: stopped ? '⏹️ Quiz stopped' : '🏆 Quiz over!',
        description: podium.length
          ? podium.slice(0, 10).map(podiumLine).join('\n')
          : 'Nobody answered. Start another with `/quiz start`.',
        footer: { text: 'Points are saved to this server’s leaderboard: /quiz leaderboard' },
      },
    ],
    components: [],
  };
}

export function interruptedView(): Card {
  return {
    embeds: [
      {
        color: COLORS.info,
        title: '⏹️ Quiz interrupted',
        description: 'Sori restarted, so this game ended. Points from finished rounds are saved. Start a new one with `/quiz start`.',
      },
    ],
    components: [],
  };
}

export const LEADERBOARD_NAMESPACE = 'quizlb';
const PERIOD_TITLES = { all: 'All time', week: 'This week', month: 'This month' } as const;

export function leaderboardView(page: LeaderboardPage, pager: (page: number) => string | undefined): Card {
  const lines = page.entries.map((e) => `${MEDALS[e.rank - 1] ?? `**${e.rank}.**`} ${userRef(e.userId)} · **${e.points}** pts`);
  const button = (target: number, label: string, disabled: boolean): APIButtonComponent | undefined => {
    const customId = pager(target);
    return customId ? { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: customId, label, disabled } : undefined;
  };
  const rows: ActionRow[] =
    page.totalPages > 1
      ? buttonRows([button(page.page - 1, '◀ Previous', page.page <= 1), button(page.page + 1, 'Next ▶', page.page >= page.totalPages)], 1)
      : [];
  return {
    embeds: [
      {
        color: COLORS.song,
        title: `🏆 Quiz leaderboard · ${PERIOD_TITLES[page.period]}`,
        description: lines.length ? lines.join('\n') : 'No points yet in this period. Start a game with `/quiz start`!',
        footer: { text: `Page ${page.page} of ${Math.max(1, page.totalPages)} · ${page.totalPlayers} players` },
      },
    ],
    components: rows,
  };
}

export function statsView(stats: PlayerStats): Card {
  const accuracy = stats.answered ? Math.round((stats.correct / stats.answered) * 100) : 0;
  return {
    embeds: [
      {
        color: COLORS.artist,
        title: '📊 Quiz stats',
        description: `${userRef(stats.userId)}${stats.rank ? ` · rank **#${stats.rank}** in this server` : ' · no games here yet'}`,
        fields: [
          { name: 'Points', value: String(stats.points), inline: true },
          { name: 'This week', value: String(stats.periodPoints.week), inline: true },
          { name: 'This month', value: String(stats.periodPoints.month), inline: true },
          { name: 'Games', value: String(stats.games), inline: true },
          { name: 'Accuracy', value: `${accuracy}% (${stats.correct}/${stats.answered})`, inline: true },
          { name: 'Best streak', value: String(stats.bestStreak), inline: true },
        ],
      },
    ],
    components: [],
  };
}
