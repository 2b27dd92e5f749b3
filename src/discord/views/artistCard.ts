import type { APIEmbed } from 'discord.js';
import type { Catalog } from '../../core/catalog.js';
import { generationOf } from '../../core/generation.js';
import type { Artist } from '../../core/model.js';
import { buttonRows, favouriteButton, openButton, pickMenu } from './components.js';
import { COLORS, compact, field, fitEmbed, listFields } from './embed.js';
import { productionLabel, sourcesLabel, withKorean } from './labels.js';
import type { Card } from './songCard.js';

const KIND_NAMES: Record<Artist['kind'], string> = {
  group: 'Group',
  subunit: 'Sub-unit',
  person: 'Artist',
  band: 'Band',
  fictional_group: 'Fictional group',
};

function summary(catalog: Catalog, artist: Artist): string {
  const parent = artist.parentGroupId ? catalog.artist(artist.parentGroupId) : undefined;
  const generation = artist.kind !== 'person' && artist.debutYear ? generationOf(artist.debutYear) : undefined;
  return compact([
    KIND_NAMES[artist.kind],
    parent ? `sub-unit of ${parent.name}` : undefined,
    artist.agency,
    artist.debutYear ? `debut ${artist.debutYear}` : undefined,
    generation?.label,
  ]).join(' · ');
}

/** The /idol card: who they are, their groups or members, and the OST songs they sang. */
export function artistCard(catalog: Catalog, artist: Artist): Card {
  const songs = catalog.songsBy(artist.id);
  const groups = catalog.groupsOf(artist.id);
  const members = catalog.membersOf(artist.id);
  const current = members.filter((m) => m.current).map((m) => m.artist.name);
  const former = members.filter((m) => !m.current).map((m) => m.artist.name);
  const voices = artist.voicedBy.map((id) => catalog.artist(id)?.name).filter((n): n is string => n !== undefined);
  const songLines = songs.map((s) => {
    const p = catalog.production(s.productionId);
    return `**${s.title}** — ${p ? productionLabel(p) : '?'}`;
  });
  const embed: APIEmbed = {
    color: COLORS.artist,
    title: `🎤 ${withKorean(artist.name, artist.nameKo)}`,
    description: summary(catalog, artist),
    fields: compact([
      field('Real name', artist.realName ? withKorean(artist.realName, artist.realNameKo) : undefined, true),
      field('Born', artist.birthDate, true),
      field('Groups', groups.map((g) => g.name).join(', ') || undefined, true),
      field('Members', current.join(', ') || undefined),
      field('Former members', former.join(', ') || undefined),
      field('Sub-units', catalog.subunitsOf(artist.id).map((u) => u.name).join(', ') || undefined),
      field('Voiced by', voices.join(', ') || undefined),
      field('Also known as', artist.aliases.slice(0, 6).join(' · ') || undefined),
      ...(songLines.length ? listFields(`OST songs (${songs.length})`, songLines, 3) : [field('OST songs', 'None in Sori yet.')]),
    ]),
    footer: { text: `Source: ${sourcesLabel(catalog, artist.sources)}` },
  };
  const links = [
    ...groups.map((g) => openButton({ kind: 'artist', id: g.id, label: g.name, emoji: '👥' })),
    ...(artist.parentGroupId ? [catalog.artist(artist.parentGroupId)] : [])
      .filter((g): g is Artist => g !== undefined)
      .map((g) => openButton({ kind: 'artist', id: g.id, label: g.name, emoji: '👥' })),
  ].slice(0, 4);
  const songMenu = pickMenu(
    'song',
    'Open one of their OST songs…',
    songs.map((s) => ({ kind: 'song' as const, id: s.id, label: `${s.title} — ${catalog.production(s.productionId)?.title ?? ''}` })),
  );
  const memberMenu = pickMenu(
    'artist',
    'Open a member…',
    members.map((m) => ({ kind: 'artist' as const, id: m.artist.id, label: m.artist.name })),
  );
  return {
    embeds: [fitEmbed(embed)],
    components: compact([songMenu, memberMenu, ...buttonRows([...links, favouriteButton('artist', artist.id)], 1)]),
  };
}
