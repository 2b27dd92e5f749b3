/**
 * Start-up benchmark (not a test): what `npm start` does before logging in — load and validate
 * data/, build the catalog, the search documents and the search index — timed end to end, with
 * the heap it keeps. Median of several runs in fresh state. Run alone: npx tsx bench/startup.ts
 * (node --expose-gc gives steadier heap figures; `npm run bench` passes it).
 */
import { pathToFileURL } from 'node:url';
import { buildCatalog } from '../src/core/catalog.js';
import { buildSearchIndex, searchDocsFromDataset } from '../src/core/search/index.js';
import { loadDataset } from '../src/data/load.js';

const RUNS = 7;

const gc = (globalThis as { gc?: () => void }).gc;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export async function benchStartup(): Promise<void> {
  const times: number[] = [];
  const heaps: number[] = [];
  let kept: unknown;
  for (let run = 0; run < RUNS; run++) {
    kept = undefined;
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const dataset = loadDataset('data', { trustStamp: true });
    const catalog = buildCatalog(dataset);
    const search = buildSearchIndex(searchDocsFromDataset(dataset));
    times.push(performance.now() - started);
    kept = { catalog, search };
    gc?.();
    heaps.push((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024);
  }
  void kept;
  const warm = times.slice(1);
  console.log('\n## Start-up: load data/ + catalog + search index (what npm start does before login)');
  console.log(`time: cold (first run in this process, as at a real start) ${times[0]?.toFixed(0)} ms; warm median of ${warm.length} ${median(warm).toFixed(0)} ms (target ≤ 300 ms)`);
  console.log(
    `heap kept after the cold run: ${heaps[0]?.toFixed(1)} MB (module-level caches included; later runs reuse them)${gc ? '' : ' (no --expose-gc: figures include garbage)'} (target ≤ 60 MB)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchStartup();
}
