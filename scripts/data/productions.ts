/**
 * Productions stage: kowiki (Korean titles, dates, channels) and MDL (English titles, cast,
 * platforms) read and linked, then the curated files and the OST batches laid on top.
 */
import { romanize } from 'es-hangul';
import type { Production } from '../../src/core/model.js';
import type { ConflictLog } from './conflicts.js';
import type { CuratedProduction } from './curated.js';
import { IdAllocator, hasHangul, key, slug } from './ids.js';
import { mergeDrafts, type ProdDraft } from './productionDraft.js';
import { KOWIKI_SNAPSHOT, linkSources, near } from './productionLinks.js';
import { readKowiki, readMdl } from './productionSources.js';
import type { Exclusion } from './tiers.js';

export interface ProductionInputs {
  kowikiCsv: string;
  mdlCsv: string;
  joinedCsv: string;
  titleMapCsv: string;
  curated: CuratedProduction[];
  /** Source rows to leave out, by title. */
  exclusions: Exclusion[];
}

export const PRODUCTION_RULES: Record<string, string> = {
  linking:
    'MDL and kowiki rows are the same drama when the title map joins them (same first-air date, channel ' +
    'and episode count) or when titles_en_ko maps the English title to the Korean title and the years differ by at most 1.',
  'startDate / endDate / episodes':
    `kowiki (Korean Wikipedia infobox) wins over MDL, except dates announced after the kowiki snapshot (${KOWIKI_SNAPSHOT}) or a ` +
    'start date that is really the last broadcast day; curated files win over both.',
  networks: 'kowiki channel wins over MDL when it names a channel; streaming services are moved to platforms.',
  titleKo: 'curated, then kowiki, then the title map.',
};

export interface ProductionResult {
  productions: Production[];
  /** Finds a production id by title (or alias, or Korean title) and year. */
  find(title: string, year: number | undefined): string | undefined;
}

export function buildProductions(input: ProductionInputs, log: ConflictLog, progress: (m: string) => void): ProductionResult {
  const kowiki = readKowiki(input.kowikiCsv, input.exclusions);
  const mdl = readMdl(input.mdlCsv, input.exclusions);
  progress(`read ${kowiki.length} kowiki and ${mdl.length} MDL dramas`);
  const { drafts, stats } = linkSources(kowiki, mdl, input, log);
  progress(
    `linked ${stats.byJoin} by the date join, ${stats.byTitle} by title, ${stats.byCast} by date + channel + cast; ` +
      `${stats.titledFromMap} kowiki-only titled from the title list`,
  );
  const merged = applyCurated(drafts, input.curated, log);
  progress(`applied ${input.curated.length} curated entries`);
  return finalize(merged);
}

function draftKeys(d: { title?: string; titleKo?: string; aliases?: string[] }): string[] {
  return [d.title, d.titleKo, ...(d.aliases ?? [])].filter((t): t is string => !!t).map(key).filter((k) => k !== '');
}

/**
 * Curated entries (seed, recent dramas, famous aliases, OST batches) take precedence. Every draft
 * that matches one of an entry's titles within a year is merged into it, which also removes the
 * duplicates left when MDL and kowiki could not be linked automatically.
 */
function applyCurated(drafts: ProdDraft[], curated: CuratedProduction[], log: ConflictLog): ProdDraft[] {
  let pool = [...drafts];
  for (const c of curated) {
    const entry: ProdDraft = {
      kind: c.kind,
      title: c.title,
      titleKo: c.titleKo,
      aliases: c.aliases ?? [],
      year: c.year,
      startDate: c.startDate,
      endDate: c.endDate,
      networks: c.networks ?? [],
      platforms: c.platforms ?? [],
      episodes: c.episodes,
      cast: c.cast ?? [],
      tier: c.tier,
      sources: c.sources,
      origin: 'curated',
      curated: true,
    };
    const keys = new Set(draftKeys(entry));
    // An undated source row matches only by its exact Korean title.
    const koKey = c.titleKo ? key(c.titleKo) : '';
    const matches = pool.filter((d) =>
      d.year === undefined ? koKey !== '' && key(d.titleKo ?? '') === koKey : near(d.year, c.year) && draftKeys(d).some((k) => keys.has(k)),
    );
    // An earlier curated entry of the same year that lists this title (as title or alias) is the
    // same production under another name ("The Innocent Man" = "Nice Guy"): it keeps its title.
    const sameCurated = matches.find((m) => m.curated && m.year === c.year && draftKeys(m).includes(key(c.title)));
    let result = sameCurated ? mergeDrafts(sameCurated, entry, log, 'first curated entry preferred') : entry;
    // drafts with kowiki facts first, so that kowiki wins over MDL inside a curated entry too; a source
    // row found only by this entry's new alias joins the earlier curated entry as well
    const merged = matches.filter((m) => !m.curated).sort((x, y) => Number(y.sources.includes('kowiki')) - Number(x.sources.includes('kowiki')));
    for (const m of merged) result = mergeDrafts(result, m, log, 'curated file preferred');
    pool = pool.filter((d) => d !== sameCurated && !merged.includes(d));
    pool.push(result);
  }
  return pool;
}

function finalize(drafts: ProdDraft[]): ProductionResult {
  const ordered = [...drafts].sort(
    (a, b) =>
      Number(b.curated ?? false) - Number(a.curated ?? false) ||
      (a.year ?? 0) - (b.year ?? 0) ||
      (a.title ?? a.titleKo ?? '').localeCompare(b.title ?? b.titleKo ?? '') ||
      (a.startDate ?? '').localeCompare(b.startDate ?? ''),
  );
  const ids = new IdAllocator('production');
  const index = new Map<string, string[]>();
  const productions: Production[] = ordered.map((d) => {
    const title = d.title ?? d.titleKo ?? '?';
    const aliases = [...d.aliases];
    // the Revised Romanisation of the Korean title ("Dokkaebi"), a common way to type it
    if (d.titleKo && hasHangul(d.titleKo)) {
      const roman = romanize(d.titleKo).replace(/\s+/g, ' ').trim();
      const capitalised = roman.replace(/(^|\s)(\p{L})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());
      if (roman.length <= 120 && !aliases.some((a) => key(a) === key(roman)) && key(roman) !== key(title)) aliases.push(capitalised);
    }
    const id = ids.take(d.year !== undefined ? `${slug(title)}-${d.year}` : slug(title));
    for (const k of draftKeys(d)) index.set(`${k}|${d.year ?? ''}`, [...(index.get(`${k}|${d.year ?? ''}`) ?? []), id]);
    return {
      id,
      kind: d.kind,
      title,
      ...(d.titleKo ? { titleKo: d.titleKo } : {}),
      aliases: [...new Set(aliases)].filter((a) => a !== title && a !== d.titleKo).sort(),
      ...(d.year !== undefined ? { year: d.year } : {}),
      ...(d.startDate ? { startDate: d.startDate } : {}),
      ...(d.endDate ? { endDate: d.endDate } : {}),
      networks: d.networks,
      platforms: [...d.platforms].sort(),
      ...(d.episodes !== undefined ? { episodes: d.episodes } : {}),
      cast: d.cast,
      ...(d.tier ? { tier: d.tier } : {}),
      sources: [...new Set(d.sources)].sort(),
    };
  });
  productions.sort((a, b) => a.id.localeCompare(b.id));
  const find = (title: string, year: number | undefined): string | undefined => {
    const hits = index.get(`${key(title)}|${year ?? ''}`) ?? [];
    return hits.length >= 1 ? hits[0] : undefined;
  };
  return { productions, find };
}

