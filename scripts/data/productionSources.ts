/** Reads kowiki and MDL rows into production drafts (one source each, not yet linked). */
import { readCsv, splitList, type CsvRow } from './csv.js';
import { key } from './ids.js';
import { parseOutlets, parsePlatforms } from './networks.js';
import { yearOf, type ProdDraft } from './productionDraft.js';
import type { Exclusion } from './tiers.js';

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

function excluded(exclusions: Exclusion[], source: Exclusion['source']): Set<string> {
  return new Set(exclusions.filter((e) => e.source === source).map((e) => key(e.title)));
}

/** Kowiki dramas, without empty shells and excluded rows. */
export function readKowiki(path: string, exclusions: Exclusion[]): ProdDraft[] {
  const skip = excluded(exclusions, 'kowiki');
  return readCsv(path)
    .map(fromKowiki)
    .filter((d): d is ProdDraft => d !== undefined && !skip.has(key(d.titleKo ?? '')));
}

/** MDL dramas with a year, without excluded rows and without MDL's own duplicate rows. */
export function readMdl(path: string, exclusions: Exclusion[]): ProdDraft[] {
  const skip = excluded(exclusions, 'mdl');
  const seen = new Set<string>();
  const byRun = new Map<string, ProdDraft>();
  return readCsv(path)
    .map(fromMdl)
    .filter((d): d is ProdDraft => d !== undefined && d.year !== undefined && !skip.has(key(d.title ?? '')))
    .filter((d) => {
      // MDL lists a few dramas twice ("Bravo My Life" / "Bravo, My Life")
      const k = `${key(d.title ?? '')}|${d.startDate ?? d.year}`;
      if (seen.has(k)) return false;
      seen.add(k);
      // ... or under a second English title with the very same run and cast ("Secret Love" / "Love and
      // Secret"): the later row's title becomes an alias of the first
      if (!d.startDate || !d.endDate || d.cast.length < 2) return true;
      const run = `${d.startDate}|${d.endDate}|${d.episodes ?? ''}|${d.cast.map(key).join('+')}`;
      const first = byRun.get(run);
      if (!first) {
        byRun.set(run, d);
        return true;
      }
      if (d.title) first.aliases.push(d.title);
      return false;
    });
}
