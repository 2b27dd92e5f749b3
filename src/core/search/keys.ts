/**
 * Comparable keys of a document's fields, and the parsed form of a query. Every text
 * yields a key of tokens (Latin folded, Hangul as jamo), plus for Hangul an
 * initial-consonant key and romanised keys.
 */
import {
  choseongWords,
  hasHangul,
  isChoseongQuery,
  normalizeText,
  pendingFoldForms,
  romanizations,
  textKey,
} from '../text/normalize.js';
import type { MatchedField, SearchDoc } from './types.js';

export interface Key {
  field: MatchedField;
  weight: number;
  /** An initial-consonant key ("ㄷㄲㅂ"): only choseong queries are compared with it. */
  cho: boolean;
  /** The field's original text, shown in labels. */
  source: string;
  compact: string;
  tokens: string[];
  /** SCRIPT bits of the compact text: a key and a query with none in common cannot match. */
  script: number;
}

/** Script bits: Latin (and digits, everything not jamo) and Hangul jamo. */
export const SCRIPT = { latin: 1, hangul: 2 } as const;

/** The script bits of a comparable (jamo or Latin) string. */
export function scriptOf(s: string): number {
  let bits = 0;
  for (let i = 0; i < s.length && bits !== 3; i++) {
    const c = s.charCodeAt(i);
    bits |= c >= 0x3131 && c <= 0x318e ? SCRIPT.hangul : SCRIPT.latin;
  }
  return bits;
}

export interface Query {
  cho: boolean;
  script: number;
  jamo: boolean;
  compact: string;
  tokens: string[];
  /** Other prefix forms of the compact text and of the last token (see pendingFoldForms). */
  compactAlts: string[];
  lastAlts: string[];
  /**
   * Whether the compact text and each token may hold a typo (unknown to the index): only
   * those get edit-distance matching. parseQuery allows it everywhere; the index narrows it.
   */
  typoCompact: boolean;
  typoTokens: boolean[];
  /** Per token, the catalog's words within its allowed typos and their match quality, when the index found them. */
  near: (ReadonlyMap<string, number> | undefined)[];
}

export const FIELD_WEIGHTS: Readonly<Record<MatchedField, number>> = {
  name: 1,
  korean: 1,
  alias: 0.9,
  context: 0.45,
};
const ROMANISED_FACTOR = 0.95;
const MAX_QUERY_LENGTH = 100;

interface Form {
  cho: boolean;
  romanised: boolean;
  tokens: string[];
  compact: string;
  script: number;
}

function form(cho: boolean, romanised: boolean, key: { tokens: string[]; compact: string }): Form {
  return { cho, romanised, tokens: key.tokens, compact: key.compact, script: scriptOf(key.compact) };
}

interface TextForms {
  normalized: string;
  plain: Form[];
  /** Initial consonants and romanisations of the Hangul, computed when a field wants them. */
  extra?: Form[];
  /** The keys of this text per field, shared by every doc that has it (performers, dramas). */
  keys: Partial<Record<MatchedField, Key[]>>;
}

/** Text → its comparable forms; shared across the documents of one build. */
export type FormCache = Map<string, TextForms>;

function plainForms(text: string, normalized: string): Form[] {
  if (normalized === '') return [];
  const forms: Form[] = [form(false, false, textKey(normalized))];
  if (/[-‐‑–]/.test(text)) forms.push(form(false, false, textKey(normalizeText(text, false))));
  return forms;
}

function extraForms(normalized: string): Form[] {
  if (!hasHangul(normalized)) return [];
  const cho = choseongWords(normalized);
  const forms: Form[] = [form(true, false, { tokens: cho, compact: cho.join('') })];
  for (const roman of romanizations(normalized)) forms.push(form(false, true, textKey(roman)));
  return forms;
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function hasKey(keys: readonly Key[], key: Key): boolean {
  for (const k of keys) {
    if (k === key) return true;
    if (k.compact === key.compact && k.field === key.field && k.cho === key.cho && sameTokens(k.tokens, key.tokens)) return true;
  }
  return false;
}

/** Fields that get initial-consonant and romanised keys; aliases and context get plain ones. */
const WITH_EXTRA_FORMS: ReadonlySet<MatchedField> = new Set(['name', 'korean']);

function fieldKeys(entry: TextForms, field: MatchedField, text: string): Key[] {
  const cached = entry.keys[field];
  if (cached) return cached;
  const forms = WITH_EXTRA_FORMS.has(field) ? [...entry.plain, ...(entry.extra ??= extraForms(entry.normalized))] : entry.plain;
  const keys: Key[] = [];
  for (const f of forms) {
    if (f.compact === '') continue;
    const weight = FIELD_WEIGHTS[field] * (f.romanised ? ROMANISED_FACTOR : 1);
    keys.push({ field, weight, cho: f.cho, source: text, compact: f.compact, tokens: f.tokens, script: f.script });
  }
  entry.keys[field] = keys;
  return keys;
}

function addTextKeys(out: Key[], field: MatchedField, text: string, cache: FormCache): void {
  let entry = cache.get(text);
  if (!entry) {
    const normalized = normalizeText(text);
    entry = { normalized, plain: plainForms(text, normalized), keys: {} };
    cache.set(text, entry);
  }
  for (const key of fieldKeys(entry, field, text)) if (!hasKey(out, key)) out.push(key);
}

/** All keys of one document, most important field first. */
export function docKeys(doc: SearchDoc, cache: FormCache = new Map()): Key[] {
  const out: Key[] = [];
  addTextKeys(out, 'name', doc.name, cache);
  if (doc.nameKo) addTextKeys(out, 'korean', doc.nameKo, cache);
  for (const a of doc.aliases) addTextKeys(out, 'alias', a, cache);
  for (const c of doc.context) addTextKeys(out, 'context', c, cache);
  return out;
}

/** The comparable form of what the user typed, or null when nothing searchable is left. */
export function parseQuery(raw: string): Query | null {
  const normalized = normalizeText(raw.slice(0, MAX_QUERY_LENGTH));
  if (normalized === '') return null;
  if (isChoseongQuery(normalized)) {
    const tokens = normalized.split(' ');
    const none = tokens.map(() => false);
    return { cho: true, script: SCRIPT.hangul, jamo: true, compact: tokens.join(''), tokens, compactAlts: [], lastAlts: [], typoCompact: false, typoTokens: none, near: [] };
  }
  const { tokens, compact } = textKey(normalized);
  if (compact === '') return null;
  const compactAlts = pendingFoldForms(compact);
  const lastAlts = tokens.length > 1 ? pendingFoldForms(tokens[tokens.length - 1]!) : compactAlts;
  const typoTokens = tokens.map(() => true);
  return { cho: false, script: scriptOf(compact), jamo: hasHangul(compact), compact, tokens, compactAlts, lastAlts, typoCompact: true, typoTokens, near: [] };
}
