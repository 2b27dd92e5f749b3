import type { Catalog } from '../../core/catalog.js';
import type { Artist, EntityKind, Language, Production, ProductionKind, Song, SongRole } from '../../core/model.js';
import { choiceLabel, labelCatalog, type LabelCatalog } from '../../core/search/index.js';

export const KIND_LABELS: Record<ProductionKind, string> = {
  tv_drama: 'TV drama',
  web_drama: 'Web drama',
  film: 'Film',
  animated_film: 'Animated film',
  anime: 'Anime',
  animated_series: 'Animated series',
};

export const LANGUAGE_LABELS: Record<Language, string> = {
  ko: 'Korean',
  ja: 'Japanese',
  en: 'English',
  zh: 'Chinese',
  other: 'Other',
};

/** "OST Part 1", "Opening 2", "Main theme", "Special track". */
export function roleLabel(role: SongRole | undefined): string | undefined {
  if (!role) return undefined;
  const n = role.number === undefined ? '' : ` ${role.number}`;
  switch (role.type) {
    case 'ost_part':
      return n ? `OST Part${n}` : 'OST';
    case 'opening':
      return `Opening theme${n}`;
    case 'ending':
      return `Ending theme${n}`;
    case 'main_theme':
      return 'Main theme';
    case 'insert':
      return 'Insert song';
    case 'special':
      return 'Special track';
  }
}

/** "Goblin (2016)". */
export function productionLabel(p: Production): string {
  return p.year ? `${p.title} (${p.year})` : p.title;
}

/** "Chanyeol (EXO)" for a group member, the plain name otherwise. */
export function artistLabel(catalog: Catalog, artist: Artist): string {
  const group = artist.memberships.find((m) => m.current) ?? artist.memberships[0];
  const groupName = group ? catalog.artist(group.groupId)?.name : undefined;
  return groupName ? `${artist.name} (${groupName})` : artist.name;
}

export function performersLabel(catalog: Catalog, song: Song, withGroups = true): string {
  return song.performers
    .map((id) => catalog.artist(id))
    .filter((a): a is Artist => a !== undefined)
    .map((a) => (withGroups ? artistLabel(catalog, a) : a.name))
    .join(', ');
}

/** "Title (한글)" when the Korean title differs. */
export function withKorean(title: string, korean: string | undefined): string {
  return korean && korean !== title ? `${title} (${korean})` : title;
}

export function sourcesLabel(catalog: Catalog, ids: readonly string[]): string {
  return ids.map((id) => catalog.source(id)?.name ?? id).join(', ');
}

/** One line that says what an item is: "Stay With Me · Chanyeol, Punch · Goblin (2016)"; undefined for an unknown id. */
export function itemLabel(catalog: Catalog, kind: EntityKind, id: string): string | undefined {
  if (!catalog.exists({ kind, id })) return undefined;
  return choiceLabel({ id, kind, score: 0, matchedField: 'name', matchedText: '' }, labelsOf(catalog));
}

const labelCatalogs = new WeakMap<Catalog, LabelCatalog>();

/** The search module's label lookups, built once per catalog. */
export function labelsOf(catalog: Catalog): LabelCatalog {
  let labels = labelCatalogs.get(catalog);
  if (!labels) {
    labels = labelCatalog(catalog.dataset);
    labelCatalogs.set(catalog, labels);
  }
  return labels;
}
