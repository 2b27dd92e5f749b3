/**
 * Artists from dbkpop (idols, boy and girl groups; early 2021) and kpopnet.json (female idols and
 * girl groups; CC0, read from node_modules), linked into one draft per group and per person.
 */
import { readFileSync } from 'node:fs';
import type { ArtistKind, Gender } from '../../src/core/model.js';
import { readCsv, splitList } from './csv.js';
import type { ConflictLog } from './conflicts.js';
import { key } from './ids.js';

export interface MemberDraft {
  /** Key of the group draft (see GroupDraft.ref). */
  groupRef: string;
  current: boolean;
  roles: string[];
}

export interface GroupDraft {
  ref: string;
  kind: ArtistKind;
  name: string;
  nameKo?: string;
  aliases: string[];
  gender?: Gender;
  debutYear?: number;
  agency?: string;
  parentRef?: string;
  /** dbkpop's "active" flag (early 2021); members of an inactive group are not current members. */
  active?: boolean;
  sources: string[];
}

export interface PersonDraft {
  name: string;
  nameKo?: string;
  realName?: string;
  realNameKo?: string;
  aliases: string[];
  gender?: Gender;
  birthDate?: string;
  debutYear?: number;
  memberships: MemberDraft[];
  sources: string[];
}

interface KpopnetGroup {
  id: string;
  name: string;
  name_original: string | null;
  name_alias: string | null;
  agency_name: string | null;
  debut_date: string | null;
  parent_id: string | null;
  members: { idol_id: string; current: boolean; roles: string | null }[];
}

interface KpopnetIdol {
  id: string;
  name: string;
  name_original: string | null;
  name_alias: string | null;
  real_name: string | null;
  real_name_original: string | null;
  birth_date: string | null;
  debut_date: string | null;
  groups: string[];
}

const AGENCY_NAMES: Record<string, string> = {
  dsp: 'DSP Media',
  'be:lift': 'Belift Lab',
  belift: 'Belift Lab',
  'big hit': 'Big Hit',
  bighit: 'Big Hit',
  loen: 'LOEN',
};

/** "SM Entertainment" → "SM"; "Starship Entertainment, Yuehua Entertainment" → "Starship, Yuehua". */
export function normalizeAgency(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const parts = raw
    .split(/,\s*/)
    .map((p) => p.replace(/\s+(Entertainment|Ent\.?|Entertainment Co\.?,? Ltd\.?)$/i, '').trim())
    .map((p) => AGENCY_NAMES[p.toLowerCase()] ?? p)
    .filter((p) => p !== '');
  const out = [...new Set(parts)].join(', ');
  return out === '' || out.length > 120 ? undefined : out;
}

const yearOf = (d: string | null | undefined): number | undefined =>
  d && /^\d{4}/.test(d) ? Number(d.slice(0, 4)) : undefined;
const validDate = (d: string | null | undefined): string | undefined =>
  d && /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d)) ? d : undefined;
/** A present, certain value: empty cells and values marked uncertain ("최수영?") are dropped. */
const opt = (s: string | null | undefined): string | undefined => (s && s.trim() !== '' && !s.includes('?') ? s.trim() : undefined);

export interface ArtistDrafts {
  groups: GroupDraft[];
  persons: PersonDraft[];
}

export function readArtistSources(
  paths: { dbkpopDir: string; kpopnetJson: string },
  log: ConflictLog,
  progress: (m: string) => void,
): ArtistDrafts {
  const groups = new Map<string, GroupDraft>();
  const groupByKey = new Map<string, GroupDraft>();
  const index = (g: GroupDraft): void => {
    for (const n of [g.name, g.nameKo, ...g.aliases]) if (n && key(n) !== '') groupByKey.set(key(n), g);
  };

  // dbkpop groups
  for (const [file, gender] of [
    ['boy_groups.csv', 'male'],
    ['girl_groups.csv', 'female'],
  ] as const) {
    for (const r of readCsv(`${paths.dbkpopDir}/${file}`)) {
      if (!r.name) continue;
      const g: GroupDraft = {
        ref: `dbkpop:${r.name}`,
        kind: 'group',
        name: r.name,
        nameKo: opt(r.korean_name),
        aliases: splitList(r.short_name, ','),
        gender,
        debutYear: yearOf(r.debut_date),
        agency: normalizeAgency(r.company),
        ...(r.active === 'No' ? { active: false } : r.active === 'Yes' ? { active: true } : {}),
        sources: ['dbkpop'],
      };
      groups.set(g.ref, g);
      index(g);
    }
  }

  // kpopnet groups: link to dbkpop by name or Korean name
  const kp = JSON.parse(readFileSync(paths.kpopnetJson, 'utf8')) as { groups: KpopnetGroup[]; idols: KpopnetIdol[] };
  const kpGroupRef = new Map<string, string>();
  let linkedGroups = 0;
  for (const g of kp.groups) {
    const names = [g.name, g.name_original ?? '', ...splitList(g.name_alias ?? '', ',')];
    const existing = names.map((n) => groupByKey.get(key(n))).find((x) => x !== undefined);
    const agency = normalizeAgency(g.agency_name);
    const debutYear = yearOf(g.debut_date);
    if (existing && existing.ref.startsWith('dbkpop:')) {
      linkedGroups++;
      if (existing.debutYear !== undefined && debutYear !== undefined && existing.debutYear !== debutYear) {
        log.add({ area: 'artist', entity: existing.name, field: 'debutYear', values: { dbkpop: String(existing.debutYear), kpopnet: String(debutYear) }, resolution: 'left empty' });
        existing.debutYear = undefined;
      }
      existing.debutYear ??= debutYear;
      existing.agency = agency ?? existing.agency; // kpopnet is newer (2023)
      existing.nameKo ??= opt(g.name_original);
      existing.aliases.push(...names.filter((n) => n !== '' && key(n) !== key(existing.name) && n !== existing.nameKo));
      if (g.parent_id) existing.parentRef = `kpopnet:${g.parent_id}`;
      existing.sources.push('kpopnet');
      kpGroupRef.set(g.id, existing.ref);
      index(existing);
      continue;
    }
    const draft: GroupDraft = {
      ref: `kpopnet:${g.id}`,
      kind: g.parent_id ? 'subunit' : 'group',
      name: g.name,
      nameKo: opt(g.name_original),
      aliases: splitList(g.name_alias ?? '', ','),
      gender: g.name === 'AKMU' ? 'mixed' : 'female',
      debutYear,
      agency,
      ...(g.parent_id ? { parentRef: `kpopnet:${g.parent_id}` } : {}),
      sources: ['kpopnet'],
    };
    groups.set(draft.ref, draft);
    kpGroupRef.set(g.id, draft.ref);
    index(draft);
  }
  // parent refs must point at the final draft of the parent group
  for (const g of groups.values()) {
    if (g.parentRef?.startsWith('kpopnet:')) g.parentRef = kpGroupRef.get(g.parentRef.slice(8));
    if (g.parentRef) g.kind = 'subunit';
  }
  progress(`groups: ${groups.size} (${linkedGroups} kpopnet groups linked to dbkpop)`);

  const extraGroups: GroupDraft[] = [];
  const persons = readPersons(paths.dbkpopDir, extraGroups, kp, kpGroupRef, groupByKey, log, progress);
  if (extraGroups.length > 0) progress(`${extraGroups.length} groups named only in dbkpop's idol table added`);
  return { groups: [...groups.values(), ...extraGroups], persons };
}

/** dbkpop's idol table names some groups differently from its group tables, or not at all. */
const DBKPOP_GROUP_ALIASES: Record<string, string> = { cosmicgirls: 'wjsn', snsd: 'girlsgeneration', tvxq: 'tvxq' };

function dbkpopGroup(name: string, groupByKey: Map<string, GroupDraft>, extra: GroupDraft[]): GroupDraft {
  const k = key(name);
  const found = groupByKey.get(k) ?? groupByKey.get(DBKPOP_GROUP_ALIASES[k] ?? '');
  if (found) return found;
  const g: GroupDraft = { ref: `dbkpop:${name}`, kind: 'group', name, aliases: [], sources: ['dbkpop'] };
  groupByKey.set(k, g);
  extra.push(g);
  return g;
}

function readPersons(
  dbkpopDir: string,
  extraGroups: GroupDraft[],
  kp: { groups: KpopnetGroup[]; idols: KpopnetIdol[] },
  kpGroupRef: Map<string, string>,
  groupByKey: Map<string, GroupDraft>,
  log: ConflictLog,
  progress: (m: string) => void,
): PersonDraft[] {
  const persons: PersonDraft[] = [];
  const byGroup = new Map<string, PersonDraft[]>();
  const soloByName = new Map<string, PersonDraft[]>();
  for (const r of readCsv(`${dbkpopDir}/idols.csv`)) {
    if (!r.stage_name) continue;
    const group = r.group ? dbkpopGroup(r.group, groupByKey, extraGroups) : undefined;
    const p: PersonDraft = {
      name: r.stage_name,
      nameKo: opt(r.korean_stage_name),
      realName: opt(r.full_name),
      realNameKo: opt(r.korean_name),
      aliases: [],
      gender: r.gender === 'M' ? 'male' : r.gender === 'F' ? 'female' : undefined,
      birthDate: validDate(r.date_of_birth),
      memberships: group ? [{ groupRef: group.ref, current: group.active ?? true, roles: [] }] : [],
      sources: ['dbkpop'],
    };
    // dbkpop lists a few idols twice, once without their group
    const twin = persons.find((x) => key(x.name) === key(p.name) && x.birthDate === p.birthDate && x.realName === p.realName);
    if (twin) {
      if (twin.memberships.length === 0 && p.memberships.length > 0) {
        twin.memberships = p.memberships;
        soloByName.set(key(p.name), (soloByName.get(key(p.name)) ?? []).filter((x) => x !== twin));
        if (group) byGroup.set(group.ref, [...(byGroup.get(group.ref) ?? []), twin]);
      }
      continue;
    }
    persons.push(p);
    if (group) byGroup.set(group.ref, [...(byGroup.get(group.ref) ?? []), p]);
    else soloByName.set(key(p.name), [...(soloByName.get(key(p.name)) ?? []), p]);
  }

  const dbkpopPersons = [...persons];
  const linkedPersons = new Set<PersonDraft>();
  const membersOf = new Map<string, { groupRef: string; current: boolean; roles: string[] }[]>();
  for (const g of kp.groups) {
    const ref = kpGroupRef.get(g.id);
    if (!ref) continue;
    for (const m of g.members) {
      const roles = splitList(m.roles ?? '', ',').filter((x) => x.length <= 40);
      membersOf.set(m.idol_id, [...(membersOf.get(m.idol_id) ?? []), { groupRef: ref, current: m.current, roles }]);
    }
  }
  let linked = 0;
  let dateConflicts = 0;
  for (const i of kp.idols) {
    const memberships = membersOf.get(i.id) ?? [];
    const candidates = memberships.length > 0 ? memberships.flatMap((m) => byGroup.get(m.groupRef) ?? []) : (soloByName.get(key(i.name)) ?? []);
    const match = candidates.find(
      (p) =>
        key(p.name) === key(i.name) ||
        (p.nameKo !== undefined && p.nameKo === opt(i.name_original)) ||
        (p.realNameKo !== undefined && p.realNameKo === opt(i.real_name_original)) ||
        (memberships.length > 0 && p.birthDate !== undefined && p.birthDate === validDate(i.birth_date)),
    );
    const soloOk = memberships.length > 0 || (match && (match.birthDate === validDate(i.birth_date) || match.realNameKo === opt(i.real_name_original)));
    // A soloist now, or a renamed group (ELRIS → ALICE): same name or Korean real name, same birth date.
    const kpDate = validDate(i.birth_date);
    const anywhere =
      match && soloOk
        ? match
        : kpDate
          ? dbkpopPersons.find(
              (p) =>
                !linkedPersons.has(p) &&
                p.birthDate === kpDate &&
                (key(p.name) === key(i.name) || (p.realNameKo !== undefined && p.realNameKo === opt(i.real_name_original))),
            )
          : undefined;
    if (anywhere) {
      const match = anywhere;
      linkedPersons.add(match);
      linked++;
      if (match.birthDate && kpDate && match.birthDate !== kpDate) {
        dateConflicts++;
        log.add({ area: 'artist', entity: `${i.name} (${memberships.length > 0 ? (kp.groups.find((g) => g.id === i.groups[0])?.name ?? '') : 'solo'})`, field: 'birthDate', values: { dbkpop: match.birthDate, kpopnet: kpDate }, resolution: 'left empty' });
        match.birthDate = undefined;
      } else match.birthDate ??= kpDate;
      if (key(match.name) !== key(i.name)) match.aliases.push(match.name);
      match.name = i.name;
      match.nameKo = opt(i.name_original) ?? match.nameKo;
      if (match.realName && i.real_name && key(match.realName) !== key(i.real_name)) match.aliases.push(match.realName);
      match.realName = opt(i.real_name) ?? match.realName;
      match.realNameKo ??= opt(i.real_name_original);
      match.aliases.push(...splitList(i.name_alias ?? '', ','));
      match.debutYear = yearOf(i.debut_date);
      for (const m of memberships) {
        const existing = match.memberships.find((x) => x.groupRef === m.groupRef);
        if (existing) Object.assign(existing, { current: m.current, roles: m.roles });
        else match.memberships.push(m);
      }
      match.sources.push('kpopnet');
      continue;
    }
    persons.push({
      name: i.name,
      nameKo: opt(i.name_original),
      realName: opt(i.real_name),
      realNameKo: opt(i.real_name_original),
      aliases: splitList(i.name_alias ?? '', ','),
      gender: 'female',
      birthDate: validDate(i.birth_date),
      debutYear: yearOf(i.debut_date),
      memberships,
      sources: ['kpopnet'],
    });
  }
  progress(`persons: ${persons.length} (${linked} kpopnet idols linked to dbkpop, ${dateConflicts} birth-date conflicts)`);
  return persons;
}
