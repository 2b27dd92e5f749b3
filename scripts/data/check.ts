/**
 * `npm run data:check`: loads data/ with the real loader, prints counts and fails (exit 1)
 * when the dataset is invalid or below its targets.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset, Production, Song } from '../../src/core/model.js';
import { loadDataset } from '../../src/data/load.js';

const DATA = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'data');

export const TARGETS = {
  productions: 1500,
  artists: 1500,
  songs: 1500,
  productionsWithSongs: 200,
  /** Of the most-watched dramas in data/curated/ost/tracklists.json: every numbered part listed. */
  completeTracklists: 150,
} as const;

/** The most-watched productions whose full tracklists are the target (ids). */
function readTracklistTargets(): string[] {
  return JSON.parse(readFileSync(join(DATA, 'curated/ost/tracklists.json'), 'utf8')) as string[];
}

/**
 * Part numbers still missing: of Part 1 … N when the passes agree on N parts, else of Part 1 up to the
 * highest part listed (undefined when no part number is known at all).
 */
function missingParts(production: Production, songs: Song[]): { upTo: number; missing: number[] } | undefined {
  const listed = new Set(songs.filter((s) => s.productionId === production.id && s.role?.type === 'ost_part').map((s) => s.role?.number));
  const numbers = [...listed].filter((n): n is number => n !== undefined);
  const upTo = production.ostParts ?? (numbers.length > 0 ? Math.max(...numbers) : undefined);
  if (upTo === undefined) return undefined;
  const missing: number[] = [];
  for (let i = 1; i <= upTo; i++) if (!listed.has(i)) missing.push(i);
  return { upTo, missing };
}

/**
 * Complete: the passes agree on N parts and Part 1 … Part N are all listed; or they agree the OST album
 * (an OST released as an album, or the album collecting every part) holds N vocal songs and N are listed.
 */
function isCompleteTracklist(production: Production, songs: Song[]): boolean {
  if (production.ostParts !== undefined && missingParts(production, songs)?.missing.length === 0) return true;
  return production.ostAlbumSongs !== undefined && songs.filter((s) => s.productionId === production.id).length === production.ostAlbumSongs;
}

/** The work list for the next check: agreed counts missing a few parts, and gap-free lists (5+ parts) with no agreed count. */
function nearlyComplete(targets: Production[], songs: Song[]): string[] {
  const out: string[] = [];
  for (const p of targets) {
    const parts = missingParts(p, songs);
    if (!parts) continue;
    const { upTo, missing } = parts;
    if (p.ostParts !== undefined && missing.length > 0 && missing.length <= 3) out.push(`${p.title} (missing Part ${missing.join(', ')} of ${upTo})`);
    else if (p.ostParts === undefined && missing.length === 0 && upTo >= 5) out.push(`${p.title} (Parts 1–${upTo}, count not agreed)`);
  }
  return out;
}

function countBy<T>(xs: T[], k: (x: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(k(x), (m.get(k(x)) ?? 0) + 1);
  return new Map([...m].sort(([, a], [, b]) => b - a));
}

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

function report(data: Dataset): string[] {
  const failures: string[] = [];
  const { productions, artists, songs } = data;
  console.log(`productions: ${productions.length} (Korean title ${pct(productions.filter((p) => p.titleKo).length, productions.length)})`);
  for (const [kind, n] of countBy(productions, (p) => p.kind)) {
    const ko = productions.filter((p) => p.kind === kind && p.titleKo).length;
    console.log(`  ${kind.padEnd(16)} ${String(n).padStart(5)}  Korean title ${pct(ko, n)}`);
  }
  const tiers = countBy(productions.filter((p) => p.tier), (p) => p.tier ?? '');
  console.log(`  tiers: ${[...tiers].map(([t, n]) => `${t} ${n}`).join(', ') || 'none'}`);
  console.log(`artists: ${artists.length}`);
  for (const [kind, n] of countBy(artists, (a) => a.kind)) console.log(`  ${kind.padEnd(16)} ${String(n).padStart(5)}`);
  const withSongs = new Set(songs.map((s) => s.productionId));
  const roles = countBy(songs, (s) => s.role?.type ?? 'no role');
  console.log(`songs: ${songs.length} across ${withSongs.size} productions`);
  console.log(`  roles: ${[...roles].map(([r, n]) => `${r} ${n}`).join(', ')}`);
  console.log(`  languages: ${[...countBy(songs, (s) => s.language ?? 'unknown')].map(([l, n]) => `${l} ${n}`).join(', ')}`);
  console.log(`sources: ${data.sources.map((s) => s.id).join(', ')}`);

  const need = (label: string, have: number, target: number): void => {
    const line = `${label}: ${have} / ${target}`;
    if (have < target) failures.push(`${line} (missing ${target - have})`);
    else console.log(`target met   ${line}`);
  };
  need('productions', productions.length, TARGETS.productions);
  need('artists', artists.length, TARGETS.artists);
  need('songs', songs.length, TARGETS.songs);
  need('productions with songs', withSongs.size, TARGETS.productionsWithSongs);
  const byId = new Map(productions.map((p) => [p.id, p]));
  const targets = readTracklistTargets().map((id) => byId.get(id)).filter((p): p is Production => p !== undefined);
  const counts = targets.map((p) => songs.filter((s) => s.productionId === p.id).length).sort((a, b) => a - b);
  const complete = targets.filter((p) => isCompleteTracklist(p, songs));
  console.log(
    `most-watched tracklists: ${targets.length} productions, ${counts.filter((n) => n > 0).length} with songs, ` +
      `median ${counts[Math.floor(counts.length / 2)] ?? 0} songs, part count agreed for ${targets.filter((p) => p.ostParts).length}, ` +
      `album song count for ${targets.filter((p) => p.ostAlbumSongs).length}`,
  );
  const near = nearlyComplete(targets, songs);
  if (near.length > 0) console.log(`  nearly complete (${near.length}): ${near.join('; ')}`);
  need('complete tracklists (every part listed)', complete.length, TARGETS.completeTracklists);
  return failures;
}

function main(): void {
  let data: Dataset;
  try {
    data = loadDataset(DATA);
  } catch (err) {
    console.error((err as Error).message);
    process.exitCode = 1;
    return;
  }
  const failures = report(data);
  for (const f of failures) console.error(`TARGET MISSED ${f}`);
  if (failures.length > 0) process.exitCode = 1;
  else console.log('data:check passed');
}

main();
