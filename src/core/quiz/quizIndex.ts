/**
 * Relations the question builders ask again and again, computed once per generation and memoised.
 */
import type { Catalog } from '../catalog.js';
import type { Artist, Production } from '../model.js';
import { answerKey, productionYear } from './facts.js';

export interface QuizIndex {
  catalog: Catalog;
  /** The artist, its groups, members, sub-units, parent group and voice links. */
  relatedArtists(artistId: string): ReadonlySet<string>;
  /** Productions any related artist sang for (the widest notion of "sang for it"). */
  relatedProductions(artistId: string): ReadonlySet<string>;
  /** Productions where the artist is credited as a performer. */
  directProductions(artistId: string): readonly string[];
  /** Normalised song titles of a production's OST. */
  titleKeys(productionId: string): ReadonlySet<string>;
  year(production: Production): number | undefined;
  /** Other productions with the same title under normalisation (remakes, film and drama). */
  namesakes(production: Production): readonly Production[];
  /** Every broadcast network in the catalog, in first-seen order. */
  networks: readonly string[];
  /** Productions per network, for ranking plausible networks. */
  productionsOnNetwork(network: string): readonly Production[];
  artists: readonly Artist[];
  productions: readonly Production[];
}

function memo<T>(compute: (id: string) => T): (id: string) => T {
  const cache = new Map<string, T>();
  return (id) => {
    let value = cache.get(id);
    if (value === undefined) {
      value = compute(id);
      cache.set(id, value);
    }
    return value;
  };
}

export function buildQuizIndex(catalog: Catalog): QuizIndex {
  const { dataset } = catalog;
  const voicedGroups = new Map<string, string[]>();
  for (const a of dataset.artists) {
    for (const v of a.voicedBy) voicedGroups.set(v, [...(voicedGroups.get(v) ?? []), a.id]);
  }
  const byNetwork = new Map<string, Production[]>();
  for (const p of dataset.productions) {
    for (const n of p.networks) byNetwork.set(n, [...(byNetwork.get(n) ?? []), p]);
  }

  const byTitle = new Map<string, Production[]>();
  for (const p of dataset.productions) {
    const key = answerKey(p.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), p]);
  }

  const relatedArtists = memo((artistId: string): ReadonlySet<string> => {
    const out = new Set<string>([artistId]);
    const artist = catalog.artist(artistId);
    if (!artist) return out;
    for (const g of catalog.groupsOf(artistId)) out.add(g.id);
    for (const m of catalog.membersOf(artistId)) out.add(m.artist.id);
    for (const s of catalog.subunitsOf(artistId)) out.add(s.id);
    if (artist.parentGroupId) out.add(artist.parentGroupId);
    for (const v of artist.voicedBy) out.add(v);
    for (const g of voicedGroups.get(artistId) ?? []) out.add(g);
    return out;
  });

  const relatedProductions = memo((artistId: string): ReadonlySet<string> => {
    const out = new Set<string>();
    for (const id of relatedArtists(artistId)) {
      for (const s of catalog.songsBy(id)) out.add(s.productionId);
    }
    return out;
  });

  const directProductions = memo((artistId: string): readonly string[] => {
    const out = new Set<string>();
    for (const s of catalog.songsBy(artistId)) if (s.performers.includes(artistId)) out.add(s.productionId);
    return [...out];
  });

  const titleKeys = memo(
    (productionId: string): ReadonlySet<string> => new Set(catalog.songsOf(productionId).map((s) => answerKey(s.title))),
  );

  return {
    catalog,
    relatedArtists,
    relatedProductions,
    directProductions,
    titleKeys,
    year: (p) => productionYear(catalog, p),
    namesakes: (p) => (byTitle.get(answerKey(p.title)) ?? []).filter((q) => q.id !== p.id),
    networks: [...byNetwork.keys()],
    productionsOnNetwork: (n) => byNetwork.get(n) ?? [],
    artists: dataset.artists,
    productions: dataset.productions,
  };
}
