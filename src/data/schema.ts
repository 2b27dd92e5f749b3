/**
 * zod schemas for the bundled dataset (data/*.json). They mirror src/core/model.ts;
 * the `satisfies` checks at the bottom keep the two in step.
 */
import { z } from 'zod';
import {
  ARTIST_KINDS,
  CREDIT_ROLES,
  GENDERS,
  LANGUAGES,
  PRODUCTION_KINDS,
  SONG_ROLE_TYPES,
  TIERS,
  type Artist,
  type Production,
  type Song,
  type Source,
} from '../core/model.js';

/** Longest text allowed in any field: data holds facts, never prose. */
export const MAX_TEXT = 120;
/** Field names that would hold prose the dataset must never contain. */
export const FORBIDDEN_FIELD = /synopsis|description|lyric|summary|plot|review/i;

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const slug = z.string().regex(SLUG, 'must be a slug like "goblin-2016"');
const text = z.string().min(1).max(MAX_TEXT);
const isoDate = z
  .string()
  .regex(ISO_DATE, 'must be YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a real date');
const year = z.number().int().min(1900).max(2100);

export const productionSchema = z.strictObject({
  id: slug,
  kind: z.enum(PRODUCTION_KINDS),
  title: text,
  titleKo: text.optional(),
  aliases: z.array(text),
  year: year.optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  networks: z.array(text),
  platforms: z.array(text),
  episodes: z.number().int().positive().optional(),
  ostParts: z.number().int().positive().max(99).optional(),
  ostAlbumSongs: z.number().int().positive().max(99).optional(),
  cast: z.array(text).max(6),
  tier: z.enum(TIERS).optional(),
  sources: z.array(slug).min(1),
});

export const membershipSchema = z.strictObject({
  groupId: slug,
  current: z.boolean(),
  roles: z.array(text),
});

export const artistSchema = z.strictObject({
  id: slug,
  kind: z.enum(ARTIST_KINDS),
  name: text,
  nameKo: text.optional(),
  realName: text.optional(),
  realNameKo: text.optional(),
  aliases: z.array(text),
  gender: z.enum(GENDERS).optional(),
  birthDate: isoDate.optional(),
  debutYear: year.optional(),
  agency: text.optional(),
  memberships: z.array(membershipSchema),
  parentGroupId: slug.optional(),
  voicedBy: z.array(slug),
  tier: z.enum(TIERS).optional(),
  sources: z.array(slug).min(1),
});

export const songSchema = z.strictObject({
  id: slug,
  title: text,
  titleKo: text.optional(),
  productionId: slug,
  performers: z.array(slug),
  role: z
    .strictObject({
      type: z.enum(SONG_ROLE_TYPES),
      number: z.number().int().positive().optional(),
    })
    .optional(),
  language: z.enum(LANGUAGES).optional(),
  year: year.optional(),
  credits: z.array(
    z.strictObject({ artistId: slug, roles: z.array(z.enum(CREDIT_ROLES)).min(1) }),
  ),
  notes: z.array(text),
  tier: z.enum(TIERS).optional(),
  sources: z.array(slug).min(1),
});

export const sourceSchema = z.strictObject({
  id: slug,
  name: text,
  licence: text,
  url: z.url().max(MAX_TEXT).optional(),
});

export const productionsFileSchema = z.array(productionSchema);
export const artistsFileSchema = z.array(artistSchema);
export const songsFileSchema = z.array(songSchema);
export const sourcesFileSchema = z.array(sourceSchema);

// Compile-time guarantee that the schemas produce the model's types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const productionMatches: Same<z.infer<typeof productionSchema>, Production> = true;
const artistMatches: Same<z.infer<typeof artistSchema>, Artist> = true;
const songMatches: Same<z.infer<typeof songSchema>, Song> = true;
const sourceMatches: Same<z.infer<typeof sourceSchema>, Source> = true;
void [productionMatches, artistMatches, songMatches, sourceMatches];
