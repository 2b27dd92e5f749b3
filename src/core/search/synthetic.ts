/**
 * A deterministic synthetic catalog for benchmarks: the base dataset plus `factor - 1`
 * copies whose titles, names and Korean names are recombined from the base's words and
 * syllables, so the vocabulary and its ambiguity grow like a real long tail.
 */
import type { Artist, Dataset, Production, Song, Tier } from '../model.js';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

interface Pools {
  words: string[];
  nameParts: string[];
  syllables: string[];
}

function pools(base: Dataset): Pools {
  const words = new Set<string>();
  for (const t of [...base.productions.map((p) => p.title), ...base.songs.map((s) => s.title)]) {
    for (const w of t.split(/\s+/)) if (w) words.add(w);
  }
  const nameParts = new Set<string>();
  for (const a of base.artists) for (const w of a.name.split(/[\s-]+/)) if (w) nameParts.add(w);
  const syllables = new Set<string>();
  const ko = [...base.productions.map((p) => p.titleKo), ...base.songs.map((s) => s.titleKo), ...base.artists.map((a) => a.nameKo)];
  for (const t of ko) for (const ch of t ?? '') if (ch >= '\uac00' && ch <= '\ud7a3') syllables.add(ch);
  const orFallback = (set: Set<string>, fallback: string[]): string[] => (set.size > 0 ? [...set] : fallback);
  return {
    words: orFallback(words, ['Love', 'Stay', 'Night', 'Dream', 'Heart']),
    nameParts: orFallback(nameParts, ['Kim', 'Lee', 'Park', 'Min', 'Jun']),
    syllables: orFallback(syllables, ['사', '랑', '별', '밤', '꿈']),
  };
}

const TIER_DRAW: readonly (Tier | undefined)[] = ['signature', 'notable', 'notable', 'deep_cut', 'deep_cut', 'deep_cut', undefined];

/** The base dataset grown `factor` times with recombined, deterministic synthetic entries. */
export function synthesizeDataset(base: Dataset, factor: number, seed = 20): Dataset {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const { words, nameParts, syllables } = pools(base);
  const phrase = (min: number, max: number): string =>
    Array.from({ length: min + Math.floor(rnd() * (max - min + 1)) }, () => pick(words)).join(' ');
  const hangul = (min: number, max: number): string =>
    Array.from({ length: min + Math.floor(rnd() * (max - min + 1)) }, () => pick(syllables)).join('');

  const productions: Production[] = [...base.productions];
  const artists: Artist[] = [...base.artists];
  const songs: Song[] = [...base.songs];
  for (let copy = 1; copy < factor; copy++) {
    const newProductions = base.productions.map((p, i): Production => {
      const title = phrase(1, 4);
      const year = 1995 + Math.floor(rnd() * 30);
      return {
        ...p,
        id: `${slug(title)}-${year}-s${copy}-${i}`,
        title,
        titleKo: `${hangul(2, 4)}${rnd() < 0.4 ? ` ${hangul(1, 3)}` : ''}`,
        aliases: rnd() < 0.3 ? [phrase(2, 5)] : [],
        year,
        tier: pick(TIER_DRAW),
      };
    });
    const newArtists = base.artists.map((a, i): Artist => {
      const name = rnd() < 0.5 ? pick(nameParts) : `${pick(nameParts)} ${pick(nameParts)}`;
      return {
        ...a,
        id: `${slug(name)}-s${copy}-${i}`,
        name,
        nameKo: hangul(2, 3),
        aliases: [],
        memberships: [],
        tier: pick(TIER_DRAW),
      };
    });
    const newSongs = base.songs.map((s, i): Song => {
      const title = phrase(1, 4);
      const production = pick(newProductions);
      const performers = Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => pick(newArtists).id);
      return {
        ...s,
        id: `${slug(title)}-${production.id}-${i}`,
        title,
        ...(rnd() < 0.3 ? { titleKo: hangul(2, 5) } : {}),
        productionId: production.id,
        performers,
        tier: pick(TIER_DRAW),
      };
    });
    productions.push(...newProductions);
    artists.push(...newArtists);
    songs.push(...newSongs);
  }
  return { productions, artists, songs, sources: base.sources };
}
