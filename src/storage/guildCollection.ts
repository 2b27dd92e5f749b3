import type { Codec } from './codec.js';
import type { Kv } from './kv.js';
import { rosterCodec, type Roster } from './records.js';
import { CoalescingWriter, type Change } from './serial.js';

/**
 * One record per user per server (`<name>:<guild>:<user>`), plus a roster of the server's users
 * split in ROSTER_BUCKETS small keys (`<name>-roster:<guild>:<n>`), so a server can be loaded
 * with plain get/getMany on any keyv adapter (no key scans, which some adapters lack).
 *
 * Trade-off, on purpose: the first use of a server loads all its records into this process and
 * keeps them (write-through) with derived indexes, so leaderboards and charts never scan the
 * store. That costs memory (about 200 bytes a player) and assumes ONE process writes a given
 * server: Discord shards route a guild to one process, but two bots sharing one redis for the
 * same guilds would each see a stale cache.
 */
export const ROSTER_BUCKETS = 64;

export interface CollectionIndex<R, I> {
  build(records: ReadonlyMap<string, R>): I;
  change(index: I, userId: string, prev: R | undefined, next: R): void;
}

export interface GuildState<R, I> {
  records: Map<string, R>;
  rostered: Set<string>;
  /** Users whose stored record has been looked for (all loaded ones, then each newcomer). */
  checked: Set<string>;
  buckets: string[][];
  index: I;
}

export function rosterBucket(userId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < userId.length; i += 1) hash = Math.imul(hash ^ userId.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % ROSTER_BUCKETS;
}

export class GuildCollection<R, I> {
  private readonly guilds = new Map<string, Promise<GuildState<R, I>>>();
  private readonly writer = new CoalescingWriter();
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly kv: Kv,
    private readonly name: string,
    private readonly codec: Codec<R>,
    private readonly empty: () => R,
    private readonly indexer: CollectionIndex<R, I>,
  ) {}

  recordKey(guildId: string, userId: string): string {
    return `${this.name}:${guildId}:${userId}`;
  }

  rosterKey(guildId: string, bucket: number): string {
    return `${this.name}-roster:${guildId}:${bucket}`;
  }

  /** The server's records and index, loaded once per process. */
  state(guildId: string): Promise<GuildState<R, I>> {
    let loading = this.guilds.get(guildId);
    if (!loading) {
      loading = this.load(guildId);
      this.guilds.set(guildId, loading);
      // A failed load (storage down) is retried by the next call instead of being remembered.
      loading.catch(() => this.guilds.delete(guildId));
    }
    return loading;
  }

  private async load(guildId: string): Promise<GuildState<R, I>> {
    const rosterKeys = Array.from({ length: ROSTER_BUCKETS }, (_, bucket) => this.rosterKey(guildId, bucket));
    const rosters = await this.kv.readMany(rosterKeys, rosterCodec);
    // Trust whatever bucket a user was found in, so changing ROSTER_BUCKETS can never hide anyone.
    const buckets = rosters.map((roster) => [...new Set(roster?.users ?? [])]);
    const users = [...new Set(buckets.flat())];
    const values = await this.kv.readMany(
      users.map((userId) => this.recordKey(guildId, userId)),
      this.codec,
    );
    const records = new Map<string, R>();
    users.forEach((userId, i) => {
      const value = values[i];
      if (value !== undefined) records.set(userId, value);
    });
    return { records, rostered: new Set(users), checked: new Set(users), buckets, index: this.indexer.build(records) };
  }

  /** Applies a change to one user's record; resolves with its result once the write is durable. */
  update<T>(guildId: string, userId: string, change: Change<R, T>): Promise<T> {
    const work = this.apply(guildId, userId, change);
    this.inFlight.add(work);
    const forget = () => this.inFlight.delete(work);
    work.then(forget, forget);
    return work;
  }

  private async apply<T>(guildId: string, userId: string, change: Change<R, T>): Promise<T> {
    const state = await this.state(guildId);
    if (!state.rostered.has(userId)) await this.enrol(guildId, state, userId);
    const key = this.recordKey(guildId, userId);
    return this.writer.update<R, T>(key, change, async (apply) => {
      if (!state.checked.has(userId)) await this.adopt(key, state, userId);
      const prev = state.records.get(userId);
      const next = apply(prev ?? this.empty());
      await this.kv.write(key, next);
      // Only a committed value reaches the cache, so a failed write leaves no phantom points.
      state.records.set(userId, next);
      this.indexer.change(state.index, userId, prev, next);
    });
  }

  /**
   * A user missing from the roster may still have a record (their roster bucket was corrupt and
   * replaced): read it before the first write, so their totals are continued, never reset.
   */
  private async adopt(key: string, state: GuildState<R, I>, userId: string): Promise<void> {
    const found = await this.kv.read(key, this.codec);
    state.checked.add(userId);
    if (found === undefined || state.records.has(userId)) return;
    state.records.set(userId, found);
    this.indexer.change(state.index, userId, undefined, found);
  }

  /** Adds a user to their roster bucket before their first record is written. */
  private async enrol(guildId: string, state: GuildState<R, I>, userId: string): Promise<void> {
    const bucket = rosterBucket(userId);
    const key = this.rosterKey(guildId, bucket);
    await this.writer.update<string[], void>(
      key,
      (users) => ({ next: users.includes(userId) ? users : [...users, userId], result: undefined }),
      async (apply) => {
        const current = state.buckets[bucket] ?? [];
        const next = apply(current);
        if (next.length === current.length) return;
        const roster: Roster = { v: 1, users: next };
        await this.kv.write(key, roster);
        state.buckets[bucket] = next;
        for (const user of next) state.rostered.add(user);
      },
    );
  }

  /** Resolves once every update already asked for has settled (close() waits for it). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    await Promise.allSettled([...this.guilds.values()]);
    await this.writer.idle();
  }
}
