/**
 * Child process of durability.test.ts: writes score updates as fast as it can (8 in flight) and
 * prints "sent <user>" before each write and "ack <user>" once it resolved, until it is killed.
 * Usage: node --import tsx tests/storage/durabilityWriter.ts <STORE_URL> <run>
 */
import { createStores } from '../../src/storage/createStores.js';

const [url, run] = process.argv.slice(2);
if (!url || !run) throw new Error('usage: durabilityWriter.ts <STORE_URL> <run>');
const logger = { warn: () => {}, error: (obj: object, msg: string) => process.stderr.write(`${msg} ${JSON.stringify(obj)}\n`) };
const stores = await createStores(url, logger);
const at = Date.UTC(2026, 10, 22, 12);

async function worker(w: number): Promise<never> {
  for (let i = 0; ; i += 1) {
    // New users keep appearing, so roster writes are killed mid-stream too.
    const userId = `r${run}u${(i * 8 + w) % 40}`;
    const other = `shared${w}`;
    process.stdout.write(`sent ${userId}\nsent ${other}\n`);
    await stores.scores.addRoundResults('g1', [{ userId, points: 1 }, { userId: other, points: 1 }], at);
    process.stdout.write(`ack ${userId}\nack ${other}\n`);
  }
}

process.stdout.write('ready\n');
await Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)));
