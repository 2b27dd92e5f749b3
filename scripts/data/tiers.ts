/** Curated popularity tiers of productions (data/curated/tiers.json) and kowiki rows to leave out. */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import type { Production } from '../../src/core/model.js';
import { readJson } from './write.js';

const tiersSchema = z.strictObject({
  signature: z.array(z.string()),
  notable: z.array(z.string()),
});
export type TierLists = z.infer<typeof tiersSchema>;

export function readTiers(path: string): TierLists {
  return existsSync(path) ? tiersSchema.parse(readJson(path)) : { signature: [], notable: [] };
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
