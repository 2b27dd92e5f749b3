/**
 * OST stage: keeps a song when both curation passes list it for the same production with the
 * same normalised title and the same performers; seed songs are always kept.
 */
import type { Credit, Song, SongRole, Tier } from '../../src/core/model.js';
import type { ArtistRegistry } from './artists.js';
import type { Batch, OstFile, OstSong } from './curated.js';
import { romanize } from 'es-hangul';
import { IdAllocator, hasHangul, key, slug } from './ids.js';
import { agreeRole, lowerTier, parseLanguage, parseRole, preferredTitle, sameTitle, songOrder, titleKey } from './ostRoles.js';
import { writeReport, type PairReport, type ProductionReport } from './ostReport.js';

export interface OstInputs {
  passA: OstFile[];
  passB: OstFile[];
  seed: OstFile[];
  batches: Batch[];
}

type Find = (title: string, year: number | undefined) => string | undefined;

interface Candidate {
  song: OstSong;
  performers: string[];
  setKey: string;
}

interface Draft {
  productionId: string;
  title: string;
  titleKo?: string;
  performerCredits: string[];
  role?: SongRole;
  language?: Song['language'];
  year?: number;
  credits: { by: string; roles: Credit['roles'] }[];
  notes: string[];
  tier?: Tier;
  sources: string[];
}

export interface OstResult {
  songs: Song[];
  report: string;
  warnings: string[];
  rates: { batch: number; rate: number | undefined; agreed: number; total: number }[];
}

export function buildSongs(input: OstInputs, find: Find, yearOf: (id: string) => number | undefined, artists: ArtistRegistry): OstResult {
  const warnings: string[] = [];
  const resolutionNotes = new Map<string, string>();
  const peek = (credit: string): string => {
    const r = artists.resolve(credit, 'curated-ost', false);
    if (r.how === 'ambiguous' && r.note) resolutionNotes.set(credit, `resolved to ${r.id}; ${r.note}`);
    if (r.how === 'created') resolutionNotes.set(credit, 'not in the artist data: a new artist (source curated-ost) once a song of theirs is kept or both passes name them');
    return r.id;
  };
  const byProduction = (files: OstFile[], pass: string): Map<string, Candidate[]> => {
    const out = new Map<string, Candidate[]>();
    for (const f of files) {
      for (const r of f.rejected) warnings.push(`${pass} ${f.file}: song #${r.index} skipped (${r.problem})`);
      const pid = find(f.production, f.year);
      if (!pid) {
        warnings.push(`${pass} ${f.file}: production "${f.production}" (${f.year}) not found; skipped`);
        continue;
      }
      const list = out.get(pid) ?? [];
      for (const song of f.songs) {
        song.by = song.by.flatMap((c) => splitDuo(c, artists));
        const performers = song.by.map(peek);
        const setKey = [...new Set(performers)].sort().join('+');
        // one pass may have written two files for one production under two titles
        if (list.some((c) => c.setKey === setKey && sameTitle(c.song, song))) continue;
        list.push({ song, performers, setKey });
      }
      out.set(pid, list);
    }
    return out;
  };
  const a = byProduction(input.passA, 'pass-a');
  const b = byProduction(input.passB, 'pass-b');
  // A singer both passes name (in any song) is an artist even when no song of theirs is agreed on.
  const named = (m: Map<string, Candidate[]>): Map<string, string> =>
    new Map([...m.values()].flat().flatMap((c) => c.song.by.map((credit, i) => [c.performers[i] ?? '', credit] as const)));
  const namedB = named(b);
  for (const [id, credit] of named(a)) if (id.startsWith('new:') && namedB.has(id)) artists.resolve(credit, 'curated-ost');

  const drafts: Draft[] = [];
  const reports = new Map<string, ProductionReport>();
  for (const pid of new Set([...a.keys(), ...b.keys()])) {
    const { agreed, report } = pairProduction(pid, a.get(pid), b.get(pid));
    reports.set(pid, report);
    drafts.push(...agreed);
  }
  addSeed(input.seed, drafts, find, warnings);

  const songs = finalizeSongs(drafts, yearOf, artists);
  const report = writeReport(input.batches, find, reports, resolutionNotes, warnings);
  return { songs, report: report.markdown, warnings, rates: report.rates };
}

function pairProduction(pid: string, listA: Candidate[] | undefined, listB: Candidate[] | undefined): { agreed: Draft[]; report: ProductionReport } {
  const report: ProductionReport = { hasA: !!listA, hasB: !!listB, agreed: 0, onlyA: [], onlyB: [], mismatched: [], fieldDiffs: [] };
  const agreed: Draft[] = [];
  const restB = [...(listB ?? [])];
  const restA: Candidate[] = [];
  for (const ca of listA ?? []) {
    const i = restB.findIndex((cb) => sameTitle(cb.song, ca.song) && cb.setKey === ca.setKey);
    const cb = i >= 0 ? restB.splice(i, 1)[0] : undefined;
    if (!cb) {
      restA.push(ca);
      continue;
    }
    report.agreed++;
    const pair = agree(pid, ca.song, cb.song);
    if (pair.diffs.length > 0) report.fieldDiffs.push({ title: ca.song.title, diffs: pair.diffs });
    agreed.push(pair.draft);
  }
  for (const ca of restA) {
    const i = restB.findIndex((cb) => sameTitle(cb.song, ca.song));
    const cb = i >= 0 ? restB.splice(i, 1)[0] : undefined;
    if (cb) report.mismatched.push({ title: ca.song.title, a: ca.song.by, b: cb.song.by } satisfies PairReport);
    else report.onlyA.push(describe(ca.song));
  }
  report.onlyB.push(...restB.map((cb) => describe(cb.song)));
  return { agreed, report };
}

/** "Howl & J" names two singers unless an artist is called exactly that. */
function splitDuo(credit: string, artists: ArtistRegistry): string[] {
  if (!/ (&|x|X) /.test(credit) || /\(/.test(credit) || artists.named(credit).length > 0) return [credit];
  return credit.split(/ (?:&|x|X) /).map((c) => c.trim()).filter((c) => c !== '');
}

function describe(s: OstSong): string {
  return `${s.title} — ${s.by.join(', ') || '?'}${s.role ? ` (${s.role})` : ''}`;
}

function agree(pid: string, sa: OstSong, sb: OstSong): { draft: Draft; diffs: string[] } {
  const diffs: string[] = [];
  const roleA = parseRole(sa.role);
  const roleB = parseRole(sb.role);
  const role = agreeRole(roleA, roleB);
  if ((sa.role ?? '') !== (sb.role ?? '')) diffs.push(`role: A ${sa.role ?? '-'} / B ${sb.role ?? '-'}`);
  const langA = parseLanguage(sa.lang);
  const langB = parseLanguage(sb.lang);
  if (langA !== langB) diffs.push(`lang: A ${sa.lang ?? '-'} / B ${sb.lang ?? '-'}`);
  if (sa.tier !== sb.tier) diffs.push(`tier: A ${sa.tier ?? '-'} / B ${sb.tier ?? '-'}`);
  const koA = sa.ko?.trim() || undefined;
  const koB = sb.ko?.trim() || undefined;
  if (koA !== koB) diffs.push(`ko: A ${koA ?? '-'} / B ${koB ?? '-'}`);
  const notes = (sa.notes ?? []).filter((n) => (sb.notes ?? []).includes(n));
  return {
    draft: {
      productionId: pid,
      title: preferredTitle(sa, sb),
      ...(agreedKo(sa, sb) ? { titleKo: agreedKo(sa, sb) } : {}),
      performerCredits: sa.by,
      ...(role ? { role } : {}),
      ...(langA && langA === langB ? { language: langA } : {}),
      ...(sa.year !== undefined && sa.year === sb.year ? { year: sa.year } : {}),
      credits: [],
      notes,
      ...(lowerTier(sa.tier, sb.tier) ? { tier: lowerTier(sa.tier, sb.tier) } : {}),
      sources: ['curated-ost'],
    },
    diffs,
  };
}

/** The Hangul title when both passes give it, or one gives it and the other's title is its romanisation. */
function agreedKo(sa: OstSong, sb: OstSong): string | undefined {
  const koA = sa.ko?.trim() || undefined;
  const koB = sb.ko?.trim() || undefined;
  if (koA && koB) return key(koA) === key(koB) ? koA : undefined;
  const [ko, other] = koA ? [koA, sb] : [koB, sa];
  if (!ko || !hasHangul(ko)) return undefined;
  return titleKey(romanize(ko)) === titleKey(other.title) ? ko : undefined;
}

/** Seed songs are authoritative: they override what the passes agreed on and are always kept. */
function addSeed(seed: OstFile[], drafts: Draft[], find: Find, warnings: string[]): void {
  for (const f of seed) {
    const pid = find(f.production, f.year);
    if (!pid) {
      warnings.push(`seed ${f.file}: production "${f.production}" (${f.year}) not found`);
      continue;
    }
    for (const s of f.songs) {
      const i = drafts.findIndex((d) => d.productionId === pid && sameTitle({ title: d.title, ko: d.titleKo }, s));
      const base = i >= 0 ? drafts.splice(i, 1)[0] : undefined;
      const role = parseRole(s.role) ?? base?.role;
      const language = parseLanguage(s.lang) ?? base?.language;
      const titleKo = s.ko?.trim() || base?.titleKo;
      const tier = s.tier ?? base?.tier;
      drafts.push({
        productionId: pid,
        title: s.title,
        ...(titleKo ? { titleKo } : {}),
        performerCredits: s.by.length > 0 ? s.by : (base?.performerCredits ?? []),
        ...(role ? { role } : {}),
        ...(language ? { language } : {}),
        ...(s.year ?? base?.year ? { year: s.year ?? base?.year } : {}),
        credits: s.credits ?? [],
        notes: [...new Set([...(s.notes ?? []), ...(base?.notes ?? [])])],
        ...(tier ? { tier } : {}),
        sources: [...new Set([...(s.sources ?? [f.source ?? 'seed-articles']), ...(base?.sources ?? [])])],
      });
    }
  }
}

function finalizeSongs(drafts: Draft[], yearOf: (id: string) => number | undefined, artists: ArtistRegistry): Song[] {
  const ordered = [...drafts].sort((x, y) => {
    const [tx, nx] = songOrder(x.role);
    const [ty, ny] = songOrder(y.role);
    const seedFirst = Number(y.sources.includes('seed-articles')) - Number(x.sources.includes('seed-articles'));
    return x.productionId.localeCompare(y.productionId) || tx - ty || nx - ny || seedFirst || x.title.localeCompare(y.title);
  });
  const ids = new IdAllocator('song');
  const seen = new Set<string>();
  const usedParts = new Set<string>();
  const songs: Song[] = [];
  for (const d of ordered) {
    if (d.role?.type === 'ost_part' && d.role.number !== undefined) {
      // two songs claiming one part number: the number is unreliable for the later one
      const partKey = `${d.productionId}|${d.role.number}`;
      if (usedParts.has(partKey)) d.role = { type: 'ost_part' };
      else usedParts.add(partKey);
    }
    const performers = [...new Set(d.performerCredits.map((c) => artists.resolve(c, 'curated-ost').id))];
    const dupKey = `${d.productionId}|${titleKey(d.title)}|${[...performers].sort().join('+')}`;
    if (seen.has(dupKey)) continue;
    seen.add(dupKey);
    const base = `${slug(d.title)}-${d.productionId}`;
    const first = artists.byId.get(performers[0] ?? '')?.name;
    const id = ids.has(base) ? ids.take(`${slug(d.title)}-${first ? slug(first) : 'x'}-${d.productionId}`) : ids.take(base);
    const year = d.year ?? yearOf(d.productionId);
    songs.push({
      id,
      title: d.title,
      ...(d.titleKo ? { titleKo: d.titleKo } : {}),
      productionId: d.productionId,
      performers,
      ...(d.role ? { role: d.role } : {}),
      ...(d.language ? { language: d.language } : {}),
      ...(year !== undefined ? { year } : {}),
      credits: d.credits.map((c) => ({ artistId: artists.resolve(c.by, 'curated-ost').id, roles: c.roles })),
      notes: d.notes.filter((n) => n.length <= 120),
      ...(d.tier ? { tier: d.tier } : {}),
      sources: [...new Set(d.sources)].sort(),
    });
  }
  return songs;
}

export { key };
