/**
 * The catalog's entities: productions, artists and songs, as plain data.
 * Links are by id; the catalog (catalog.ts) resolves them in both directions.
 */

export const PRODUCTION_KINDS = [
  'tv_drama',
  'web_drama',
  'film',
  'animated_film',
  'anime',
  'animated_series',
] as const;
export type ProductionKind = (typeof PRODUCTION_KINDS)[number];

/** Curated popularity: decides search tie-breaks and quiz difficulty. */
export const TIERS = ['signature', 'notable', 'deep_cut'] as const;
export type Tier = (typeof TIERS)[number];

export interface Production {
  /** Stable slug, e.g. "goblin-2016". */
  id: string;
  kind: ProductionKind;
  /** Common English title. */
  title: string;
  titleKo?: string;
  /** Alternative English titles and romanisations. */
  aliases: string[];
  /** First-air or release year. */
  year?: number;
  startDate?: string;
  endDate?: string;
  /** Broadcast networks, normalised (KBS2, tvN, JTBC). */
  networks: string[];
  /** Streaming platforms (Netflix, Disney+), never counted as networks. */
  platforms: string[];
  episodes?: number;
  /** Numbered OST parts released (at least two curation passes agree), when known. */
  ostParts?: number;
  /** Vocal songs on the OST album, for an OST released as an album rather than parts (two passes agree). */
  ostAlbumSongs?: number;
  /** Main cast as display names. */
  cast: string[];
  tier?: Tier;
  /** Source ids (see data/sources.json). */
  sources: string[];
}

export const ARTIST_KINDS = ['group', 'subunit', 'person', 'band', 'fictional_group'] as const;
export type ArtistKind = (typeof ARTIST_KINDS)[number];

export const GENDERS = ['female', 'male', 'mixed'] as const;
export type Gender = (typeof GENDERS)[number];

export interface Membership {
  groupId: string;
  current: boolean;
  /** Positions such as leader, main vocalist, rapper. */
  roles: string[];
}

export interface Artist {
  /** Stable slug, e.g. "chanyeol" or "exo". */
  id: string;
  kind: ArtistKind;
  /** Stage or group name as fans write it in English. */
  name: string;
  nameKo?: string;
  /** Real name (persons), romanised and in Hangul. */
  realName?: string;
  realNameKo?: string;
  aliases: string[];
  gender?: Gender;
  birthDate?: string;
  /** Debut year of a group, or a person's solo or first-group debut. */
  debutYear?: number;
  agency?: string;
  /** Persons: the groups they belong or belonged to. */
  memberships: Membership[];
  /** Sub-units: the parent group. */
  parentGroupId?: string;
  /** Fictional groups: the real singers who voice them. */
  voicedBy: string[];
  tier?: Tier;
  sources: string[];
}

export const SONG_ROLE_TYPES = [
  'ost_part',
  'opening',
  'ending',
  'main_theme',
  'insert',
  'special',
] as const;
export type SongRoleType = (typeof SONG_ROLE_TYPES)[number];

export interface SongRole {
  type: SongRoleType;
  /** Part number for ost_part, theme number for opening/ending, when known. */
  number?: number;
}

export const LANGUAGES = ['ko', 'ja', 'en', 'zh', 'other'] as const;
export type Language = (typeof LANGUAGES)[number];

export const CREDIT_ROLES = ['lyrics', 'composition', 'arrangement'] as const;
export type CreditRole = (typeof CREDIT_ROLES)[number];

export interface Credit {
  artistId: string;
  roles: CreditRole[];
}

export interface Song {
  /** Stable slug, e.g. "stay-with-me-goblin-2016". */
  id: string;
  title: string;
  titleKo?: string;
  productionId: string;
  /** Artist ids: a group, some members, soloists or a fictional group. */
  performers: string[];
  role?: SongRole;
  language?: Language;
  year?: number;
  credits: Credit[];
  /** Short facts (each at most 120 characters), e.g. "first OST of the group". */
  notes: string[];
  tier?: Tier;
  sources: string[];
}

export interface Source {
  id: string;
  name: string;
  licence: string;
  url?: string;
}

export interface Dataset {
  productions: Production[];
  artists: Artist[];
  songs: Song[];
  sources: Source[];
}

export type EntityKind = 'song' | 'production' | 'artist';

/** Old ids a rebuild renamed, mapped to their successors (data/redirects.json). */
export interface Redirects {
  productions: Record<string, string>;
  artists: Record<string, string>;
  songs: Record<string, string>;
}
