import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRole, sameTitle } from '../../scripts/data/ostRoles.js';
import { loadDataset } from '../../src/data/load.js';

/** The seed files transcribe ../shared/seed-facts.md: every song there must be in data/, as stated. */
const SEED = join(import.meta.dirname, '../../data/curated/ost/seed');
const data = loadDataset(join(import.meta.dirname, '../../data'));
const artistName = new Map(data.artists.map((a) => [a.id, a]));

interface SeedFile {
  production: string;
  year: number;
  songs: { title: string; ko?: string; by: string[]; role?: string; lang?: string }[];
}

const seeds = readdirSync(SEED)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, ...(JSON.parse(readFileSync(join(SEED, f), 'utf8')) as SeedFile) }));

/** "Winter (aespa)" → "Winter"; credits name members as "Name (Group)". */
const bareName = (credit: string): string => credit.replace(/\s*\([^()]*(\([^()]*\))?[^()]*\)\s*$/, '').trim().toLowerCase();

describe('every seed fact is in the bundled data', () => {
  it('has the seed files', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(30);
  });

  for (const seed of seeds) {
    for (const s of seed.songs) {
      it(`${seed.production} (${seed.year}): ${s.title}`, () => {
        const production = data.productions.find((p) => (p.title === seed.production || p.aliases.includes(seed.production)) && p.year === seed.year);
        expect(production, seed.production).toBeDefined();
        const song = data.songs.find((x) => x.productionId === production?.id && sameTitle({ title: x.title, ko: x.titleKo }, s));
        expect(song, s.title).toBeDefined();
        const names = (song?.performers ?? []).map((id) => artistName.get(id)).flatMap((a) => (a ? [a.name, ...a.aliases].map((n) => n.toLowerCase()) : []));
        for (const credit of s.by) expect(names, `${s.title}: ${credit}`).toContain(bareName(credit));
        expect(song?.performers).toHaveLength(s.by.length);
        const role = parseRole(s.role);
        if (role) expect(song?.role).toEqual(role);
      });
    }
  }
});
