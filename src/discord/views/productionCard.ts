import type { APIEmbed } from 'discord.js';
import type { Catalog } from '../../core/catalog.js';
import type { Production, Song } from '../../core/model.js';
import { buttonRows, favouriteButton, pickMenu } from './components.js';
import { COLORS, compact, field, fitEmbed, listFields } from './embed.js';
import { KIND_LABELS, performersLabel, roleLabel, sourcesLabel, withKorean } from './labels.js';
import type { Card } from './songCard.js';

/** "OST (12 songs)", plus how many of the released parts (or album songs) are listed when that count is known. */
export function ostHeading(production: Production, songs: Song[]): string {
  const count = `${songs.length} song${songs.length === 1 ? '' : 's'}`;
  const album = production.ostAlbumSongs;
  if (album !== undefined && (production.ostParts === undefined || songs.length === album)) {
    return `OST (${songs.length === album ? `all ${album} songs of the album` : `${count} of the album's ${album}`})`;
  }
  if (production.ostParts === undefined) return `OST (${count})`;
  const numbered = new Set(songs.flatMap((s) => (s.role?.type === 'ost_part' && s.role.number !== undefined ? [s.role.number] : [])));
  const listed = [...numbered].filter((n) => n <= (production.ostParts ?? 0)).length;
  const parts = listed === production.ostParts ? `all ${production.ostParts} parts` : `${listed} of ${production.ostParts} parts`;
  return `OST (${count} · ${parts})`;
}

/** The /drama card: facts, aliases, cast and the OST tracklist in part order. */
export function productionCard(catalog: Catalog, production: Production): Card {
  const songs = catalog.songsOf(production.id);
  const facts = compact([
    KIND_LABELS[production.kind],
    production.networks.length ? production.networks.join(', ') : undefined,
    production.platforms.length ? `on ${production.platforms.join(', ')}` : undefined,
    production.year ? String(production.year) : undefined,
    production.episodes ? `${production.episodes} episodes` : undefined,
  ]).join(' · ');
  const tracklist = songs.map((s, i) => {
    const role = roleLabel(s.role);
    const by = performersLabel(catalog, s, false);
    return `${i + 1}. **${s.title}**${by ? ` — ${by}` : ''}${role ? ` · ${role}` : ''}`;
  });
  const dates = production.startDate
    ? `${production.startDate}${production.endDate ? ` → ${production.endDate}` : ''}`
    : undefined;
  const embed: APIEmbed = {
    color: COLORS.production,
    title: `📺 ${withKorean(production.title, production.titleKo)}`,
    description: facts,
    fields: compact([
      field('Also known as', production.aliases.slice(0, 8).join(' · ') || undefined),
      field('Aired', dates, true),
      field('Cast', production.cast.slice(0, 6).join(', ') || undefined),
      ...(tracklist.length ? listFields(ostHeading(production, songs), tracklist, 4) : [field('OST', 'No songs in Sori yet.')]),
    ]),
    footer: { text: `Source: ${sourcesLabel(catalog, production.sources)}` },
  };
  const menu = pickMenu(
    'song',
    'Open a song from this OST…',
    songs.map((s) => ({ kind: 'song' as const, id: s.id, label: `${s.title} — ${performersLabel(catalog, s, false)}` })),
  );
  return {
    embeds: [fitEmbed(embed)],
    components: [...(menu ? [menu] : []), ...buttonRows([favouriteButton('production', production.id)], 1)],
  };
}
