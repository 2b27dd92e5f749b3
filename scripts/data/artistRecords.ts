/** Builds artist records from source drafts and curated entries. */
import type { Artist, ArtistKind, Membership } from '../../src/core/model.js';
import type { GroupDraft, PersonDraft } from './artistDrafts.js';
import type { CuratedArtist } from './curated.js';
import { hasHangul, key } from './ids.js';

export function newArtist(name: string, kind: ArtistKind, source: string): Omit<Artist, 'id'> {
  return { kind, name, aliases: [], memberships: [], voicedBy: [], sources: [source] };
}

export function curatedFacts(c: CuratedArtist): Partial<Artist> {
  const facts: Partial<Artist> = {};
  if (c.nameKo) facts.nameKo = c.nameKo;
  if (c.realName) facts.realName = c.realName;
  if (c.realNameKo) facts.realNameKo = c.realNameKo;
  if (c.gender) facts.gender = c.gender;
  if (c.birthDate) facts.birthDate = c.birthDate;
  if (c.debutYear) facts.debutYear = c.debutYear;
  if (c.agency) facts.agency = c.agency;
  if (c.tier) facts.tier = c.tier;
  return facts;
}

export function groupArtist(g: GroupDraft): Omit<Artist, 'id'> {
  return {
    kind: g.kind,
    name: g.name,
    ...(g.nameKo && hasHangul(g.nameKo) ? { nameKo: g.nameKo } : {}),
    aliases: dedupe(g.aliases, [g.name, g.nameKo]),
    ...(g.gender ? { gender: g.gender } : {}),
    ...(g.debutYear ? { debutYear: g.debutYear } : {}),
    ...(g.agency ? { agency: g.agency } : {}),
    memberships: [],
    voicedBy: [],
    sources: [...new Set(g.sources)].sort(),
  };
}

export function personArtist(p: PersonDraft, memberships: Membership[]): Omit<Artist, 'id'> {
  return {
    kind: 'person',
    name: p.name,
    ...(p.nameKo && hasHangul(p.nameKo) ? { nameKo: p.nameKo } : {}),
    ...(p.realName && !hasHangul(p.realName) && /^[\p{Script=Latin}\s'.-]+$/u.test(p.realName) ? { realName: p.realName } : {}),
    ...(p.realNameKo && hasHangul(p.realNameKo) ? { realNameKo: p.realNameKo } : {}),
    aliases: dedupe(p.aliases, [p.name, p.nameKo]),
    ...(p.gender ? { gender: p.gender } : {}),
    ...(p.birthDate ? { birthDate: p.birthDate } : {}),
    ...(p.debutYear ? { debutYear: p.debutYear } : {}),
    memberships,
    voicedBy: [],
    sources: [...new Set(p.sources)].sort(),
  };
}

export function dedupe(xs: string[], exclude: (string | undefined)[]): string[] {
  const seen = new Set(exclude.filter((x): x is string => !!x).map(key));
  const out: string[] = [];
  for (const x of xs) {
    const k = key(x);
    if (k === '' || seen.has(k) || x.length > 120) continue;
    seen.add(k);
    out.push(x);
  }
  return out;
}

export function yearOfDate(d: string | undefined): number | undefined {
  return d ? Number(d.slice(0, 4)) : undefined;
}
