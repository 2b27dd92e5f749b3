import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/model.js';
import { loadDataset } from '../../src/data/load.js';
import { evaluateQuality, type QualityQuery } from '../../src/core/search/evaluate.js';
import { buildSearchIndex, searchDocsFromDataset } from '../../src/core/search/index.js';

const DATA_DIR = new URL('../../data/', import.meta.url);
const hasData = existsSync(new URL('productions.json', DATA_DIR));
const queries = JSON.parse(
  readFileSync(new URL('../fixtures/search-queries.json', import.meta.url), 'utf8'),
) as QualityQuery[];

const CATEGORIES = [
  'exact',
  'prefix',
  'alternative title',
  'typo',
  'spacing/punctuation',
  'romanised',
  'hangul',
  'partial hangul',
  'initial consonants',
  'artist',
  'multi-field',
];

describe.skipIf(!hasData)('search quality on the real catalog', () => {
  const dataset: Dataset = loadDataset(DATA_DIR.pathname);
  const docs = searchDocsFromDataset(dataset);
  const index = buildSearchIndex(docs);
  const known = new Set(docs.map((d) => d.id));
  const report = evaluateQuality(
    queries.filter((q) => known.has(q.id)),
    docs,
    (q, kinds) => index.search(q, { kinds, limit: 5 }),
  );

  it('has a query set of at least 300 queries covering every category', () => {
    expect(queries.length).toBeGreaterThanOrEqual(300);
    expect(Object.keys(report.byCategory).sort()).toEqual([...CATEGORIES].sort());
    // The catalog is curated by others: a few items may be renamed, never most of the set.
    const ids = new Set(docs.map((d) => d.id));
    const missing = queries.filter((q) => !ids.has(q.id)).map((q) => q.id);
    expect(missing.length, `expected items missing from data/: ${missing.join(', ')}`).toBeLessThanOrEqual(queries.length * 0.03);
  });

  it('reaches top-1 ≥ 94% and top-5 ≥ 97% overall, top-5 ≥ 90% in every category', () => {
    const lines = Object.entries(report.byCategory).map(
      ([cat, f]) => `${cat}: n=${f.queries} top-1 ${(f.top1 * 100).toFixed(1)}% top-5 ${(f.top5 * 100).toFixed(1)}%`,
    );
    const summary = [
      `overall: n=${report.overall.queries} top-1 ${(report.overall.top1 * 100).toFixed(1)}% top-5 ${(report.overall.top5 * 100).toFixed(1)}%`,
      ...lines,
      ...report.misses.map((m) => `  miss [${m.category}] "${m.q}" → want ${m.id}, got ${m.got.slice(0, 3).join(', ')}`),
    ].join('\n');
    if (process.env.SEARCH_QUALITY_VERBOSE) console.log(summary);
    expect(report.overall.top1, summary).toBeGreaterThanOrEqual(0.94);
    expect(report.overall.top5, summary).toBeGreaterThanOrEqual(0.97);
    for (const [, f] of Object.entries(report.byCategory)) expect(f.top5, summary).toBeGreaterThanOrEqual(0.9);
  });
});
