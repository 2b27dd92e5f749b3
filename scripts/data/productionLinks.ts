/**
 * Links the same drama across kowiki and MDL: the title map's date join, the English–Korean title
 * list, identical Latin-script titles, then first-air date + channel + a shared cast member (or two
 * given names that agree across romanisations).
 */
import { romanize } from 'es-hangul';
import { foldLatin } from '../../src/core/text/normalize.js';
import { readCsv, splitList, type CsvRow } from './csv.js';
import type { ConflictLog } from './conflicts.js';
import { hasHangul, key } from './ids.js';
import { label, mergeDrafts, type ProdDraft } from './productionDraft.js';

export const near = (a: number | undefined, b: number | undefined): boolean =>
  a === undefined || b === undefined || Math.abs(a - b) <= 1;

/** "부산행부산행" → "부산행": a doubling error of the title map. */
function undouble(s: string): string {
  const half = s.length / 2;
  return Number.isInteger(half) && s.slice(0, half) === s.slice(half) ? s.slice(0, half) : s;
}

export interface LinkStats {
  byJoin: number;
  byTitle: number;
  titledFromMap: number;
  byCast: number;
}

/** One draft per drama: linked pairs merged (kowiki preferred), the rest as they were. */
export function linkSources(
  kowiki: ProdDraft[],
  mdl: ProdDraft[],
  paths: { joinedCsv: string; titleMapCsv: string },
  log: ConflictLog,
): { drafts: ProdDraft[]; stats: LinkStats } {
  const kowikiByKo = groupBy(kowiki, (d) => key(d.titleKo ?? ''));
  const kowikiByRoman = groupBy(kowiki, (d) => (d.titleKo && hasHangul(d.titleKo) ? key(romanize(d.titleKo)) : ''));
  const linked = new Set<ProdDraft>();
  const drafts: ProdDraft[] = [];

  // 1. High-confidence join (same date + channel + episodes).
  const joinRows = readCsv(paths.joinedCsv);
  const joined = new Map<string, CsvRow>();
  for (const r of joinRows) joined.set(`${key(r.title_en_mdl ?? '')}|${r.start_date}`, r);
  // Korean titles the join gives to two MDL titles: mostly one drama listed twice by MDL, but Marriage
  // Contract and My Little Baby are two dramas that began the same day; there the end date must agree too.
  const claims = groupBy(joinRows, (r) => `${key(r.title_ko ?? '')}|${r.start_date}`);
  const contested = (ko: string, start: string): boolean => (claims.get(`${key(ko)}|${start}`) ?? []).length > 1;
  // 2. English-Korean title list.
  const titleMap = new Map<string, CsvRow>();
  for (const r of readCsv(paths.titleMapCsv)) if (r.title_en) titleMap.set(key(r.title_en), r);

  let byJoin = 0;
  let byMap = 0;
  for (const m of mdl) {
    const j = joined.get(`${key(m.title ?? '')}|${m.startDate ?? ''}`);
    let partner: ProdDraft | undefined;
    if (j) {
      const endAgrees = (k: ProdDraft): boolean =>
        !contested(j.title_ko ?? '', j.start_date ?? '') || !k.endDate || !m.endDate || k.endDate === m.endDate;
      partner = (kowikiByKo.get(key(j.title_ko ?? '')) ?? []).find((k) => k.startDate === j.start_date && !linked.has(k) && endAgrees(k));
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
      // Latin-script titles that kowiki keeps as they are ("VIP", "W"), or MDL titles that are the
      // romanised Korean title ("Daemyeong" = 대명), in the same year
      const candidates = [...(kowikiByKo.get(key(m.title ?? '')) ?? []), ...(kowikiByRoman.get(key(m.title ?? '')) ?? [])];
      const same = [...new Set(candidates)].filter((k) => !linked.has(k) && k.year === m.year);
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
  const byCast = linkByCast(drafts, log);
  return { drafts: byCast.drafts, stats: { byJoin, byTitle: byMap, titledFromMap, byCast: byCast.linked } };
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
    if ([...castKeys(k)].some((c) => mc.has(c))) return true;
    // romanisations differ (김래원 → "gimraewon", MDL "Kim Rae Won"): two given names that agree will do
    const mg = givenNames(m);
    return [...givenNames(k)].filter((g) => mg.has(g)).length >= 2;
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

/** Letters romanised names write either way (희 "hui" / "Hee", 명 "myeong" / "Myung", 김 "gim" / "Kim"). */
const NAME_FOLDS: readonly [RegExp, string][] = [
  [/ui/g, 'i'],
  [/yu/g, 'yo'],
  [/u/g, 'o'],
  [/ch/g, 'j'],
  [/k/g, 'g'],
  [/p/g, 'b'],
  [/t/g, 'd'],
  [/r/g, 'l'],
  [/h/g, ''],
  [/(.)\1+/g, '$1'],
];

/**
 * Given names of a cast (the surname dropped: the first syllable of a Korean name, the first word of a
 * romanised one), reduced to a skeleton that the usual romanisations share ("Ah Joong" = 아중 "ajung").
 */
function givenNames(d: ProdDraft): Set<string> {
  const out = new Set<string>();
  for (const raw of d.cast) {
    const name = raw.replace(/\(.*?\)/g, '').trim();
    const given = hasHangul(name) ? romanize(name.replace(/\s+/g, '').slice(1)) : name.split(/\s+/).slice(1).join('');
    // the search's Latin fold (eo/o, oo/u, ae/e, doubled letters), then what romanisations of names swap
    let skeleton = foldLatin(given.toLowerCase().replace(/[^a-z]/g, '').replace(/ee/g, 'i'));
    for (const [from, to] of NAME_FOLDS) skeleton = skeleton.replace(from, to);
    if (skeleton.length >= 3) out.add(skeleton);
  }
  return out;
}

export function groupBy<T>(xs: T[], k: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const kk = k(x);
    if (kk === '') continue;
    m.set(kk, [...(m.get(kk) ?? []), x]);
  }
  return m;
}

