import type { ChartEntry, FavouriteKind, FavouriteListQuery, FavouritePage, FavouriteRef, FavouriteStore, Instant, ToggleResult } from '../core/ports.js';
import { countFavourites, pageFavourites, rankChart, removeFavourite, toggleFavourite } from './favouriteRules.js';
import { GuildCollection, type CollectionIndex } from './guildCollection.js';
import type { Kv } from './kv.js';
import { assertId, assertRef, favouritesCodec, refKey, sameRef, type FavouriteList } from './records.js';

/** The server chart is derived from the users' lists at load, then kept up to date in memory. */
const indexer: CollectionIndex<FavouriteList, Map<string, number>> = {
  build: (records) => countFavourites([...records.values()].map((list) => list.items)),
  change: (counts, _userId, prev, next) => {
    for (const item of prev?.items ?? []) counts.set(refKey(item), (counts.get(refKey(item)) ?? 0) - 1);
    for (const item of next.items) counts.set(refKey(item), (counts.get(refKey(item)) ?? 0) + 1);
    for (const item of prev?.items ?? []) if ((counts.get(refKey(item)) ?? 0) <= 0) counts.delete(refKey(item));
  },
};

function check(guildId: string, userId: string, ref?: FavouriteRef): void {
  assertId('guildId', guildId);
  assertId('userId', userId);
  if (ref) assertRef(ref);
}

export class KeyvFavouriteStore implements FavouriteStore {
  readonly lists: GuildCollection<FavouriteList, Map<string, number>>;

  constructor(kv: Kv) {
    this.lists = new GuildCollection(kv, 'fav', favouritesCodec, () => ({ v: 1, items: [] }), indexer);
  }

  async toggle(guildId: string, userId: string, ref: FavouriteRef, at: Instant): Promise<ToggleResult> {
    check(guildId, userId, ref);
    return this.lists.update(guildId, userId, (list) => {
      const { next, result } = toggleFavourite(list.items, ref, at);
      return { next: { v: 1, items: next }, result };
    });
  }

  async remove(guildId: string, userId: string, ref: FavouriteRef): Promise<boolean> {
    check(guildId, userId, ref);
    if (!(await this.has(guildId, userId, ref))) return false;
    return this.lists.update(guildId, userId, (list) => {
      const { next, result } = removeFavourite(list.items, ref);
      return { next: { v: 1, items: next }, result };
    });
  }

  async has(guildId: string, userId: string, ref: FavouriteRef): Promise<boolean> {
    check(guildId, userId, ref);
    const { records } = await this.lists.state(guildId);
    return records.get(userId)?.items.some((item) => sameRef(item, ref)) ?? false;
  }

  async list(guildId: string, userId: string, query?: FavouriteListQuery): Promise<FavouritePage> {
    check(guildId, userId);
    const { records } = await this.lists.state(guildId);
    return pageFavourites(records.get(userId)?.items ?? [], query);
  }

  async chart(guildId: string, options: { kind?: FavouriteKind; limit?: number } = {}): Promise<ChartEntry[]> {
    assertId('guildId', guildId);
    const { index } = await this.lists.state(guildId);
    return rankChart(index, options.kind, options.limit);
  }

  idle(): Promise<void> {
    return this.lists.idle();
  }
}
