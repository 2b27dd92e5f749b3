/**
 * A leaderboard kept sorted in memory: points descending, then user id ascending.
 * Updates are a binary search plus one splice (a memmove of at most n pointers), so a
 * 10,000-player board answers top-N and any player's rank in microseconds.
 */
interface Entry {
  userId: string;
  points: number;
}

function before(a: Entry, b: Entry): boolean {
  return a.points > b.points || (a.points === b.points && a.userId < b.userId);
}

export class SortedBoard {
  private readonly entries: Entry[] = [];

  get size(): number {
    return this.entries.length;
  }

  /** Builds a board from unsorted entries in O(n log n). */
  static from(entries: Iterable<Entry>): SortedBoard {
    const board = new SortedBoard();
    board.entries.push(...Array.from(entries, (e) => ({ userId: e.userId, points: e.points })));
    board.entries.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    return board;
  }

  /** Index of the first entry that does not sort before `probe`. */
  private lowerBound(probe: Entry): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(this.entries[mid]!, probe)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Moves a player from `oldPoints` (undefined: not on the board yet) to `newPoints`. */
  set(userId: string, oldPoints: number | undefined, newPoints: number): void {
    if (oldPoints !== undefined) this.remove(userId, oldPoints);
    const entry = { userId, points: newPoints };
    this.entries.splice(this.lowerBound(entry), 0, entry);
  }

  remove(userId: string, points: number): void {
    const index = this.lowerBound({ userId, points });
    const found = this.entries[index];
    if (found && found.userId === userId) this.entries.splice(index, 1);
  }

  /** 1 + the number of players with strictly more points (ties share a rank). */
  rankOf(points: number): number {
    // The smallest possible user id sorts first among players with these points.
    return this.lowerBound({ userId: '', points }) + 1;
  }

  slice(offset: number, count: number): { rank: number; userId: string; points: number }[] {
    return this.entries.slice(offset, offset + count).map((e) => ({ rank: this.rankOf(e.points), userId: e.userId, points: e.points }));
  }
}
