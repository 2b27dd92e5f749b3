/**
 * Questions about an artist: a production they sang for (`artist_production`) and the artist two
 * productions share (`shared_artist`).
 */
import type { Artist, Production, Song, Tier } from '../model.js';
import { randomInt } from '../random.js';
import { assemble, type BuildContext, type Candidate } from './candidate.js';
import { artistCloseness, commonNoun, productionCloseness } from './closeness.js';
import { pickDistractors } from './distractors.js';
import {
  airHint,
  answerKey,
  artistNames,
  artistTier,
  famousTier,
  initialsHint,
  productionNames,
  yearHint,
} from './facts.js';
import type { QuizIndex } from './quizIndex.js';

/** Productions an artist sang for directly through in-scope songs, with the best tier of those songs. */
function scopedProductions(index: QuizIndex, artist: Artist, inScope: (s: Song) => boolean): Map<string, Tier | undefined> {
  const out = new Map<string, Tier | undefined>();
  for (const song of index.catalog.songsBy(artist.id)) {
    if (!song.performers.includes(artist.id) || !inScope(song)) continue;
    out.set(song.productionId, famousTier(out.get(song.productionId), song.tier));
  }
  return out;
}

export function artistCandidates(index: QuizIndex, inScope: (s: Song) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const artist of index.artists) {
    const productions = scopedProductions(index, artist, inScope);
    const subject = `artist:${artist.id}`;
    for (const [productionId, tier] of productions) {
      out.push({
        kind: 'artist_production',
        subject,
        keys: [subject, `production:${productionId}`],
        tier,
        build: (ctx) => artistProduction(ctx, artist, productionId),
      });
    }
    if (productions.size >= 2) {
      const ids = [...productions.keys()];
      out.push({
        kind: 'shared_artist',
        subject,
        keys: [subject, ...ids.map((id) => `production:${id}`)],
        tier: artistTier(index.catalog, artist),
        build: (ctx) => sharedArtist(ctx, artist, ids),
      });
    }
  }
  return out;
}

function artistProduction(ctx: BuildContext, artist: Artist, productionId: string): ReturnType<Candidate['build']> {
  const { index, random } = ctx;
  const production = index.catalog.production(productionId);
  if (!production) return undefined;
  const related = index.relatedProductions(artist.id);
  const accepted = index
    .directProductions(artist.id)
    .map((id) => index.catalog.production(id))
    .filter((p): p is Production => p !== undefined)
    .flatMap(productionNames);
  const distractors = pickDistractors(
    random,
    index.productions,
    {
      score: productionCloseness(index, production),
      label: (p) => p.title,
      excluded: (p) => related.has(p.id),
    },
    accepted.map(answerKey),
    ctx.choices - 1,
  );
  if (!distractors) return undefined;
  const noun = commonNoun([production, ...distractors]);
  return assemble(random, {
    kind: 'artist_production',
    prompt: `For which ${noun} did ${artist.name} sing an OST?`,
    answer: production.title,
    distractors: distractors.map((p) => p.title),
    accepted,
    hints: [yearHint(index.year(production)), airHint(production), initialsHint(production.title)],
    subject: `artist:${artist.id}`,
    about: [{ kind: 'artist', id: artist.id }],
    answerRef: { kind: 'production', id: production.id },
  });
}

function sharedArtist(ctx: BuildContext, artist: Artist, productionIds: readonly string[]): ReturnType<Candidate['build']> {
  const { index, random } = ctx;
  const catalog = index.catalog;
  const first = randomInt(random, productionIds.length);
  const second = (first + 1 + randomInt(random, productionIds.length - 1)) % productionIds.length;
  const x = catalog.production(productionIds[first] ?? '');
  const y = catalog.production(productionIds[second] ?? '');
  if (!x || !y || x.id === y.id || answerKey(x.title) === answerKey(y.title)) return undefined;
  const sangBoth = (a: Artist): boolean => {
    const direct = index.directProductions(a.id);
    return direct.includes(x.id) && direct.includes(y.id);
  };
  const correct = index.artists.filter(sangBoth);
  const excludedIds = new Set<string>();
  for (const c of correct) for (const id of index.relatedArtists(c.id)) excludedIds.add(id);
  const closeness = artistCloseness(artist);
  const distractors = pickDistractors(
    random,
    index.artists,
    {
      // Someone who sang for one of the two is the most tempting wrong answer.
      score: (a) => {
        const related = index.relatedProductions(a.id);
        return closeness(a) + (related.has(x.id) || related.has(y.id) ? 3 : 0);
      },
      label: (a) => a.name,
      excluded: (a) => {
        if (excludedIds.has(a.id)) return true;
        const related = index.relatedProductions(a.id);
        return related.has(x.id) && related.has(y.id);
      },
    },
    correct.flatMap(artistNames).map(answerKey),
    ctx.choices - 1,
  );
  if (!distractors) return undefined;
  return assemble(random, {
    kind: 'shared_artist',
    prompt: `Which artist sang OSTs for both ${x.title} and ${y.title}?`,
    answer: artist.name,
    distractors: distractors.map((a) => a.name),
    accepted: correct.flatMap(artistNames),
    hints: [
      yearHint(artist.debutYear, 'Debut'),
      artist.agency ? `Agency: ${artist.agency}` : undefined,
      initialsHint(artist.name),
    ],
    subject: `artist:${artist.id}`,
    about: [
      { kind: 'production', id: x.id },
      { kind: 'production', id: y.id },
    ],
    answerRef: { kind: 'artist', id: artist.id },
  });
}
