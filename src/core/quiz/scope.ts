/**
 * The filters of a game as two predicates: which songs and which productions questions may be about.
 */
import type { Catalog } from '../catalog.js';
import type { Production, Song } from '../model.js';
import { productionGroup, productionYear } from './facts.js';
import type { QuizFilters } from './types.js';

export interface Scope {
  song(song: Song): boolean;
  production(production: Production): boolean;
}

export function buildScope(catalog: Catalog, filters: QuizFilters = {}): Scope {
  const { fromYear, toYear, productionKind, artistId, favourites } = filters;

  const productionFits = (p: Production): boolean => {
    if (productionKind !== undefined && productionGroup(p.kind) !== productionKind) return false;
    if (fromYear === undefined && toYear === undefined) return true;
    const year = productionYear(catalog, p);
    if (year === undefined) return false;
    return (fromYear === undefined || year >= fromYear) && (toYear === undefined || year <= toYear);
  };

  const byArtist = artistId === undefined ? undefined : new Set(catalog.songsBy(artistId).map((s) => s.id));
  let favSongs: Set<string> | undefined;
  let favProductions: Set<string> | undefined;
  if (favourites !== undefined) {
    favSongs = new Set();
    favProductions = new Set();
    for (const ref of favourites) {
      if (ref.kind === 'song') favSongs.add(ref.id);
      else if (ref.kind === 'production') favProductions.add(ref.id);
      else for (const s of catalog.songsBy(ref.id)) favSongs.add(s.id);
    }
  }
  const songFilters = byArtist !== undefined || favSongs !== undefined;

  const song = (s: Song): boolean => {
    const p = catalog.production(s.productionId);
    if (!p || !productionFits(p)) return false;
    if (byArtist && !byArtist.has(s.id)) return false;
    if (favSongs && favProductions && !favSongs.has(s.id) && !favProductions.has(s.productionId)) return false;
    return true;
  };

  const production = (p: Production): boolean => {
    if (!productionFits(p)) return false;
    if (!songFilters) return true;
    if (byArtist === undefined && favProductions?.has(p.id)) return true;
    return catalog.songsOf(p.id).some(song);
  };

  return { song, production };
}
