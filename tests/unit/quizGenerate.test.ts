import { describe, expect, it } from 'vitest';
import { buildCatalog, type Catalog } from '../../src/core/catalog.js';
import type { Artist, ArtistKind, Dataset, Production, ProductionKind, Song, Tier } from '../../src/core/model.js';
import { answer, answerIds, answerKey, generateQuestions, startGame, type Difficulty, type Question } from '../../src/core/quiz/index.js';
import { isAcceptableAnswer } from '../../src/core/search/index.js';
import { seededRandom } from '../../src/core/random.js';
import { loadDataset } from '../../src/data/load.js';

function production(
  id: string,
  kind: ProductionKind,
  title: string,
  year: number,
  networks: string[],
  extra: Partial<Production> = {},
): Production {
  return { id, kind, title, year, networks, platforms: [], aliases: [], cast: [], sources: ['t'], ...extra };
}

function artist(id: string, kind: ArtistKind, name: string, debutYear: number, extra: Partial<Artist> = {}): Artist {
  return { id, kind, name, debutYear, aliases: [], memberships: [], voicedBy: [], sources: ['t'], ...extra };
}

const member = (groupId: string) => ({ memberships: [{ groupId, current: true, roles: [] }] });

function song(id: string, title: string, productionId: string, performers: string[], tier?: Tier): Song {
  return { id, title, productionId, performers, credits: [], notes: [], sources: ['t'], ...(tier ? { tier } : {}) };
}

const fixture: Dataset = {
  sources: [{ id: 't', name: 'test', licence: 'CC0' }],
  productions: [
    production('goblin-2016', 'tv_drama', 'Goblin', 2016, ['tvN'], { titleKo: '도깨비', aliases: ['Guardian: The Lonely and Great God'] }),
    production('dots-2016', 'tv_drama', 'Descendants of the Sun', 2016, ['KBS2'], { cast: ['Song Joong-ki', 'Song Hye-kyo'] }),
    production('heirs-2013', 'tv_drama', 'Heirs', 2013, ['SBS']),
    production('bof-2009', 'tv_drama', 'Boys Over Flowers', 2009, ['KBS2']),
    production('hdl-2019', 'tv_drama', 'Hotel del Luna', 2019, ['tvN']),
    production('cloy-2019', 'tv_drama', 'Crash Landing on You', 2019, ['tvN'], { platforms: ['Netflix'] }),
    production('itaewon-2020', 'tv_drama', 'Itaewon Class', 2020, ['JTBC']),
    production('reply-2015', 'tv_drama', 'Reply 1988', 2015, ['tvN']),
    production('sky-2018', 'tv_drama', 'SKY Castle', 2018, ['JTBC']),
    production('moon-2016', 'tv_drama', 'Moon Lovers', 2016, ['SBS']),
    production('tftw-2022', 'tv_drama', 'Twenty-Five Twenty-One', 2022, ['tvN']),
    production('blue-sea-2016', 'tv_drama', 'The Legend of the Blue Sea', 2016, ['SBS']),
    production('w-2016', 'tv_drama', 'W', 2016, ['MBC']),
    production('weightlifting-2016', 'web_drama', 'Weightlifting Fairy Kim Bok-joo', 2016, ['MBC']),
    production('black-clover-2017', 'anime', 'Black Clover', 2017, ['TV Tokyo']),
    production('beauty-film-2015', 'film', 'The Beauty Inside', 2015, []),
    production('beauty-drama-2018', 'tv_drama', 'The Beauty Inside', 2018, ['JTBC']),
  ],
  artists: [
    artist('exo', 'group', 'EXO', 2012, { gender: 'male' }),
    artist('chanyeol', 'person', 'Chanyeol', 2012, { gender: 'male', nameKo: '찬열', ...member('exo') }),
    artist('chen', 'person', 'Chen', 2012, { gender: 'male', ...member('exo') }),
    artist('baekhyun', 'person', 'Baekhyun', 2012, { gender: 'male', ...member('exo') }),
    artist('twice', 'group', 'TWICE', 2015, { gender: 'female' }),
    artist('nayeon', 'person', 'Nayeon', 2015, { gender: 'female', ...member('twice') }),
    artist('treasure', 'group', 'TREASURE', 2020, { gender: 'male' }),
    artist('txt', 'group', 'TXT', 2019, { gender: 'male', aliases: ['TOMORROW X TOGETHER'] }),
    artist('davichi', 'group', 'Davichi', 2008, { gender: 'female' }),
    artist('bts', 'group', 'BTS', 2013, { gender: 'male' }),
    artist('v', 'person', 'V', 2013, { gender: 'male', ...member('bts') }),
    artist('punch', 'person', 'Punch', 2014, { gender: 'female' }),
    artist('ailee', 'person', 'Ailee', 2012, { gender: 'female', agency: 'Rocket3' }),
    artist('gummy', 'person', 'Gummy', 2003, { gender: 'female' }),
    artist('iu', 'person', 'IU', 2008, { gender: 'female', nameKo: '아이유' }),
    artist('crush', 'person', 'Crush', 2012, { gender: 'male' }),
    artist('gaho', 'person', 'Gaho', 2018, { gender: 'male' }),
    artist('yoon-mirae', 'person', 'Yoon Mi-rae', 2001, { gender: 'female' }),
    artist('sejeong', 'person', 'Sejeong', 2016, { gender: 'female' }),
    artist('lee-hi', 'person', 'Lee Hi', 2012, { gender: 'female' }),
    artist('kim-na-young', 'person', 'Kim Na-young', 2012, { gender: 'female' }),
    artist('paul-kim', 'person', 'Paul Kim', 2014, { gender: 'male' }),
    artist('ss501', 'group', 'SS501', 2005, { gender: 'male' }),
    artist('t-max', 'group', 'T-Max', 2006, { gender: 'male' }),
  ],
  songs: [
    song('stay-with-me', 'Stay With Me', 'goblin-2016', ['chanyeol', 'punch'], 'signature'),
    song('first-snow', 'I Will Go to You Like the First Snow', 'goblin-2016', ['ailee'], 'signature'),
    song('beautiful-goblin', 'Beautiful', 'goblin-2016', ['crush'], 'notable'),
    song('always', 'Always', 'dots-2016', ['yoon-mirae'], 'signature'),
    song('everytime', 'Everytime', 'dots-2016', ['chen', 'punch'], 'signature'),
    song('this-love', 'This Love', 'dots-2016', ['davichi'], 'notable'),
    song('you-are-my-everything', 'You Are My Everything', 'dots-2016', ['gummy'], 'notable'),
    song('love-is', 'Love Is', 'heirs-2013', ['lee-hi']),
    song('moment', 'Moment', 'heirs-2013', ['kim-na-young'], 'deep_cut'),
    song('paradise', 'Paradise', 'bof-2009', ['t-max'], 'signature'),
    song('because-im-stupid', "Because I'm Stupid", 'bof-2009', ['ss501'], 'signature'),
    song('remember-me', 'Remember Me', 'hdl-2019', ['gummy'], 'notable'),
    song('all-about-you', 'All About You', 'hdl-2019', ['iu'], 'signature'),
    song('done-for-me', 'Done For Me', 'hdl-2019', ['punch'], 'deep_cut'),
    song('give-you-my-heart', 'Give You My Heart', 'cloy-2019', ['iu'], 'signature'),
    song('flower', 'Flower', 'cloy-2019', ['yoon-mirae'], 'notable'),
    song('start', 'Start', 'itaewon-2020', ['gaho'], 'signature'),
    song('sweet-night', 'Sweet Night', 'itaewon-2020', ['v'], 'signature'),
    song('maybe', 'Maybe', 'itaewon-2020', ['sejeong'], 'deep_cut'),
    song('youth', 'Youth', 'reply-2015', ['kim-na-young'], 'deep_cut'),
    song('we-all-lie', 'We All Lie', 'sky-2018', ['lee-hi'], 'notable'),
    song('for-you', 'For You', 'moon-2016', ['chen', 'baekhyun'], 'notable'),
    song('say-yes', 'Say Yes', 'moon-2016', ['punch'], 'deep_cut'),
    song('starlight', 'Starlight', 'tftw-2022', ['nayeon'], 'notable'),
    song('running', 'Running', 'tftw-2022', ['gaho'], 'deep_cut'),
    song('love-story', 'Love Story', 'blue-sea-2016', ['lee-hi'], 'deep_cut'),
    song('i-love-you-w', 'I Love You', 'w-2016', ['kim-na-young']),
    song('tell-me', 'Tell Me', 'weightlifting-2016', ['sejeong'], 'deep_cut'),
    song('beautiful-bc', 'Beautiful', 'black-clover-2017', ['treasure'], 'notable'),
    song('everlasting-shine', 'Everlasting Shine', 'black-clover-2017', ['txt'], 'notable'),
    song('beauty-drama-ost', 'Tell Me', 'beauty-drama-2018', ['paul-kim'], 'deep_cut'),
    song('beauty-film-ost', 'The Beauty Inside Theme', 'beauty-film-2015', ['paul-kim']),
    song('twice-ost', 'Cry For Me', 'sky-2018', ['twice'], 'deep_cut'),
  ],
};

const catalog = buildCatalog(fixture);

const keysOf = (texts: readonly string[]): Set<string> => new Set(texts.map(answerKey));

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}
const lookups = new WeakMap<Catalog, { titles: Map<string, Production[]>; names: Map<string, Artist[]> }>();
function lookupsOf(c: Catalog) {
  let found = lookups.get(c);
  if (!found) {
    found = { titles: groupBy(c.dataset.productions, (p) => answerKey(p.title)), names: groupBy(c.dataset.artists, (a) => answerKey(a.name)) };
    lookups.set(c, found);
  }
  return found;
}
/** Productions a choice label may stand for. */
const byTitle = (c: Catalog, label: string) => lookupsOf(c).titles.get(answerKey(label)) ?? [];
/** Artists a performer label ("A, B & C") may stand for. */
const byName = (c: Catalog, label: string) => label.split(/, | & /).flatMap((name) => lookupsOf(c).names.get(answerKey(name)) ?? []);
const subjectId = (q: Question) => q.subject.slice(q.subject.indexOf(':') + 1);

/** Every property a generated question must have, checked against the catalog independently. */
function checkQuestion(c: Catalog, q: Question, choices: number): void {
  expect(q.choices).toHaveLength(choices);
  expect(q.answerIndex).toBeGreaterThanOrEqual(0);
  expect(q.answerIndex).toBeLessThan(choices);
  expect(keysOf(q.choices).size).toBe(choices);
  expect(q.prompt.length).toBeLessThanOrEqual(256);
  for (const choice of q.choices) expect(choice.length).toBeLessThanOrEqual(80);
  const accepted = keysOf(q.accepted);
  const answer = q.choices[q.answerIndex]!;
  expect(accepted.has(answerKey(answer))).toBe(true);
  const wrong = q.choices.filter((_, i) => i !== q.answerIndex);
  for (const w of wrong) expect(accepted.has(answerKey(w)), `${q.prompt}: ${w} is accepted`).toBe(false);
  expect(q.hints.length).toBeGreaterThan(0);

  const id = subjectId(q);
  for (const w of wrong) {
    switch (q.kind) {
      case 'song_production': {
        const s = c.song(id)!;
        for (const p of byTitle(c, w)) {
          expect(c.songsOf(p.id).some((t) => answerKey(t.title) === answerKey(s.title)), `${w} also has ${s.title}`).toBe(false);
        }
        break;
      }
      case 'song_performer': {
        const s = c.song(id)!;
        for (const a of byName(c, w)) {
          expect(s.performers.includes(a.id) || c.songsBy(a.id).some((t) => t.id === s.id), `${a.name} sang ${s.title}`).toBe(false);
        }
        break;
      }
      case 'production_song': {
        const titles = keysOf(c.songsOf(id).map((t) => t.title));
        expect(titles.has(answerKey(w))).toBe(false);
        break;
      }
      case 'artist_production': {
        const own = new Set(c.productionsOf(id).map((p) => p.id));
        for (const p of byTitle(c, w)) expect(own.has(p.id), `${id} sang for ${p.title}`).toBe(false);
        break;
      }
      case 'production_year':
        expect(w).not.toBe(String(c.production(id)!.year));
        break;
      case 'production_network':
        expect(c.production(id)!.networks).not.toContain(w);
        break;
      case 'shared_artist': {
        const [x, y] = q.about.map((r) => r.id);
        for (const a of byName(c, w)) {
          const own = new Set(c.productionsOf(a.id).map((p) => p.id));
          expect(own.has(x!) && own.has(y!), `${a.name} sang for both`).toBe(false);
        }
        break;
      }
    }
  }
}

/** In typed mode, with search's real matcher: typing the answer is right, typing any wrong choice is wrong. */
function checkTyped(q: Question): void {
  const start = startGame({
    id: 'g',
    guildId: 'guild',
    channelId: 'chan',
    starterId: 'u',
    settings: { rounds: 1, secondsPerRound: 20, mode: 'typed' },
    questions: [q],
    now: 0,
  });
  q.choices.forEach((choice, i) => {
    const r = answer(start, { userId: `u${i}`, round: 1, text: choice, now: 1 }, isAcceptableAnswer);
    expect(r.state.answers[0]?.correct, `${q.prompt} typed ${choice}`).toBe(i === q.answerIndex);
  });
}

function generate(seed: number, difficulty: Difficulty, count: number, choices: number, c: Catalog = catalog) {
  return generateQuestions(c, { count, difficulty, choices }, seededRandom(seed));
}

describe('question generation', () => {
  it('builds questions whose answer is at answerIndex, with unique choices and no correct distractor, over many seeds', () => {
    let checked = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const choices = 2 + (seed % 4);
      const difficulty = (['easy', 'medium', 'hard'] as const)[seed % 3]!;
      const result = generate(seed, difficulty, 5, choices);
      expect(result.ok, `seed ${seed} ${difficulty}`).toBe(true);
      if (!result.ok) continue;
      expect(result.questions).toHaveLength(5);
      const subjects = result.questions.map((q) => q.subject);
      expect(new Set(subjects).size).toBe(subjects.length);
      for (const q of result.questions) {
        checkQuestion(catalog, q, choices);
        checkTyped(q);
      }
      checked += result.questions.length;
    }
    expect(checked).toBe(750);
  });

  it('asks every kind over a few seeds', () => {
    const kinds = new Set<string>();
    for (let seed = 1; seed <= 30; seed++) {
      const r = generate(seed, 'medium', 10, 4);
      if (r.ok) for (const q of r.questions) kinds.add(q.kind);
    }
    expect([...kinds].sort()).toEqual(
      ['artist_production', 'production_network', 'production_song', 'production_year', 'shared_artist', 'song_performer', 'song_production'],
    );
  });

  it('gives the same questions for the same seed, and others for another seed', () => {
    const a = generate(42, 'medium', 8, 4);
    const b = generate(42, 'medium', 8, 4);
    const c = generate(43, 'medium', 8, 4);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('never offers a production that also has a song with the asked title (two songs called "Beautiful")', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const r = generateQuestions(catalog, { count: 1, difficulty: 'medium', choices: 5, kinds: ['song_production'] }, seededRandom(seed));
      if (!r.ok) continue;
      const q = r.questions[0]!;
      if (q.subject === 'song:beautiful-goblin') expect(q.choices).not.toContain('Black Clover');
      if (q.subject === 'song:beautiful-bc') expect(q.choices).not.toContain('Goblin');
    }
  });

  it('never offers a group member or the group of a performer as a wrong performer', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const r = generateQuestions(catalog, { count: 3, difficulty: 'medium', choices: 5, kinds: ['song_performer'] }, seededRandom(seed));
      if (!r.ok) continue;
      for (const q of r.questions) {
        if (q.subject === 'song:sweet-night') expect(q.choices).not.toContain('BTS');
        if (q.subject === 'song:starlight') expect(q.choices).not.toContain('TWICE');
        if (q.subject === 'song:everytime') expect(q.choices.join(' ')).not.toMatch(/EXO/);
      }
    }
  });

  it('picks plausible distractors: same era and kind of production, same kind of performer', () => {
    let seen = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const r = generateQuestions(catalog, { count: 4, difficulty: 'medium', choices: 4, kinds: ['song_production', 'song_performer'] }, seededRandom(seed));
      if (!r.ok) continue;
      for (const q of r.questions) {
        const s = catalog.song(subjectId(q))!;
        const wrong = q.choices.filter((_, i) => i !== q.answerIndex);
        if (q.kind === 'song_production' && s.productionId === 'goblin-2016') {
          seen++;
          for (const p of wrong.flatMap((w) => byTitle(catalog, w))) {
            expect(Math.abs(p.year! - 2016), p.title).toBeLessThanOrEqual(4);
            expect(['tv_drama', 'web_drama']).toContain(p.kind);
          }
        }
        if (q.kind === 'song_performer' && s.id === 'this-love') {
          seen++;
          for (const a of wrong.flatMap((w) => byName(catalog, w))) expect(a.kind, a.name).toBe('group');
        }
        if (q.kind === 'song_performer' && s.id === 'first-snow') {
          seen++;
          for (const a of wrong.flatMap((w) => byName(catalog, w))) expect(a.kind, a.name).toBe('person');
        }
      }
    }
    expect(seen).toBeGreaterThan(5);
  });

  it('easy asks only about famous songs and productions', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const r = generate(seed, 'easy', 6, 3);
      if (!r.ok) continue;
      for (const q of r.questions) {
        expect(['production_year', 'production_network', 'shared_artist']).not.toContain(q.kind);
        if (q.subject.startsWith('song:')) expect(['signature', 'notable']).toContain(catalog.song(subjectId(q))!.tier);
        if (q.kind === 'production_song') expect(['signature', 'notable']).toContain(catalog.song(q.answerRef!.id)!.tier);
      }
    }
  });

  it('hard asks about deep cuts, or famous items only in the hard kinds', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const r = generate(seed, 'hard', 5, 4);
      if (!r.ok) continue;
      for (const q of r.questions) {
        if (q.kind === 'song_production' || q.kind === 'song_performer') {
          expect(['signature', 'notable']).not.toContain(catalog.song(subjectId(q))!.tier);
        }
      }
    }
  });

  it('keeps to the era filter', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const r = generateQuestions(catalog, { count: 4, difficulty: 'medium', choices: 3, filters: { fromYear: 2019, toYear: 2020 } }, seededRandom(seed));
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      for (const q of r.questions) {
        const ref = q.subject.startsWith('song:') ? catalog.song(subjectId(q))!.productionId : q.subject.startsWith('production:') ? subjectId(q) : q.answerRef?.kind === 'production' ? q.answerRef.id : q.about[0]!.id;
        const year = catalog.production(ref)!.year!;
        expect(year).toBeGreaterThanOrEqual(2019);
        expect(year).toBeLessThanOrEqual(2020);
      }
    }
  });

  it('keeps to an artist or group filter (songs by the group or its members)', () => {
    const exoSongs = new Set(catalog.songsBy('exo').map((s) => s.id));
    for (let seed = 1; seed <= 30; seed++) {
      const r = generateQuestions(catalog, { count: 2, difficulty: 'medium', choices: 3, kinds: ['song_production', 'song_performer'], filters: { artistId: 'exo' } }, seededRandom(seed));
      expect(r.ok).toBe(true);
      if (r.ok) for (const q of r.questions) expect(exoSongs.has(subjectId(q))).toBe(true);
    }
  });

  it('keeps to favourites (a song, a production, an artist)', () => {
    const favourites = [
      { kind: 'song' as const, id: 'start' },
      { kind: 'production' as const, id: 'bof-2009' },
      { kind: 'artist' as const, id: 'iu' },
    ];
    const allowed = new Set(['start', 'paradise', 'because-im-stupid', 'all-about-you', 'give-you-my-heart']);
    for (let seed = 1; seed <= 30; seed++) {
      const r = generateQuestions(catalog, { count: 3, difficulty: 'medium', choices: 3, kinds: ['song_production', 'song_performer'], filters: { favourites } }, seededRandom(seed));
      expect(r.ok).toBe(true);
      if (r.ok) for (const q of r.questions) expect(allowed.has(subjectId(q))).toBe(true);
    }
  });

  it('says so (not an exception) when the filters leave too few questions', () => {
    const r = generateQuestions(catalog, { count: 10, difficulty: 'medium', choices: 4, filters: { productionKind: 'anime' } }, seededRandom(1));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('not_enough_questions');
      expect(r.available).toBeGreaterThan(0);
      expect(r.available).toBeLessThan(10);
    }
    const none = generateQuestions(catalog, { count: 3, difficulty: 'medium', choices: 4, filters: { fromYear: 1990, toYear: 1995 } }, seededRandom(1));
    expect(none).toEqual({ ok: false, reason: 'not_enough_questions', available: 0 });
  });

  it('does not ask the year or network of a title two productions share', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const r = generateQuestions(catalog, { count: 5, difficulty: 'medium', choices: 3, kinds: ['production_year', 'production_network'] }, seededRandom(seed));
      if (r.ok) for (const q of r.questions) expect(q.subject).not.toMatch(/beauty/);
    }
  });

  it('compares years and networks exactly for typed answers', () => {
    const r = generateQuestions(catalog, { count: 2, difficulty: 'hard', choices: 4, kinds: ['production_year'] }, seededRandom(5));
    expect(r.ok).toBe(true);
    if (r.ok) for (const q of r.questions) expect(q.match).toBe('exact');
  });
});

describe('custom ids of generated questions', () => {
  it('answer ids differ only by position, never by correctness or answer text', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const r = generateQuestions(catalog, { count: 3, difficulty: 'medium', choices: 4 }, seededRandom(seed));
      if (!r.ok) continue;
      for (const [i, q] of r.questions.entries()) {
        const ids = answerIds('1234', i + 1, q.choices.length)!;
        expect(ids).toEqual(q.choices.map((_, c) => `quiz:1:1234:${i + 1}:a:${c}`));
        const shapes = new Set(ids.map((id) => id.replace(/:\d$/, ':N')));
        expect(shapes.size).toBe(1);
        for (const id of ids) {
          for (const text of [...q.accepted, ...q.choices]) {
            const key = answerKey(text);
            if (key.length > 3) expect(id.toLowerCase()).not.toContain(key);
          }
          if (q.answerRef) expect(id).not.toContain(q.answerRef.id);
          expect(id).not.toContain(q.subject.split(':')[1]!);
        }
      }
    }
  });

  it('the correct position is as likely to be any position (shuffled with the game Random)', () => {
    const counts = [0, 0, 0, 0];
    for (let seed = 1; seed <= 200; seed++) {
      const r = generateQuestions(catalog, { count: 3, difficulty: 'medium', choices: 4 }, seededRandom(seed));
      if (r.ok) for (const q of r.questions) counts[q.answerIndex]!++;
    }
    for (const c of counts) expect(c).toBeGreaterThan(100);
  });
});

let realCatalog: Catalog | undefined;
try {
  realCatalog = buildCatalog(loadDataset('data'));
} catch {
  realCatalog = undefined;
}

describe.skipIf(realCatalog === undefined || realCatalog.dataset.songs.length < 20)('question generation on the real data/', () => {
  it('holds the same properties over many seeds', () => {
    const c = realCatalog!;
    for (let seed = 1; seed <= 40; seed++) {
      const choices = 2 + (seed % 4);
      const difficulty = (['easy', 'medium', 'hard'] as const)[seed % 3]!;
      const r = generate(seed, difficulty, 10, choices, c);
      if (!r.ok) continue;
      expect(new Set(r.questions.map((q) => q.subject)).size).toBe(10);
      for (const q of r.questions) {
        checkQuestion(c, q, choices);
        checkTyped(q);
      }
    }
    expect(generate(7, 'medium', 10, 4, c)).toEqual(generate(7, 'medium', 10, 4, c));
  });
});
