/**
 * Productions stage: kowiki (Korean titles, dates, channels) + MDL (English titles, cast,
 * platforms) linked through the title map, then curated files and the OST batches on top.
 */
import { romanize } from 'es-hangul';
import type { Production, ProductionKind } from '../../src/core/model.js';
import { readCsv, splitList, type CsvRow } from './csv.js';
import type { ConflictLog } from './conflicts.js';
import type { CuratedProduction } from './curated.js';
import { IdAllocator, hasHangul, key, slug } from './ids.js';
import { parseOutlets, parsePlatforms } from './networks.js';
import type { Exclusion } from './tiers.js';
import { label, mergeDrafts, yearOf, type ProdDraft } from './productionDraft.js';

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
    'kowiki (Korean Wikipedia infobox) wins over MDL, except dates announced after the kowiki snapshot (2020-05-06) or a ' +
    'start date that is really the last broadcast day; curated files win over both.',
  networks: 'kowiki channel wins over MDL when it names a channel; streaming services are moved to platforms.',
  titleKo: 'curated, then kowiki, then the title map.',
};

const WEB_PLATFORMS = new Set(['Naver TV', 'Kakao TV', 'V Live', 'Oksusu', 'Netflix', 'TVING', 'Wavve', 'Disney+', 'Coupang Play', 'iQiyi', 'Seezn', 'LINE TV', 'Sohu TV']);

function intOrUndef(s: string | undefined): number | undefined {
  const n = Number(s);
  return s && Number.isInteger(n) && n > 0 ? n : undefined;
}

function dateOrUndef(s: string | undefined): string | undefined {
  return s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) ? s : undefined;
}

function kowikiCast(cell: string): string[] {
  return splitList(cell, /,|、/)
    .map((n) => n.replace(/\([^)]*\)/g, '').replace(/\s*외$/, '').trim())
    .filter((n) => n !== '' && n !== '외' && n.length <= 40)
    .slice(0, 6);
}

function fromKowiki(r: CsvRow): ProdDraft | undefined {
  const outlets = parseOutlets(r.channel ?? '');
  const startDate = dateOrUndef(r.start_date);
  let endDate = dateOrUndef(r.end_date);
  if (startDate && endDate && endDate < startDate) endDate = undefined;
  const episodes = intOrUndef(r.episodes);
  if (!startDate && outlets.networks.length === 0 && !episodes) return undefined; // empty shell
  const titleKo = (r.title_ko ?? '').trim();
  if (titleKo === '' || titleKo.length > 120) return undefined;
  return {
    kind: outlets.networks.length === 0 && outlets.platforms.length > 0 ? 'web_drama' : 'tv_drama',
    titleKo,
    aliases: [],
    year: yearOf(startDate),
    startDate,
    endDate,
    networks: outlets.networks,
    platforms: outlets.platforms,
    episodes,
    cast: kowikiCast(r.cast_ko ?? ''),
    sources: ['kowiki'],
    origin: `kowiki`,
  };
}

function fromMdl(r: CsvRow): ProdDraft | undefined {
  const title = (r.title ?? '').trim();
  if (title === '') return undefined;
  const outlets = parseOutlets(splitList(r.original_network).join(', '));
  const startDate = dateOrUndef(r.start_date);
  let endDate = dateOrUndef(r.end_date);
  if (startDate && endDate && endDate < startDate) endDate = undefined;
  const platforms = [...new Set([...outlets.platforms, ...parsePlatforms(splitList(r.platforms))])];
  const webOnly = outlets.networks.length === 0 && outlets.platforms.some((p) => WEB_PLATFORMS.has(p));
  return {
    kind: webOnly ? 'web_drama' : 'tv_drama',
    title,
    aliases: [],
    year: yearOf(startDate) ?? intOrUndef(r.year),
    startDate,
    endDate,
    networks: outlets.networks,
    platforms,
    episodes: intOrUndef(r.episodes),
    cast: splitList(r.main_cast).map((n) => n.replace(/\s+/g, ' ')).slice(0, 6),
    sources: ['mdl'],
    origin: 'mdl',
  };
}

/** "부산행부산행" → "부산행": a doubling error of the title map. */
function undouble(s: string): string {
  const half = s.length / 2;
  return Number.isInteger(half) && s.slice(0, half) === s.slice(half) ? s.slice(0, half) : s;
}

const near = (a: number | undefined, b: number | undefined): boolean =>
  a === undefined || b === undefined || Math.abs(a - b) <= 1;

export interface ProductionResult {
  productions: Production[];
  /** Finds a production id by title (or alias, or Korean title) and year. */
  find(title: string, year: number | undefined): string | undefined;
}

export function buildProductions(input: ProductionInputs, log: ConflictLog, progress: (m: string) => void): ProductionResult {
  const excluded = (source: string): Set<string> =>
    new Set(input.exclusions.filter((e) => e.source === source).map((e) => key(e.title)));
  const noKowiki = excluded('kowiki');
  const noMdl = excluded('mdl');
  const kowiki = readCsv(input.kowikiCsv)
    .map(fromKowiki)
    .filter((d): d is ProdDraft => d !== undefined && !noKowiki.has(key(d.titleKo ?? '')));
  const mdlSeen = new Set<string>();
  const mdl = readCsv(input.mdlCsv)
    .map(fromMdl)
    .filter((d): d is ProdDraft => d !== undefined && d.year !== undefined && !noMdl.has(key(d.title ?? '')))
    .filter((d) => {
      // MDL lists a few dramas twice ("Bravo My Life" / "Bravo, My Life")
      const k = `${key(d.title ?? '')}|${d.startDate ?? d.year}`;
      if (mdlSeen.has(k)) return false;
      mdlSeen.add(k);
      return true;
    });
  progress(`read ${kowiki.length} kowiki and ${mdl.length} MDL dramas`);

  const kowikiByKo = groupBy(kowiki, (d) => key(d.titleKo ?? ''));
  const linked = new Set<ProdDraft>();
  const drafts: ProdDraft[] = [];

  // 1. High-confidence join (same date + channel + episodes).
  const joined = new Map<string, CsvRow>();
  for (const r of readCsv(input.joinedCsv)) joined.set(`${key(r.title_en_mdl ?? '')}|${r.start_date}`, r);
  // 2. English-Korean title list.
  const titleMap = new Map<string, CsvRow>();
  for (const r of readCsv(input.titleMapCsv)) if (r.title_en) titleMap.set(key(r.title_en), r);

  let byJoin = 0;
  let byMap = 0;
  for (const m of mdl) {
    const j = joined.get(`${key(m.title ?? '')}|${m.startDate ?? ''}`);
    let partner: ProdDraft | undefined;
    if (j) {
      partner = (kowikiByKo.get(key(j.title_ko ?? '')) ?? []).find((k) => k.startDate === j.start_date && !linked.has(k));
      if (partner) byJoin++;
    }
    const mapRow = titleMap.get(key(m.title ?? ''));
    if (mapRow) {
      const ko = undouble(mapRow.title_ko ?? '');
      m.aliases.push(...splitList(mapRow.other_titles).filter((t) => t.length <= 120));
      if (ko !== '') {
        m.titleKo = ko;
        m.sources.push('title-map');
        if (!partner) {
          const cands = (kowikiByKo.get(key(ko)) ?? []).filter((k) => !linked.has(k) && near(k.year, m.year));
          if (cands.length === 1) {
            partner = cands[0];
            byMap++;
          }
        }
      }
    }
    if (!partner) {
      // Latin-script titles that kowiki keeps as they are ("VIP", "W"), in the same year
      const same = (kowikiByKo.get(key(m.title ?? '')) ?? []).filter((k) => !linked.has(k) && k.year === m.year);
      if (same.length === 1) {
        partner = same[0];
        byMap++;
      }
    }
    if (partner) {
      linked.add(partner);
      drafts.push(mergeDrafts(trustedKowikiDates(partner, m, log), m, log, 'kowiki preferred'));
    } else drafts.push(m);
  }
  // 3. Kowiki rows no MDL row claimed; the title list may still give their English title.
  const usedMap = new Set(drafts.map((d) => key(d.title ?? '')));
  const mapByKo = groupBy([...titleMap.values()].filter((r) => !usedMap.has(key(r.title_en ?? ''))), (r) =>
    key(undouble(r.title_ko ?? '')),
  );
  let titledFromMap = 0;
  for (const k of kowiki) {
    if (linked.has(k)) continue;
    const rows = mapByKo.get(key(k.titleKo ?? '')) ?? [];
    const sameKo = kowikiByKo.get(key(k.titleKo ?? '')) ?? [];
    if (rows.length === 1 && sameKo.length === 1 && rows[0]) {
      k.title = rows[0].title_en;
      k.aliases.push(...splitList(rows[0].other_titles).filter((t) => t.length <= 120));
      k.sources.push('title-map');
      titledFromMap++;
    }
    drafts.push(k);
  }
  progress(`linked ${byJoin} by the date join and ${byMap} by the title list; ${titledFromMap} kowiki-only titled from the list`);
  const byCast = linkByCast(drafts, log);
  progress(`linked ${byCast.linked} more by first-air date, channel and a shared cast member`);

  const merged = applyCurated(byCast.drafts, input.curated, log);
  progress(`applied ${input.curated.length} curated entries`);
  return finalize(merged);
}

/** The kowiki snapshot was taken on this day: later dates in it were announced, not aired. */
export const KOWIKI_SNAPSHOT = '2020-05-06';

/**
 * Kowiki's dates lose to MDL's when they were only announced (after the snapshot) or when the
 * infobox parser kept the last date as the first (start = MDL's end, no end date).
 */
function trustedKowikiDates(k: ProdDraft, m: ProdDraft, log: ConflictLog): ProdDraft {
  const planned = k.startDate !== undefined && k.startDate > KOWIKI_SNAPSHOT && m.startDate !== undefined;
  const misparsed = k.endDate === undefined && k.startDate !== undefined && k.startDate === m.endDate;
  const differs = k.startDate !== m.startDate || (k.endDate !== undefined && k.endDate !== m.endDate);
  if ((!planned && !misparsed) || !differs) return { ...k, origin: 'kowiki' };
  const why = planned ? `kowiki's dates were announced before airing (snapshot ${KOWIKI_SNAPSHOT})` : "kowiki's start is the last broadcast day";
  log.add({
    area: 'production',
    entity: label({ ...m }),
    field: 'startDate',
    values: { kowiki: `${k.startDate ?? '-'} to ${k.endDate ?? '-'}`, mdl: `${m.startDate ?? '-'} to ${m.endDate ?? '-'}` },
    resolution: `${m.startDate ?? '-'} (MDL: ${why})`,
  });
  return { ...k, startDate: m.startDate, endDate: m.endDate, year: m.year, origin: 'kowiki' };
}

/**
 * Last automatic link: an MDL-only and a kowiki-only draft with the same first-air date, the same
 * first channel and at least one main cast member in common (Hangul romanised), when neither side
 * has another candidate.
 */
function linkByCast(drafts: ProdDraft[], log: ConflictLog): { drafts: ProdDraft[]; linked: number } {
  const castKeys = (d: ProdDraft): Set<string> =>
    new Set(d.cast.map((c) => (hasHangul(c) ? romanize(c) : c).toLowerCase().replace(/[^a-z0-9]+/g, '')).filter((c) => c !== ''));
  const only = (src: string, other: string): ProdDraft[] => drafts.filter((d) => d.sources.includes(src) && !d.sources.includes(other) && d.startDate);
  const kowikiOnly = only('kowiki', 'mdl');
  const mdlOnly = only('mdl', 'kowiki');
  const fits = (k: ProdDraft, m: ProdDraft): boolean => {
    if (k.startDate !== m.startDate) return false;
    if (k.networks[0] && m.networks[0] && k.networks[0] !== m.networks[0]) return false;
    const mc = castKeys(m);
    return [...castKeys(k)].some((c) => mc.has(c));
  };
  const merged = new Set<ProdDraft>();
  const out: ProdDraft[] = [];
  for (const k of kowikiOnly) {
    const ms = mdlOnly.filter((m) => !merged.has(m) && fits(k, m));
    if (ms.length === 0 || ms.some((m) => kowikiOnly.filter((k2) => fits(k2, m)).length > 1)) continue;
    let result = { ...k, origin: 'kowiki' };
    for (const m of ms) {
      result = mergeDrafts(result, m, log, 'kowiki preferred');
      merged.add(m);
    }
    merged.add(k);
    out.push(result);
  }
  return { drafts: [...drafts.filter((d) => !merged.has(d)), ...out], linked: out.length };
}

function groupBy<T>(xs: T[], k: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const kk = k(x);
    if (kk === '') continue;
    m.set(kk, [...(m.get(kk) ?? []), x]);
  }
  return m;
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
    if (sameCurated) {
      pool = pool.filter((d) => d !== sameCurated);
      pool.push(mergeDrafts(sameCurated, entry, log, 'first curated entry preferred'));
      continue;
    }
    let result = entry;
    // drafts with kowiki facts first, so that kowiki wins over MDL inside a curated entry too
    const merged = matches.filter((m) => !m.curated).sort((x, y) => Number(y.sources.includes('kowiki')) - Number(x.sources.includes('kowiki')));
    for (const m of merged) result = mergeDrafts(result, m, log, 'curated file preferred');
    pool = pool.filter((d) => !merged.includes(d));
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

export type { ProductionKind };
export { label };
