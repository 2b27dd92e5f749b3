import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, Production } from '../../src/core/model.js';
import { DATA_FILES, loadDataset, loadRedirects } from '../../src/data/load.js';
import { stampMatches } from '../../src/data/stamp.js';
import { FORBIDDEN_FIELD, MAX_TEXT } from '../../src/data/schema.js';

const DATA = join(import.meta.dirname, '../../data');

/** Same normalisation as the build's matching key: case, accents, punctuation and spaces ignored. */
const norm = (s: string): string =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function duplicates(keys: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const k of keys) (seen.has(k) ? dup : seen).add(k);
  return [...dup];
}

function allStrings(value: unknown, path: string, out: { path: string; text: string }[]): void {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => allStrings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) allStrings(v, `${path}.${k}`, out);
  }
}

function allKeys(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) value.forEach((v) => allKeys(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      allKeys(v, out);
    }
  }
}

describe('the bundled dataset (data/)', () => {
  let data: Dataset;
  beforeAll(() => {
    data = loadDataset(DATA);
  });

  it('loads: every file passes the schema and every reference resolves', () => {
    expect(data.productions.length).toBeGreaterThan(0);
    expect(data.artists.length).toBeGreaterThan(0);
    expect(data.songs.length).toBeGreaterThan(0);
  });

  it('carries a current validation stamp, so that start-up can skip validating it again', () => {
    const texts = Object.fromEntries(Object.values(DATA_FILES).map((f) => [f, readFileSync(join(DATA, f), 'utf8')]));
    expect(stampMatches(DATA, texts)).toBe(true);
  });

  it('redirects every renamed id to an item that exists, and never hides a live id', () => {
    const redirects = loadRedirects(DATA);
    const live = { productions: data.productions, artists: data.artists, songs: data.songs };
    for (const kind of ['productions', 'artists', 'songs'] as const) {
      const ids = new Set(live[kind].map((r) => r.id));
      for (const [from, to] of Object.entries(redirects[kind])) {
        expect(ids.has(to), `${kind} ${from} → ${to}`).toBe(true);
        expect(ids.has(from), `${kind} ${from} is live`).toBe(false);
      }
    }
  });

  it('has unique ids in every file', () => {
    for (const list of [data.productions, data.artists, data.songs, data.sources]) {
      expect(duplicates(list.map((r) => r.id))).toEqual([]);
    }
  });

  it('resolves every song production, performer and credit, and every membership, parent and voice', () => {
    const productions = new Set(data.productions.map((p) => p.id));
    const artists = new Map(data.artists.map((a) => [a.id, a]));
    const sources = new Set(data.sources.map((s) => s.id));
    const missing: string[] = [];
    for (const s of data.songs) {
      if (!productions.has(s.productionId)) missing.push(`${s.id} → ${s.productionId}`);
      for (const p of s.performers) if (!artists.has(p)) missing.push(`${s.id} → ${p}`);
      for (const c of s.credits) if (!artists.has(c.artistId)) missing.push(`${s.id} → ${c.artistId}`);
    }
    for (const a of data.artists) {
      for (const m of a.memberships) if (!artists.has(m.groupId)) missing.push(`${a.id} → ${m.groupId}`);
      if (a.parentGroupId && !artists.has(a.parentGroupId)) missing.push(`${a.id} → ${a.parentGroupId}`);
      for (const v of a.voicedBy) if (!artists.has(v)) missing.push(`${a.id} → ${v}`);
    }
    for (const r of [...data.productions, ...data.artists, ...data.songs]) {
      for (const s of r.sources) if (!sources.has(s)) missing.push(`${r.id} → source ${s}`);
    }
    expect(missing).toEqual([]);
  });

  it('lists no production twice (same normalised title and year)', () => {
    // Two different dramas may share a title and a year (빛과 그림자, 1985: an MBC two-parter and a
    // 76-episode KBS serial); they are told apart by their network, which the key includes.
    const key = (title: string, p: Production): string => `${norm(title)}|${p.year ?? ''}|${p.networks[0] ?? ''}`;
    expect(duplicates(data.productions.map((p) => key(p.title, p)))).toEqual([]);
    expect(duplicates(data.productions.filter((p) => p.titleKo).map((p) => key(p.titleKo ?? '', p)))).toEqual([]);
    const sameTitleYear = duplicates(data.productions.map((p) => `${norm(p.title)}|${p.year ?? ''}`));
    expect(sameTitleYear.length).toBeLessThanOrEqual(3);
  });

  it('tells apart two dramas that began the same day, and joins one drama the sources list twice', () => {
    const byId = new Map(data.productions.map((p) => [p.id, p]));
    expect(byId.get('marriage-contract-2016')?.titleKo).toBe('결혼계약');
    expect(byId.get('my-little-baby-2016')?.titleKo).toBe('마이 리틀 베이비');
    const named = (ko: string): string[] => data.productions.filter((p) => p.titleKo === ko || p.aliases.includes(ko)).map((p) => p.id);
    expect(named('하늘에서 내리는 일억 개의 별')).toEqual(['hundred-million-stars-from-the-sky-2018']);
    expect(byId.get('hundred-million-stars-from-the-sky-2018')?.aliases).toContain('The Smile Has Left Your Eyes');
    expect(named('꼰대인턴')).toEqual(['kkondae-intern-2020']);
    expect(named('의사 요한')).toEqual(['doctor-john-2019']);
    // kowiki and MDL romanise the cast differently (김래원 / Kim Rae Won): linked by their given names
    expect(named('펀치')).toEqual(['punch-2014']);
    expect(named('모래시계')).toEqual(['sandglass-1995']);
    expect(named('쩐의 전쟁')).toEqual(['war-of-money-2007']);
    // 준 / Joon and 정세 / Jung Se: u and o are folded too
    expect(named('뱀파이어 탐정')).toEqual(['the-vampire-detective-2016']);
    expect(named('인어 아가씨')).toEqual(['miss-mermaid-2002']);
    const titled = (t: string): string[] => data.productions.filter((p) => p.title === t || p.aliases.includes(t)).map((p) => p.id);
    expect(titled('Secret Love')).toEqual(['love-and-secret-2014']);
  });

  it('lists no artist twice (same name and birth date, or same name in the same group)', () => {
    const persons = data.artists.filter((a) => a.kind === 'person');
    expect(duplicates(persons.filter((a) => a.birthDate).map((a) => `${norm(a.name)}|${a.birthDate}`))).toEqual([]);
    const inGroup = persons.flatMap((a) => a.memberships.map((m) => `${norm(a.name)}|${m.groupId}`));
    expect(duplicates(inGroup)).toEqual([]);
    const groups = data.artists.filter((a) => a.kind !== 'person');
    expect(duplicates(groups.map((a) => norm(a.name)))).toEqual([]);
  });

  it('lists no song twice (same production, title and performers)', () => {
    const keys = data.songs.map((s) => `${s.productionId}|${norm(s.title)}|${[...s.performers].sort().join('+')}`);
    expect(duplicates(keys)).toEqual([]);
  });

  it('lists no song twice under two titles (same production, Hangul title and performers)', () => {
    const keys = data.songs
      .filter((s) => s.titleKo)
      .map((s) => `${s.productionId}|${(s.titleKo ?? '').replace(/\s+/g, '')}|${[...s.performers].sort().join('+')}`);
    expect(duplicates(keys)).toEqual([]);
  });

  it('numbers OST parts uniquely within a production, and orders songs by part number', () => {
    const parts = data.songs
      .filter((s) => s.role?.type === 'ost_part' && s.role.number !== undefined)
      .map((s) => `${s.productionId}|${s.role?.number}`);
    expect(duplicates(parts)).toEqual([]);
    const byProduction = new Map<string, number[]>();
    for (const s of data.songs) {
      if (s.role?.type === 'ost_part' && s.role.number !== undefined) {
        byProduction.set(s.productionId, [...(byProduction.get(s.productionId) ?? []), s.role.number]);
      }
    }
    for (const numbers of byProduction.values()) expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it(`holds no text over ${MAX_TEXT} characters`, () => {
    const strings: { path: string; text: string }[] = [];
    allStrings(data, 'data', strings);
    expect(strings.filter((s) => s.text.length > MAX_TEXT).map((s) => s.path)).toEqual([]);
  });

  it('has no field that could hold prose (synopsis, description, lyrics)', () => {
    const keys = new Set<string>();
    allKeys(data, keys);
    expect([...keys].filter((k) => FORBIDDEN_FIELD.test(k))).toEqual([]);
  });

  it('keeps streaming services out of networks', () => {
    const platforms = ['Netflix', 'Disney+', 'TVING', 'Wavve', 'Viki', 'Coupang Play'];
    expect(data.productions.filter((p) => p.networks.some((n) => platforms.includes(n))).map((p) => p.id)).toEqual([]);
  });

  it('links no song to an idol whose groups all debuted years after it (a sign of a wrong name link)', () => {
    const artists = new Map(data.artists.map((a) => [a.id, a]));
    const productions = new Map(data.productions.map((p) => [p.id, p]));
    const suspicious: string[] = [];
    for (const s of data.songs) {
      const p = productions.get(s.productionId);
      const year = s.year ?? p?.year;
      if (!year || p?.kind === 'anime' || p?.kind === 'animated_series') continue;
      for (const id of s.performers) {
        const a = artists.get(id);
        // a soloist who debuted before joining a later group (NC.A, Uni.T) is not suspicious
        if (a?.debutYear !== undefined && a.debutYear <= year + 1) continue;
        const debuts = (a?.memberships ?? []).map((m) => artists.get(m.groupId)?.debutYear);
        if (debuts.length > 0 && debuts.every((d) => d !== undefined && d > year + 1)) suspicious.push(`${s.id} → ${id}`);
      }
    }
    expect(suspicious).toEqual([]);
  });

  it('has every production chosen for OST curation (batches.json), under its title or an alias', () => {
    const batches = JSON.parse(readFileSync(join(DATA, 'curated/ost/batches.json'), 'utf8')) as {
      productions: { title: string; year: number; kind: string }[];
    }[];
    const missing = batches
      .flatMap((b) => b.productions)
      .filter((q) => !data.productions.some((p) => p.year === q.year && [p.title, ...p.aliases].some((t) => norm(t) === norm(q.title))))
      .map((q) => `${q.title} (${q.year})`);
    expect(missing).toEqual([]);
  });

  it('gives a Korean title to at least 80% of productions', () => {
    expect(data.productions.filter((p) => p.titleKo).length / data.productions.length).toBeGreaterThanOrEqual(0.8);
  });

  it('meets the size targets for productions and artists', () => {
    expect(data.productions.length).toBeGreaterThanOrEqual(1500);
    expect(data.artists.length).toBeGreaterThanOrEqual(1500);
  });

  it('meets the song target: 1,500 songs across 200 productions (only songs two passes agree on are kept)', () => {
    expect(data.songs.length).toBeGreaterThanOrEqual(1500);
    expect(new Set(data.songs.map((s) => s.productionId)).size).toBeGreaterThanOrEqual(200);
  });
});
