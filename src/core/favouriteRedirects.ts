/**
 * Favourites saved under an id a data rebuild renamed follow the item to its new id: the first
 * time a user's favourites are touched in a server, old ids are moved to their successors (or
 * dropped when the successor is already there). Charts count old and new ids as one item.
 */
import type { EntityKind } from './model.js';
import type { ChartEntry, FavouriteRef, FavouriteStore } from './ports.js';

export type CanonicalId = (kind: EntityKind, id: string) => string | undefined;

/** Every favourite of a user fits in one page of this size (the store caps favourites far below). */
const ALL = 10_000;

export function withRedirects(store: FavouriteStore, canonicalId: CanonicalId): FavouriteStore {
  const settled = new Set<string>();
  const moved = (ref: FavouriteRef): string | undefined => {
    const now = canonicalId(ref.kind, ref.id);
    return now !== undefined && now !== ref.id ? now : undefined;
  };

  async function settle(guildId: string, userId: string): Promise<void> {
    const key = `${guildId}:${userId}`;
    if (settled.has(key)) return;
    const { items } = await store.list(guildId, userId, { page: 1, pageSize: ALL });
    const held = new Set(items.map((f) => `${f.kind}:${f.id}`));
    for (const f of items) {
      const to = moved(f);
      if (to === undefined) continue;
      await store.remove(guildId, userId, f);
      if (!held.has(`${f.kind}:${to}`)) {
        await store.toggle(guildId, userId, { kind: f.kind, id: to }, f.addedAt);
        held.add(`${f.kind}:${to}`);
      }
    }
    settled.add(key);
  }

  const current = (ref: FavouriteRef): FavouriteRef => ({ kind: ref.kind, id: moved(ref) ?? ref.id });

  return {
    async toggle(guildId, userId, ref, at) {
      await settle(guildId, userId);
      return store.toggle(guildId, userId, current(ref), at);
    },
    async remove(guildId, userId, ref) {
      await settle(guildId, userId);
      return store.remove(guildId, userId, current(ref));
    },
    async has(guildId, userId, ref) {
      await settle(guildId, userId);
      return store.has(guildId, userId, current(ref));
    },
    async list(guildId, userId, query) {
      await settle(guildId, userId);
      return store.list(guildId, userId, query);
    },
    async chart(guildId, options) {
      const entries = await store.chart(guildId, options);
      const merged = new Map<string, ChartEntry>();
      for (const e of entries) {
        const ref = current(e);
        const k = `${ref.kind}:${ref.id}`;
        const prev = merged.get(k);
        merged.set(k, { ...ref, count: (prev?.count ?? 0) + e.count, rank: 0 });
      }
      const sorted = [...merged.values()].sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
      // competition ranking: an entry shares the rank of the first one with its count
      let rank = 0;
      return sorted.map((e, i) => {
        if (i === 0 || sorted[i - 1]?.count !== e.count) rank = i + 1;
        return { ...e, rank };
      });
    },
  };
}
