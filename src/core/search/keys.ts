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
}

export interface Query {
  cho: boolean;
  jamo: boolean;
  compact: string;
  tokens: string[];
}

export const FIELD_WEIGHTS: Readonly<Record<MatchedField, number>> = {
  name: 1,
  korean: 1,
  alias: 0.9,
  context: 0.45,
};
const ROMANISED_FACTOR = 0.95;
const MAX_QUERY_LENGTH = 100;

function addTextKeys(out: Key[], seen: Set<string>, field: MatchedField, text: string): void {
  const weight = FIELD_WEIGHTS[field];
  const push = (cho: boolean, w: number, tokens: string[], compact: string): void => {
    if (compact === '') return;
    const sig = `${field}|${cho ? 1 : 0}|${tokens.join(' ')}`;
    if (seen.has(sig)) return;
    seen.add(sig);
    out.push({ field, weight: w, cho, source: text, compact, tokens });
  };
  const normalized = normalizeText(text);
  if (normalized === '') return;
  const main = textKey(normalized);
  push(false, weight, main.tokens, main.compact);
  if (/[-‐‑–]/.test(text)) {
    const split = textKey(normalizeText(text, false));
    push(false, weight, split.tokens, split.compact);
  }
  if (!hasHangul(normalized)) return;
  const cho = choseongWords(normalized);
  push(true, weight, cho, cho.join(''));
  for (const roman of romanizations(normalized)) {
    const k = textKey(roman);
    push(false, weight * ROMANISED_FACTOR, k.tokens, k.compact);
  }
}

/** All keys of one document, most important field first. */
export function docKeys(doc: SearchDoc): Key[] {
  const out: Key[] = [];
  const seen = new Set<string>();
  addTextKeys(out, seen, 'name', doc.name);
  if (doc.nameKo) addTextKeys(out, seen, 'korean', doc.nameKo);
  for (const a of doc.aliases) addTextKeys(out, seen, 'alias', a);
  for (const c of doc.context) addTextKeys(out, seen, 'context', c);
  return out;
}

/** The comparable form of what the user typed, or null when nothing searchable is left. */
export function parseQuery(raw: string): Query | null {
  const normalized = normalizeText(raw.slice(0, MAX_QUERY_LENGTH));
  if (normalized === '') return null;
  if (isChoseongQuery(normalized)) {
    const tokens = normalized.split(' ');
    return { cho: true, jamo: true, compact: tokens.join(''), tokens };
  }
  const { tokens, compact } = textKey(normalized);
  if (compact === '') return null;
  return { cho: false, jamo: hasHangul(compact), compact, tokens };
}
