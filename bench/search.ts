/**
 * Search benchmark: Sori's index against Fuse.js (default options) on the same documents and
 * the same committed query set, at the full dataset and at a 20× synthetic catalog.
 * Run alone with `npx tsx bench/search.ts` (SEARCH_BENCH_FUSE=0 skips Fuse.js, which takes minutes);
 * `benchSearch()` is what `npm run bench` calls.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Fuse from 'fuse.js';
import type { Dataset, EntityKind } from '../src/core/model.js';
import { buildSearchIndex, searchDocsFromDataset, type SearchDoc, type SearchIndex } from '../src/core/search/index.js';
import { evaluateQuality, type QualityQuery, type QualityReport } from '../src/core/search/evaluate.js';
import { synthesizeDataset } from '../src/core/search/synthetic.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const QUERY_FILE = join(ROOT, 'tests/fixtures/search-queries.json');
const FIXTURE = join(ROOT, 'tests/fixtures/search-mini.json');
const PASSES = 5;
const SYNTHETIC_FACTOR = 20;
/** Fuse.js takes long per query on big catalogs: it gets a sample and a time budget there. */
const FUSE_BUDGET_MS = 120_000;

interface Row {
  engine: string;
  /** The queries actually run, when a sample. */
  sample?: readonly QualityQuery[];
  scale: string;
  docs: number;
  buildMs: number;
  p50: number;
  p99: number;
  max: number;
  queries: number;
  quality: QualityReport;
}

async function loadData(): Promise<{ dataset: Dataset; label: string }> {
  if (existsSync(join(ROOT, 'data/productions.json'))) {
    const { loadDataset } = (await import('../src/data/load.js')) as { loadDataset: (dir: string) => Dataset };
    return { dataset: loadDataset(join(ROOT, 'data')), label: 'data/' };
  }
  return { dataset: JSON.parse(readFileSync(FIXTURE, 'utf8')) as Dataset, label: 'tests/fixtures/search-mini.json (no data/ yet)' };
}

function loadQueries(docs: readonly SearchDoc[]): QualityQuery[] {
  if (!existsSync(QUERY_FILE)) return [];
  const ids = new Set(docs.map((d) => d.id));
  return (JSON.parse(readFileSync(QUERY_FILE, 'utf8')) as QualityQuery[]).filter((q) => ids.has(q.id));
}

function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Per query, the median of `passes` timed runs (ms); then p50, p99 and max across queries. */
function latency(queries: readonly QualityQuery[], kindOf: Map<string, EntityKind>, run: (q: string, kinds: EntityKind[]) => unknown, passes: number) {
  for (const q of queries) run(q.q, [kindOf.get(q.id)!]);
  const perQuery: number[] = [];
  for (const q of queries) {
    const kinds = [kindOf.get(q.id)!];
    const times: number[] = [];
    for (let i = 0; i < passes; i++) {
      const t = performance.now();
      run(q.q, kinds);
      times.push(performance.now() - t);
    }
    perQuery.push(median(times));
  }
  perQuery.sort((a, b) => a - b);
  return { p50: quantile(perQuery, 0.5), p99: quantile(perQuery, 0.99), max: perQuery[perQuery.length - 1] ?? 0 };
}

function benchSori(
  scale: string,
  dataset: Dataset,
  queries: readonly QualityQuery[],
  runs = 5,
): { row: Row; docs: SearchDoc[]; index: SearchIndex } {
  const builds: number[] = [];
  const conversions: number[] = [];
  let index: SearchIndex | undefined;
  let docs: SearchDoc[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    docs = searchDocsFromDataset(dataset);
    conversions.push(performance.now() - t);
    t = performance.now();
    index = buildSearchIndex(docs);
    builds.push(performance.now() - t);
  }
  const idx = index!;
  const kindOf = new Map(docs.map((d) => [d.id, d.kind]));
  const search = (q: string, kinds: readonly EntityKind[]) => idx.search(q, { kinds, limit: 25 });
  const lat = latency(queries, kindOf, search, PASSES);
  const quality = evaluateQuality(queries, docs, search);
  const warm = builds.length > 1 ? median(builds.slice(1)) : builds[0]!;
  console.log(
    `  sori ${scale}: ${docs.length} docs; index build ${builds.map((b) => b.toFixed(0)).join(' / ')} ms ` +
      `(first = cold process, then warm; median warm ${warm.toFixed(0)} ms); dataset → docs ${median(conversions).toFixed(0)} ms`,
  );
  return { row: { engine: 'sori', scale, docs: docs.length, buildMs: warm, ...lat, queries: queries.length, quality }, docs, index: idx };
}

/** Fuse.js with default options over the same docs; big catalogs get a sample and a time budget. */
function benchFuse(scale: string, docs: SearchDoc[], queries: readonly QualityQuery[], maxQueries: number, budgetMs: number): Row {
  const t = performance.now();
  const fuse = new Fuse(docs, { keys: ['name', 'nameKo', 'aliases', 'context'] });
  const buildMs = performance.now() - t;
  const kindOf = new Map(docs.map((d) => [d.id, d.kind]));
  const step = Math.max(1, Math.ceil(queries.length / maxQueries));
  const sample = queries.filter((_, i) => i % step === 0);
  const search = (q: string, kinds: readonly EntityKind[]) =>
    fuse
      .search(q)
      .filter((r) => kinds.includes(r.item.kind))
      .map((r) => r.item);
  // One timed pass (Fuse.js is too slow for several), after a short warm-up; results are kept
  // for the quality figures. It stops early when the time budget runs out.
  for (const q of sample.slice(0, 3)) search(q.q, [kindOf.get(q.id)!]);
  const started = performance.now();
  const kept: QualityQuery[] = [];
  const times: number[] = [];
  const results = new Map<string, SearchDoc[]>();
  for (const q of sample) {
    if (performance.now() - started > budgetMs) break;
    const kind = kindOf.get(q.id)!;
    const t0 = performance.now();
    const found = search(q.q, [kind]);
    times.push(performance.now() - t0);
    results.set(`${kind}|${q.q}`, found);
    kept.push(q);
  }
  times.sort((a, b) => a - b);
  const lat = { p50: quantile(times, 0.5), p99: quantile(times, 0.99), max: times[times.length - 1] ?? 0 };
  const quality = evaluateQuality(kept, docs, (q, kinds) => results.get(`${kinds[0]}|${q}`) ?? []);
  return { engine: 'fuse.js', scale, docs: docs.length, buildMs, ...lat, queries: kept.length, quality, sample: kept };
}

/** Sori on exactly the queries Fuse.js ran, so that the ratio compares like with like. */
function soriOnSample(base: Row, index: SearchIndex, docs: SearchDoc[], sample: readonly QualityQuery[]): Row {
  const kindOf = new Map(docs.map((d) => [d.id, d.kind]));
  const search = (q: string, kinds: readonly EntityKind[]) => index.search(q, { kinds, limit: 25 });
  const lat = latency(sample, kindOf, search, PASSES);
  return { ...base, engine: 'sori (same queries)', ...lat, queries: sample.length, quality: evaluateQuality(sample, docs, search) };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const ms = (x: number): string => (x < 1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(1)} ms`);

function printRows(rows: Row[]): void {
  console.log('\n| engine | scale | docs | build | p50 | p99 | max | top-1 | top-5 | queries | p50 / p99 vs sori |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const same = rows.find((b) => b.engine === 'sori (same queries)' && b.scale === r.scale);
    const base = r.engine === 'fuse.js' && same ? same : rows.find((b) => b.engine === 'sori' && b.scale === r.scale)!;
    const ratio = `${(r.p50 / base.p50).toFixed(1)}× / ${(r.p99 / base.p99).toFixed(1)}×`;
    console.log(
      `| ${r.engine} | ${r.scale} | ${r.docs} | ${ms(r.buildMs)} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} | ${pct(r.quality.overall.top1)} | ${pct(r.quality.overall.top5)} | ${r.queries} | ${ratio} |`,
    );
  }
}

function printCategories(row: Row): void {
  console.log(`\nSori quality by category (${row.scale}):`);
  for (const [cat, f] of Object.entries(row.quality.byCategory).sort()) {
    console.log(`  ${cat.padEnd(20)} n=${String(f.queries).padStart(3)}  top-1 ${pct(f.top1).padStart(6)}  top-5 ${pct(f.top5).padStart(6)}`);
  }
}

/** Prints build time, latency and quality for Sori's search and Fuse.js, side by side. */
export async function benchSearch(): Promise<void> {
  const { dataset, label } = await loadData();
  const queries = loadQueries(searchDocsFromDataset(dataset));
  console.log(`search bench: ${label}, ${queries.length} queries`);
  if (queries.length === 0) console.log('  (no query set found: latency and quality need tests/fixtures/search-queries.json)');
  const withFuse = process.env.SEARCH_BENCH_FUSE !== '0';
  const soriFull = benchSori('full', dataset, queries);
  const big = synthesizeDataset(dataset, SYNTHETIC_FACTOR);
  const soriBig = benchSori(`${SYNTHETIC_FACTOR}x`, big, queries, 1);
  const rows = [soriFull.row, soriBig.row];
  if (withFuse) {
    const fuseFull = benchFuse('full', soriFull.docs, queries, queries.length, FUSE_BUDGET_MS);
    const fuseBig = benchFuse(`${SYNTHETIC_FACTOR}x`, soriBig.docs, queries, 24, FUSE_BUDGET_MS / 2);
    rows.splice(1, 0, fuseFull);
    if (fuseFull.queries < queries.length) rows.splice(1, 0, soriOnSample(soriFull.row, soriFull.index, soriFull.docs, fuseFull.sample ?? []));
    rows.push(soriOnSample(soriBig.row, soriBig.index, soriBig.docs, fuseBig.sample ?? []), fuseBig);
  }
  printRows(rows);
  printCategories(soriFull.row);
  console.log('\nTargets: full p99 ≤ 0.3 ms, 20x p99 ≤ 1 ms, full index build ≤ 200 ms (the build column: median of warm runs).');
  console.log('Fuse.js at 20x runs on a sample of the queries (queries column); its ratio is against Sori on that same sample.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchSearch();
}
