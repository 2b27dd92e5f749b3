/**
 * Questions about a song: its production (`song_performer`, `song_production`) and a production's
 * songs (`production_song`).
 */
import type { Artist, Production, Song } from '../model.js';
import { assemble, type BuildContext, type Candidate } from './candidate.js';
import { artistCloseness, commonNoun, productionCloseness, scriptScore } from './closeness.js';
import { eraScore, pickDistractors } from './distractors.js';
import {
  airHint,
  answerKey,
  artistNames,
  initialsHint,
  performerClass,
  performerLabel,
  productionGroup,
  productionNames,
  quoted,
  songNames,
  songYear,
  yearHint,
} from './facts.js';
import type { QuizIndex } from './quizIndex.js';

/** Songs with more performers than this are not asked about (the choices would be unwieldy). */
const MAX_PERFORMERS = 3;

export function songCandidates(index: QuizIndex, inScope: (s: Song) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const song of index.catalog.dataset.songs) {
    if (!inScope(song)) continue;
    const keys = [`song:${song.id}`, `production:${song.productionId}`];
    const subject = `song:${song.id}`;
    out.push({ kind: 'song_production', subject, keys, tier: song.tier, build: (ctx) => songProduction(ctx, song) });
    if (song.performers.length > 0 && song.performers.length <= MAX_PERFORMERS) {
      const performerKeys = [subject, ...song.performers.map((id) => `artist:${id}`)];
      out.push({ kind: 'song_performer', subject, keys: performerKeys, tier: song.tier, build: (ctx) => songPerformer(ctx, song) });
    }
    out.push({
      kind: 'production_song',
      subject: `production:${song.productionId}`,
      keys,
      tier: song.tier,
      build: (ctx) => productionSong(ctx, song),
    });
  }
  return out;
}

function songProduction(ctx: BuildContext, song: Song): ReturnType<Candidate['build']> {
  const { index, random } = ctx;
  const production = index.catalog.production(song.productionId);
  if (!production) return undefined;
  const titleKey = answerKey(song.title);
  const accepted = productionNames(production);
  const distractors = pickDistractors(
    random,
    index.productions,
    {
      score: productionCloseness(index, production),
      label: (p) => p.title,
      excluded: (p) => p.id === production.id || index.titleKeys(p.id).has(titleKey),
    },
    accepted.map(answerKey),
    ctx.choices - 1,
  );
  if (!distractors) return undefined;
  const noun = commonNoun([production, ...distractors]);
  const by = performerLabel(index.catalog, song.performers);
  return assemble(random, {
    kind: 'song_production',
    prompt: `Which ${noun} has the OST ${quoted(song.title)}${by === '' ? '' : ` by ${by}`}?`,
    answer: production.title,
    distractors: distractors.map((p) => p.title),
    accepted,
    hints: [yearHint(index.year(production)), airHint(production), initialsHint(production.title)],
    subject: `song:${song.id}`,
    about: [{ kind: 'song', id: song.id }],
    answerRef: { kind: 'production', id: production.id },
  });
}

function songPerformer(ctx: BuildContext, song: Song): ReturnType<Candidate['build']> {
  const { index, random } = ctx;
  const catalog = index.catalog;
  const production = catalog.production(song.productionId);
  const performers = song.performers.map((id) => catalog.artist(id)).filter((a): a is Artist => a !== undefined);
  const lead = performers[0];
  if (!production || !lead || performers.length !== song.performers.length) return undefined;
  const excludedIds = new Set<string>();
  for (const p of performers) for (const id of index.relatedArtists(p.id)) excludedIds.add(id);
  const answer = performerLabel(catalog, song.performers);
  const accepted = [answer, ...performers.flatMap(artistNames)];
  const size = performers.length;
  const picked = pickDistractors(
    random,
    index.artists,
    {
      score: artistCloseness(lead),
      label: (a) => a.name,
      excluded: (a) => excludedIds.has(a.id) || catalog.songsBy(a.id).some((s) => s.id === song.id),
    },
    accepted.map(answerKey),
    (ctx.choices - 1) * size,
  );
  if (!picked) return undefined;
  const distractors: string[] = [];
  for (let i = 0; i < picked.length; i += size) {
    distractors.push(performerLabel(catalog, picked.slice(i, i + size).map((a) => a.id)));
  }
  const hints =
    size === 1
      ? [yearHint(lead.debutYear, 'Debut'), lead.agency ? `Agency: ${lead.agency}` : undefined]
      : [`Performers: ${size} (${performers.map((p) => (performerClass(p) === 'group' ? 'group' : 'soloist')).join(', ')})`];
  return assemble(random, {
    kind: 'song_performer',
    prompt: `Who sang ${quoted(song.title)} for the OST of ${production.title}?`,
    answer,
    distractors,
    accepted,
    hints: [...hints, initialsHint(answer)],
    subject: `song:${song.id}`,
    about: [
      { kind: 'song', id: song.id },
      { kind: 'production', id: production.id },
    ],
    answerRef: { kind: 'artist', id: lead.id },
  });
}

function productionSong(ctx: BuildContext, song: Song): ReturnType<Candidate['build']> {
  const { index, random } = ctx;
  const catalog = index.catalog;
  const production = catalog.production(song.productionId);
  if (!production) return undefined;
  const ownTitles = new Set(index.titleKeys(production.id));
  const namesakes = new Set(index.namesakes(production).map((p) => p.id));
  for (const id of namesakes) for (const key of index.titleKeys(id)) ownTitles.add(key);
  const year = songYear(catalog, song);
  const group = productionGroup(production.kind);
  const productionOf = (s: Song): Production | undefined => catalog.production(s.productionId);
  const leadClass = firstPerformerClass(index, song);
  const distractors = pickDistractors(
    random,
    catalog.dataset.songs,
    {
      score: (s) => {
        const p = productionOf(s);
        return (
          eraScore(songYear(catalog, s), year) +
          (p && productionGroup(p.kind) === group ? 3 : 0) +
          (firstPerformerClass(index, s) === leadClass ? 1 : 0) +
          scriptScore(s.title, song.title)
        );
      },
      label: (s) => s.title,
      excluded: (s) =>
        s.productionId === production.id || namesakes.has(s.productionId) || ownTitles.has(answerKey(s.title)),
    },
    [...ownTitles],
    ctx.choices - 1,
  );
  if (!distractors) return undefined;
  return assemble(random, {
    kind: 'production_song',
    prompt: `Which song is from the OST of ${production.title}?`,
    answer: song.title,
    distractors: distractors.map((s) => s.title),
    accepted: [production.id, ...namesakes].flatMap((id) => catalog.songsOf(id)).flatMap(songNames),
    hints: [yearHint(year, 'Released'), roleHint(song), initialsHint(song.title)],
    subject: `production:${production.id}`,
    about: [{ kind: 'production', id: production.id }],
    answerRef: { kind: 'song', id: song.id },
  });
}

function firstPerformerClass(index: QuizIndex, song: Song): string | undefined {
  const first = song.performers[0];
  const artist = first === undefined ? undefined : index.catalog.artist(first);
  return artist ? performerClass(artist) : undefined;
}

const ROLE_NAMES = {
  ost_part: 'Part',
  opening: 'Opening',
  ending: 'Ending',
  main_theme: 'Main theme',
  insert: 'Insert song',
  special: 'Special track',
} as const;

function roleHint(song: Song): string | undefined {
  if (!song.role) return undefined;
  const name = ROLE_NAMES[song.role.type];
  return `Track: ${name}${song.role.number === undefined ? '' : ` ${song.role.number}`}`;
}
