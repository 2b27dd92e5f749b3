/**
 * Artists from dbkpop (idols, boy and girl groups; early 2021) and kpopnet.json (female idols and
 * girl groups; CC0, read from node_modules), linked into one draft per group and per person.
 */
import { readFileSync } from 'node:fs';
import { readCsv, splitList } from './csv.js';
import type { ConflictLog } from './conflicts.js';
import { key } from './ids.js';
import { normalizeAgency, opt, yearOf, type GroupDraft, type KpopnetGroup, type KpopnetIdol, type PersonDraft } from './artistDrafts.js';
import { readPersons } from './artistPersons.js';

export { normalizeAgency };
export type { GroupDraft, PersonDraft };

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

