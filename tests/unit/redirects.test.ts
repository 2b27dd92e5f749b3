import { describe, expect, it } from 'vitest';
import { computeRedirects } from '../../scripts/data/redirects.js';
import { buildCatalog } from '../../src/core/catalog.js';
import { withRedirects } from '../../src/core/favouriteRedirects.js';
import type { Artist, Dataset, Production, Song } from '../../src/core/model.js';
import { MemoryFavouriteStore } from '../../src/storage/memoryStores.js';

const goblin: Production = { id: 'goblin-2016', kind: 'tv_drama', title: 'Goblin', aliases: [], year: 2016, networks: [], platforms: [], cast: [], sources: ['curated'] };
const person = (id: string, name: string, aliases: string[] = []): Artist => ({
  id, kind: 'person', name, aliases, memberships: [], voicedBy: [], sources: ['curated'],
});
const song = (id: string, title: string, performers: string[], titleKo?: string): Song => ({
  id, title, ...(titleKo ? { titleKo } : {}), productionId: 'goblin-2016', performers, credits: [], notes: [], sources: ['curated-ost'],
});
const data = (artists: Artist[], songs: Song[]): Dataset => ({ productions: [goblin], artists, songs, sources: [] });

const before = data(
  [person('tencm', '10cm'), person('kim-ezi', 'Kim Ezi')],
  [song('only-i-can-see-goblin-2016', 'Only I Can See', ['tencm'], '내 눈에만 보여'), song('heaven-goblin-2016', 'Heaven', ['kim-ezi']), song('gone-goblin-2016', 'Gone', ['tencm'])],
);
const after = data(
  [person('tencm', '10cm'), person('kim-ezi-fsp', 'Kim Ezi', ['Kim Yi-ji'])],
  [song('my-eyes-goblin-2016', 'My Eyes', ['tencm'], '내 눈에만 보여'), song('heaven-goblin-2016', 'Heaven', ['kim-ezi-fsp'])],
);

describe('redirects: ids a rebuild renamed', () => {
  const redirects = computeRedirects(before, after, { productions: {}, artists: {}, songs: { 'very-old-goblin-2016': 'only-i-can-see-goblin-2016' } });

  it('maps a renamed song, a renamed artist, and an earlier redirect to the item they now name', () => {
    expect(redirects.songs).toEqual({ 'only-i-can-see-goblin-2016': 'my-eyes-goblin-2016', 'very-old-goblin-2016': 'my-eyes-goblin-2016' });
    expect(redirects.artists).toEqual({ 'kim-ezi': 'kim-ezi-fsp' });
  });

  it('does not invent a successor for a song that is gone', () => {
    expect(redirects.songs['gone-goblin-2016']).toBeUndefined();
  });

  it('lets the catalog open an item by its old id', () => {
    const catalog = buildCatalog(after, redirects);
    expect(catalog.song('only-i-can-see-goblin-2016')?.id).toBe('my-eyes-goblin-2016');
    expect(catalog.exists({ kind: 'artist', id: 'kim-ezi' })).toBe(true);
    expect(catalog.songsBy('kim-ezi').map((s) => s.id)).toEqual(['heaven-goblin-2016']);
    expect(catalog.canonicalId('song', 'gone-goblin-2016')).toBeUndefined();
  });

  it('moves a favourite saved under an old id to the new one, once, and counts both as one item in the chart', async () => {
    const catalog = buildCatalog(after, redirects);
    const inner = new MemoryFavouriteStore();
    await inner.toggle('g', 'u', { kind: 'song', id: 'only-i-can-see-goblin-2016' }, 1000);
    await inner.toggle('g', 'v', { kind: 'song', id: 'my-eyes-goblin-2016' }, 2000);
    const store = withRedirects(inner, catalog.canonicalId);
    expect(await store.chart('g')).toEqual([{ kind: 'song', id: 'my-eyes-goblin-2016', count: 2, rank: 1 }]);
    const page = await store.list('g', 'u');
    expect(page.items).toEqual([{ kind: 'song', id: 'my-eyes-goblin-2016', addedAt: 1000 }]);
    // the ☆ on the new card now removes it, as the user expects
    expect(await store.toggle('g', 'u', { kind: 'song', id: 'my-eyes-goblin-2016' }, 3000)).toBe('removed');
    expect((await store.list('g', 'u')).items).toEqual([]);
  });
});

describe('redirects: a production merged into another', () => {
  const kowikiRow: Production = { id: 'baempaieo-tamjeong-2016', kind: 'tv_drama', title: '뱀파이어 탐정', titleKo: '뱀파이어 탐정', aliases: [], year: 2016, networks: ['OCN'], platforms: [], cast: [], sources: ['kowiki'] };
  const mdlRow: Production = { id: 'the-vampire-detective-2016', kind: 'tv_drama', title: 'The Vampire Detective', aliases: [], year: 2016, networks: ['OCN'], platforms: [], cast: [], sources: ['mdl'] };
  const merged: Production = { ...mdlRow, titleKo: '뱀파이어 탐정', sources: ['kowiki', 'mdl'] };
  const of = (productions: Production[]): Dataset => ({ productions, artists: [], songs: [], sources: [] });

  it('maps the id of the row that was absorbed to the production that now carries its title', () => {
    expect(computeRedirects(of([kowikiRow, mdlRow]), of([merged])).productions).toEqual({ 'baempaieo-tamjeong-2016': 'the-vampire-detective-2016' });
  });

  it('does not map it to a production of another year with that title', () => {
    expect(computeRedirects(of([kowikiRow]), of([{ ...merged, year: 2017 }])).productions).toEqual({});
  });
});
