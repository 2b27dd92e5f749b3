import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Artist, Dataset, Production, Song } from '../../src/core/model.js';
import { loadDataset } from '../../src/data/load.js';

const DATA = join(import.meta.dirname, '../../data');

describe('famous facts in the bundled dataset', () => {
  let data: Dataset;
  let production: (id: string) => Production;
  let artist: (id: string) => Artist;
  let song: (id: string) => Song;

  beforeAll(() => {
    data = loadDataset(DATA);
    const find = <T extends { id: string }>(list: T[], id: string): T => {
      const hit = list.find((x) => x.id === id);
      if (!hit) throw new Error(`missing ${id}`);
      return hit;
    };
    production = (id) => find(data.productions, id);
    artist = (id) => find(data.artists, id);
    song = (id) => find(data.songs, id);
  });

  it('Goblin is a 2016 tvN drama known as 도깨비', () => {
    const goblin = production('goblin-2016');
    expect(goblin).toMatchObject({ title: 'Goblin', year: 2016, kind: 'tv_drama', titleKo: '도깨비' });
    expect(goblin.networks).toContain('tvN');
    expect(goblin.aliases).toContain('Guardian: The Lonely and Great God');
  });

  it('Descendants of the Sun aired on KBS2 in 2016', () => {
    expect(production('descendants-of-the-sun-2016')).toMatchObject({ year: 2016, networks: ['KBS2'], titleKo: '태양의 후예' });
  });

  it('Stay With Me is sung by Chanyeol and Punch in Goblin', () => {
    const s = song('stay-with-me-goblin-2016');
    expect(s.productionId).toBe('goblin-2016');
    expect(new Set(s.performers)).toEqual(new Set(['chanyeol-exo', 'punch']));
  });

  it('Everytime is sung by Chen and Punch in Descendants of the Sun', () => {
    expect(new Set(song('everytime-descendants-of-the-sun-2016').performers)).toEqual(new Set(['chen-exo', 'punch']));
  });

  it('Love Sight by TXT is the main theme of Doom at Your Service', () => {
    expect(song('love-sight-doom-at-your-service-2021')).toMatchObject({
      performers: ['txt'],
      productionId: 'doom-at-your-service-2021',
      role: { type: 'main_theme' },
    });
  });

  it('Once Again by Winter and Ningning is Our Blues OST Part 10', () => {
    const s = song('once-again-our-blues-2022');
    expect(new Set(s.performers)).toEqual(new Set(['winter-aespa', 'ningning-aespa']));
    expect(s.role).toEqual({ type: 'ost_part', number: 10 });
  });

  it('Beautiful by TREASURE is Black Clover ending 13, in Japanese, with lyrics by Yoshi', () => {
    const s = song('beautiful-black-clover-2017');
    expect(s).toMatchObject({ performers: ['treasure'], role: { type: 'ending', number: 13 }, language: 'ja' });
    expect(s.credits).toContainEqual({ artistId: 'yoshi-treasure', roles: ['lyrics'] });
    expect(production('black-clover-2017').kind).toBe('anime');
  });

  it('Golden is sung by Huntr/x, a fictional group voiced by EJAE, Audrey Nuna and Rei Ami', () => {
    expect(song('golden-kpop-demon-hunters-2025').performers).toEqual(['huntr-x']);
    const huntrx = artist('huntr-x');
    expect(huntrx.kind).toBe('fictional_group');
    expect(huntrx.voicedBy.map((id) => artist(id).name).sort()).toEqual(['Audrey Nuna', 'EJAE', 'Rei Ami']);
    expect(production('kpop-demon-hunters-2025').kind).toBe('animated_film');
  });

  it('EXO has Chanyeol as a member', () => {
    expect(artist('chanyeol-exo').memberships.map((m) => m.groupId)).toContain('exo');
    expect(artist('exo').kind).toBe('group');
  });

  it("aespa's agency is SM and (G)I-DLE's is Cube", () => {
    expect(artist('aespa').agency).toBe('SM');
    expect(artist('g-i-dle')).toMatchObject({ name: '(G)I-DLE', agency: 'Cube' });
  });

  it('TXT is known as TOMORROW X TOGETHER', () => {
    expect(artist('txt').aliases).toContain('TOMORROW X TOGETHER');
  });

  it('RIIZE exists as an SM boy group', () => {
    expect(artist('riize')).toMatchObject({ kind: 'group', agency: 'SM', gender: 'male' });
  });

  it('Help Me by (G)I-DLE is Her Private Life OST Part 1, with lyrics co-written by Soyeon', () => {
    const s = song('help-me-her-private-life-2019');
    expect(s).toMatchObject({ performers: ['g-i-dle'], role: { type: 'ost_part', number: 1 } });
    expect(s.credits.map((c) => artist(c.artistId).name)).toEqual(['Soyeon']);
  });

  it('BFF was co-written and composed by Choi Hyunsuk for The Mysterious Class', () => {
    const s = song('bff-best-friend-forever-the-mysterious-class-2021');
    expect(s.credits).toEqual([{ artistId: 'hyunsuk-treasure', roles: ['lyrics', 'composition'] }]);
    expect(production('the-mysterious-class-2021').kind).toBe('web_drama');
  });

  it("Goblin's tracklist: 14 parts, in order, with the parts a 2017 chart lists", () => {
    const goblin = data.songs.filter((s) => s.productionId === 'goblin-2016');
    const part = (n: number): Song | undefined => goblin.find((s) => s.role?.type === 'ost_part' && s.role.number === n);
    expect(production('goblin-2016').ostParts).toBe(14);
    for (let n = 1; n <= 14; n++) expect(part(n), `Part ${n}`).toBeDefined();
    expect(part(1)?.title).toBe('Stay With Me');
    expect(part(4)).toMatchObject({ title: 'Beautiful', performers: ['crush'] });
    expect(part(5)?.performers).toEqual(['eddy-kim']);
    expect(part(7)).toMatchObject({ title: 'I Miss You', performers: ['soyou'] });
    expect(part(9)?.performers).toEqual(['ailee']);
  });

  it('Flower (Crash Landing on You) and Always (Descendants of the Sun) are sung by Yoon Mi-rae', () => {
    expect(song('flower-crash-landing-on-you-2019').performers).toEqual(['yoon-mi-rae']);
    expect(song('always-descendants-of-the-sun-2016')).toMatchObject({ performers: ['yoon-mi-rae'], role: { type: 'ost_part', number: 1 } });
  });

  it("Lia's Always Be Your Star (밝혀줄게 별처럼) is The Red Sleeve's ninth OST, listed once", () => {
    const lia = data.songs.filter((s) => s.productionId === 'the-red-sleeve-2021' && s.performers.includes('lia-itzy'));
    expect(lia).toHaveLength(1);
    expect(lia[0]).toMatchObject({ title: 'Always Be Your Star', titleKo: '밝혀줄게 별처럼', role: { type: 'ost_part', number: 9 } });
  });

  it("Xia Junsu's Love Is Like a Snowflake (사랑은 눈꽃처럼) is Nice Guy's OST Part 1 (2012), not a Secret Garden song", () => {
    expect(song('love-is-like-a-snowflake-nice-guy-2012')).toMatchObject({ titleKo: '사랑은 눈꽃처럼', performers: ['xia-junsu-jyj'], role: { type: 'ost_part', number: 1 } });
    expect(data.songs.filter((s) => s.productionId === 'secret-garden-2010' && s.titleKo === '사랑은 눈꽃처럼')).toEqual([]);
  });

  it('Savina & Drones is one act: Mr. Sunshine Part 6 and Hot Stove League', () => {
    expect(song('my-home-eugene-s-song-mr-sunshine-2018')).toMatchObject({ performers: ['savina-and-drones'], role: { type: 'ost_part', number: 6 } });
    expect(artist('savina-and-drones').aliases).toContain('Sabina and Drones');
    expect(data.artists.filter((a) => a.name === 'Savina' || a.name === 'Drones')).toEqual([]);
  });

  it("Oh My Ghost's Part 3 was announced as the last, but Jay Park's Eyes followed as Part 4: no count of 3 parts", () => {
    expect(song('leaving-oh-my-ghost-2015')).toMatchObject({ performers: ['park-bo-young'], role: { type: 'ost_part', number: 3 } });
    expect(song('eyes-oh-my-ghost-2015')).toMatchObject({ performers: ['jay-park'], role: { type: 'ost_part', number: 4 } });
    expect(production('oh-my-ghost-2015').ostParts).toBeUndefined();
  });

  it("Hwarang's OST is complete: Parts 1–10 in order and the album's 11 vocal songs (V and Jin's Part 2)", () => {
    const hwarang = data.songs.filter((s) => s.productionId === 'hwarang-2016');
    expect(production('hwarang-2016').ostAlbumSongs).toBe(11);
    expect(hwarang).toHaveLength(11);
    expect(hwarang.slice(0, 10).map((s) => s.role?.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(song('even-if-i-die-it-s-you-hwarang-2016').performers)).toEqual(new Set(['jin-bts', 'v-bts']));
  });

  it("It's Okay, That's Love's Part 3 Sleepless Night is Crush and Punch's, listed once", () => {
    const sleepless = data.songs.filter((s) => s.productionId === 'it-s-okay-that-s-love-2014' && s.titleKo === '잠 못드는 밤');
    expect(sleepless.map((s) => [s.performers, s.role?.number])).toEqual([[['crush', 'punch'], 3]]);
  });

  it('Autumn in My Heart aired on KBS2 (kowiki names KBS W, which opened in 2012)', () => {
    expect(production('autumn-in-my-heart-2000').networks).toEqual(['KBS2']);
  });

  it("KPop Demon Hunters' Free is listed once, credited to Rumi and Jinu (voiced by EJAE and Andrew Choi)", () => {
    const free = data.songs.filter((s) => s.productionId === 'kpop-demon-hunters-2025' && s.title === 'Free');
    expect(free.map((s) => s.performers)).toEqual([['rumi', 'jinu']]);
    expect(artist('rumi').voicedBy).toEqual(['ejae']);
  });
});
