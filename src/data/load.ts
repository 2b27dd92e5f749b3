/**
 * Loads the bundled dataset from a folder (data/): validates every file with zod, then
 * cross-checks ids and references. Throws one Error that lists every problem found.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Artist, Dataset, Redirects, Song } from '../core/model.js';
import { NO_REDIRECTS } from '../core/catalog.js';
import { stampMatches } from './stamp.js';
import {
  FORBIDDEN_FIELD,
  artistSchema,
  productionSchema,
  songSchema,
  sourceSchema,
} from './schema.js';

export const DATA_FILES = {
  productions: 'productions.json',
  artists: 'artists.json',
  songs: 'songs.json',
  sources: 'sources.json',
} as const;

export const REDIRECTS_FILE = 'redirects.json';

const idMap = z.record(z.string(), z.string());
const redirectsSchema = z.strictObject({ productions: idMap, artists: idMap, songs: idMap });

/** Old ids a rebuild renamed (see scripts/data/redirects.ts); none when the file is missing. */
export function loadRedirects(dir: string): Readonly<Redirects> {
  const path = join(dir, REDIRECTS_FILE);
  if (!existsSync(path)) return NO_REDIRECTS;
  return redirectsSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** One readable problem: which file, which record, which field, what is wrong. */
export interface DataProblem {
  file: string;
  id: string;
  field: string;
  problem: string;
}

export class DatasetError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(formatProblems(problems));
    this.name = 'DatasetError';
  }
}

export function formatProblems(problems: DataProblem[]): string {
  const shown = problems.slice(0, 200).map((p) => `  ${p.file} [${p.id}] ${p.field}: ${p.problem}`);
  const more = problems.length > 200 ? [`  ... and ${problems.length - 200} more`] : [];
  return [`dataset has ${problems.length} problem(s):`, ...shown, ...more].join('\n');
}

export interface LoadOptions {
  /**
   * Skip validating files that are byte for byte the ones `npm run data:build` validated (see
   * stamp.ts). For start-up; tests and `data:check` validate every time.
   */
  trustStamp?: boolean;
}

/** Reads, validates and cross-checks data/*.json under `dir`. */
export function loadDataset(dir: string, options: LoadOptions = {}): Dataset {
  const problems: DataProblem[] = [];
  const texts: Partial<Record<keyof Dataset, string>> = {};
  for (const key of Object.keys(DATA_FILES) as (keyof Dataset)[]) {
    try {
      texts[key] = readFileSync(join(dir, DATA_FILES[key]), 'utf8');
    } catch (err) {
      problems.push({ file: DATA_FILES[key], id: '-', field: '-', problem: `cannot read: ${(err as Error).message}` });
    }
  }
  const parse = (key: keyof Dataset): unknown => {
    const text = texts[key];
    if (text === undefined) return [];
    try {
      return JSON.parse(text);
    } catch (err) {
      problems.push({ file: DATA_FILES[key], id: '-', field: '-', problem: `cannot read: ${(err as Error).message}` });
      return [];
    }
  };
  const raw = { productions: parse('productions'), artists: parse('artists'), songs: parse('songs'), sources: parse('sources') };
  const byFile = Object.fromEntries(Object.entries(texts).map(([k, t]) => [DATA_FILES[k as keyof Dataset], t ?? '']));
  if (options.trustStamp === true && problems.length === 0 && stampMatches(dir, byFile)) return raw as Dataset;
  const { dataset, problems: more } = validateDataset(raw);
  problems.push(...more);
  if (problems.length > 0) throw new DatasetError(problems);
  return dataset;
}

/** Validates already-parsed JSON (as the build does before writing) and lists every problem. */
export function validateDataset(raw: Record<keyof Dataset, unknown>): { dataset: Dataset; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const productions = parseArray(DATA_FILES.productions, raw.productions, productionSchema, problems);
  const artists = parseArray(DATA_FILES.artists, raw.artists, artistSchema, problems);
  const songs = parseArray(DATA_FILES.songs, raw.songs, songSchema, problems);
  const sources = parseArray(DATA_FILES.sources, raw.sources, sourceSchema, problems);
  const dataset: Dataset = { productions, artists, songs, sources };
  const invalidIds = (rawList: unknown, valid: { id: string }[]): Set<string> => {
    const ok = new Set(valid.map((r) => r.id));
    const ids = Array.isArray(rawList) ? rawList.map((r: unknown) => recordId(r, -1)).filter((id) => !id.startsWith('#')) : [];
    return new Set(ids.filter((id) => !ok.has(id)));
  };
  const invalid: InvalidIds = {
    productions: invalidIds(raw.productions, productions),
    artists: invalidIds(raw.artists, artists),
    sources: invalidIds(raw.sources, sources),
  };
  problems.push(...crossCheck(dataset, invalid));
  return { dataset, problems };
}

/** Validates record by record, so that one bad record does not hide the others' problems. */
function parseArray<T>(file: string, raw: unknown, schema: z.ZodType<T>, problems: DataProblem[]): T[] {
  problems.push(...forbiddenFields(file, raw));
  if (!Array.isArray(raw)) {
    problems.push({ file, id: '-', field: '-', problem: 'expected an array of records' });
    return [];
  }
  const out: T[] = [];
  raw.forEach((record: unknown, index) => {
    const parsed = schema.safeParse(record);
    if (parsed.success) {
      out.push(parsed.data);
      return;
    }
    for (const issue of parsed.error.issues) {
      problems.push({ file, id: recordId(record, index), field: issue.path.map(String).join('.') || '-', problem: issue.message });
    }
  });
  return out;
}

function recordId(record: unknown, index: unknown): string {
  if (record && typeof record === 'object' && 'id' in record && typeof record.id === 'string') {
    return record.id;
  }
  return `#${String(index ?? '-')}`;
}

function forbiddenFields(file: string, raw: unknown): DataProblem[] {
  const found: DataProblem[] = [];
  const walk = (value: unknown, id: string, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, path === '' ? recordId(v, i) : id, path === '' ? '' : `${path}.${i}`));
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      const field = path === '' ? key : `${path}.${key}`;
      if (FORBIDDEN_FIELD.test(key)) found.push({ file, id, field, problem: 'forbidden field (prose)' });
      walk(child, id, field);
    }
  };
  walk(raw, '-', '');
  return found;
}

/** Ids of records that failed the schema: references to them are not reported a second time. */
export interface InvalidIds {
  productions: Set<string>;
  artists: Set<string>;
  sources: Set<string>;
}

/** Unique ids and every reference resolving to the right kind of record. */
export function crossCheck(data: Dataset, invalid?: InvalidIds): DataProblem[] {
  const problems: DataProblem[] = [];
  const withInvalid = (ids: Set<string>, more: Set<string> | undefined): Set<string> => new Set([...ids, ...(more ?? [])]);
  const sourceIds = withInvalid(uniqueIds(DATA_FILES.sources, data.sources, problems), invalid?.sources);
  const productionIds = withInvalid(uniqueIds(DATA_FILES.productions, data.productions, problems), invalid?.productions);
  const artistIds = withInvalid(uniqueIds(DATA_FILES.artists, data.artists, problems), invalid?.artists);
  uniqueIds(DATA_FILES.songs, data.songs, problems);
  const artistById = new Map(data.artists.map((a) => [a.id, a]));
  const knownArtist = (id: string): boolean => artistById.has(id) || (invalid?.artists.has(id) ?? false);

  const checkSources = (file: string, rec: { id: string; sources: string[] }): void => {
    for (const s of rec.sources) {
      if (!sourceIds.has(s)) problems.push({ file, id: rec.id, field: 'sources', problem: `unknown source "${s}"` });
    }
  };
  for (const p of data.productions) checkSources(DATA_FILES.productions, p);
  for (const a of data.artists) {
    checkSources(DATA_FILES.artists, a);
    problems.push(...checkArtistRefs(a, artistById, knownArtist));
  }
  for (const s of data.songs) {
    checkSources(DATA_FILES.songs, s);
    problems.push(...checkSongRefs(s, productionIds, artistIds));
  }
  return problems;
}

function uniqueIds(file: string, records: { id: string }[], problems: DataProblem[]): Set<string> {
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.id)) problems.push({ file, id: r.id, field: 'id', problem: 'duplicate id' });
    seen.add(r.id);
  }
  return seen;
}

const GROUP_KINDS = new Set(['group', 'subunit', 'band', 'fictional_group']);

function checkArtistRefs(a: Artist, byId: Map<string, Artist>, known: (id: string) => boolean): DataProblem[] {
  const out: DataProblem[] = [];
  const file = DATA_FILES.artists;
  a.memberships.forEach((m, i) => {
    const group = byId.get(m.groupId);
    if (!group && known(m.groupId)) return;
    if (!group) out.push({ file, id: a.id, field: `memberships.${i}.groupId`, problem: `unknown artist "${m.groupId}"` });
    else if (!GROUP_KINDS.has(group.kind)) {
      out.push({ file, id: a.id, field: `memberships.${i}.groupId`, problem: `"${m.groupId}" is a ${group.kind}, not a group` });
    }
    if (m.groupId === a.id) out.push({ file, id: a.id, field: `memberships.${i}.groupId`, problem: 'member of itself' });
  });
  if (a.parentGroupId !== undefined) {
    const parent = byId.get(a.parentGroupId);
    if (!parent && !known(a.parentGroupId)) out.push({ file, id: a.id, field: 'parentGroupId', problem: `unknown artist "${a.parentGroupId}"` });
    else if (a.parentGroupId === a.id) out.push({ file, id: a.id, field: 'parentGroupId', problem: 'parent of itself' });
  }
  a.voicedBy.forEach((v, i) => {
    const singer = byId.get(v);
    if (!singer && known(v)) return;
    if (!singer) out.push({ file, id: a.id, field: `voicedBy.${i}`, problem: `unknown artist "${v}"` });
    else if (singer.kind !== 'person') out.push({ file, id: a.id, field: `voicedBy.${i}`, problem: `"${v}" is not a person` });
  });
  return out;
}

function checkSongRefs(s: Song, productionIds: Set<string>, artistIds: Set<string>): DataProblem[] {
  const out: DataProblem[] = [];
  const file = DATA_FILES.songs;
  if (!productionIds.has(s.productionId)) {
    out.push({ file, id: s.id, field: 'productionId', problem: `unknown production "${s.productionId}"` });
  }
  s.performers.forEach((p, i) => {
    if (!artistIds.has(p)) out.push({ file, id: s.id, field: `performers.${i}`, problem: `unknown artist "${p}"` });
  });
  s.credits.forEach((c, i) => {
    if (!artistIds.has(c.artistId)) {
      out.push({ file, id: s.id, field: `credits.${i}.artistId`, problem: `unknown artist "${c.artistId}"` });
    }
  });
  return out;
}
