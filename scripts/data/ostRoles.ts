/** Parsing of the OST files' role, language and tier fields, and the order of songs in a production. */
import type { Language, SongRole } from '../../src/core/model.js';
import { romanize } from 'es-hangul';
import { hasHangul, key } from './ids.js';

const ROLE_WORDS: Record<string, SongRole['type']> = {
  part: 'ost_part',
  opening: 'opening',
  op: 'opening',
  ending: 'ending',
  ed: 'ending',
  'main theme': 'main_theme',
  theme: 'main_theme',
  insert: 'insert',
  special: 'special',
};

/** "Part 10" → ost_part 10; "Ending 13" → ending 13; "Main Theme" → main_theme; unknown → undefined. */
export function parseRole(raw: string | undefined): SongRole | undefined {
  if (!raw) return undefined;
  const m = /^\s*(?:ost\s+)?([a-z ]+?)\s*(\d+)?\s*$/i.exec(raw);
  if (!m || !m[1]) return undefined;
  const type = ROLE_WORDS[m[1].toLowerCase().replace(/\s+/g, ' ')];
  if (!type) return undefined;
  const n = m[2] ? Number(m[2]) : undefined;
  return n !== undefined && n > 0 ? { type, number: n } : { type };
}

export function parseLanguage(raw: string | undefined): Language | undefined {
  const l = raw?.trim().toLowerCase();
  if (l === 'ko' || l === 'ja' || l === 'en' || l === 'zh') return l;
  if (l === 'other') return 'other';
  return undefined;
}

export function roleText(r: SongRole | undefined): string {
  if (!r) return '-';
  return `${r.type}${r.number !== undefined ? ` ${r.number}` : ''}`;
}

/** Title matching key: case, punctuation and a trailing "(feat. ...)" are ignored. */
export function titleKey(title: string): string {
  return key(title.replace(/\s*[([](?:feat|ft|with|prod)\.?\s[^)\]]*[)\]]\s*$/i, ''));
}

const TYPE_ORDER: SongRole['type'][] = ['ost_part', 'main_theme', 'opening', 'ending', 'insert', 'special'];

/** Sort key inside a production: numbered OST parts first, by number; then the other roles. */
export function songOrder(role: SongRole | undefined): [number, number] {
  if (!role) return [TYPE_ORDER.length, 0];
  return [TYPE_ORDER.indexOf(role.type), role.number ?? 9999];
}

/**
 * The keys under which a song title is known: its title, its Hangul title and that title's
 * romanisation, so "Baram" (romanised) and "Wind" (translated, ko 바람) are the same song.
 */
export function titleKeys(song: { title: string; ko?: string }): Set<string> {
  const keys = new Set([titleKey(song.title)]);
  const ko = song.ko?.trim();
  if (ko && hasHangul(ko)) {
    keys.add(titleKey(ko));
    keys.add(titleKey(romanize(ko)));
  }
  keys.delete('');
  return keys;
}

export function sameTitle(a: { title: string; ko?: string }, b: { title: string; ko?: string }): boolean {
  const kb = titleKeys(b);
  return [...titleKeys(a)].some((k) => kb.has(k));
}

/** Of two titles for one song, the one that is not merely the romanisation of its Hangul title. */
export function preferredTitle(a: { title: string; ko?: string }, b: { title: string; ko?: string }): string {
  const romanised = (s: { title: string; ko?: string }): boolean =>
    !!s.ko && hasHangul(s.ko) && titleKey(romanize(s.ko)) === titleKey(s.title);
  const romanOf = (s: { title: string }, ko: string | undefined): boolean => !!ko && hasHangul(ko) && titleKey(romanize(ko)) === titleKey(s.title);
  if (romanised(a) || romanOf(a, b.ko)) return b.title;
  return a.title;
}
