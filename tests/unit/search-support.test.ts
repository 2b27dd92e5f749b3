import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/model.js';
import { evaluateQuality } from '../../src/core/search/evaluate.js';
import { buildSearchIndex, searchDocsFromDataset, type SearchDoc } from '../../src/core/search/index.js';
import { synthesizeDataset } from '../../src/core/search/synthetic.js';

const dataset = JSON.parse(readFileSync(new URL('../fixtures/search-mini.json', import.meta.url), 'utf8')) as Dataset;

describe('synthetic catalog for the bench', () => {
  it('grows the dataset by the factor, deterministically, with unique ids and valid links', () => {
    const a = synthesizeDataset(dataset, 5, 1);
    const b = synthesizeDataset(dataset, 5, 1);
    expect(a).toEqual(b);
    expect(a.songs).toHaveLength(dataset.songs.length * 5);
    expect(a.productions).toHaveLength(dataset.productions.length * 5);
    const ids = [...a.songs, ...a.productions, ...a.artists].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    const productions = new Set(a.productions.map((p) => p.id));
    expect(a.songs.every((s) => productions.has(s.productionId))).toBe(true);
  });

  it('keeps the original items findable', () => {
    const index = buildSearchIndex(searchDocsFromDataset(synthesizeDataset(dataset, 5)));
    expect(index.search('goblin', { kinds: ['production'] })[0]?.id).toBe('goblin-2016');
  });
});

describe('evaluateQuality', () => {
  const docs: SearchDoc[] = [
    { id: 'love-a', kind: 'song', name: 'Love', aliases: [], context: ['A'], popularity: 1 },
    { id: 'love-b', kind: 'song', name: 'Love', aliases: [], context: ['B'], popularity: 0.5 },
    { id: 'other', kind: 'song', name: 'Other', aliases: [], context: [], popularity: 0.5 },
  ];
  const index = buildSearchIndex(docs);
  const search = (q: string, kinds: readonly SearchDoc['kind'][]) => index.search(q, { kinds });

  it('counts a same-title item as a hit, except in the multi-field category', () => {
    const report = evaluateQuality(
      [
        { q: 'love', id: 'love-b', category: 'exact' },
        { q: 'love', id: 'love-b', category: 'multi-field' },
        { q: 'other', id: 'other', category: 'exact' },
      ],
      docs,
      search,
    );
    expect(report.byCategory['exact']).toEqual({ queries: 2, top1: 1, top5: 1 });
    expect(report.byCategory['multi-field']).toEqual({ queries: 1, top1: 0, top5: 1 });
    expect(report.misses.map((m) => m.category)).toEqual(['multi-field']);
  });
});

describe('the search core stays pure', () => {
  it('imports nothing from discord.js, keyv, zod, node:* and never touches process', () => {
    for (const dir of ['../../src/core/search/', '../../src/core/text/']) {
      const url = new URL(dir, import.meta.url);
      for (const file of readdirSync(url).filter((f) => f.endsWith('.ts'))) {
        const source = readFileSync(new URL(file, url), 'utf8');
        expect(source, file).not.toMatch(/from '(discord\.js|keyv|zod|node:[^']*|@keyv\/[^']*)'/);
        expect(source, file).not.toMatch(/\bprocess\./);
      }
    }
  });
});
