/**
 * Data benchmark (not a test): loading data/ with the real loader (read, zod validation,
 * cross-checks) and building a simple in-memory index of it (ids, songs by production and by
 * artist, members by group, name lookup). Prints the median time (ms) and heap delta (MB) of
 * several runs. Run alone: npx tsx bench/data.ts; `benchData()` is what `npm run bench` calls.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Artist, Dataset, Production, Song } from '../src/core/model.js';
import { loadDataset } from '../src/data/load.js';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const RUNS = 7;

interface DataIndex {
  productions: Map<string, Production>;
  artists: Map<string, Artist>;
  songs: Map<string, Song>;
  songsByProduction: Map<string, Song[]>;
  songsByArtist: Map<string, Song[]>;
  membersByGroup: Map<string, Artist[]>;
  byName: Map<string, string[]>;
}

const fold = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildIndex(data: Dataset): DataIndex {
  const index: DataIndex = {
    productions: new Map(data.productions.map((p) => [p.id, p])),
    artists: new Map(data.artists.map((a) => [a.id, a])),
    songs: new Map(data.songs.map((s) => [s.id, s])),
    songsByProduction: new Map(),
    songsByArtist: new Map(),
    membersByGroup: new Map(),
    byName: new Map(),
  };
  for (const s of data.songs) {
    push(index.songsByProduction, s.productionId, s);
    for (const a of s.performers) push(index.songsByArtist, a, s);
  }
  for (const a of data.artists) for (const m of a.memberships) push(index.membersByGroup, m.groupId, a);
  const names = (id: string, list: (string | undefined)[]): void => {
    for (const n of list) if (n) push(index.byName, fold(n), id);
  };
  for (const p of data.productions) names(p.id, [p.title, p.titleKo, ...p.aliases]);
  for (const a of data.artists) names(a.id, [a.name, a.nameKo, ...a.aliases]);
  for (const s of data.songs) names(s.id, [s.title, s.titleKo]);
  return index;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

function heapMb(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** Measures one step: median wall time (ms) and median heap growth (MB) while its result is alive. */
function measure<T>(run: () => T): { ms: number; mb: number; result: T } {
  const times: number[] = [];
  const heaps: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    result = undefined;
    const before = heapMb();
    const t0 = performance.now();
    result = run();
    times.push(performance.now() - t0);
    heaps.push(heapMb() - before);
  }
  return { ms: median(times), mb: median(heaps), result: result as T };
}

export async function benchData(): Promise<void> {
  const load = measure(() => loadDataset(DATA));
  const data = load.result;
  const index = measure(() => buildIndex(data));
  const counts = `${data.productions.length} productions, ${data.artists.length} artists, ${data.songs.length} songs`;
  console.log(`\n## data (${counts}; median of ${RUNS} runs${globalThis.gc ? '' : '; run node with --expose-gc for steadier heap figures'})`);
  console.log('| step | time (ms) | heap delta (MB) |');
  console.log('|---|---|---|');
  console.log(`| load + validate data/ | ${load.ms.toFixed(1)} | ${load.mb.toFixed(1)} |`);
  console.log(`| build in-memory index | ${index.ms.toFixed(1)} | ${index.mb.toFixed(1)} |`);
  console.log(`| index: ${index.result.byName.size} name keys, ${index.result.songsByArtist.size} artists with songs | | |`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchData();
}
