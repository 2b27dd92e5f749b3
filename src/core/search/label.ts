/**
 * Autocomplete choice labels that say what an item is, within Discord's 100 characters:
 * "Stay With Me · Chanyeol, Punch · Goblin (2016)", "도깨비 → Goblin (2016, tvN)".
 */
import type { Artist, Dataset, Production, Song } from '../model.js';
import type { SearchHit } from './types.js';

export const CHOICE_MAX_LENGTH = 100;

/** The lookups a label needs; build once with `labelCatalog(dataset)`. */
export interface LabelCatalog {
  productions: ReadonlyMap<string, Production>;
  artists: ReadonlyMap<string, Artist>;
  songs: ReadonlyMap<string, Song>;
}

export interface Choice {
  name: string;
  value: string;
}

export function labelCatalog(dataset: Dataset): LabelCatalog {
  return {
    productions: new Map(dataset.productions.map((p) => [p.id, p])),
    artists: new Map(dataset.artists.map((a) => [a.id, a])),
    songs: new Map(dataset.songs.map((s) => [s.id, s])),
  };
}

function clip(s: string, max: number): string {
  const chars = [...s];
  if (chars.length <= max) return s;
  return `${chars.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}

function productionNote(p: Production, withNetwork: boolean): string {
  const parts: string[] = [];
  if (p.year) parts.push(String(p.year));
  if (p.kind === 'film' || p.kind === 'animated_film') parts.push('film');
  else if (p.kind === 'anime' || p.kind === 'animated_series') parts.push('anime');
  else if (withNetwork && p.networks[0]) parts.push(p.networks[0]);
  else if (withNetwork && p.platforms[0]) parts.push(p.platforms[0]);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

function artistNote(a: Artist, catalog: LabelCatalog): string {
  const groups = a.memberships
    .map((m) => catalog.artists.get(m.groupId)?.name)
    .filter((n): n is string => n !== undefined);
  if (groups.length > 0) return ` (${groups.join(', ')})`;
  const parent = a.parentGroupId ? catalog.artists.get(a.parentGroupId)?.name : undefined;
  if (parent) return ` (${parent} sub-unit)`;
  const kinds: Record<Artist['kind'], string> = {
    group: 'group',
    subunit: 'sub-unit',
    person: 'singer',
    band: 'band',
    fictional_group: 'fictional group',
  };
  return ` (${kinds[a.kind]})`;
}

/** Fits "head · middle · tail" into `max` characters, shortening the middle first. */
function fit(head: string, middle: string, tail: string, max: number): string {
  const sep = ' · ';
  const full = [head, middle, tail].filter((x) => x !== '').join(sep);
  if ([...full].length <= max) return full;
  const tailLen = tail ? [...tail].length + sep.length : 0;
  const headMax = Math.min([...head].length, Math.max(20, max - tailLen - (middle ? 20 : 0)));
  const h = clip(head, headMax);
  const midMax = max - [...h].length - tailLen - (middle ? sep.length : 0);
  const m = middle && midMax >= 6 ? clip(middle, midMax) : '';
  return clip([h, m, tail].filter((x) => x !== '').join(sep), max);
}

function baseLabel(hit: SearchHit, catalog: LabelCatalog, max: number): string | undefined {
  if (hit.kind === 'production') {
    const p = catalog.productions.get(hit.id);
    if (!p) return undefined;
    const note = productionNote(p, true);
    return `${clip(p.title, max - note.length)}${note}`;
  }
  if (hit.kind === 'artist') {
    const a = catalog.artists.get(hit.id);
    if (!a) return undefined;
    const note = artistNote(a, catalog);
    return clip(`${clip(a.name, max - Math.min(note.length, 40))}${note}`, max);
  }
  const s = catalog.songs.get(hit.id);
  if (!s) return undefined;
  const performers = s.performers.map((id) => catalog.artists.get(id)?.name ?? id).join(', ');
  const p = catalog.productions.get(s.productionId);
  const tail = p ? `${clip(p.title, 40)}${productionNote(p, false)}` : '';
  return fit(s.title, performers, tail, max);
}

/**
 * The label of an autocomplete choice for a hit (at most 100 characters). When the hit
 * matched on an alias or the Korean title, that text leads: "도깨비 → Goblin (2016, tvN)".
 */
export function choiceLabel(hit: SearchHit, catalog: LabelCatalog): string {
  const viaOther = hit.matchedField === 'alias' || hit.matchedField === 'korean';
  const lead = viaOther ? `${clip(hit.matchedText, 40)} → ` : '';
  const base = baseLabel(hit, catalog, CHOICE_MAX_LENGTH - [...lead].length) ?? hit.id;
  return clip(`${lead}${base}`, CHOICE_MAX_LENGTH);
}

/** Autocomplete choices for hits: the label as name, the item's id as value (ids too long to carry are left out). */
export function toChoices(hits: readonly SearchHit[], catalog: LabelCatalog): Choice[] {
  return hits
    .filter((h) => h.id.length <= CHOICE_MAX_LENGTH)
    .map((h) => ({ name: choiceLabel(h, catalog), value: h.id }));
}
