/** A production while it is being assembled from several sources, and how two drafts merge. */
import type { ProductionKind, Tier } from '../../src/core/model.js';
import type { ConflictLog } from './conflicts.js';
import { hasHangul, key } from './ids.js';

export interface ProdDraft {
  kind: ProductionKind;
  /** English title; kowiki-only drafts have none. */
  title?: string;
  titleKo?: string;
  aliases: string[];
  year?: number;
  startDate?: string;
  endDate?: string;
  networks: string[];
  platforms: string[];
  episodes?: number;
  cast: string[];
  tier?: Tier;
  sources: string[];
  /** Where the draft came from, for conflict messages ("mdl:Goblin"). */
  origin: string;
  /** True when a curated file fixed the kind, title and year. */
  curated?: boolean;
}

export function yearOf(date: string | undefined): number | undefined {
  return date ? Number(date.slice(0, 4)) : undefined;
}

export function label(d: ProdDraft): string {
  return `${d.title ?? d.titleKo ?? '?'} (${d.year ?? '?'})`;
}

const uniq = (xs: string[]): string[] => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = key(x);
    if (k === '' || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

/**
 * Merges `low` into `high`: `high` wins every disagreement, which is logged. Titles that lose
 * become aliases; lists are united; Latin-script cast is preferred for display.
 */
export function mergeDrafts(high: ProdDraft, low: ProdDraft, log: ConflictLog, rule: string): ProdDraft {
  const entity = label(high.title ? high : { ...high, title: low.title });
  const pick = <T extends string | number>(field: string, a: T | undefined, b: T | undefined): T | undefined => {
    // spacing and punctuation differences ("굿와이프" / "굿 와이프") are not conflicts
    const same = typeof a === 'string' && typeof b === 'string' ? key(a) === key(b) : a === b;
    if (a !== undefined && b !== undefined && !same) {
      log.add({
        area: 'production',
        entity,
        field,
        values: { [high.origin]: String(a), [low.origin]: String(b) },
        resolution: `${String(a)} (${rule})`,
      });
    }
    return a ?? b;
  };
  const title = high.title ?? low.title;
  const titleKo = pick('titleKo', high.titleKo, low.titleKo);
  const losers = [low.title, high.title, low.titleKo, high.titleKo].filter(
    (t): t is string => t !== undefined && t !== title && t !== titleKo,
  );
  // kowiki sometimes names only "KBS"; a source that says which channel (KBS1, KBS2) refines it
  const kbs = low.networks.filter((n) => n === 'KBS1' || n === 'KBS2');
  const refined = kbs.length > 0 && high.networks.includes('KBS') ? [...new Set(high.networks.flatMap((n) => (n === 'KBS' ? kbs : n === 'KBS W' ? [] : [n])))] : high.networks;
  const networks = refined.length > 0 ? refined : low.networks;
  if (high.networks.length > 0 && low.networks.length > 0 && high.networks.join('|') !== low.networks.join('|')) {
    log.add({
      area: 'production',
      entity,
      field: 'networks',
      values: { [high.origin]: high.networks.join(', '), [low.origin]: low.networks.join(', ') },
      resolution: refined !== high.networks ? `${refined.join(', ')} (the specific KBS channel)` : `${high.networks.join(', ')} (${rule})`,
    });
  }
  const latinCast = (d: ProdDraft): boolean => d.cast.length > 0 && !d.cast.some(hasHangul);
  const cast = latinCast(low) && !latinCast(high) ? low.cast : high.cast.length > 0 ? high.cast : low.cast;
  const startDate = pick('startDate', high.startDate, low.startDate);
  return {
    kind: high.curated || !low.curated ? high.kind : low.kind,
    title,
    titleKo,
    aliases: uniq([...high.aliases, ...low.aliases, ...losers]).filter((a) => key(a) !== key(title ?? '') && a !== titleKo),
    year: high.curated ? high.year : (yearOf(startDate) ?? high.year ?? low.year),
    startDate,
    endDate: pick('endDate', high.endDate, low.endDate),
    networks,
    platforms: [...new Set([...high.platforms, ...low.platforms])],
    episodes: pick('episodes', high.episodes, low.episodes),
    cast,
    tier: high.tier ?? low.tier,
    sources: [...new Set([...high.sources, ...low.sources])],
    origin: high.origin,
    curated: high.curated === true || low.curated === true,
  };
}
