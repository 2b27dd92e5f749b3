import type { Artist, Dataset, EntityKind, Production, Redirects, Song, SongRole, Source } from './model.js';

/** A membership seen from the group's side. */
export interface Member {
  artist: Artist;
  current: boolean;
  roles: string[];
}

export interface EntityRef {
  kind: EntityKind;
  id: string;
}

/** The dataset with every link resolvable in both directions. */
export interface Catalog {
  readonly dataset: Dataset;
  production(id: string): Production | undefined;
  artist(id: string): Artist | undefined;
  song(id: string): Song | undefined;
  source(id: string): Source | undefined;
  /** Songs of a production in tracklist order (role, then part number). */
  songsOf(productionId: string): Song[];
  /** Songs the artist sang: directly, or (for a group) through a subset of its members. */
  songsBy(artistId: string): Song[];
  /** Members of a group, current first. */
  membersOf(groupId: string): Member[];
  /** Groups a person belongs or belonged to. */
  groupsOf(personId: string): Artist[];
  /** Sub-units of a group. */
  subunitsOf(groupId: string): Artist[];
  /** Productions the artist sang for, most recent first. */
  productionsOf(artistId: string): Production[];
  exists(ref: EntityRef): boolean;
  /** The id an item has now: itself, the successor of an id a rebuild renamed, or undefined. */
  canonicalId(kind: EntityKind, id: string): string | undefined;
}

const REDIRECT_KEYS: Record<EntityKind, keyof Redirects> = { production: 'productions', artist: 'artists', song: 'songs' };
/** No id renamed (a first build, or tests). */
export const NO_REDIRECTS: Readonly<Redirects> = { productions: {}, artists: {}, songs: {} };

const ROLE_ORDER: Record<SongRole['type'], number> = {
  main_theme: 0,
  opening: 1,
  ending: 2,
  ost_part: 3,
  special: 4,
  insert: 5,
};

/** Tracklist order: main theme, openings, endings, parts by number, specials; unknown numbers last within a type. */
export function compareTracklist(a: Song, b: Song): number {
  const typeA = a.role ? ROLE_ORDER[a.role.type] : 9;
  const typeB = b.role ? ROLE_ORDER[b.role.type] : 9;
  if (typeA !== typeB) return typeA - typeB;
  const numA = a.role?.number ?? Number.MAX_SAFE_INTEGER;
  const numB = b.role?.number ?? Number.MAX_SAFE_INTEGER;
  if (numA !== numB) return numA - numB;
  return a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the catalog's both-way indexes. Assumes a dataset whose references were validated. */
export function buildCatalog(dataset: Dataset, redirects: Readonly<Redirects> = NO_REDIRECTS): Catalog {
  const productions = new Map(dataset.productions.map((p) => [p.id, p]));
  const artists = new Map(dataset.artists.map((a) => [a.id, a]));
  const songs = new Map(dataset.songs.map((s) => [s.id, s]));
  const has: Record<EntityKind, (id: string) => boolean> = {
    production: (id) => productions.has(id),
    artist: (id) => artists.has(id),
    song: (id) => songs.has(id),
  };
  function canonicalId(kind: EntityKind, id: string): string | undefined {
    if (has[kind](id)) return id;
    const next = redirects[REDIRECT_KEYS[kind]][id];
    return next !== undefined && has[kind](next) ? next : undefined;
  }
  const canon = (kind: EntityKind, id: string): string => canonicalId(kind, id) ?? id;
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));

  const songsByProduction = new Map<string, Song[]>();
  const songsByPerformer = new Map<string, Song[]>();
  for (const song of dataset.songs) {
    pushTo(songsByProduction, song.productionId, song);
    for (const performer of song.performers) pushTo(songsByPerformer, performer, song);
  }
  for (const list of songsByProduction.values()) list.sort(compareTracklist);

  const membersByGroup = new Map<string, Member[]>();
  const subunitsByGroup = new Map<string, Artist[]>();
  for (const artist of dataset.artists) {
    for (const m of artist.memberships) {
      pushTo(membersByGroup, m.groupId, { artist, current: m.current, roles: m.roles });
    }
    if (artist.parentGroupId) pushTo(subunitsByGroup, artist.parentGroupId, artist);
  }
  for (const list of membersByGroup.values()) {
    list.sort((a, b) => Number(b.current) - Number(a.current) || a.artist.name.localeCompare(b.artist.name));
  }

  const songsByCache = new Map<string, Song[]>();
  function songsBy(anyArtistId: string): Song[] {
    const artistId = canon('artist', anyArtistId);
    const cached = songsByCache.get(artistId);
    if (cached) return cached;
    const result = new Map<string, Song>();
    for (const s of songsByPerformer.get(artistId) ?? []) result.set(s.id, s);
    const artist = artists.get(artistId);
    if (artist && (artist.kind === 'group' || artist.kind === 'subunit')) {
      for (const member of membersByGroup.get(artistId) ?? []) {
        for (const s of songsByPerformer.get(member.artist.id) ?? []) result.set(s.id, s);
      }
    }
    const list = [...result.values()].sort(
      (a, b) => (b.year ?? 0) - (a.year ?? 0) || a.title.localeCompare(b.title),
    );
    songsByCache.set(artistId, list);
    return list;
  }

  return {
    dataset,
    production: (id) => productions.get(canon('production', id)),
    artist: (id) => artists.get(canon('artist', id)),
    song: (id) => songs.get(canon('song', id)),
    source: (id) => sources.get(id),
    songsOf: (id) => songsByProduction.get(canon('production', id)) ?? [],
    songsBy,
    membersOf: (id) => membersByGroup.get(id) ?? [],
    groupsOf: (id) =>
      (artists.get(id)?.memberships ?? [])
        .map((m) => artists.get(m.groupId))
        .filter((a): a is Artist => a !== undefined),
    subunitsOf: (id) => subunitsByGroup.get(id) ?? [],
    productionsOf(artistId) {
      const seen = new Map<string, Production>();
      for (const s of songsBy(artistId)) {
        const p = productions.get(s.productionId);
        if (p) seen.set(p.id, p);
      }
      return [...seen.values()].sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
    },
    exists: (ref) => canonicalId(ref.kind, ref.id) !== undefined,
    canonicalId,
  };
}
