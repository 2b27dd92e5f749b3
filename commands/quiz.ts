import {
  ApplicationCommandOptionType,
  PermissionFlagsBits,
  TextInputStyle,
  ComponentType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type ModalSubmitInteraction,
} from 'discord.js';
import { encodeCustomId, type ParsedCustomId } from '../src/core/customId.js';
import { DISCORD_LIMITS, truncate } from '../src/core/limits.js';
import { PERIODS, QUIZ_LIMITS, type Period } from '../src/core/ports.js';
import {
  decodeQuizId,
  encodeQuizId,
  MAX_TYPED_ANSWER,
  type Difficulty,
  type GenerateOptions,
  type ProductionGroup,
  type QuestionKind,
  type QuizFilters,
} from '../src/core/quiz/index.js';
import { autocompleteChoices } from '../src/discord/choices.js';
import { respond, tellPrivately, updateMessage } from '../src/discord/respond.js';
import type { Command, ComponentInteraction, Context } from '../src/discord/types.js';
import { LEADERBOARD_NAMESPACE, leaderboardView, roundView, statsView } from '../src/discord/views/quizViews.js';
import { QUIZ_REPLIES } from '../src/discord/quiz/replies.js';

const TOPICS: Record<string, readonly QuestionKind[] | undefined> = {
  mixed: undefined,
  songs: ['song_production', 'song_performer', 'production_song'],
  singers: ['song_performer', 'artist_production', 'shared_artist'],
  dramas: ['song_production', 'production_song', 'production_year', 'production_network'],
  facts: ['production_year', 'production_network'],
};
const ERAS: Record<string, Pick<QuizFilters, 'fromYear' | 'toYear'>> = {
  '2000s': { fromYear: 2000, toYear: 2009 },
  '2010s': { fromYear: 2010, toYear: 2019 },
  '2020s': { fromYear: 2020, toYear: 2029 },
};
const LEADERBOARD_PAGE_SIZE = 10;
const SERVER_ONLY = 'Quizzes are played in a server channel.';

const choicesOf = (values: Record<string, string>) => Object.entries(values).map(([value, name]) => ({ name, value }));

function canManage(interaction: { memberPermissions: { has(bit: bigint): boolean } | null }): boolean {
  return interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
}

async function start(interaction: ChatInputCommandInteraction, ctx: Context, guildId: string): Promise<void> {
  const channelId = interaction.channelId;
  const running = ctx.quiz.gameIn(channelId);
  if (running) return tellPrivately(interaction, QUIZ_REPLIES.alreadyRunning);
  const needed = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks;
  if (interaction.appPermissions && !interaction.appPermissions.has(needed)) {
    return tellPrivately(interaction, QUIZ_REPLIES.missingPermissions);
  }
  const defaults = (await ctx.stores.settings.get(guildId)).quiz;
  const o = interaction.options;
  const difficulty = (o.getString('difficulty') ?? 'medium') as Difficulty;
  const filters: QuizFilters = {
    ...(ERAS[o.getString('era') ?? ''] ?? {}),
    ...(o.getString('type') ? { productionKind: o.getString('type') as ProductionGroup } : {}),
  };
  const artist = o.getString('artist');
  if (artist) {
    const found = ctx.catalog.artist(artist) ?? ctx.catalog.artist(ctx.search.search(artist, { kinds: ['artist'], limit: 1 })[0]?.id ?? '');
    if (!found) return tellPrivately(interaction, QUIZ_REPLIES.unknownArtist);
    filters.artistId = found.id;
  }
  if (o.getBoolean('favourites')) {
    const chart = await ctx.stores.favourites.chart(guildId, { limit: 500 });
    filters.favourites = chart.map((c) => ({ kind: c.kind, id: c.id }));
  }
  const rounds = o.getInteger('rounds') ?? defaults.rounds;
  const kinds = TOPICS[o.getString('about') ?? 'mixed'];
  const options: GenerateOptions = { count: rounds, difficulty, choices: o.getInteger('choices') ?? 4, filters, ...(kinds ? { kinds } : {}) };
  const result = await ctx.quiz.start(
    { guildId, channelId, starterId: interaction.user.id },
    {
      rounds,
      secondsPerRound: o.getInteger('seconds') ?? defaults.seconds,
      mode: (o.getString('mode') as 'buttons' | 'typed' | null) ?? defaults.mode,
      difficulty,
      solo: o.getBoolean('solo') ?? false,
    },
    options,
  );
  if (!result.ok) {
    return tellPrivately(
      interaction,
      result.reason === 'already_running' ? QUIZ_REPLIES.alreadyRunning : QUIZ_REPLIES.notEnough(result.available),
    );
  }
  const s = result.state.settings;
  await respond(interaction, {
    content: `🎵 **OST quiz!** ${result.state.questions.length} rounds · ${s.secondsPerRound} s each · ${
      s.mode === 'buttons' ? 'pick an answer' : 'type your answers'
    } · ${difficulty}${s.solo ? ' · solo' : ''}. First question coming up…`,
  });
}

async function stop(interaction: ChatInputCommandInteraction, ctx: Context): Promise<void> {
  const game = ctx.quiz.gameIn(interaction.channelId);
  if (!game) return tellPrivately(interaction, QUIZ_REPLIES.noGameHere);
  if (game.starterId !== interaction.user.id && !canManage(interaction)) {
    return tellPrivately(interaction, QUIZ_REPLIES.notStarter);
  }
  ctx.quiz.stop(interaction.channelId);
  await respond(interaction, { content: '⏹️ Quiz stopped. Final scores coming up.' });
}

function leaderboardPager(period: Period) {
  return (page: number) => (page >= 1 ? encodeCustomId(LEADERBOARD_NAMESPACE, 1, [period, String(page)]) : undefined);
}

async function leaderboard(interaction: ChatInputCommandInteraction, ctx: Context, guildId: string): Promise<void> {
  const period = (interaction.options.getString('period') ?? 'all') as Period;
  const page = await ctx.stores.scores.leaderboard(guildId, {
    period,
    at: ctx.clock.now(),
    page: interaction.options.getInteger('page') ?? 1,
    pageSize: LEADERBOARD_PAGE_SIZE,
  });
  await respond(interaction, leaderboardView(page, leaderboardPager(period)));
}

async function stats(interaction: ChatInputCommandInteraction, ctx: Context, guildId: string): Promise<void> {
  const user = interaction.options.getUser('player') ?? interaction.user;
  await respond(interaction, statsView(await ctx.stores.scores.playerStats(guildId, user.id, ctx.clock.now())));
}

async function onQuizComponent(interaction: ComponentInteraction, ctx: Context): Promise<void> {
  const id = decodeQuizId(interaction.customId);
  if (!id) return tellPrivately(interaction, QUIZ_REPLIES.ended);
  const game = ctx.quiz.game(id.gameId);
  if (!game) return tellPrivately(interaction, QUIZ_REPLIES.ended);
  if (game.settings.solo && interaction.user.id !== game.starterId && id.action !== 'hint') {
    return tellPrivately(interaction, QUIZ_REPLIES.notYourGame);
  }
  if (id.action === 'answer') {
    const result = ctx.quiz.answer(id.gameId, id.round, interaction.user.id, { choice: id.choice });
    return tellPrivately(interaction, QUIZ_REPLIES.answer(result.outcome, String.fromCharCode(65 + id.choice)));
  }
  if (id.action === 'type') {
    const modalId = encodeQuizId({ action: 'modal', gameId: id.gameId, round: id.round });
    if (!modalId || game.round !== id.round || game.phase !== 'open') return tellPrivately(interaction, QUIZ_REPLIES.answer('late'));
    await interaction.showModal({
      custom_id: modalId,
      title: truncate(`Round ${id.round}: your answer`, DISCORD_LIMITS.modalTitle),
      components: [
        {
          type: ComponentType.ActionRow,
          components: [
            { type: ComponentType.TextInput, custom_id: 'answer', label: 'Your answer', style: TextInputStyle.Short, required: true, max_length: MAX_TYPED_ANSWER },
          ],
        },
      ],
    });
    return;
  }
  if (id.action === 'hint') {
    const result = ctx.quiz.hint(id.gameId, id.round, interaction.user.id);
    if (result.outcome === 'revealed' && result.state) return updateMessage(interaction, roundView(result.state));
    return tellPrivately(interaction, QUIZ_REPLIES.hint(result.outcome));
  }
  if (id.action === 'skip') {
    const result = ctx.quiz.skip(id.gameId, id.round, interaction.user.id);
    return tellPrivately(interaction, QUIZ_REPLIES.skip(result.outcome, result.votes ?? 0, result.needed ?? 0));
  }
  return tellPrivately(interaction, QUIZ_REPLIES.ended);
}

async function onLeaderboardPage(interaction: ComponentInteraction, id: ParsedCustomId, ctx: Context): Promise<void> {
  const [period, pageText] = id.parts;
  const page = Number(pageText);
  if (!interaction.guildId || !PERIODS.includes(period as Period) || !Number.isInteger(page) || page < 1) {
    return tellPrivately(interaction, QUIZ_REPLIES.ended);
  }
  const board = await ctx.stores.scores.leaderboard(interaction.guildId, {
    period: period as Period,
    at: ctx.clock.now(),
    page,
    pageSize: LEADERBOARD_PAGE_SIZE,
  });
  await updateMessage(interaction, leaderboardView(board, leaderboardPager(period as Period)));
}

async function onModal(interaction: ModalSubmitInteraction, ctx: Context): Promise<void> {
  const id = decodeQuizId(interaction.customId);
  if (!id || id.action !== 'modal') return tellPrivately(interaction, QUIZ_REPLIES.ended);
  const text = interaction.fields.getTextInputValue('answer');
  const result = ctx.quiz.answer(id.gameId, id.round, interaction.user.id, { text });
  await tellPrivately(interaction, QUIZ_REPLIES.typed(result.outcome));
}

export const quiz: Command = {
  namespaces: ['quiz', LEADERBOARD_NAMESPACE],
  definition: {
    name: 'quiz',
    description: 'OST guessing games: start one, stop it, see the leaderboard and your stats',
    dm_permission: false,
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'start',
        description: 'Start a quiz in this channel',
        options: [
          { type: ApplicationCommandOptionType.Integer, name: 'rounds', description: 'How many questions', min_value: QUIZ_LIMITS.rounds.min, max_value: QUIZ_LIMITS.rounds.max },
          { type: ApplicationCommandOptionType.Integer, name: 'seconds', description: 'Seconds per question', min_value: QUIZ_LIMITS.seconds.min, max_value: QUIZ_LIMITS.seconds.max },
          { type: ApplicationCommandOptionType.String, name: 'mode', description: 'Pick from buttons or type the answer', choices: choicesOf({ buttons: 'Multiple choice buttons', typed: 'Typed answers' }) },
          { type: ApplicationCommandOptionType.String, name: 'difficulty', description: 'Easy: famous dramas and songs; hard: deep cuts', choices: choicesOf({ easy: 'Easy', medium: 'Medium', hard: 'Hard' }) },
          { type: ApplicationCommandOptionType.String, name: 'about', description: 'What the questions ask', choices: choicesOf({ mixed: 'A mix of everything', songs: 'Songs and their dramas', singers: 'Who sang what', dramas: 'Dramas', facts: 'Years and networks' }) },
          { type: ApplicationCommandOptionType.String, name: 'era', description: 'Only productions from one era', choices: choicesOf({ '2000s': '2000s', '2010s': '2010s', '2020s': '2020s' }) },
          { type: ApplicationCommandOptionType.String, name: 'type', description: 'Only dramas, anime or films', choices: choicesOf({ drama: 'Dramas', anime: 'Anime', film: 'Films' }) },
          { type: ApplicationCommandOptionType.String, name: 'artist', description: 'Only OSTs sung by this artist or group', autocomplete: true, max_length: 100 },
          { type: ApplicationCommandOptionType.Boolean, name: 'favourites', description: 'Only songs, dramas and artists this server has favourited' },
          { type: ApplicationCommandOptionType.Integer, name: 'choices', description: 'Number of answer buttons (2-5)', min_value: 2, max_value: 5 },
          { type: ApplicationCommandOptionType.Boolean, name: 'solo', description: 'Only you play; rounds end as soon as you answer' },
        ],
      },
      { type: ApplicationCommandOptionType.Subcommand, name: 'stop', description: 'Stop the quiz in this channel (its starter or a server manager)' },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'leaderboard',
        description: "This server's quiz leaderboard",
        options: [
          { type: ApplicationCommandOptionType.String, name: 'period', description: 'All time, this week or this month', choices: choicesOf({ all: 'All time', week: 'This week', month: 'This month' }) },
          { type: ApplicationCommandOptionType.Integer, name: 'page', description: 'Page number', min_value: 1, max_value: 1000 },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'stats',
        description: "A player's quiz points, games, accuracy, best streak and rank",
        options: [{ type: ApplicationCommandOptionType.User, name: 'player', description: 'Whose stats (default: yours)' }],
      },
    ],
  },

  async execute(interaction, ctx) {
    const guildId = interaction.guildId;
    if (!guildId) return tellPrivately(interaction, SERVER_ONLY);
    const sub = interaction.options.getSubcommand();
    if (sub === 'start') return start(interaction, ctx, guildId);
    if (sub === 'stop') return stop(interaction, ctx);
    if (sub === 'leaderboard') return leaderboard(interaction, ctx, guildId);
    return stats(interaction, ctx, guildId);
  },

  async autocomplete(interaction: AutocompleteInteraction, ctx) {
    const typed = truncate(interaction.options.getFocused(), 100);
    const hits = typed.trim() ? ctx.search.search(typed, { kinds: ['artist'], limit: DISCORD_LIMITS.autocompleteChoices }) : [];
    await interaction.respond(autocompleteChoices(ctx.catalog, hits));
  },

  async handleComponent(interaction, id, ctx) {
    if (id.namespace === LEADERBOARD_NAMESPACE) return onLeaderboardPage(interaction, id, ctx);
    return onQuizComponent(interaction, ctx);
  },

  async handleModal(interaction, _id, ctx) {
    return onModal(interaction, ctx);
  },
};
