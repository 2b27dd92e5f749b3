import { ApplicationCommandOptionType, PermissionFlagsBits } from 'discord.js';
import { QUIZ_LIMITS, type SettingsPatch } from '../src/core/ports.js';
import { respond, tellPrivately } from '../src/discord/respond.js';
import type { Command } from '../src/discord/types.js';

const MODE_NAMES = { buttons: 'multiple-choice buttons', typed: 'typed answers' } as const;

/** Server defaults for /quiz start. Discord hides it from members without Manage Server; checked again here. */
export const quizSettings: Command = {
  definition: {
    name: 'quiz-settings',
    description: "Set this server's quiz defaults (needs Manage Server)",
    dm_permission: false,
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
    options: [
      { type: ApplicationCommandOptionType.Integer, name: 'rounds', description: 'Default number of questions', min_value: QUIZ_LIMITS.rounds.min, max_value: QUIZ_LIMITS.rounds.max },
      { type: ApplicationCommandOptionType.Integer, name: 'seconds', description: 'Default seconds per question', min_value: QUIZ_LIMITS.seconds.min, max_value: QUIZ_LIMITS.seconds.max },
      {
        type: ApplicationCommandOptionType.String,
        name: 'mode',
        description: 'Default answer mode',
        choices: [
          { name: 'Multiple choice buttons', value: 'buttons' },
          { name: 'Typed answers', value: 'typed' },
        ],
      },
    ],
  },

  async execute(interaction, ctx) {
    if (!interaction.guildId) return tellPrivately(interaction, 'Quiz settings belong to a server.');
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      return tellPrivately(interaction, 'Only members with the Manage Server permission can change the quiz defaults.');
    }
    const o = interaction.options;
    const patch: SettingsPatch = { quiz: {} };
    const rounds = o.getInteger('rounds');
    const seconds = o.getInteger('seconds');
    const mode = o.getString('mode');
    if (rounds !== null) patch.quiz!.rounds = rounds;
    if (seconds !== null) patch.quiz!.seconds = seconds;
    if (mode === 'buttons' || mode === 'typed') patch.quiz!.mode = mode;
    let settings;
    try {
      settings = await ctx.stores.settings.update(interaction.guildId, patch);
    } catch (error) {
      if (error instanceof RangeError) {
        return tellPrivately(interaction, `Those values are out of range: rounds ${QUIZ_LIMITS.rounds.min}-${QUIZ_LIMITS.rounds.max}, seconds ${QUIZ_LIMITS.seconds.min}-${QUIZ_LIMITS.seconds.max}.`);
      }
      throw error;
    }
    const q = settings.quiz;
    ctx.logger.info({ guildId: interaction.guildId, userId: interaction.user.id, settings: q }, 'quiz defaults changed');
    await respond(interaction, {
      content: `⚙️ Quiz defaults for this server: **${q.rounds}** rounds, **${q.seconds}** s each, ${MODE_NAMES[q.mode]}.`,
      ephemeral: true,
    });
  },
};
