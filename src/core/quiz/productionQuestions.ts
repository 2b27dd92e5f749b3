/**
 * Questions about a production's own facts: the year it first aired (`production_year`) and its
 * network (`production_network`).
 */
import type { Production } from '../model.js';
import { assemble, type BuildContext, type Candidate } from './candidate.js';
import { eraScore, pickDistractors } from './distractors.js';
import { airHint, answerKey, initialsHint, productionGroup, productionTier, yearHint } from './facts.js';
import type { QuizIndex } from './quizIndex.js';

/** Wrong years are drawn from this many years either side of the right one. */
const YEAR_SPREAD = 4;

export function productionCandidates(index: QuizIndex, inScope: (p: Production) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const latestYear = Math.max(0, ...index.productions.map((p) => index.year(p) ?? 0));
  for (const production of index.productions) {
    // A title shared with another production would make the question ambiguous.
    // Only productions with an OST in the catalog: this is an OST quiz.
    if (!inScope(production) || index.namesakes(production).length > 0) continue;
    if (index.catalog.songsOf(production.id).length === 0) continue;
    const subject = `production:${production.id}`;
    const tier = productionTier(index.catalog, production);
    if (index.year(production) !== undefined) {
      out.push({ kind: 'production_year', subject, keys: [subject], tier, build: (ctx) => productionYear(ctx, production, latestYear) });
    }
    if (production.networks.length > 0) {
      out.push({ kind: 'production_network', subject, keys: [subject], tier, build: (ctx) => productionNetwork(ctx, production) });
    }
  }
  return out;
}

function isFilm(p: Production): boolean {
  return productionGroup(p.kind) === 'film';
}

function productionYear(ctx: BuildContext, production: Production, latestYear: number): ReturnType<Candidate['build']> {
  const year = ctx.index.year(production);
  if (year === undefined) return undefined;
  const years: number[] = [];
  for (let y = year - YEAR_SPREAD; y <= Math.max(year, latestYear) && y <= year + YEAR_SPREAD; y++) {
    if (y !== year) years.push(y);
  }
  const distractors = pickDistractors(
    ctx.random,
    years,
    { score: () => 0, label: String, excluded: () => false },
    [String(year)],
    ctx.choices - 1,
  );
  if (!distractors) return undefined;
  const decade = Math.floor(year / 10) * 10;
  const starring = production.cast.length > 0 ? `Starring: ${production.cast.slice(0, 2).join(', ')}` : undefined;
  const episodes = production.episodes === undefined ? undefined : `Episodes: ${production.episodes}`;
  return assemble(ctx.random, {
    kind: 'production_year',
    prompt: isFilm(production)
      ? `In which year was ${production.title} released?`
      : `In which year did ${production.title} first air?`,
    answer: String(year),
    distractors: distractors.map(String),
    accepted: [String(year)],
    match: 'exact',
    hints: [airHint(production), starring ?? episodes, `Decade: ${decade}s`],
    subject: `production:${production.id}`,
    about: [{ kind: 'production', id: production.id }],
  });
}

function productionNetwork(ctx: BuildContext, production: Production): ReturnType<Candidate['build']> {
  const { index, random } = ctx;
  const answer = production.networks[0];
  if (answer === undefined) return undefined;
  const year = index.year(production);
  const group = productionGroup(production.kind);
  const own = new Set(production.networks.map(answerKey));
  const distractors = pickDistractors(
    random,
    index.networks,
    {
      // Networks that aired similar productions around the same time are the plausible ones.
      score: (n) => {
        const similar = index
          .productionsOnNetwork(n)
          .filter((p) => productionGroup(p.kind) === group && eraScore(index.year(p), year) >= 4).length;
        return Math.min(similar, 5);
      },
      label: (n) => n,
      // "KBS" next to "KBS2" would be arguable: neither may be a prefix of a right answer.
      excluded: (n) => {
        const key = answerKey(n);
        return [...own].some((o) => o.startsWith(key) || key.startsWith(o));
      },
    },
    [...own],
    ctx.choices - 1,
  );
  if (!distractors) return undefined;
  const platforms = production.platforms.length > 0 ? `Also streamed on: ${production.platforms.join(', ')}` : undefined;
  return assemble(random, {
    kind: 'production_network',
    prompt: `On which network did ${production.title} first air?`,
    answer,
    distractors,
    accepted: production.networks,
    match: 'exact',
    hints: [yearHint(year), platforms, initialsHint(answer)],
    subject: `production:${production.id}`,
    about: [{ kind: 'production', id: production.id }],
  });
}
