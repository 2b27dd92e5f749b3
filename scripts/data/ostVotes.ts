/**
 * Agreement between curation passes. Songs of one production are grouped across passes when
 * their titles match (English, Hangul or romanised) and their performer sets are equal; a group
 * listed by at least two passes is kept, and each field keeps what at least two passes agree on.
 */
import { romanize } from 'es-hangul';
import type { Credit, Song, SongRole, Tier } from '../../src/core/model.js';
import type { Candidate } from './ostCandidates.js';
import { hasHangul, key } from './ids.js';
import { parseLanguage, parseRole, preferredTitle, roleText, sameTitle, titleKey } from './ostRoles.js';
import type { OstSong } from './curated.js';

/** Passes that must list a song, and agree on a field, for it to be kept. */
export const MIN_PASSES = 2;

export interface Draft {
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
  /** Part numbers the passes gave this song (one entry per pass), for settling numbers across songs. */
  partVotes?: number[];
}

/** The same song as listed by several passes (at most once per pass). */
export interface Cluster {
  members: Candidate[];
}

export function clusterSongs(lists: Candidate[][]): Cluster[] {
  let clusters: Cluster[] = [];
  const passes = (k: Cluster): Set<string> => new Set(k.members.map((m) => m.pass));
  for (const list of lists) {
    for (const c of list) {
      const homes = clusters.filter(
        (k) => !passes(k).has(c.pass) && k.members.some((m) => m.setKey === c.setKey && sameTitle(m.song, c.song)),
      );
      const [home, ...others] = homes;
      if (!home) {
        clusters.push({ members: [c] });
        continue;
      }
      home.members.push(c);
      // the candidate may join two clusters that differ only in how each spelled the title
      for (const o of others) {
        if ([...passes(o)].some((p) => passes(home).has(p))) continue;
        home.members.push(...o.members);
        clusters = clusters.filter((k) => k !== o);
      }
    }
  }
  return clusters;
}

/** The value at least MIN_PASSES members give (the most given, on a tie the first). */
function majority<T>(values: (T | undefined)[], id: (v: T) => string): T | undefined {
  const counts = new Map<string, { v: T; n: number }>();
  for (const v of values) {
    if (v === undefined) continue;
    const e = counts.get(id(v)) ?? { v, n: 0 };
    e.n++;
    counts.set(id(v), e);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return best && best.n >= MIN_PASSES ? best.v : undefined;
}

const TIER_RANK: Record<Tier, number> = { deep_cut: 0, notable: 1, signature: 2 };

/** The later check's pass: it only lists what a cited page states. */
export const CHECK_PASS = 'pass-v';

function countNumbers(numbers: number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const n of numbers) counts.set(n, (counts.get(n) ?? 0) + 1);
  return counts;
}

/** The number with at least MIN_PASSES votes and more than any other; none on a tie. */
function clearWinner(counts: Map<number, number>): number | undefined {
  const [best, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= MIN_PASSES && (!second || second[1] < best[1]) ? best[0] : undefined;
}

/**
 * Roles: the type most passes give (at least two), with the number at least two of them give; a
 * pass that gives the type without a number does not vote against a number. Two numbers tied
 * keep none. A number the check (`checked`, from a cited page) gives is kept only with one more
 * vote, and a number it contradicts is not kept.
 */
export function agreedRole(roles: (SongRole | undefined)[], checked?: SongRole): SongRole | undefined {
  const type = majority(roles.map((r) => r?.type), (t) => t);
  if (!type) return undefined;
  const counts = countNumbers(roles.flatMap((r) => (r?.type === type && r.number !== undefined ? [r.number] : [])));
  let number = clearWinner(counts);
  if (checked?.type === type && checked.number !== undefined) {
    number = (counts.get(checked.number) ?? 0) >= MIN_PASSES ? checked.number : undefined;
  }
  return number === undefined ? { type } : { type, number };
}

/** Tier: when enough passes give one, the lowest of them. */
export function agreedTier(tiers: (Tier | undefined)[]): Tier | undefined {
  const given = tiers.filter((t): t is Tier => t !== undefined);
  if (given.length < MIN_PASSES) return undefined;
  return given.sort((a, b) => TIER_RANK[a] - TIER_RANK[b])[0];
}

/** The Hangul title two members give, or one gives and the other's title is its romanisation. */
function agreedKo(sa: OstSong, sb: OstSong): string | undefined {
  const koA = sa.ko?.trim() || undefined;
  const koB = sb.ko?.trim() || undefined;
  if (koA && koB) return key(koA) === key(koB) ? koA : undefined;
  const [ko, other] = koA ? [koA, sb] : [koB, sa];
  if (!ko || !hasHangul(ko)) return undefined;
  return titleKey(romanize(ko)) === titleKey(other.title) ? ko : undefined;
}

function pairs<T>(xs: T[]): [T, T][] {
  return xs.flatMap((x, i) => xs.slice(i + 1).map((y) => [x, y] as [T, T]));
}

/** Fields on which the members differ, for the report ("role: A Part 1 / B Part"). */
function differences(members: Candidate[]): string[] {
  const show = (label: string, get: (s: OstSong) => string): string | undefined => {
    const values = members.map((m) => get(m.song));
    return new Set(values).size > 1 ? `${label}: ${members.map((m, i) => `${m.pass.replace('pass-', '').toUpperCase()} ${values[i]}`).join(' / ')}` : undefined;
  };
  return [
    show('role', (s) => roleText(parseRole(s.role))),
    show('lang', (s) => parseLanguage(s.lang) ?? '-'),
    show('tier', (s) => s.tier ?? '-'),
    show('ko', (s) => s.ko?.trim() || '-'),
  ].filter((d): d is string => d !== undefined);
}

/** The song as the agreeing members give it, and where they differ. */
export function agreeCluster(pid: string, cluster: Cluster): { draft: Draft; diffs: string[] } {
  const songs = cluster.members.map((m) => m.song);
  const first = songs[0] as OstSong;
  const title = songs.slice(1).reduce((t, s) => preferredTitle({ title: t, ko: first.ko }, s), first.title);
  const titleKo = pairs(songs).map(([a, b]) => agreedKo(a, b)).find((k) => k !== undefined);
  const roles = songs.map((s) => parseRole(s.role));
  const checked = parseRole(cluster.members.find((m) => m.pass === CHECK_PASS)?.song.role);
  const role = agreedRole(roles, checked);
  // a number left open by a tie may be settled later, across the production (settlePartNumbers)
  const partVotes =
    role?.type === 'ost_part' && role.number === undefined && checked?.number === undefined
      ? roles.flatMap((r) => (r?.type === 'ost_part' && r.number !== undefined ? [r.number] : []))
      : [];
  const language = majority(songs.map((s) => parseLanguage(s.lang)), (l) => l);
  const year = majority(songs.map((s) => s.year), (y) => String(y));
  const tier = agreedTier(songs.map((s) => s.tier));
  const notes = [...new Set(songs.flatMap((s) => s.notes ?? []))].filter((n) => songs.filter((s) => s.notes?.includes(n)).length >= MIN_PASSES);
  return {
    draft: {
      productionId: pid,
      title,
      ...(titleKo ? { titleKo } : {}),
      performerCredits: first.by,
      ...(role ? { role } : {}),
      ...(language ? { language } : {}),
      ...(year !== undefined ? { year } : {}),
      credits: [],
      notes,
      ...(tier ? { tier } : {}),
      sources: ['curated-ost'],
      ...(partVotes.length > 0 ? { partVotes } : {}),
    },
    diffs: differences(cluster.members),
  };
}

/** Two passes' agreement on one production, counted as in the A/B rule. */
export interface PairCount {
  agreed: number;
  onlyX: number;
  onlyY: number;
  mismatched: number;
}

export function pairCount(xs: Candidate[], ys: Candidate[]): PairCount {
  const rest = [...ys];
  const unmatched: Candidate[] = [];
  let agreed = 0;
  for (const x of xs) {
    const i = rest.findIndex((y) => sameTitle(y.song, x.song) && y.setKey === x.setKey);
    if (i >= 0) {
      rest.splice(i, 1);
      agreed++;
    } else unmatched.push(x);
  }
  let mismatched = 0;
  let onlyX = 0;
  for (const x of unmatched) {
    const i = rest.findIndex((y) => sameTitle(y.song, x.song));
    if (i >= 0) {
      rest.splice(i, 1);
      mismatched++;
    } else onlyX++;
  }
  return { agreed, onlyX, onlyY: rest.length, mismatched };
}

/**
 * A part number belongs to one song. Songs whose number was left open because the passes' votes
 * tied are settled again without the votes for numbers other songs of the production already hold,
 * until nothing changes (a number still needs two votes and no tie).
 */
export function settlePartNumbers(drafts: Draft[]): void {
  const byProduction = new Map<string, Draft[]>();
  for (const d of drafts) byProduction.set(d.productionId, [...(byProduction.get(d.productionId) ?? []), d]);
  for (const list of byProduction.values()) {
    let changed = true;
    while (changed) {
      changed = false;
      const taken = new Set(list.flatMap((d) => (d.role?.type === 'ost_part' && d.role.number !== undefined ? [d.role.number] : [])));
      for (const d of list) {
        if (d.role?.type !== 'ost_part' || d.role.number !== undefined || !d.partVotes?.length) continue;
        const number = clearWinner(countNumbers(d.partVotes.filter((n) => !taken.has(n))));
        if (number !== undefined) {
          d.role = { type: 'ost_part', number };
          taken.add(number);
          changed = true;
        }
      }
    }
  }
}

