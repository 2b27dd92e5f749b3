import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/core/catalog.js';
import { seededRandom } from '../../src/core/random.js';
import { generateQuestions, startGame } from '../../src/core/quiz/index.js';
import { loadDataset } from '../../src/data/load.js';
import { commandDefinitions } from '../../src/deploy.js';
import { choicesView, cardFor } from '../../src/discord/views/lookupViews.js';
import { roundView } from '../../src/discord/views/quizViews.js';
import { ostHeading } from '../../src/discord/views/productionCard.js';
import type { Production, Song } from '../../src/core/model.js';
import { buildSearchIndex, searchDocsFromDataset } from '../../src/core/search/index.js';
import { Issues } from '../e2e/fakeDiscord/issues.js';
import { validateCommandList } from '../e2e/fakeDiscord/validateCommands.js';
import { validateMessage } from '../e2e/fakeDiscord/validateMessage.js';

const dataset = loadDataset('data');
const catalog = buildCatalog(dataset);

/** The payload discord.js would send for a card, checked with the fake Discord's validators. */
function problems(card: { embeds: unknown[]; components: unknown[] }): string[] {
  const issues = new Issues();
  validateMessage({ embeds: card.embeds, components: card.components, allowed_mentions: { parse: [] } }, issues, { create: true });
  return issues.list.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('views stay within Discord limits for the whole catalog', () => {
  it('every production, artist and song card', () => {
    const bad: string[] = [];
    for (const p of dataset.productions) bad.push(...problems(cardFor(catalog, 'production', p.id)!).map((x) => `${p.id} ${x}`));
    for (const a of dataset.artists) bad.push(...problems(cardFor(catalog, 'artist', a.id)!).map((x) => `${a.id} ${x}`));
    for (const s of dataset.songs) bad.push(...problems(cardFor(catalog, 'song', s.id)!).map((x) => `${s.id} ${x}`));
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('a "did you mean" list for a very common word', () => {
    const search = buildSearchIndex(searchDocsFromDataset(dataset));
    for (const kind of ['song', 'production', 'artist'] as const) {
      const hits = search.search('love', { kinds: [kind], limit: 10 });
      expect(problems(choicesView(catalog, kind, 'love '.repeat(300), hits))).toEqual([]);
    }
  });

  it('quiz rounds in both modes, for many seeds', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const generated = generateQuestions(catalog, { count: 5, difficulty: 'hard', choices: 5 }, seededRandom(seed));
      if (!generated.ok) throw new Error('no questions');
      for (const mode of ['buttons', 'typed'] as const) {
        const state = startGame({
          id: `g${seed}`,
          guildId: 'g',
          channelId: 'c',
          starterId: 'u',
          settings: { rounds: 5, secondsPerRound: 20, mode },
          questions: generated.questions,
          now: 0,
        });
        expect(problems(roundView(state))).toEqual([]);
      }
    }
  });

  it('the command definitions are valid for Discord', () => {
    expect(validateCommandList(commandDefinitions()).list).toEqual([]);
  });
});

describe('cards show the links', () => {
  it('a production card lists its songs in tracklist order and an unnumbered part as plain OST', () => {
    const card = cardFor(catalog, 'production', 'goblin-2016')!;
    const text = JSON.stringify(card.embeds);
    expect(text.indexOf('Stay With Me')).toBeGreaterThan(-1);
    expect(text).not.toMatch(/OST Part(?! \d)/);
  });

  it('a group card lists its members and the songs its members sang', () => {
    const text = JSON.stringify(cardFor(catalog, 'artist', 'exo')!.embeds);
    expect(text).toContain('Chanyeol');
    expect(text).toContain('Stay With Me');
  });
});

describe('the OST heading of a /drama card', () => {
  const production: Production = { id: 'p', kind: 'tv_drama', title: 'P', aliases: [], networks: [], platforms: [], cast: [], sources: ['curated-ost'] };
  const song = (n?: number): Song => ({
    id: `s${n ?? 'x'}`, title: 'S', productionId: 'p', performers: [], ...(n ? { role: { type: 'ost_part' as const, number: n } } : {}), credits: [], notes: [], sources: ['curated-ost'],
  });

  it('counts songs, and the listed parts when the number of parts is known', () => {
    expect(ostHeading(production, [song(1)])).toBe('OST (1 song)');
    expect(ostHeading({ ...production, ostParts: 3 }, [song(1), song(2), song(3), song()])).toBe('OST (4 songs · all 3 parts)');
    expect(ostHeading({ ...production, ostParts: 5 }, [song(1), song(3)])).toBe('OST (2 songs · 2 of 5 parts)');
    // an OST released as one album: its vocal song count
    expect(ostHeading({ ...production, ostAlbumSongs: 2 }, [song(), song()])).toBe('OST (all 2 songs of the album)');
    expect(ostHeading({ ...production, ostAlbumSongs: 9 }, [song(), song()])).toBe("OST (2 songs of the album's 9)");
  });
});
