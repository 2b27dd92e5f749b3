/**
 * Persons: dbkpop idols (boys and girls) linked to kpopnet idols (girls) by group and name,
 * Korean name, Korean real name or birth date; birth-date disagreements are logged and dropped.
 */
import { readCsv, splitList } from './csv.js';
import type { ConflictLog } from './conflicts.js';
import { key } from './ids.js';
import { opt, validDate, yearOf, type GroupDraft, type KpopnetGroup, type KpopnetIdol, type PersonDraft } from './artistDrafts.js';

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

export function readPersons(
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
    const realNameKo = opt(i.real_name_original);
    // A name match first; a birth date within the group only links someone not linked yet, so twins in
    // one group (Crayon Pop's Choa and Way) stay two people.
    const match =
      candidates.find(
        (p) =>
          key(p.name) === key(i.name) ||
          (p.nameKo !== undefined && p.nameKo === opt(i.name_original)) ||
          (p.realNameKo !== undefined && p.realNameKo === realNameKo),
      ) ??
      candidates.find(
        (p) =>
          memberships.length > 0 &&
          !linkedPersons.has(p) &&
          p.birthDate !== undefined &&
          p.birthDate === validDate(i.birth_date),
      );
    const soloOk = memberships.length > 0 || (match && (match.birthDate === validDate(i.birth_date) || match.realNameKo === realNameKo));
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
