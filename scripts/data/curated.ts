/** Readers for the hand-curated files under data/curated/, validated strictly so typos fail the build. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ARTIST_KINDS, CREDIT_ROLES, GENDERS, PRODUCTION_KINDS, TIERS } from '../../src/core/model.js';

const text = z.string().min(1).max(120);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const sourceIds = z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1);

export const curatedProductionSchema = z.strictObject({
  title: text,
  year: z.number().int(),
  kind: z.enum(PRODUCTION_KINDS),
  titleKo: text.optional(),
  aliases: z.array(text).optional(),
  startDate: date.optional(),
  endDate: date.optional(),
  episodes: z.number().int().positive().optional(),
  networks: z.array(text).optional(),
  platforms: z.array(text).optional(),
  cast: z.array(text).max(6).optional(),
  tier: z.enum(TIERS).optional(),
  sources: sourceIds,
});
export type CuratedProduction = z.infer<typeof curatedProductionSchema>;

export const curatedArtistSchema = z.strictObject({
  /** Explicit id, only when the id rule would give a wrong or ambiguous one. */
  id: z.string().optional(),
  name: text,
  kind: z.enum(ARTIST_KINDS),
  nameKo: text.optional(),
  realName: text.optional(),
  realNameKo: text.optional(),
  aliases: z.array(text).optional(),
  gender: z.enum(GENDERS).optional(),
  birthDate: date.optional(),
  debutYear: z.number().int().optional(),
  agency: text.optional(),
  groups: z
    .array(z.strictObject({ group: text, current: z.boolean().optional(), roles: z.array(text).optional() }))
    .optional(),
  parent: text.optional(),
  voicedBy: z.array(text).optional(),
  tier: z.enum(TIERS).optional(),
  sources: sourceIds,
});
export type CuratedArtist = z.infer<typeof curatedArtistSchema>;

export const ostSongSchema = z.object({
  title: text,
  ko: z.string().max(120).optional(),
  by: z.array(text),
  role: z.string().max(40).optional(),
  lang: z.string().max(10).optional(),
  tier: z.enum(TIERS).optional(),
  year: z.number().int().optional(),
  /** A single note may be written as a string. Notes over 120 characters are dropped. */
  notes: z
    .union([z.string(), z.array(z.string())])
    .transform((n) => (Array.isArray(n) ? n : [n]).filter((x) => x.length > 0 && x.length <= 120))
    .optional(),
  /** Seed files only: writing credits, performers written like `by`. */
  credits: z.array(z.strictObject({ by: text, roles: z.array(z.enum(CREDIT_ROLES)).min(1) })).optional(),
  /** The later check (pass-v) only: the page that states this song's facts. */
  evidence: z.string().max(400).optional(),
  /** Seed files only: sources of this song when they differ from the file's. */
  sources: sourceIds.optional(),
});
export type OstSong = z.infer<typeof ostSongSchema>;

export const ostFileSchema = z.object({
  production: text,
  year: z.number().int(),
  kind: z.enum(PRODUCTION_KINDS).optional(),
  /** How many numbered OST parts the production released, when the pass is sure. */
  parts: z.number().int().positive().max(99).optional(),
  /** Passes from J on: the page that states the total or calls the last part the last. */
  partsEvidence: z.string().max(400).optional(),
  /**
   * For an OST released as an album rather than numbered parts: how many vocal songs the album holds,
   * when a page lists the whole album (with `albumEvidence`, its address).
   */
  albumSongs: z.number().int().positive().max(99).optional(),
  albumEvidence: z.string().max(400).optional(),
  source: z.string().optional(),
  songs: z.array(z.unknown()),
});

export interface OstFile {
  file: string;
  production: string;
  year: number;
  kind?: (typeof PRODUCTION_KINDS)[number];
  parts?: number;
  albumSongs?: number;
  source?: string;
  songs: OstSong[];
  /** Songs that did not validate, with the reason; reported, never used. */
  rejected: { index: number; problem: string }[];
}

export interface Batch {
  batch: number;
  productions: { title: string; year: number; kind: (typeof PRODUCTION_KINDS)[number] }[];
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** All records of every JSON array file in a folder, validated with `schema`. */
export function readCuratedFolder<T>(dir: string, schema: z.ZodType<T>): T[] {
  const out: T[] = [];
  for (const path of jsonFiles(dir)) {
    const parsed = z.array(schema).safeParse(readJson(path));
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 10).map((i) => `  ${i.path.join('.')}: ${i.message}`);
      throw new Error(`${path} is invalid:\n${issues.join('\n')}`);
    }
    out.push(...parsed.data);
  }
  return out;
}

/**
 * Reads the OST files of one pass. A malformed file or song is reported and skipped, never
 * fatal: the passes are written by others while the build runs.
 */
export function readOstFolder(dir: string, warn: (msg: string) => void): OstFile[] {
  const out: OstFile[] = [];
  for (const path of jsonFiles(dir)) {
    let raw: unknown;
    try {
      raw = readJson(path);
    } catch (err) {
      warn(`${path}: not valid JSON (${(err as Error).message}); skipped`);
      continue;
    }
    const head = ostFileSchema.safeParse(raw);
    if (!head.success) {
      warn(`${path}: not an OST file (${head.error.issues[0]?.message ?? 'invalid'}); skipped`);
      continue;
    }
    const file: OstFile = { ...head.data, file: path, songs: [], rejected: [] };
    head.data.songs.forEach((s, index) => {
      const song = ostSongSchema.safeParse(s);
      if (song.success) file.songs.push(song.data);
      else file.rejected.push({ index, problem: song.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
    });
    out.push(file);
  }
  return out;
}

export function readBatches(path: string): Batch[] {
  return z
    .array(
      z.object({
        batch: z.number().int(),
        productions: z.array(z.object({ title: text, year: z.number().int(), kind: z.enum(PRODUCTION_KINDS) })),
      }),
    )
    .parse(readJson(path));
}
