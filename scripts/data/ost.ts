/**
 * OST stage: keeps a song when at least two curation passes list it for the same production with
 * the same normalised title and the same performers (with passes A and B only: when both do);
 * seed songs are always kept. Songs are ordered in a production by part number.
 */
import type { Song, SongRole } from '../../src/core/model.js';
import type { ArtistRegistry } from './artists.js';
import type { Batch, OstFile, OstSong } from './curated.js';
import { IdAllocator, slug } from './ids.js';
import { namedByPasses, readCandidates, type Candidate, type Find, type OstPass } from './ostCandidates.js';
import { parseLanguage, parseRole, sameTitle, songOrder, titleKey } from './ostRoles.js';
import { writeReport, type BatchRate, type ProductionReport } from './ostReport.js';
import { NO_REVIEW, applyCreditFixes, applySameSong, dropRefuted, type OstReview } from './ostReview.js';
import { MIN_PASSES, agreeCluster, clusterSongs, pairCount, settlePartNumbers, type Cluster, type Draft } from './ostVotes.js';

export interface OstInputs {
  passes: OstPass[];
  seed: OstFile[];
  batches: Batch[];
  review?: OstReview;
}

export interface OstResult {
  songs: Song[];
  report: string;
  warnings: string[];
  rates: BatchRate[];
  /** Numbered OST parts per production id, where at least two passes give the same count. */
  parts: Map<string, number>;
  /** Vocal songs on the OST album per production id, where at least two passes give the same count. */
  albumSongs: Map<string, number>;
}

export function buildSongs(input: OstInputs, find: Find, yearOf: (id: string) => number | undefined, artists: ArtistRegistry): OstResult {
  const warnings: string[] = [];
  const notes = new Map<string, string>();
  const review = input.review ?? NO_REVIEW;
  applyCreditFixes(review, input.passes);
  const byPass = input.passes.map((p) => readCandidates(p, find, artists, notes, warnings));
  applySameSong(review, byPass, find, warnings);
  // A singer two passes name (in any song) is an artist even when no song of theirs is kept.
  for (const credit of namedByPasses(byPass, MIN_PASSES).values()) artists.resolve(credit, 'curated-ost');

  const drafts: Draft[] = [];
  const reports = new Map<string, ProductionReport>();
  const pids = new Set(byPass.flatMap((m) => [...m.keys()]));
  for (const pid of pids) {
    const lists = byPass.map((m) => m.get(pid));
    const clusters = clusterSongs(lists.filter((l): l is Candidate[] => l !== undefined));
    const report = describeProduction(input.passes, lists, clusters);
    for (const c of clusters.filter((k) => k.members.length >= MIN_PASSES)) {
      const { draft, diffs } = agreeCluster(pid, c);
      if (diffs.length > 0) report.fieldDiffs.push({ title: draft.title, diffs });
      drafts.push(draft);
    }
    reports.set(pid, report);
  }
  addSeed(input.seed, drafts, find, warnings);
  settlePartNumbers(drafts);
  const performerIds = (credits: string[]): string =>
    [...new Set(credits.map((c) => artists.resolve(c, 'curated-ost', false).id))].sort().join('+');
  const reviewed = dropRefuted(review, drafts, find, performerIds, warnings);
  const songs = mergeGroupCredits(finalizeSongs(reviewed, yearOf, artists), artists, warnings).filter((song) => {
    const wrong = implausiblePerformer(song, artists);
    if (wrong) warnings.push(`${song.id}: dropped, "${wrong}" is linked to an idol who debuted years after the song (another singer of that name?)`);
    return !wrong;
  });
  const parts = agreedPartCounts(input.passes, find, songs, warnings);
  const albumSongs = agreedAlbumCounts(input.passes, find, songs, warnings);
  const names = input.passes.map((p) => p.name);
  const report = writeReport(input.batches, names, find, reports, notes, warnings);
  return { songs, report: report.markdown, warnings, rates: report.rates, parts, albumSongs };
}

/**
 * One song credited once to a whole group and once to some of its members (passes differ in how
 * they credit a unit): the members' credit is kept, with the part number either gives.
 */
export function mergeGroupCredits(songs: Song[], artists: ArtistRegistry, warnings: string[]): Song[] {
  const dropped = new Set<Song>();
  const groupOf = (whole: string[], members: string[]): boolean =>
    whole.length === 1 &&
    members.length > 0 &&
    members.every((id) => artists.byId.get(id)?.memberships.some((m) => m.groupId === whole[0]));
  for (const whole of songs) {
    for (const part of songs) {
      if (whole === part || dropped.has(part) || whole.productionId !== part.productionId) continue;
      if (!groupOf(whole.performers, part.performers)) continue;
      if (!sameTitle({ title: whole.title, ko: whole.titleKo }, { title: part.title, ko: part.titleKo })) continue;
      dropped.add(whole);
      const number = whole.role?.number;
      const taken = number !== undefined && songs.some((s) => s !== whole && s.productionId === part.productionId && s.role?.number === number);
      if (part.role?.number === undefined && whole.role && !taken) part.role = whole.role;
      part.sources = [...new Set([...part.sources, ...whole.sources])].sort();
      warnings.push(`${whole.id}: merged into ${part.id} (the group's credit for the song its members sang)`);
    }
  }
  // a member's song may have taken the group credit's part number: restore part order
  return songs
    .filter((s) => !dropped.has(s))
    .sort(tracklistOrder);
}

/** Songs by production, then role type, then part number. */
function tracklistOrder(x: { productionId: string; role?: SongRole }, y: { productionId: string; role?: SongRole }): number {
  const [tx, nx] = songOrder(x.role);
  const [ty, ny] = songOrder(y.role);
  return x.productionId.localeCompare(y.productionId) || tx - ty || nx - ny;
}

/**
 * The name of a performer linked to an idol who could not have sung the song: every group of theirs,
 * and their own debut, came more than a year after it (a plain name matched the wrong person).
 */
export function implausiblePerformer(song: Song, artists: ArtistRegistry): string | undefined {
  if (song.year === undefined) return undefined;
  const late = (y: number | undefined): boolean => y !== undefined && y > (song.year ?? 0) + 1;
  for (const id of song.performers) {
    const a = artists.byId.get(id);
    if (!a || a.memberships.length === 0 || (a.debutYear !== undefined && !late(a.debutYear))) continue;
    if (a.memberships.every((m) => late(artists.byId.get(m.groupId)?.debutYear))) return a.name;
  }
  return undefined;
}

/** Per production id, the count `get` reads from each pass's file that gives one. */
function countVotes(passes: OstPass[], find: Find, get: (f: OstPass['files'][number]) => number | undefined): Map<string, number[]> {
  const votes = new Map<string, number[]>();
  for (const pass of passes) {
    for (const f of pass.files) {
      const n = get(f);
      const pid = n === undefined ? undefined : find(f.production, f.year);
      if (pid && n !== undefined) votes.set(pid, [...(votes.get(pid) ?? []), n]);
    }
  }
  return votes;
}

function agreedCount(counts: number[]): number | undefined {
  return [...new Set(counts)].find((n) => counts.filter((c) => c === n).length >= MIN_PASSES);
}

/**
 * The album's vocal song count two passes agree on, unless more songs of the production are kept
 * (then the count, or a kept song, is wrong: it is dropped with a warning).
 */
export function agreedAlbumCounts(passes: OstPass[], find: Find, songs: Song[], warnings: string[]): Map<string, number> {
  const kept = new Map<string, number>();
  for (const s of songs) kept.set(s.productionId, (kept.get(s.productionId) ?? 0) + 1);
  const out = new Map<string, number>();
  for (const [pid, counts] of countVotes(passes, find, (f) => f.albumSongs)) {
    const agreed = agreedCount(counts);
    if (agreed === undefined) continue;
    if ((kept.get(pid) ?? 0) > agreed) warnings.push(`${pid}: passes agree on ${agreed} album songs but ${kept.get(pid)} songs are kept; count dropped`);
    else out.set(pid, agreed);
  }
  return out;
}

/** The part count two passes agree on, unless a kept song has a higher part number. */
export function agreedPartCounts(passes: OstPass[], find: Find, songs: Song[], warnings: string[]): Map<string, number> {
  const votes = countVotes(passes, find, (f) => f.parts);
  const highest = new Map<string, number>();
  for (const s of songs) {
    if (s.role?.type === 'ost_part' && s.role.number !== undefined) {
      highest.set(s.productionId, Math.max(highest.get(s.productionId) ?? 0, s.role.number));
    }
  }
  const parts = new Map<string, number>();
  for (const [pid, counts] of votes) {
    const agreed = agreedCount(counts);
    if (agreed === undefined) continue;
    if ((highest.get(pid) ?? 0) > agreed) warnings.push(`${pid}: passes agree on ${agreed} parts but a kept song is Part ${highest.get(pid)}; count dropped`);
    else parts.set(pid, agreed);
  }
  return parts;
}

function describe(s: OstSong): string {
  return `${s.title} — ${s.by.join(', ') || '?'}${s.role ? ` (${s.role})` : ''}`;
}

/** Songs only one pass lists, titles listed with other performers, and each pair's agreement. */
function describeProduction(passes: OstPass[], lists: (Candidate[] | undefined)[], clusters: Cluster[]): ProductionReport {
  const kept = clusters.filter((c) => c.members.length >= MIN_PASSES);
  const single = clusters.filter((c) => c.members.length < MIN_PASSES);
  const report: ProductionReport = {
    passes: passes.filter((_, i) => lists[i] !== undefined).map((p) => p.name),
    kept: kept.length,
    listed: lists.reduce((n, l) => n + (l?.length ?? 0), 0),
    single: [],
    mismatched: [],
    fieldDiffs: [],
    pairs: new Map(),
    byPass: new Map(
      passes.flatMap((p, i) => {
        const list = lists[i];
        if (!list) return [];
        const keptOfPass = kept.filter((c) => c.members.some((m) => m.pass === p.name)).length;
        return [[p.name, { listed: list.length, kept: keptOfPass }] as const];
      }),
    ),
  };
  const shown = new Set<Cluster>();
  for (const c of single) {
    if (shown.has(c)) continue;
    const m = c.members[0] as Candidate;
    const sameName = clusters.filter((o) => o !== c && !o.members.some((x) => x.pass === m.pass) && o.members.some((x) => sameTitle(x.song, m.song)));
    if (sameName.length === 0) {
      report.single.push({ pass: m.pass, text: describe(m.song) });
      continue;
    }
    const versions = [c, ...sameName].map(
      (k) => `${k.members.map((x) => x.pass.replace(/^pass-/, '').toUpperCase()).join(', ')}: ${k.members[0]?.song.by.join(', ') || '?'}`,
    );
    for (const k of sameName) shown.add(k);
    report.mismatched.push({ title: m.song.title, versions });
  }
  passes.forEach((x, i) =>
    passes.slice(i + 1).forEach((y, j) => {
      const lx = lists[i];
      const ly = lists[i + 1 + j];
      if (lx && ly) report.pairs.set(`${x.name}/${y.name}`, pairCount(lx, ly));
    }),
  );
  return report;
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
    const seedFirst = Number(y.sources.includes('seed-articles')) - Number(x.sources.includes('seed-articles'));
    return tracklistOrder(x, y) || seedFirst || x.title.localeCompare(y.title);
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

