import type { APIEmbed } from 'discord.js';
import type { Catalog } from '../../core/catalog.js';
import type { Artist, Song } from '../../core/model.js';
import { buttonRows, favouriteButton, openButton, type ActionRow } from './components.js';
import { COLORS, compact, field, fitEmbed } from './embed.js';
import { artistLabel, KIND_LABELS, LANGUAGE_LABELS, productionLabel, roleLabel, sourcesLabel, withKorean } from './labels.js';

export interface Card {
  embeds: APIEmbed[];
  components: ActionRow[];
}

function creditsLine(catalog: Catalog, song: Song): string | undefined {
  const lines = song.credits.map((c) => {
    const who = catalog.artist(c.artistId);
    return who ? `${artistLabel(catalog, who)}: ${c.roles.join(', ')}` : undefined;
  });
  return compact(lines).join('\n') || undefined;
}

/** The /ost card: the song, its production and performers, with buttons to open them. */
export function songCard(catalog: Catalog, song: Song): Card {
  const production = catalog.production(song.productionId);
  const performers = song.performers.map((id) => catalog.artist(id)).filter((a): a is Artist => a !== undefined);
  const role = roleLabel(song.role);
  const where = production
    ? [
        withKorean(production.title, production.titleKo),
        KIND_LABELS[production.kind],
        production.networks.join(', ') || production.platforms.join(', ') || undefined,
        production.year ? String(production.year) : undefined,
      ]
        .filter(Boolean)
        .join(' · ')
    : undefined;
  const embed: APIEmbed = {
    color: COLORS.song,
    title: `🎵 ${withKorean(song.title, song.titleKo)}`,
    description: compact([performers.map((a) => `**${artistLabel(catalog, a)}**`).join(', ') || undefined, where]).join(
      '\n',
    ),
    fields: compact([
      field('Role', role, true),
      field('Language', song.language ? LANGUAGE_LABELS[song.language] : undefined, true),
      field('Released', song.year ? String(song.year) : undefined, true),
      field('Credits', creditsLine(catalog, song)),
      field('Notes', song.notes.map((n) => `• ${n}`).join('\n') || undefined),
    ]),
    footer: { text: `Source: ${sourcesLabel(catalog, song.sources)}` },
  };
  const buttons = [
    production ? openButton({ kind: 'production', id: production.id, label: productionLabel(production), emoji: '📺' }) : undefined,
    ...performers.slice(0, 3).map((a) => openButton({ kind: 'artist', id: a.id, label: a.name, emoji: '🎤' })),
    favouriteButton('song', song.id),
  ];
  return { embeds: [fitEmbed(embed)], components: buttonRows(buttons, 1) };
}
