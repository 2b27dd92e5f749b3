/**
 * Flattens the catalog into search documents: names, Korean names, aliases, and the
 * related names that help find an item (performers and production for songs, group for
 * members), with a popularity prior from the curated tier.
 */
import type { Artist, Dataset, Tier } from '../model.js';
import type { SearchDoc } from './types.js';

const TIER_POPULARITY: Readonly<Record<Tier, number>> = {
  signature: 1,
  notable: 0.65,
  deep_cut: 0.35,
};
const NO_TIER = 0.2;

function tierValue(tier: Tier | undefined): number {
  return tier ? TIER_POPULARITY[tier] : NO_TIER;
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

function present(values: readonly (string | undefined)[]): string[] {
  const out: string[] = [];
  for (const v of values) if (v && v.trim() !== '' && !out.includes(v)) out.push(v);
  return out;
}

/** Search documents for every production, artist and song of a dataset. */
export function searchDocsFromDataset(dataset: Dataset): SearchDoc[] {
  const artists = new Map(dataset.artists.map((a) => [a.id, a]));
  const productions = new Map(dataset.productions.map((p) => [p.id, p]));
  // Curated tiers win; without one, having curated OST songs is the strongest signal.
  const songScore = new Map<string, number>();
  const bump = (id: string, value: number): void => {
    songScore.set(id, Math.max(songScore.get(id) ?? 0, value) + 0.0001);
  };
  const songsPerProduction = new Map<string, number>();
  const songsPerArtist = new Map<string, number>();
  for (const s of dataset.songs) {
    songsPerProduction.set(s.productionId, (songsPerProduction.get(s.productionId) ?? 0) + 1);
    bump(s.productionId, tierValue(s.tier));
    for (const a of s.performers) {
      songsPerArtist.set(a, (songsPerArtist.get(a) ?? 0) + 1);
      bump(a, tierValue(s.tier));
    }
  }
  const membersPerGroup = new Map<string, number>();
  for (const a of dataset.artists) {
    for (const m of a.memberships) membersPerGroup.set(m.groupId, (membersPerGroup.get(m.groupId) ?? 0) + 1);
  }
  const prior = (tier: Tier | undefined, id: string): number => {
    if (tier) return tierValue(tier);
    const fromSongs = songScore.get(id);
    return fromSongs === undefined ? NO_TIER : 0.4 + 0.45 * Math.min(1, fromSongs);
  };
  const groupsOf = (a: Artist): Artist[] => {
    const ids = [...a.memberships.map((m) => m.groupId), ...(a.parentGroupId ? [a.parentGroupId] : [])];
    return ids.map((id) => artists.get(id)).filter((g): g is Artist => g !== undefined);
  };

  const docs: SearchDoc[] = [];
  for (const p of dataset.productions) {
    docs.push({
      id: p.id,
      kind: 'production',
      name: p.title,
      ...(p.titleKo ? { nameKo: p.titleKo } : {}),
      aliases: present(p.aliases),
      context: p.year ? [String(p.year)] : [],
      popularity: clamp01(0.9 * prior(p.tier, p.id) + Math.min(0.1, 0.015 * (songsPerProduction.get(p.id) ?? 0))),
    });
  }
  for (const a of dataset.artists) {
    const groups = groupsOf(a);
    docs.push({
      id: a.id,
      kind: 'artist',
      name: a.name,
      ...(a.nameKo ? { nameKo: a.nameKo } : {}),
      aliases: present([...a.aliases, a.realName, a.realNameKo]).filter((x) => x !== a.name),
      context: present([
        ...groups.flatMap((g) => [g.name, g.nameKo]),
        // Fictional groups: the real singers who voice them.
        ...a.voicedBy.map((id) => artists.get(id)?.name),
      ]),
      popularity: clamp01(
        0.9 * prior(a.tier, a.id) +
          Math.min(0.1, 0.02 * (songsPerArtist.get(a.id) ?? 0) + 0.01 * (membersPerGroup.get(a.id) ?? 0)),
      ),
    });
  }
  for (const s of dataset.songs) {
    const production = productions.get(s.productionId);
    const performers = s.performers.map((id) => artists.get(id)).filter((a): a is Artist => a !== undefined);
    const context = present([
      ...performers.flatMap((a) => [a.name, a.nameKo, ...groupsOf(a).flatMap((g) => [g.name, g.nameKo])]),
      production?.title,
      production?.titleKo,
    ]);
    docs.push({
      id: s.id,
      kind: 'song',
      name: s.title,
      ...(s.titleKo ? { nameKo: s.titleKo } : {}),
      aliases: [],
      context,
      popularity: clamp01(0.85 * tierValue(s.tier) + 0.15 * (production ? prior(production.tier, production.id) : NO_TIER)),
    });
  }
  return docs;
}
