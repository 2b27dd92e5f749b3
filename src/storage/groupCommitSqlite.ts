import KeyvSqlite from '@keyv/sqlite';

/** Rows per INSERT statement (two bound variables each, far below SQLite's limit). */
const ROWS_PER_STATEMENT = 400;

interface Pending {
  key: string;
  value: unknown;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * @keyv/sqlite with group commit. With synchronous=FULL each commit costs an fsync, and one
 * connection commits one set at a time, so throughput is bounded by the disk's fsync rate (and
 * by whoever else shares the disk). Here, sets that arrive while a commit is running wait and
 * are then written together by ONE multi-row upsert: a single statement is its own transaction,
 * so nothing else can slip into it, and each set() resolves only after the statement that holds
 * it has committed. Latency of a lone write is unchanged; under load one fsync covers many writes.
 * Reads and deletes go straight to the adapter (the stores never delete).
 */
export class GroupCommitSqlite extends KeyvSqlite {
  private queue: Pending[] = [];
  private flushing = false;

  override set(key: string, value: unknown): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ key, value, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  async setMany(entries: { key: string; value: unknown }[]): Promise<void> {
    await Promise.all(entries.map((entry) => this.set(entry.key, entry.value)));
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue;
        this.queue = [];
        for (let start = 0; start < batch.length; start += ROWS_PER_STATEMENT) {
          await this.write(batch.slice(start, start + ROWS_PER_STATEMENT));
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  private async write(batch: Pending[]): Promise<void> {
    // Last write of a key wins, as it would with separate statements in arrival order.
    const rows = new Map<string, unknown>();
    for (const item of batch) rows.set(item.key, item.value);
    const placeholders = Array.from({ length: rows.size }, () => '(?, ?)').join(', ');
    const sql = `INSERT INTO ${this.opts.table} (key, value) VALUES ${placeholders} ON CONFLICT(key) DO UPDATE SET value = excluded.value`;
    try {
      await this.query(sql, ...[...rows].flat());
      for (const item of batch) item.resolve();
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  }

  override async disconnect(): Promise<void> {
    while (this.flushing || this.queue.length > 0) await new Promise((resolve) => setImmediate(resolve));
    await super.disconnect();
  }
}
