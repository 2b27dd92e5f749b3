import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GroupDraft, KpopnetIdol } from '../../scripts/data/artistDrafts.js';
import { readPersons } from '../../scripts/data/artistPersons.js';
import { ConflictLog } from '../../scripts/data/conflicts.js';

const HEADER = 'stage_name,full_name,korean_name,korean_stage_name,date_of_birth_raw,date_of_birth,group,other_groups,country,birthplace,gender';

function dbkpop(rows: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'sori-dbkpop-'));
  writeFileSync(join(dir, 'idols.csv'), [HEADER, ...rows].join('\n'));
  return dir;
}

const idol = (id: string, name: string, realNameKo: string, birth: string): KpopnetIdol => ({
  id, name, name_original: null, name_alias: null, real_name: null, real_name_original: realNameKo, birth_date: birth, debut_date: '2012-07-17', groups: ['cp'],
});

function persons(rows: string[], idols: KpopnetIdol[]) {
  const group: GroupDraft = { ref: 'crayon-pop', kind: 'group', name: 'Crayon Pop', aliases: [], sources: ['dbkpop'] };
  const kpGroup = { id: 'cp', name: 'Crayon Pop', name_original: null, name_alias: null, agency_name: null, debut_date: null, parent_id: null, members: idols.map((i) => ({ idol_id: i.id, current: false, roles: null })) };
  return readPersons(dbkpop(rows), [], { groups: [kpGroup], idols }, new Map([['cp', 'crayon-pop']]), new Map([['crayonpop', group]]), new ConflictLog(), () => {});
}

describe('linking kpopnet idols to dbkpop idols', () => {
  const twins = [
    'Choa,Heo Minjin,허민진,초아,,1990-07-12,Crayon Pop,,South Korea,,F',
    'Way,Heo Minseon,허민선,웨이,,1990-07-12,Crayon Pop,,South Korea,,F',
  ];

  it('keeps twins of one group two people, each linked by name', () => {
    const out = persons(twins, [idol('way', 'Way', '허민선', '1990-07-12'), idol('choa', 'Choa', '허민진', '1990-07-12')]);
    expect(out.map((p) => [p.name, p.realNameKo, p.aliases, p.sources])).toEqual([
      ['Choa', '허민진', [], ['dbkpop', 'kpopnet']],
      ['Way', '허민선', [], ['dbkpop', 'kpopnet']],
    ]);
  });

  it('still links a renamed member by birth date within the group', () => {
    const out = persons(['Chanmi,Kim Chanmi,김찬미,찬미,,1996-06-19,Crayon Pop,,South Korea,,F'], [idol('dohwa', 'Im Dohwa', '임도화', '1996-06-19')]);
    expect(out.map((p) => [p.name, p.aliases, p.sources])).toEqual([['Im Dohwa', ['Chanmi'], ['dbkpop', 'kpopnet']]]);
  });
});
