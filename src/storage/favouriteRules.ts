import {
  MAX_FAVOURITES,
  toEpochMs,
  type ChartEntry,
  type Favourite,
  type FavouriteKind,
  type FavouriteListQuery,
  type FavouritePage,
  type FavouriteRef,
  type Instant,
  type ToggleResult,
} from '../core/ports.js';
import { pageBounds, refKey, sameRef } from './records.js';

/** Pure favourite rules shared by the keyv and memory stores. Lists are kept oldest first. */

export function toggleFavourite(items: readonly Favourite[], ref: FavouriteRef, at: Instant): { next: Favourite[]; result: ToggleResult } {
  if (items.some((item) => sameRef(item, ref))) return { next: items.filter((item) => !sameRef(item, ref)), result: 'removed' };
  if (items.length >= MAX_FAVOURITES) return { next: [...items], result: 'full' };
  return { next: [...items, { kind: ref.kind, id: ref.id, addedAt: toEpochMs(at) }], result: 'added' };
}

export function removeFavourite(items: readonly Favourite[], ref: FavouriteRef): { next: Favourite[]; result: boolean } {
  const next = items.filter((item) => !sameRef(item, ref));
  return { next, result: next.length !== items.length };
}

export function pageFavourites(items: readonly Favourite[], query: FavouriteListQuery = {}): FavouritePage {
  const matching = items.filter((item) => query.kind === undefined || item.kind === query.kind).reverse();
  const { page, pageSize, offset, totalPages } = pageBounds(query.page, query.pageSize, matching.length);
  return {
    items: matching.slice(offset, offset + pageSize).map((item) => ({ ...item })),
    page,
    pageSize,
    total: matching.length,
    totalPages,
  };
}

/** Counts per item ("kind:id") → the top `limit` with competition ranks; ties by kind, then id. */
export function rankChart(counts: ReadonlyMap<string, number>, kind: FavouriteKind | undefined, limit = 10): ChartEntry[] {
  const size = Math.min(100, Math.max(1, Number.isFinite(limit) ? Math.floor(limit) : 10));
  const rows: { kind: FavouriteKind; id: string; count: number }[] = [];
  for (const [key, count] of counts) {
    if (count <= 0) continue;
    const split = key.indexOf(':');
    const itemKind = key.slice(0, split) as FavouriteKind;
    if (kind !== undefined && itemKind !== kind) continue;
    rows.push({ kind: itemKind, id: key.slice(split + 1), count });
  }
  rows.sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let rank = 0;
  return rows.slice(0, size).map((row, i) => {
    if (i === 0 || rows[i - 1]!.count !== row.count) rank = i + 1;
    return { ...row, rank };
  });
}

export function countFavourites(lists: Iterable<readonly Favourite[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const items of lists) for (const item of items) counts.set(refKey(item), (counts.get(refKey(item)) ?? 0) + 1);
  return counts;
}
