/**
 * Text normalisation shared by search, autocomplete and quiz answers: Unicode, case,
 * punctuation, spacing, romanisation variants, and Hangul through es-hangul (jamo,
 * initial consonants, romanisation).
 */
import { disassemble, getChoseong, romanize } from 'es-hangul';

const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const ASCII_APOSTROPHES = /['`]/g;
const ASCII_HYPHEN_IN_WORD = /(?<=[a-z0-9])-(?=[a-z0-9])/g;
const AMPERSAND = /&/g;
const ASCII_NOT_WORD = /[^a-z0-9]+/g;
const LATIN_ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/g;
const COMBINING = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘`´ʼ]/g;
const HYPHEN_IN_WORD = /(?<=[\p{L}\p{N}])[-‐‑–](?=[\p{L}\p{N}])/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const HANGUL = /[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]/;
const HANGUL_SYLLABLES = /[\uac00-\ud7a3]+/g;
const SCRIPT_RUNS = /[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]+|[^\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]+/g;
const NOT_COMPAT_JAMO = /[^\u3131-\u318e]+/g;
const CHOSEONG_ONLY = /^[\u3131-\u314e]+$/;

/**
 * Lower-cased NFKC text with Latin accents removed, apostrophes dropped, "&" read as "and",
 * and every run of punctuation or spacing turned into one space. `joinHyphens` turns "Ji-young" into "jiyoung".
 */
export function normalizeText(input: string, joinHyphens = true): string {
  if (PLAIN_ASCII.test(input)) {
    // Fast path for plain ASCII, which is most of the catalog.
    let a = input.toLowerCase().replace(ASCII_APOSTROPHES, '').replace(AMPERSAND, ' and ');
    if (joinHyphens) a = a.replace(ASCII_HYPHEN_IN_WORD, '');
    return a.replace(ASCII_NOT_WORD, ' ').trim();
  }
  // NFKC would turn the compatibility jamo people type (ㄷ, U+3137) into conjoining ones.
  let s = input.replace(NOT_COMPAT_JAMO, (seg) => seg.normalize('NFKC')).toLowerCase();
  // Strip Latin accents only: NFD on Hangul would give conjoining jamo nobody types.
  s = s.replace(LATIN_ACCENTED, (ch) => ch.normalize('NFD').replace(COMBINING, '').normalize('NFC'));
  s = s.replace(APOSTROPHES, '').replace(AMPERSAND, ' and ');
  if (joinHyphens) s = s.replace(HYPHEN_IN_WORD, '');
  return s.replace(NOT_WORD, ' ').trim();
}

/** A small memo for per-word work that the catalog repeats a lot. */
function memo(fn: (word: string) => string, max = 100_000): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let v = cache.get(word);
    if (v === undefined) {
      if (cache.size >= max) cache.clear();
      v = fn(word);
      cache.set(word, v);
    }
    return v;
  };
}

/**
 * Folds the common romanisation variants of a Latin word so that they compare equal:
 * eo/o, eu/u, ae/e, oo/u, shi/si, ph/p and doubled consonants ("dokkaebi" = "dokebi").
 */
export const foldLatin: (word: string) => string = memo(foldUncached);

const FOLDABLE = /eo|eu|ae|oo|shi|ph|([b-df-hj-np-tv-z])\1/;

function foldUncached(word: string): string {
  if (!FOLDABLE.test(word)) return word;
  return word
    .replace(/eo/g, 'o')
    .replace(/eu/g, 'u')
    .replace(/ae/g, 'e')
    .replace(/oo/g, 'u')
    .replace(/shi/g, 'si')
    .replace(/ph/g, 'p')
    .replace(/([b-df-hj-np-tv-z])\1+/g, '$1');
}

/**
 * Other forms a half-typed folded word may take once its next letter arrives: "ta" may be
 * the start of "tae" (folded "te"), "se" of "seo" ("so"). Used for prefix matching only.
 */
export function pendingFoldForms(t: string): string[] {
  if (t.length < 2) return [];
  const head = t.slice(0, -1);
  switch (t[t.length - 1]) {
    case 'e':
      return [`${head}o`, `${head}u`];
    case 'a':
      return [`${head}e`];
    case 'o':
      return [`${head}u`];
    case 'h':
      return head.endsWith('s') ? [head] : [];
    default:
      return [];
  }
}

export function hasHangul(s: string): boolean {
  return HANGUL.test(s);
}

/** True when every character (spaces aside) is a Hangul consonant: "ㄷㄲㅂ". */
export function isChoseongQuery(normalized: string): boolean {
  const compact = normalized.replace(/ /g, '');
  return compact.length > 0 && CHOSEONG_ONLY.test(compact);
}

/** Splits a normalised text into words, and words at Hangul/other script boundaries. */
export function splitWords(normalized: string): string[] {
  const out: string[] = [];
  for (const word of normalized.split(' ')) {
    if (word === '') continue;
    if (!hasHangul(word)) out.push(word);
    else for (const run of word.match(SCRIPT_RUNS) ?? []) out.push(run);
  }
  return out;
}

/** The comparable form of one word: jamo for Hangul ("태양" → "ㅌㅐㅇㅑㅇ"), folded Latin otherwise. */
export const wordKey: (word: string) => string = memo((word) => (hasHangul(word) ? disassemble(word) : foldLatin(word)));

const choseongOf = memo((word) => getChoseong(word));

/** Comparable tokens of a text, and their space-less join (folded again across joins). */
export function textKey(normalized: string): { tokens: string[]; compact: string } {
  if (!hasHangul(normalized)) {
    // The common case, kept cheap: Latin words only.
    const latin = normalized === '' ? [] : normalized.split(' ');
    return { tokens: latin.map(foldLatin), compact: foldUncached(latin.join('')) };
  }
  const words = splitWords(normalized);
  const tokens = words.map(wordKey);
  // Fold the joined raw words: folds look across word boundaries ("del luna" = "deluna").
  const joined = words.map((w, i) => (hasHangul(w) ? tokens[i]! : w)).join('');
  return { tokens, compact: foldUncached(joined) };
}

/** Initial-consonant words of the Hangul in a text ("SKY 캐슬" → ["ㅋㅅ"]); Latin is dropped. */
export function choseongWords(normalized: string): string[] {
  const out: string[] = [];
  for (const word of splitWords(normalized)) {
    if (!hasHangul(word)) continue;
    const cho = choseongOf(word);
    if (cho !== '') out.push(cho);
  }
  return out;
}

const syllableCache = new Map<string, string>();

function romanizeSyllables(run: string): string {
  let out = '';
  for (const ch of run) {
    let r = syllableCache.get(ch);
    if (r === undefined) {
      r = romanize(ch);
      syllableCache.set(ch, r);
    }
    out += r;
  }
  return out;
}

/**
 * Romanised readings of a text's Hangul (Latin parts kept). The syllable-by-syllable one
 * ("chanyeol", cheap and cached) always; es-hangul's pronunciation-based one ("channyeol",
 * about 30 µs a word) only when asked. After `foldLatin` the two rarely differ.
 */
export function romanizations(normalized: string, withPronunciation = false): string[] {
  if (!hasHangul(normalized)) return [];
  const variants = new Set<string>();
  variants.add(normalized.replace(HANGUL_SYLLABLES, (run) => romanizeSyllables(run)));
  if (withPronunciation) variants.add(normalized.replace(HANGUL_SYLLABLES, (run) => romanize(run)));
  const out: string[] = [];
  for (const v of variants) {
    const cleaned = normalizeText(v);
    if (cleaned !== '' && !hasHangul(cleaned)) out.push(cleaned);
  }
  return out;
}

/** Space-less comparable form of a text, for equality checks. */
export function compactKey(text: string): string {
  return textKey(normalizeText(text)).compact;
}
