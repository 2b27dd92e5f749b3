import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/model.js';
import { buildSearchIndex, searchDocsFromDataset, type SearchDoc } from '../../src/core/search/index.js';

const dataset = JSON.parse(readFileSync(new URL('../fixtures/search-mini.json', import.meta.url), 'utf8')) as Dataset;
const index = buildSearchIndex(searchDocsFromDataset(dataset));
const top = (q: string, kinds?: SearchDoc['kind'][]): string | undefined => index.search(q, kinds ? { kinds } : {})[0]?.id;
const ids = (q: string, limit = 5, kinds?: SearchDoc['kind'][]): string[] =>
  index.search(q, { limit, ...(kinds ? { kinds } : {}) }).map((h) => h.id);

function doc(id: string, name: string, popularity = 0.5, extra: Partial<SearchDoc> = {}): SearchDoc {
  return { id, kind: 'song', name, aliases: [], context: [], popularity, ...extra };
}

describe('search finds what fans type', () => {
  it.each([
    ['Goblin', 'goblin-2016'],
    ['Guardian: The Lonely and Great God', 'goblin-2016'],
    ['dokkaebi', 'goblin-2016'],
    ['dokebi', 'goblin-2016'],
    ['도깨비', 'goblin-2016'],
    ['도깨', 'goblin-2016'],
    ['ㄷㄲㅂ', 'goblin-2016'],
    ['taeyangui huye', 'descendants-of-the-sun-2016'],
    ['태양ㅇ', 'descendants-of-the-sun-2016'],
    ['desendants', 'descendants-of-the-sun-2016'],
    ['hotel deluna', 'hotel-del-luna-2019'],
    ['itaewon klass', 'itaewon-class-2020'],
    ['crashlandingonyou', 'crash-landing-on-you-2019'],
    ['ㅅㄹㅇ ㅂㅅㅊ', 'crash-landing-on-you-2019'],
    ['sky 캐슬', 'sky-castle-2018'],
    ['start up', 'start-up-2020'],
  ])('%s → %s', (q, id) => {
    expect(top(q, ['production'])).toBe(id);
  });

  it.each([
    ['chanyeol', 'chanyeol-exo'],
    ['찬열', 'chanyeol-exo'],
    ['EXO Chanyeol', 'chanyeol-exo'],
    ['park chanyeol', 'chanyeol-exo'],
    ['baek jiyoung', 'baek-ji-young'],
    ['bangtan boys', 'bts'],
  ])('artist %s → %s', (q, id) => {
    expect(top(q, ['artist'])).toBe(id);
  });

  it('uses other fields to pick between same-title songs', () => {
    expect(top('stay with me chanyeol')).toBe('stay-with-me-goblin-2016');
    expect(top('stay with me gummy')).toBe('stay-with-me-love-rain-2012');
  });

  it('finds a title keystroke by keystroke', () => {
    const title = 'descendants of the sun';
    for (let n = 3; n <= title.length; n++) {
      expect(ids(title.slice(0, n), 5, ['production'])).toContain('descendants-of-the-sun-2016');
    }
  });

  it('says which field matched', () => {
    const [viaKorean] = index.search('도깨비', { kinds: ['production'] });
    expect(viaKorean).toMatchObject({ id: 'goblin-2016', matchedField: 'korean', matchedText: '도깨비' });
    const [viaAlias] = index.search('guardian the lonely', { kinds: ['production'] });
    expect(viaAlias).toMatchObject({ matchedField: 'alias', matchedText: 'Guardian: The Lonely and Great God' });
    expect(index.search('goblin')[0]?.matchedField).toBe('name');
  });
});

describe('ranking', () => {
  it('ranks exact > prefix > word prefix > substring > fuzzy, whatever the popularity', () => {
    const idx = buildSearchIndex([
      doc('fuzzy', 'Stai', 1),
      doc('substring', 'Outstay', 1),
      doc('word', 'Please Stay Here', 1),
      doc('prefix', 'Stay Forever', 0.9),
      doc('exact', 'Stay', 0),
    ]);
    expect(idx.search('stay').map((h) => h.id)).toEqual(['exact', 'prefix', 'word', 'substring']);
    expect(idx.search('stayy')[0]?.id).toBe('exact');
  });

  it('takes a word the catalog knows as meant, and an unknown one as a possible typo', () => {
    const stays = ['a', 'b', 'c'].map((x) => doc(`stay-${x}`, `Stay ${x}`, 0.1));
    const idx = buildSearchIndex([doc('star', 'Star', 1), ...stays]);
    expect(idx.search('stay').map((h) => h.id)).not.toContain('star');
    expect(idx.search('stai').map((h) => h.id)).toEqual(expect.arrayContaining(['star', 'stay-a']));
    // A word only one item uses may itself be a typo of another.
    const rare = buildSearchIndex([doc('yoon', 'Lee Yoon-jong', 1), doc('eun', 'Eunjong', 0.1)]);
    expect(rare.search('lee unjong')[0]?.id).toBe('yoon');
  });

  it('breaks ties by popularity, then a stable order', () => {
    const idx = buildSearchIndex([doc('b', 'Love', 0.2), doc('a', 'Love', 0.2), doc('c', 'Love', 0.9)]);
    expect(idx.search('love').map((h) => h.id)).toEqual(['c', 'a', 'b']);
  });

  it('lets popularity decide short ambiguous prefixes', () => {
    expect(top('des', ['production'])).toBe('descendants-of-the-sun-2016');
  });

  it('filters by kind and respects the limit', () => {
    const hits = index.search('goblin', { kinds: ['song'], limit: 2 });
    expect(hits).toHaveLength(2);
    expect(hits.every((h) => h.kind === 'song')).toBe(true);
  });

  it('answers an empty query with the most popular items of the asked kinds', () => {
    const hits = index.search('   ', { kinds: ['production'], limit: 3 });
    expect(hits).toHaveLength(3);
    expect(hits.every((h) => h.kind === 'production')).toBe(true);
  });

  it('returns nothing for text that matches nothing', () => {
    expect(index.search('zzzzqqq')).toEqual([]);
    expect(index.search('!!!')).toHaveLength(25 > index.size ? index.size : 25);
  });
});
