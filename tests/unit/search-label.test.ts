import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/model.js';
import {
  CHOICE_MAX_LENGTH,
  buildSearchIndex,
  choiceLabel,
  labelCatalog,
  searchDocsFromDataset,
  toChoices,
  type SearchHit,
} from '../../src/core/search/index.js';

const dataset = JSON.parse(readFileSync(new URL('../fixtures/search-mini.json', import.meta.url), 'utf8')) as Dataset;
const catalog = labelCatalog(dataset);
const index = buildSearchIndex(searchDocsFromDataset(dataset));
const hit = (over: Partial<SearchHit>): SearchHit => ({
  id: 'goblin-2016',
  kind: 'production',
  score: 1,
  matchedField: 'name',
  matchedText: 'Goblin',
  ...over,
});

describe('choiceLabel', () => {
  it('says what a song is: title, performers, production and year', () => {
    const label = choiceLabel(hit({ id: 'stay-with-me-goblin-2016', kind: 'song', matchedText: 'Stay With Me' }), catalog);
    expect(label).toBe('Stay With Me · Chanyeol, Punch · Goblin (2016)');
  });
  it('says what a production and an artist are', () => {
    expect(choiceLabel(hit({}), catalog)).toBe('Goblin (2016, tvN)');
    expect(choiceLabel(hit({ id: 'chanyeol-exo', kind: 'artist', matchedText: 'Chanyeol' }), catalog)).toBe('Chanyeol (EXO)');
    expect(choiceLabel(hit({ id: 'exo', kind: 'artist', matchedText: 'EXO' }), catalog)).toBe('EXO (group)');
  });
  it('leads with the Korean title or alias that matched', () => {
    const [viaKorean] = index.search('도깨비', { kinds: ['production'] });
    expect(choiceLabel(viaKorean!, catalog)).toBe('도깨비 → Goblin (2016, tvN)');
    const [viaAlias] = index.search('guardian', { kinds: ['production'] });
    expect(choiceLabel(viaAlias!, catalog)).toBe('Guardian: The Lonely and Great God → Goblin (2016, tvN)');
  });
  it('stays within 100 characters however long the parts are', () => {
    const long: Dataset = {
      ...dataset,
      songs: [
        {
          ...dataset.songs[0]!,
          id: 'long',
          title: 'A Very Long Song Title That Goes On And On Without Any Sign Of Stopping Soon At All',
          performers: dataset.artists.map((a) => a.id),
        },
      ],
    };
    const label = choiceLabel(hit({ id: 'long', kind: 'song', matchedField: 'alias', matchedText: 'x'.repeat(90) }), labelCatalog(long));
    expect([...label].length).toBeLessThanOrEqual(CHOICE_MAX_LENGTH);
    expect(label).toContain('Goblin (2016)');
  });
  it('turns hits into choices whose value is the id', () => {
    const choices = toChoices(index.search('stay with me'), catalog);
    expect(choices[0]).toMatchObject({ value: expect.stringMatching(/^stay-with-me-/) });
    for (const c of choices) expect([...c.name].length).toBeLessThanOrEqual(CHOICE_MAX_LENGTH);
  });
  it('falls back to the id for an unknown item', () => {
    expect(choiceLabel(hit({ id: 'missing-1999' }), catalog)).toBe('missing-1999');
  });
});
