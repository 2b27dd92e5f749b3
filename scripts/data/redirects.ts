/**
 * Ids that a rebuild renamed (a song's title corrected, an artist merged into another), so that
 * favourites and settings stored under the old id still find the item: data/redirects.json maps
 * each old id to its successor. Earlier redirects are kept, following their targets.
 */
import type { Dataset, Redirects } from '../../src/core/model.js';
import { NO_REDIRECTS } from '../../src/core/catalog.js';
import { key } from './ids.js';
import { titleKey } from './ostRoles.js';

/** The one item `pick` finds, or nothing when it finds none or several. */
function only<T>(xs: T[]): T | undefined {
  return xs.length === 1 ? xs[0] : undefined;
}

export function computeRedirects(prev: Dataset | undefined, next: Dataset, earlier: Readonly<Redirects> = NO_REDIRECTS): Redirects {
  const out: Redirects = { productions: {}, artists: {}, songs: {} };
  const ids = {
    productions: new Set(next.productions.map((p) => p.id)),
    artists: new Set(next.artists.map((a) => a.id)),
    songs: new Set(next.songs.map((s) => s.id)),
  };
  if (prev) {
    for (const p of prev.productions) {
      if (ids.productions.has(p.id)) continue;
      // a production merged into another keeps its title as the other's Korean title or an alias
      const names = new Set([p.title, ...p.aliases].map(key));
      const hit = only(
        next.productions.filter((n) => n.year === p.year && [n.title, n.titleKo ?? '', ...n.aliases].some((x) => x !== '' && names.has(key(x)))),
      );
      if (hit) out.productions[p.id] = hit.id;
    }
    for (const a of prev.artists) {
      if (ids.artists.has(a.id)) continue;
      const names = new Set([a.name, ...a.aliases].map(key));
      const hit = only(
        next.artists.filter(
          (n) =>
            n.kind === a.kind &&
            [n.name, ...n.aliases].some((x) => names.has(key(x))) &&
            (n.birthDate === undefined || a.birthDate === undefined || n.birthDate === a.birthDate),
        ),
      );
      if (hit) out.artists[a.id] = hit.id;
    }
    const prevSongIds = new Set(prev.songs.map((s) => s.id));
    const place = (productionId: string, performers: string[]): string => `${productionId}|${[...performers].sort().join('+')}`;
    const gone = prev.songs
      .filter((s) => !ids.songs.has(s.id))
      .map((s) => ({
        s,
        place: place(
          ids.productions.has(s.productionId) ? s.productionId : (out.productions[s.productionId] ?? s.productionId),
          s.performers.map((id) => (ids.artists.has(id) ? id : (out.artists[id] ?? id))),
        ),
      }));
    const claimed = new Set<string>();
    // first a song of the same production and performers with the same title (English or Hangul)
    for (const { s, place: at } of gone) {
      const hit = only(
        next.songs.filter(
          (n) => place(n.productionId, n.performers) === at && (titleKey(n.title) === titleKey(s.title) || (!!n.titleKo && n.titleKo === s.titleKo)),
        ),
      );
      if (hit) {
        out.songs[s.id] = hit.id;
        claimed.add(hit.id);
      }
    }
    // then one retitled song: the only unmatched old song and the only new, unclaimed song of that place
    const left = gone.filter((g) => !out.songs[g.s.id]);
    for (const { s, place: at } of left) {
      if (left.filter((g) => g.place === at).length !== 1) continue;
      const hit = only(next.songs.filter((n) => place(n.productionId, n.performers) === at && !prevSongIds.has(n.id) && !claimed.has(n.id)));
      if (hit) {
        out.songs[s.id] = hit.id;
        claimed.add(hit.id);
      }
    }
  }
  for (const kind of ['productions', 'artists', 'songs'] as const) {
    for (const [from, to] of Object.entries(earlier[kind])) {
      if (ids[kind].has(from) || out[kind][from]) continue;
      const target = ids[kind].has(to) ? to : out[kind][to];
      if (target) out[kind][from] = target;
    }
  }
  return out;
}
