/**
 * Artists stage: turns the source drafts into artists with stable ids, lays the curated files
 * over them, and resolves performer names ("Punch", "Chanyeol (EXO)") to ids for the OST stage.
 */
import type { Artist, ArtistKind, Membership } from '../../src/core/model.js';
import { curatedFacts, dedupe, groupArtist, newArtist, personArtist, yearOfDate } from './artistRecords.js';
import type { ArtistDrafts } from './artistSources.js';
import type { CuratedArtist } from './curated.js';
import { IdAllocator, key, slug } from './ids.js';

const GROUP_KINDS = new Set<ArtistKind>(['group', 'subunit', 'band', 'fictional_group']);
const isGroup = (a: Artist): boolean => GROUP_KINDS.has(a.kind);

export interface Resolution {
  id: string;
  /** How the name was resolved, for the OST report. */
  how: 'exact' | 'member' | 'alias' | 'ambiguous' | 'created';
  note?: string;
}

export class ArtistRegistry {
  readonly byId = new Map<string, Artist>();
  private readonly ids = new IdAllocator('artist');
  private readonly nameIndex = new Map<string, Set<string>>();
  /** Names a bare performer credit may resolve through: names, Korean names and curated aliases. */
  private readonly trustedIndex = new Map<string, Set<string>>();

  constructor(drafts: ArtistDrafts) {
    const refToId = new Map<string, string>();
    const ordered = [...drafts.groups].sort((a, b) => Number(a.kind === 'subunit') - Number(b.kind === 'subunit') || a.name.localeCompare(b.name));
    for (const g of ordered) refToId.set(g.ref, this.add(groupArtist(g), slug(g.name), g.debutYear).id);
    for (const g of ordered) {
      const parent = g.parentRef ? refToId.get(g.parentRef) : undefined;
      const a = this.byId.get(refToId.get(g.ref) ?? '');
      if (a && parent && parent !== a.id) a.parentGroupId = parent;
    }
    const persons = [...drafts.persons].sort((a, b) => a.name.localeCompare(b.name) || (a.birthDate ?? '').localeCompare(b.birthDate ?? ''));
    for (const p of persons) {
      const memberships: Membership[] = p.memberships
        .map((m) => ({ groupId: refToId.get(m.groupRef) ?? '', current: m.current, roles: m.roles }))
        .filter((m) => m.groupId !== '');
      // a person currently in a group is named after it; former members of disbanded groups are soloists
      const primary = memberships.find((m) => m.current);
      const preferred = primary ? `${slug(p.name)}-${primary.groupId}` : slug(p.name);
      this.add(personArtist(p, memberships), preferred, yearOfDate(p.birthDate) ?? p.debutYear);
    }
  }

  add(artist: Omit<Artist, 'id'>, preferredId: string, year?: number): Artist {
    const a: Artist = { id: this.ids.take(preferredId, year), ...artist };
    this.byId.set(a.id, a);
    this.indexNames(a);
    return a;
  }

  private indexNames(a: Artist, trusted: string[] = []): void {
    const put = (index: Map<string, Set<string>>, n: string | undefined): void => {
      const k = n ? key(n) : '';
      if (k === '') return;
      index.set(k, (index.get(k) ?? new Set()).add(a.id));
    };
    for (const n of [a.name, a.nameKo, ...a.aliases]) put(this.nameIndex, n);
    for (const n of [a.name, a.nameKo, ...trusted]) put(this.trustedIndex, n);
  }

  private trusted(name: string): Artist[] {
    return [...(this.trustedIndex.get(key(name)) ?? [])].map((id) => this.byId.get(id)).filter((a): a is Artist => !!a);
  }

  /** Artists whose name, Korean name or alias has this key. */
  named(name: string): Artist[] {
    return [...(this.nameIndex.get(key(name)) ?? [])].map((id) => this.byId.get(id)).filter((a): a is Artist => !!a);
  }

  group(name: string): Artist | undefined {
    const hits = this.named(name).filter(isGroup);
    return hits.find((a) => key(a.name) === key(name)) ?? hits[0];
  }

  /**
   * A name first met as a plain credit (made a person) and later as the group in "Member (Group)":
   * the artist that credit created is that group.
   */
  private promoteToGroup(name: string, source: string): Artist | undefined {
    const made = this.named(name).filter((a) => a.kind === 'person' && a.memberships.length === 0 && a.sources.every((x) => x === source));
    if (made.length !== 1 || !made[0]) return undefined;
    made[0].kind = 'group';
    return made[0];
  }

  /** Persons in a group whose stage name, alias or real name matches. */
  memberOf(groupId: string, name: string): Artist[] {
    const k = key(name);
    return [...this.byId.values()].filter(
      (a) =>
        a.memberships.some((m) => m.groupId === groupId) &&
        [a.name, a.nameKo, a.realName, a.realNameKo, ...a.aliases].some((n) => n !== undefined && key(n) === k),
    );
  }

  /** Lays a curated entry over the matching artist, or adds it. Returns the artist. */
  applyCurated(c: CuratedArtist): Artist {
    const groups = (c.groups ?? []).map((g) => {
      const found = this.group(g.group);
      if (!found) throw new Error(`curated artist ${c.name}: unknown group "${g.group}" (list the group first)`);
      return { groupId: found.id, current: g.current, roles: g.roles ?? [] };
    });
    const memberships: Membership[] = groups.map((g) => ({ ...g, current: g.current ?? true }));
    const existing = this.findCurated(c, memberships);
    const parent = c.parent ? this.group(c.parent)?.id : undefined;
    if (c.parent && !parent) throw new Error(`curated artist ${c.name}: unknown parent "${c.parent}"`);
    if (!existing) {
      const primary = memberships.find((m) => m.current);
      const preferred = c.id ?? (primary && c.kind === 'person' ? `${slug(c.name)}-${primary.groupId}` : slug(c.name));
      const added = this.add(
        {
          kind: c.kind,
          name: c.name,
          ...curatedFacts(c),
          aliases: c.aliases ?? [],
          memberships,
          ...(parent ? { parentGroupId: parent } : {}),
          voicedBy: [],
          sources: c.sources,
        },
        preferred,
        c.debutYear ?? yearOfDate(c.birthDate),
      );
      this.indexNames(added, c.aliases ?? []);
      return added;
    }
    const oldName = existing.name;
    Object.assign(existing, curatedFacts(c), { kind: c.kind, name: c.name });
    existing.aliases = dedupe([...existing.aliases, ...(c.aliases ?? []), oldName], [existing.name, existing.nameKo]);
    for (const g of groups) {
      const m = existing.memberships.find((x) => x.groupId === g.groupId);
      if (m) Object.assign(m, { current: g.current ?? m.current, roles: g.roles.length > 0 ? g.roles : m.roles });
      else existing.memberships.push({ ...g, current: g.current ?? true });
    }
    if (parent) existing.parentGroupId = parent;
    existing.sources = [...new Set([...existing.sources, ...c.sources])];
    this.indexNames(existing, [...(c.aliases ?? []), ...(c.realName ? [c.realName] : [])]);
    return existing;
  }

  private findCurated(c: CuratedArtist, groups: Membership[]): Artist | undefined {
    if (c.id && this.byId.has(c.id)) return this.byId.get(c.id);
    const names = [c.name, ...(c.aliases ?? []), c.realName].filter((n): n is string => !!n);
    if (c.kind !== 'person') {
      return names.flatMap((n) => this.named(n)).find((a) => isGroup(a));
    }
    const first = groups[0];
    if (first) {
      for (const n of names) {
        const hits = this.memberOf(first.groupId, n);
        if (hits[0]) return hits[0];
      }
    }
    const solo = names.flatMap((n) => this.named(n)).filter((a) => a.kind === 'person' && a.memberships.length === 0);
    const withDate = c.birthDate ? solo.filter((a) => a.birthDate === c.birthDate) : solo;
    return withDate.length === 1 ? withDate[0] : undefined;
  }

  /** Resolves voicedBy names of a curated fictional group once every person exists. */
  setVoices(c: CuratedArtist): void {
    if (!c.voicedBy) return;
    const group = this.findCurated(c, []);
    if (!group) return;
    group.voicedBy = c.voicedBy.map((n) => {
      return this.resolve(n, 'curated').id;
    });
  }

  /**
   * Resolves a performer as credited: "Name (Group)" is that member of the group; a plain name
   * is an exact name or alias (soloists and groups first). Unknown names become new persons.
   */
  resolve(credit: string, source: string, create = true, kindIfNew: ArtistKind = 'person'): Resolution {
    const m = /^(.+?)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)$/.exec(credit.trim());
    if (m && m[1] && m[2] && this.trusted(credit).length === 0) {
      const [, member, groupName] = m;
      const known = this.group(groupName) ?? (create ? this.promoteToGroup(groupName, source) : undefined);
      if (!known && !create) return { id: `new:${key(groupName)}:${key(member)}`, how: 'created' };
      const group = known ?? this.add(newArtist(groupName, 'group', source), slug(groupName));
      const hits = this.memberOf(group.id, member);
      if (hits[0]) return { id: hits[0].id, how: 'member', ...(hits.length > 1 ? { note: `${hits.length} members match` } : {}) };
      if (!create) return { id: `new:${key(groupName)}:${key(member)}`, how: 'created' };
      const created = this.add(
        { ...newArtist(member, 'person', source), memberships: [{ groupId: group.id, current: true, roles: [] }] },
        `${slug(member)}-${group.id}`,
      );
      return { id: created.id, how: 'created', note: `new member of ${group.name}` };
    }
    const hits = this.trusted(credit);
    if (hits.length === 0) {
      if (!create) return { id: `new:${key(credit)}`, how: 'created' };
      return { id: this.add(newArtist(credit, kindIfNew, source), slug(credit)).id, how: 'created' };
    }
    const exact = hits.filter((a) => key(a.name) === key(credit));
    const standalone = (xs: Artist[]): Artist[] => xs.filter((a) => isGroup(a) || a.memberships.length === 0);
    for (const pool of [standalone(exact), standalone(hits), exact, hits]) {
      if (pool.length === 1 && pool[0]) return { id: pool[0].id, how: exact.includes(pool[0]) ? 'exact' : 'alias' };
      if (pool.length > 1) {
        const curated = (a: Artist): number => Number(a.sources.some((x) => x.startsWith('curated') || x === 'seed-articles'));
        const pick = [...pool].sort((a, b) => curated(b) - curated(a) || b.sources.length - a.sources.length || a.id.localeCompare(b.id))[0];
        if (pick) return { id: pick.id, how: 'ambiguous', note: `${pool.length} artists named "${credit}": ${pool.map((a) => a.id).join(', ')}` };
      }
    }
    if (!create) return { id: `new:${key(credit)}`, how: 'created' };
    return { id: this.add(newArtist(credit, kindIfNew, source), slug(credit)).id, how: 'created' };
  }

  /**
   * Final ids, derived from the final names and memberships (after the curated files and the OST
   * singers), with the map from working ids to final ids for the songs' references.
   */
  finalize(): { artists: Artist[]; rename: Map<string, string> } {
    const all = [...this.byId.values()];
    const groups = all
      .filter(isGroup)
      .sort((a, b) => Number(a.kind === 'subunit') - Number(b.kind === 'subunit') || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    const persons = all
      .filter((a) => !isGroup(a))
      .sort((a, b) => a.name.localeCompare(b.name) || (a.birthDate ?? '').localeCompare(b.birthDate ?? '') || a.id.localeCompare(b.id));
    const ids = new IdAllocator('artist');
    const rename = new Map<string, string>();
    for (const g of groups) rename.set(g.id, ids.take(slug(g.name), g.debutYear));
    for (const p of persons) {
      // a person currently in a group is named after it; former members of every group are soloists
      const current = p.memberships.find((m) => m.current);
      const preferred = current ? `${slug(p.name)}-${rename.get(current.groupId) ?? current.groupId}` : slug(p.name);
      rename.set(p.id, ids.take(preferred, yearOfDate(p.birthDate) ?? p.debutYear));
    }
    const to = (id: string): string => rename.get(id) ?? id;
    const artists = all.map((a) => ({
      ...a,
      id: to(a.id),
      memberships: a.memberships.map((m) => ({ ...m, groupId: to(m.groupId) })),
      ...(a.parentGroupId ? { parentGroupId: to(a.parentGroupId) } : {}),
      voicedBy: a.voicedBy.map(to),
    }));
    return { artists: artists.sort((a, b) => a.id.localeCompare(b.id)), rename };
  }
}
