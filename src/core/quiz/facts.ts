/**
 * Small facts the question builders share: comparison keys, fame, kinds, relations and labels.
 */
import type { Catalog } from '../catalog.js';
import { DISCORD_LIMITS, truncate } from '../limits.js';
import type { Artist, Production, ProductionKind, Song, Tier } from '../model.js';
import type { ProductionGroup } from './types.js';

/** The comparison key of a label or answer: NFKC, lower case, no punctuation, no spaces. */
export function answerKey(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase();
  const key = folded.replace(/[^\p{L}\p{N}]+/gu, '');
  return key === '' ? folded.trim() : key;
}

const GROUP_OF_KIND: Record<ProductionKind, ProductionGroup> = {
  tv_drama: 'drama',
  web_drama: 'drama',
  anime: 'anime',
  animated_series: 'anime',
  film: 'film',
  animated_film: 'film',
};

export function productionGroup(kind: ProductionKind): ProductionGroup {
  return GROUP_OF_KIND[kind];
}

/** Groups, sub-units, bands and fictional groups are "groups"; persons are soloists. */
export function performerClass(artist: Artist): 'group' | 'soloist' {
  return artist.kind === 'person' ? 'soloist' : 'group';
}

const TIER_RANK: Record<Tier, number> = { signature: 3, notable: 2, deep_cut: 1 };

/** The more famous of two tiers (undefined counts as unknown, below deep_cut). */
export function famousTier(a: Tier | undefined, b: Tier | undefined): Tier | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return TIER_RANK[a] >= TIER_RANK[b] ? a : b;
}

function bestSongTier(songs: readonly Song[]): Tier | undefined {
  let best: Tier | undefined;
  for (const s of songs) best = famousTier(best, s.tier);
  return best;
}

/** A production's curated tier, or else the best tier of its songs. */
export function productionTier(catalog: Catalog, production: Production): Tier | undefined {
  return production.tier ?? bestSongTier(catalog.songsOf(production.id));
}

/** An artist's curated tier, or else the best tier of the songs they sang. */
export function artistTier(catalog: Catalog, artist: Artist): Tier | undefined {
  return artist.tier ?? bestSongTier(catalog.songsBy(artist.id));
}

export function productionYear(catalog: Catalog, p: Production): number | undefined {
  return p.year ?? catalog.songsOf(p.id).find((s) => s.year !== undefined)?.year;
}

export function songYear(catalog: Catalog, s: Song): number | undefined {
  if (s.year !== undefined) return s.year;
  const p = catalog.production(s.productionId);
  return p ? productionYear(catalog, p) : undefined;
}

export function artistNames(artist: Artist): string[] {
  return compact([artist.name, artist.nameKo, ...artist.aliases]);
}

export function productionNames(p: Production): string[] {
  return compact([p.title, p.titleKo, ...p.aliases]);
}

export function songNames(s: Song): string[] {
  return compact([s.title, s.titleKo]);
}

export function performerLabel(catalog: Catalog, ids: readonly string[]): string {
  const names = ids.map((id) => catalog.artist(id)?.name ?? id);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} & ${names.at(-1) ?? ''}`;
}

export function label(text: string): string {
  return truncate(text, DISCORD_LIMITS.buttonLabel);
}

export function quoted(text: string): string {
  return `“${text}”`;
}

/** "Initials: S. W. M.": the first character of each word of the answer. */
export function initialsHint(answer: string): string {
  const words = answer.split(/[\s/]+/u).map((w) => w.replace(/^[^\p{L}\p{N}]+/u, '')).filter((w) => w !== '');
  return `Initials: ${words.map((w) => `${[...w][0] ?? ''}.`).join(' ')}`;
}

/** "Network: tvN" or "Platform: Netflix", or undefined when neither is known. */
export function airHint(p: Production): string | undefined {
  if (p.networks.length > 0) return `Network: ${p.networks.join(', ')}`;
  if (p.platforms.length > 0) return `Platform: ${p.platforms.join(', ')}`;
  return undefined;
}

export function yearHint(year: number | undefined, what = 'Year'): string | undefined {
  return year === undefined ? undefined : `${what}: ${year}`;
}

export function compact(items: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of items) {
    if (item === undefined || item.trim() === '') continue;
    const key = answerKey(item);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}
