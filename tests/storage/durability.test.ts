import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempSqlite, type TempSqlite } from '../helpers/stores.js';

const writer = fileURLToPath(new URL('./durabilityWriter.ts', import.meta.url));
const AT = Date.UTC(2026, 10, 22, 12);

interface Tally {
  sent: Map<string, number>;
  acked: Map<string, number>;
}

/** Runs the writer until it has acknowledged `acks` writes (plus a random delay), then SIGKILLs it. */
function runAndKill(url: string, run: number, acks: number, tally: Tally): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, url, String(run)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    let count = 0;
    let killing = false;
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [what, userId] = line.split(' ');
      if (!userId) return;
      const map = what === 'ack' ? tally.acked : tally.sent;
      map.set(userId, (map.get(userId) ?? 0) + 1);
      if (what === 'ack' && ++count >= acks && !killing) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 20));
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`writer exited on its own (code ${code}): ${stderr}`));
    });
  });
}

describe('durability', () => {
  let db: TempSqlite;
  beforeAll(async () => {
    db = await tempSqlite();
  });
  afterAll(async () => {
    await db.cleanup();
  });

  it('every write a killed process acknowledged is there after reopening, run after run', async () => {
    const tally: Tally = { sent: new Map(), acked: new Map() };
    for (let run = 0; run < 5; run += 1) {
      await runAndKill(db.url, run, 200 + run * 150, tally);
      const stores = await db.open();
      try {
        for (const [userId, acked] of tally.acked) {
          const { points } = await stores.scores.playerStats('g1', userId, AT);
          // Writes in flight at the kill may or may not have landed; nothing else may differ.
          expect(points, userId).toBeGreaterThanOrEqual(acked);
          expect(points, userId).toBeLessThanOrEqual(tally.sent.get(userId) ?? 0);
        }
        const board = await stores.scores.leaderboard('g1', { period: 'all', at: AT, pageSize: 100 });
        expect(board.totalPlayers).toBeGreaterThanOrEqual(tally.acked.size);
      } finally {
        await stores.close();
      }
    }
    expect(db.logger.entries).toEqual([]);
  }, 90_000);
});
