import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_FILES, DatasetError, loadDataset } from '../../src/data/load.js';
import { writeStamp } from '../../src/data/stamp.js';

const source = { id: 'curated', name: 'Curated', licence: 'MIT' };
const production = {
  id: 'goblin-2016', kind: 'tv_drama', title: 'Goblin', aliases: [], year: 2016, networks: ['tvN'],
  platforms: [], cast: [], sources: ['curated'],
};
const artist = (id: string, extra: object = {}) => ({
  id, kind: 'person', name: id, aliases: [], memberships: [], voicedBy: [], sources: ['curated'], ...extra,
});
const song = {
  id: 'stay-with-me-goblin-2016', title: 'Stay With Me', productionId: 'goblin-2016', performers: ['punch'],
  credits: [], notes: [], sources: ['curated'],
};

let dir = '';
function write(files: Record<string, unknown>): string {
  dir = mkdtempSync(join(tmpdir(), 'sori-data-'));
  const all = { 'productions.json': [production], 'artists.json': [artist('punch')], 'songs.json': [song], 'sources.json': [source], ...files };
  for (const [name, value] of Object.entries(all)) writeFileSync(join(dir, name), JSON.stringify(value));
  return dir;
}
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function problems(files: Record<string, unknown>): string[] {
  try {
    loadDataset(write(files));
  } catch (err) {
    expect(err).toBeInstanceOf(DatasetError);
    return (err as DatasetError).problems.map((p) => `${p.file} [${p.id}] ${p.field}: ${p.problem}`);
  }
  return [];
}

describe('loadDataset', () => {
  it('loads a small valid dataset', () => {
    expect(loadDataset(write({})).songs).toHaveLength(1);
  });

  it('lists every broken reference with its file, record and field', () => {
    const found = problems({
      'songs.json': [{ ...song, productionId: 'nope-2000', performers: ['ghost'], credits: [{ artistId: 'nobody', roles: ['lyrics'] }] }],
      'artists.json': [artist('punch', { memberships: [{ groupId: 'exo', current: true, roles: [] }], sources: ['wiki'] })],
    });
    expect(found).toEqual(
      expect.arrayContaining([
        'songs.json [stay-with-me-goblin-2016] productionId: unknown production "nope-2000"',
        'songs.json [stay-with-me-goblin-2016] performers.0: unknown artist "ghost"',
        'songs.json [stay-with-me-goblin-2016] credits.0.artistId: unknown artist "nobody"',
        'artists.json [punch] memberships.0.groupId: unknown artist "exo"',
        'artists.json [punch] sources: unknown source "wiki"',
      ]),
    );
  });

  it('reports duplicate ids, bad slugs, long text and prose fields', () => {
    const found = problems({
      'artists.json': [artist('punch'), artist('punch'), artist('Bad Id'), artist('long', { name: 'x'.repeat(121) }), artist('prose', { description: 'a story' })],
    });
    expect(found.some((p) => p.includes('[punch] id: duplicate id'))).toBe(true);
    expect(found.some((p) => p.startsWith('artists.json [Bad Id] id:'))).toBe(true);
    expect(found.some((p) => p.startsWith('artists.json [long] name:'))).toBe(true);
    expect(found.some((p) => p.includes('[prose] description: forbidden field'))).toBe(true);
  });

  it('says which file it cannot read', () => {
    const d = write({});
    rmSync(join(d, 'songs.json'));
    expect(() => loadDataset(d)).toThrow(/songs\.json \[-\] -: cannot read/);
  });

  describe('the validation stamp written by data:build', () => {
    const badKind = { 'productions.json': [{ ...production, kind: 'opera' }] };

    it('lets start-up skip validating files that are exactly the ones the build validated', () => {
      const d = write(badKind);
      writeStamp(d, Object.values(DATA_FILES));
      expect(loadDataset(d, { trustStamp: true }).productions).toHaveLength(1);
      expect(() => loadDataset(d)).toThrow(DatasetError);
    });

    it('validates in full again once a file is edited after the build', () => {
      const d = write({});
      writeStamp(d, Object.values(DATA_FILES));
      writeFileSync(join(d, 'productions.json'), JSON.stringify(badKind['productions.json']));
      expect(() => loadDataset(d, { trustStamp: true })).toThrow(/productions\.json \[goblin-2016\] kind/);
    });

    it('validates in full when there is no stamp', () => {
      expect(() => loadDataset(write(badKind), { trustStamp: true })).toThrow(DatasetError);
    });
  });
});
