/** Reads each curation pass into candidate songs per production, with performers resolved (peeked) to ids. */
import type { ArtistRegistry } from './artists.js';
import type { OstFile, OstSong } from './curated.js';
import { sameTitle } from './ostRoles.js';

export type Find = (title: string, year: number | undefined) => string | undefined;

export interface Candidate {
  pass: string;
  song: OstSong;
  /** Artist ids, or `new:...` placeholders for names not in the artist data yet. */
  performers: string[];
  /** The performer set, order-free. */
  setKey: string;
}

export interface OstPass {
  name: string;
  files: OstFile[];
}

/** "Howl & J" names two singers unless an artist is called exactly that. */
export function splitDuo(credit: string, artists: ArtistRegistry): string[] {
  if (!/ (&|x|X) /.test(credit) || /\(/.test(credit) || artists.named(credit).length > 0) return [credit];
  return credit
    .split(/ (?:&|x|X) /)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

/**
 * Candidates of one pass by production id. Resolution only peeks: nothing is added to the
 * registry here. Notes on ambiguous or unknown names and file problems are collected.
 */
export function readCandidates(
  pass: OstPass,
  find: Find,
  artists: ArtistRegistry,
  notes: Map<string, string>,
  warnings: string[],
): Map<string, Candidate[]> {
  const peek = (credit: string): string => {
    const r = artists.resolve(credit, 'curated-ost', false);
    if (r.how === 'ambiguous' && r.note) notes.set(credit, `resolved to ${r.id}; ${r.note}`);
    if (r.how === 'created') {
      notes.set(credit, 'not in the artist data: a new artist (source curated-ost) once a song of theirs is kept or two passes name them');
    }
    return r.id;
  };
  const out = new Map<string, Candidate[]>();
  for (const f of pass.files) {
    for (const r of f.rejected) warnings.push(`${pass.name} ${f.file}: song #${r.index} skipped (${r.problem})`);
    const pid = find(f.production, f.year);
    if (!pid) {
      warnings.push(`${pass.name} ${f.file}: production "${f.production}" (${f.year}) not found; skipped`);
      continue;
    }
    const list = out.get(pid) ?? [];
    for (const song of f.songs) {
      const by = song.by.flatMap((c) => splitDuo(c, artists));
      const performers = by.map(peek);
      const setKey = [...new Set(performers)].sort().join('+');
      // one pass may have written two files for one production under two titles
      if (list.some((c) => c.setKey === setKey && sameTitle(c.song, song))) continue;
      list.push({ pass: pass.name, song: { ...song, by }, performers, setKey });
    }
    out.set(pid, list);
  }
  return out;
}

/** Placeholder ids of names that at least `min` passes use somewhere, with one credit for each. */
export function namedByPasses(byPass: Map<string, Candidate[]>[], min: number): Map<string, string> {
  const passesOf = new Map<string, { credit: string; passes: Set<number> }>();
  byPass.forEach((m, i) => {
    for (const c of [...m.values()].flat()) {
      c.performers.forEach((id, j) => {
        if (!id.startsWith('new:')) return;
        const e = passesOf.get(id) ?? { credit: c.song.by[j] ?? '', passes: new Set<number>() };
        e.passes.add(i);
        passesOf.set(id, e);
      });
    }
  });
  return new Map([...passesOf].filter(([, e]) => e.passes.size >= min).map(([id, e]) => [id, e.credit]));
}
