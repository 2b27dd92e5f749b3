import { describe, expect, it } from 'vitest';
import { normalizeAgency } from '../../scripts/data/artistSources.js';
import { key, slug } from '../../scripts/data/ids.js';
import { parseOutlets } from '../../scripts/data/networks.js';
import type { Candidate } from '../../scripts/data/ostCandidates.js';
import { parseRole, sameTitle, titleKey } from '../../scripts/data/ostRoles.js';
import { agreeCluster, agreedRole, agreedTier, clusterSongs, settlePartNumbers, type Draft } from '../../scripts/data/ostVotes.js';
import { applyCreditFixes, applySameSong, dropRefuted } from '../../scripts/data/ostReview.js';
import { agreedAlbumCounts, agreedPartCounts, implausiblePerformer, mergeGroupCredits } from '../../scripts/data/ost.js';
import { ArtistRegistry } from '../../scripts/data/artists.js';
import type { Song, SongRole } from '../../src/core/model.js';

describe('data build helpers', () => {
  it('makes ids the bot relies on', () => {
    expect(slug('Goblin')).toBe('goblin');
    expect(slug('(G)I-DLE')).toBe('g-i-dle');
    expect(slug("It's Okay to Not Be Okay")).toBe('it-s-okay-to-not-be-okay');
    expect(slug('도깨비')).toBe('dokkaebi');
  });

  it('matches titles and names regardless of case, spacing and punctuation', () => {
    expect(key('Hotel Del Luna')).toBe(key('Hotel del Luna'));
    expect(key('사내 맞선')).toBe(key('사내맞선'));
    expect(titleKey('Stay With Me (feat. Punch)')).toBe(titleKey('stay with me'));
  });

  it('normalises channels and keeps streaming services out of networks', () => {
    expect(parseOutlets('KBS 2TV')).toEqual({ networks: ['KBS2'], platforms: [] });
    expect(parseOutlets('KBS 1TV')).toEqual({ networks: ['KBS1'], platforms: [] });
    expect(parseOutlets('MBC TV')).toEqual({ networks: ['MBC'], platforms: [] });
    expect(parseOutlets('SBS TV, 넷플릭스')).toEqual({ networks: ['SBS'], platforms: ['Netflix'] });
    expect(parseOutlets('문화방송')).toEqual({ networks: ['MBC'], platforms: [] });
    expect(parseOutlets('JTBC (한국), 넷플릭스 (전세계)')).toEqual({ networks: ['JTBC'], platforms: ['Netflix'] });
  });

  it('shortens agency names', () => {
    expect(normalizeAgency('SM Entertainment')).toBe('SM');
    expect(normalizeAgency('Starship Entertainment, Yuehua Entertainment')).toBe('Starship, Yuehua');
    expect(normalizeAgency('')).toBeUndefined();
  });

  it('reads OST roles', () => {
    expect(parseRole('Part 10')).toEqual({ type: 'ost_part', number: 10 });
    expect(parseRole('Part')).toEqual({ type: 'ost_part' });
    expect(parseRole('Ending 13')).toEqual({ type: 'ending', number: 13 });
    expect(parseRole('Main Theme')).toEqual({ type: 'main_theme' });
    expect(parseRole('whatever')).toBeUndefined();
  });

  it('keeps what two passes agree on: the role, its type without a number, the lower tier', () => {
    expect(agreedRole([{ type: 'ost_part', number: 2 }, { type: 'ost_part', number: 2 }])).toEqual({ type: 'ost_part', number: 2 });
    expect(agreedRole([{ type: 'ost_part', number: 2 }, { type: 'ost_part', number: 3 }])).toEqual({ type: 'ost_part' });
    expect(agreedRole([{ type: 'ost_part', number: 2 }, { type: 'main_theme' }])).toBeUndefined();
    expect(agreedRole([{ type: 'ost_part', number: 2 }, undefined])).toBeUndefined();
    expect(agreedRole([{ type: 'ending', number: 1 }, { type: 'ending', number: 2 }, { type: 'ending', number: 2 }])).toEqual({ type: 'ending', number: 2 });
    // two numbers with two votes each: neither is kept
    const p = (n: number): SongRole => ({ type: 'ost_part', number: n });
    expect(agreedRole([p(4), p(4), p(6), p(6)])).toEqual({ type: 'ost_part' });
    // the roles include the check's own; its number (from a cited page) needs one more vote, and a
    // remembered majority it contradicts loses its number
    expect(agreedRole([p(4), p(4), p(6), p(6)], p(6))).toEqual(p(6));
    expect(agreedRole([p(4), p(4), p(6)], p(6))).toEqual({ type: 'ost_part' });
    expect(agreedRole([p(4), p(6), p(6)], p(6))).toEqual(p(6));
    expect(agreedRole([p(4), p(6)], p(6))).toEqual({ type: 'ost_part' });
    // passes that know the type but not the number do not outvote two that know the number
    const unnumbered: SongRole = { type: 'ost_part' };
    expect(agreedRole([p(7), p(7), p(7), unnumbered, unnumbered, unnumbered])).toEqual(p(7));
    expect(agreedRole([p(7), unnumbered, unnumbered])).toEqual({ type: 'ost_part' });
    expect(agreedTier(['signature', 'notable'])).toBe('notable');
    expect(agreedTier(['deep_cut', 'signature'])).toBe('deep_cut');
    expect(agreedTier(['signature', undefined])).toBeUndefined();
  });

  it('matches a romanised title with a translated one through the Hangul title', () => {
    expect(sameTitle({ title: 'Baram' }, { title: 'Wind', ko: '바람' })).toBe(true);
    expect(sameTitle({ title: 'Wind' }, { title: 'Rain' })).toBe(false);
  });

  it('keeps a song two of three passes list with the same performers, and not one listed once', () => {
    const c = (pass: string, title: string, by: string[], role?: string): Candidate => ({
      pass,
      song: { title, by, ...(role ? { role } : {}) },
      performers: by,
      setKey: [...by].sort().join('+'),
    });
    const clusters = clusterSongs([
      [c('pass-a', 'Stay With Me', ['chanyeol-exo', 'punch'], 'Part 1'), c('pass-a', 'Beautiful', ['crush'])],
      [c('pass-b', 'stay with me', ['punch', 'chanyeol-exo'], 'Part 1')],
      [c('pass-c', 'Stay With Me', ['punch'], 'Part 2')],
    ]);
    const kept = clusters.filter((k) => k.members.length >= 2);
    expect(kept).toHaveLength(1);
    const { draft } = agreeCluster('goblin-2016', kept[0] as (typeof kept)[number]);
    expect(draft).toMatchObject({ title: 'Stay With Me', role: { type: 'ost_part', number: 1 } });
  });

  describe('the number of OST parts a production released', () => {
    const pass = (name: string, parts: number | undefined) => ({
      name,
      files: [{ file: `${name}/goblin-2016.json`, production: 'Goblin', year: 2016, ...(parts ? { parts } : {}), songs: [], rejected: [] }],
    });
    const find = (title: string): string | undefined => (title === 'Goblin' ? 'goblin-2016' : undefined);
    const part = (n: number): Song => ({
      id: `s${n}`, title: `Song ${n}`, productionId: 'goblin-2016', performers: ['punch'], role: { type: 'ost_part', number: n }, credits: [], notes: [], sources: ['curated-ost'],
    });

    it('is kept when two passes give the same count', () => {
      const warnings: string[] = [];
      const parts = agreedPartCounts([pass('pass-a', 14), pass('pass-b', 14), pass('pass-c', 13)], find, [part(1), part(14)], warnings);
      expect(parts.get('goblin-2016')).toBe(14);
      expect(warnings).toEqual([]);
    });

    it('is left out when the passes differ or only one gives it', () => {
      expect(agreedPartCounts([pass('pass-a', 14), pass('pass-b', 13)], find, [], []).size).toBe(0);
      expect(agreedPartCounts([pass('pass-a', 14), pass('pass-b', undefined)], find, [], []).size).toBe(0);
    });

    it('is dropped, with a warning, when a kept song has a higher part number', () => {
      const warnings: string[] = [];
      expect(agreedPartCounts([pass('pass-a', 12), pass('pass-b', 12)], find, [part(13)], warnings).size).toBe(0);
      expect(warnings[0]).toContain('Part 13');
    });
  });

  describe('the number of vocal songs on an OST album', () => {
    const pass = (name: string, albumSongs: number | undefined) => ({
      name,
      files: [{ file: `${name}/winter-sonata-2002.json`, production: 'Winter Sonata', year: 2002, ...(albumSongs ? { albumSongs } : {}), songs: [], rejected: [] }],
    });
    const find = (title: string): string | undefined => (title === 'Winter Sonata' ? 'winter-sonata-2002' : undefined);
    const song = (n: number): Song => ({
      id: `s${n}`, title: `Song ${n}`, productionId: 'winter-sonata-2002', performers: ['ryu'], credits: [], notes: [], sources: ['curated-ost'],
    });

    it('is kept when two passes give the same count and no more songs are kept', () => {
      const counts = agreedAlbumCounts([pass('pass-p', 3), pass('pass-q', 3), pass('pass-a', 4)], find, [song(1), song(2)], []);
      expect(counts.get('winter-sonata-2002')).toBe(3);
    });

    it('is left out when only one pass gives it, and dropped with a warning when more songs are kept', () => {
      expect(agreedAlbumCounts([pass('pass-p', 3), pass('pass-q', undefined)], find, [], []).size).toBe(0);
      const warnings: string[] = [];
      expect(agreedAlbumCounts([pass('pass-p', 2), pass('pass-q', 2)], find, [song(1), song(2), song(3)], warnings).size).toBe(0);
      expect(warnings[0]).toContain('3 songs are kept');
    });
  });

  describe('songs checked against the artists they link to', () => {
    const registry = (): ArtistRegistry => {
      const r = new ArtistRegistry({ groups: [], persons: [] });
      const base = { aliases: [], memberships: [], voicedBy: [], sources: ['curated'] };
      r.add({ ...base, kind: 'group', name: 'Secret Number', debutYear: 2020 }, 'secret-number');
      for (const name of ['Dita', 'Zuu']) {
        r.add({ ...base, kind: 'person', name, memberships: [{ groupId: 'secret-number', current: true, roles: [] }] }, `${name.toLowerCase()}-sn`);
      }
      r.add({ ...base, kind: 'person', name: 'Luna', memberships: [{ groupId: 'secret-number', current: false, roles: [] }] }, 'luna-sn');
      return r;
    };
    const song = (id: string, performers: string[], year: number, role?: SongRole): Song => ({
      id, title: 'Love, Maybe', titleKo: '사랑인가 봐', productionId: 'bp-2022', performers, year, ...(role ? { role } : {}), credits: [], notes: [], sources: ['curated-ost'],
    });

    it('merges a group credit into the same song credited to some of its members', () => {
      const warnings: string[] = [];
      const kept = mergeGroupCredits([song('whole', ['secret-number'], 2022, { type: 'ost_part', number: 5 }), song('members', ['dita-sn', 'zuu-sn'], 2022)], registry(), warnings);
      expect(kept.map((s) => s.id)).toEqual(['members']);
      expect(kept[0]?.role).toEqual({ type: 'ost_part', number: 5 });
      expect(warnings).toHaveLength(1);
    });

    it('moves the merged song into part order, and never takes a number another song holds', () => {
      const part = (id: string, n: number): Song => ({ ...song(id, ['luna-sn'], 2022, { type: 'ost_part', number: n }), title: id, titleKo: id });
      const merged = mergeGroupCredits(
        [part('p8', 8), part('p10', 10), song('members', ['dita-sn', 'zuu-sn'], 2022), song('whole', ['secret-number'], 2022, { type: 'ost_part', number: 9 })],
        registry(),
        [],
      );
      expect(merged.map((s) => `${s.id}:${s.role?.number}`)).toEqual(['p8:8', 'members:9', 'p10:10']);
      const clash = mergeGroupCredits(
        [part('p5', 5), song('members', ['dita-sn', 'zuu-sn'], 2022), song('whole', ['secret-number'], 2022, { type: 'ost_part', number: 5 })],
        registry(),
        [],
      );
      expect(clash.map((s) => `${s.id}:${s.role?.number}`)).toEqual(['p5:5', 'members:undefined']);
    });

    it('keeps the group credit when the other song is another title', () => {
      const other = { ...song('members', ['dita-sn'], 2022), title: 'Another Song', titleKo: '다른 노래' };
      expect(mergeGroupCredits([song('whole', ['secret-number'], 2022), other], registry(), [])).toHaveLength(2);
    });

    it('makes one group of a band first credited plainly and then as "Member (Band)"', () => {
      const r = new ArtistRegistry({ groups: [], persons: [] });
      const band = r.resolve('Dickpunks', 'curated-ost').id;
      const member = r.resolve('Kim Tae-hyun (DickPunks)', 'curated-ost').id;
      expect(r.byId.get(band)?.kind).toBe('group');
      expect(r.byId.get(member)?.memberships.map((m) => m.groupId)).toEqual([band]);
      expect(r.resolve('DickPunks', 'curated-ost').id).toBe(band);
      expect(r.byId.size).toBe(2);
    });

    it('flags a plain name linked to an idol whose group debuted years after the song', () => {
      expect(implausiblePerformer(song('old', ['luna-sn'], 2006), registry())).toBe('Luna');
      expect(implausiblePerformer(song('new', ['luna-sn'], 2021), registry())).toBeUndefined();
    });
  });

  describe('settling part numbers and the review', () => {
    const draft = (title: string, role: SongRole | undefined, partVotes?: number[]): Draft => ({
      productionId: 'dots-2016', title, performerCredits: [title], ...(role ? { role } : {}), credits: [], notes: [], sources: ['curated-ost'],
      ...(partVotes ? { partVotes } : {}),
    });

    it('gives a tied song the number its votes leave once another song holds the other', () => {
      // three passes say Part 6, three say Part 5; Part 5 belongs to another song (a cited page)
      const drafts = [draft('Once Again', { type: 'ost_part', number: 5 }), draft('Talk Love', { type: 'ost_part' }, [6, 6, 6, 5, 5, 5])];
      settlePartNumbers(drafts);
      expect(drafts[1]?.role).toEqual({ type: 'ost_part', number: 6 });
    });

    it('leaves a number open when the remaining votes are one or still tied', () => {
      const one = [draft('A', { type: 'ost_part', number: 5 }), draft('B', { type: 'ost_part' }, [6, 5, 5])];
      settlePartNumbers(one);
      expect(one[1]?.role).toEqual({ type: 'ost_part' });
      const tied = [draft('C', { type: 'ost_part' }, [3, 3, 4, 4])];
      settlePartNumbers(tied);
      expect(tied[0]?.role).toEqual({ type: 'ost_part' });
    });

    const find = (title: string): string | undefined => ({ Goblin: 'goblin-2016', 'Gu Family Book': 'gu-family-book-2013' })[title];

    it('gives a translated title the official one, so the passes count as one song', () => {
      const c = (pass: string, title: string): Candidate => ({ pass, song: { title, by: ['10cm'] }, performers: ['10cm'], setKey: '10cm' });
      const byPass = [new Map([['goblin-2016', [c('pass-a', 'Only I Can See')]]]), new Map([['goblin-2016', [c('pass-g', 'My Eyes')]]])];
      applySameSong({ sameSong: [{ production: 'Goblin', year: 2016, title: 'My Eyes', ko: '내 눈에만 보여', otherTitles: ['Only I Can See'] }], credits: [], refuted: [] }, byPass, find, []);
      expect(byPass[0]?.get('goblin-2016')?.[0]?.song).toMatchObject({ title: 'My Eyes', ko: '내 눈에만 보여' });
      expect(clusterSongs(byPass.map((m) => m.get('goblin-2016') ?? []))).toHaveLength(1);
    });

    it('recognises a pre-release Hangul title too, and gives the song its released Hangul title', () => {
      const c = (title: string, ko: string): Candidate => ({ pass: 'pass-k', song: { title, ko, by: ['10cm'] }, performers: ['10cm'], setKey: '10cm' });
      const byPass = [new Map([['goblin-2016', [c('Some Romanisation', '내 눈에만 보여요'), c('Other Song', '다른 노래')]]])];
      const entry = { production: 'Goblin', year: 2016, title: 'My Eyes', ko: '내 눈에만 보여', otherTitles: ['내 눈에만 보여요'] };
      applySameSong({ sameSong: [entry], credits: [], refuted: [] }, byPass, find, []);
      expect(byPass[0]?.get('goblin-2016')?.map((x) => [x.song.title, x.song.ko])).toEqual([
        ['My Eyes', '내 눈에만 보여'],
        ['Other Song', '다른 노래'],
      ]);
    });

    it("corrects a credit in that production's files only", () => {
      const file = (production: string) => ({ file: 'x', production, year: 2016, songs: [{ title: 'Petals', by: ['Lisa'] }], rejected: [] });
      const passes = [{ name: 'pass-b', files: [file('Signal'), file('Other')] }];
      applyCreditFixes({ sameSong: [], credits: [{ production: 'Signal', year: 2016, from: 'Lisa', to: 'leeSA', reason: 'r' }], refuted: [] }, passes);
      expect(passes[0]?.files.map((f) => f.songs[0]?.by)).toEqual([['leeSA'], ['Lisa']]);
    });

    it('leaves out a kept song the review refuted, and only that one', () => {
      const drafts = [draft('Return', undefined), draft('Last Word', undefined)].map((d) => ({ ...d, productionId: 'gu-family-book-2013', performerCredits: ['Lee Seung-gi'] }));
      const warnings: string[] = [];
      const kept = dropRefuted(
        { sameSong: [], credits: [], refuted: [{ production: 'Gu Family Book', year: 2013, title: 'Return', by: ['Lee Seung-gi'], reason: 'an album track' }] },
        drafts, find, (credits) => credits.join('+'), warnings,
      );
      expect(kept.map((d) => d.title)).toEqual(['Last Word']);
      expect(warnings[0]).toContain('an album track');
    });
  });
});
