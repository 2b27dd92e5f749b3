import { respond } from '../src/discord/respond.js';
import type { Command } from '../src/discord/types.js';
import { COLORS } from '../src/discord/views/embed.js';

/** What Sori can do, in one private card. */
export const help: Command = {
  definition: { name: 'help', description: 'What Sori can do and how to search' },
  async execute(interaction, ctx) {
    const { productions, artists, songs } = ctx.catalog.dataset;
    await respond(interaction, {
      ephemeral: true,
      embeds: [
        {
          color: COLORS.song,
          title: '🎵 Sori (소리): K-drama OSTs and the idols who sing them',
          description: [
            '**/ost** a song · **/drama** a drama, film or anime and its OST · **/idol** a singer or group',
            'Type English, Hangul (도깨비), romanised Korean (dokkaebi), initials (ㄷㄲㅂ) or with a typo: suggestions appear as you type.',
            '',
            '**/quiz start** an OST quiz in this channel · **/quiz leaderboard** · **/quiz stats**',
            '**☆ Favourite** on any card · **/favourites list**, **remove**, **chart**',
            'Server managers: **/quiz-settings** for the quiz defaults.',
          ].join('\n'),
          footer: { text: `${productions.length} productions · ${artists.length} artists · ${songs.length} OST songs · facts only, sources on every card` },
        },
      ],
    });
  },
};
