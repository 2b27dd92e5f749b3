/** Curated popularity tiers of productions (data/curated/tiers.json) and kowiki rows to leave out. */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import type { Artist, Production, Song } from '../../src/core/model.js';
import { readJson } from './write.js';

const tiersSchema = z.strictObject({
  signature: z.array(z.string()),
  notable: z.array(z.string()),
  /** Artists everyone knows; other artists with a kept OST song are notable. */
  artistSignature: z.array(z.string()).default([]),
});
export type TierLists = z.infer<typeof tiersSchema>;

export function readTiers(path: string): TierLists {
  return existsSync(path) ? tiersSchema.parse(readJson(path)) : { signature: [], notable: [], artistSignature: [] };
}

/** Sets tiers by production id (a tier already set by a curated entry wins); returns unknown ids. */
export function applyTiers(productions: Production[], lists: TierLists): string[] {
  const byId = new Map(productions.map((p) => [p.id, p]));
  const unknown: string[] = [];
  for (const tier of ['signature', 'notable'] as const) {
    for (const id of lists[tier]) {
      const p = byId.get(id);
      if (!p) unknown.push(id);
      else p.tier ??= tier;
    }
  }
  return unknown;
}

const exclusionsSchema = z.array(
  z.strictObject({ source: z.enum(['kowiki', 'mdl']), title: z.string(), reason: z.string().max(160) }),
);
export type Exclusion = z.infer<typeof exclusionsSchema>[number];

/** Source rows to leave out (non-dramas, rows with another drama's data), with the reason. */
export function readExclusions(path: string): Exclusion[] {
  return existsSync(path) ? exclusionsSchema.parse(readJson(path)) : [];
}

/** Artist tiers: the curated signature list, then notable for every performer of a kept song. */
export function applyArtistTiers(artists: Artist[], songs: Song[], signature: string[]): string[] {
  const byId = new Map(artists.map((a) => [a.id, a]));
  const unknown = signature.filter((id) => !byId.has(id));
  for (const id of signature) {
    const a = byId.get(id);
    if (a) a.tier = 'signature';
  }
  for (const s of songs) {
    for (const id of s.performers) {
      const a = byId.get(id);
      if (a) a.tier ??= 'notable';
    }
  }
  return unknown;
}
