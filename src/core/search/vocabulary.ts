/**
 * The index's vocabulary, built in flat arrays to keep startup fast: sorted terms (key words
 * and whole multi-word keys) with postings of doc numbers, a trigram index over the words,
 * and the most popular docs for every 1–2 character prefix.
 */
import type { Key } from './keys.js';

export interface Vocabulary {
  /** Sorted terms. */
  terms: string[];
  /** Postings of term i: postDocs[postStart[i] .. postStart[i + 1]), ascending doc numbers. */
  postStart: Int32Array;
  postDocs: Int32Array;
  /** Trigram code → list number; list g: gramTerms[gramStart[g] .. gramStart[g + 1]). */
  gramIds: Map<number, number>;
  gramStart: Int32Array;
  gramTerms: Int32Array;
  /** For each 1–2 character prefix, the most popular docs (per kind) having a term with it. */
  prefixTop: Map<string, Int32Array>;
}

export const SHORT_PREFIX = 2;
/** Docs kept per kind for each short prefix. */
const PREFIX_TOP = 48;
const START = 1;

/** Squeezes a character into 10 bits (ASCII, compatibility jamo, the rest folded) for small-integer codes. */
function squeeze(c: number): number {
  if (c < 128) return c;
  if (c >= 0x3131 && c <= 0x318e) return 128 + (c - 0x3131);
  return 256 + (c % 768);
}

/** A trigram as one small integer; rare collisions only add candidates that are checked anyway. */
function gramCode(a: number, b: number, c: number): number {
  return (squeeze(a) << 20) | (squeeze(b) << 10) | squeeze(c);
}

/** Trigram codes of a word, the first one anchored at its start. */
export function trigramCodes(term: string): number[] {
  const out: number[] = [];
  let a = START;
  let b = term.charCodeAt(0);
  for (let i = 1; i < term.length; i++) {
    const c = term.charCodeAt(i);
    out.push(gramCode(a, b, c));
    a = b;
    b = c;
  }
  return out;
}

/** The postings list of a trigram code (empty when unknown). */
export function gramList(v: Vocabulary, code: number): Int32Array {
  const g = v.gramIds.get(code);
  return g === undefined ? EMPTY : v.gramTerms.subarray(v.gramStart[g]!, v.gramStart[g + 1]!);
}

const EMPTY = new Int32Array(0);

/** Builds the vocabulary of docs' keys; docs are numbered by rank (0 = most popular). */
export function buildVocabulary(keys: readonly Key[][], kinds: Uint8Array): Vocabulary {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const counts: number[] = [];
  const lastDoc: number[] = [];
  const isWord: boolean[] = [];
  let occ = new Int32Array(1 << 16);
  let occLength = 0;
  const occEnd = new Int32Array(keys.length);
  const idOf = (w: string, word: boolean): number => {
    let id = ids.get(w);
    if (id === undefined) {
      id = names.length;
      ids.set(w, id);
      names.push(w);
      counts.push(0);
      lastDoc.push(-1);
      isWord.push(false);
    }
    if (word) isWord[id] = true;
    return id;
  };
  // Keys of the same text share their tokens array: look its terms up once.
  const termsOfKey = new Map<readonly string[], number[]>();
  for (let d = 0; d < keys.length; d++) {
    for (const key of keys[d]!) {
      let keyTerms = termsOfKey.get(key.tokens);
      if (!keyTerms) {
        keyTerms = key.tokens.map((w) => idOf(w, true));
        if (key.tokens.length > 1) keyTerms.push(idOf(key.compact, false));
        termsOfKey.set(key.tokens, keyTerms);
      }
      for (const id of keyTerms) {
        if (lastDoc[id] === d) continue;
        lastDoc[id] = d;
        counts[id]!++;
        if (occLength === occ.length) {
          const grown = new Int32Array(occ.length * 2);
          grown.set(occ);
          occ = grown;
        }
        occ[occLength++] = id;
      }
    }
    occEnd[d] = occLength;
  }
  const terms = [...names].sort();
  const order = terms.map((t) => ids.get(t)!);
  const rank = new Int32Array(names.length);
  for (let r = 0; r < order.length; r++) rank[order[r]!] = r;
  const postStart = new Int32Array(terms.length + 1);
  for (let r = 0; r < terms.length; r++) postStart[r + 1] = postStart[r]! + counts[order[r]!]!;
  const fill = postStart.slice(0, terms.length);
  const postDocs = new Int32Array(occLength);
  for (let d = 0, o = 0; d < keys.length; d++) {
    for (; o < occEnd[d]!; o++) postDocs[fill[rank[occ[o]!]!]!++] = d;
  }
  const grams = buildTrigrams(terms, (r) => isWord[order[r]!]!);
  const v: Vocabulary = { terms, postStart, postDocs, ...grams, prefixTop: new Map() };
  v.prefixTop = buildPrefixTop(v, kinds);
  return v;
}

/** Trigram lists over the word terms (not whole multi-word keys, which grow with the catalog). */
function buildTrigrams(terms: readonly string[], isWord: (r: number) => boolean): Pick<Vocabulary, 'gramIds' | 'gramStart' | 'gramTerms'> {
  const gramIds = new Map<number, number>();
  const counts: number[] = [];
  const lastTerm: number[] = [];
  // Pass 1: each word's distinct trigram lists, kept flat; pass 2 fills the lists.
  let flat = new Int32Array(1 << 16);
  let flatLength = 0;
  const flatStart = new Int32Array(terms.length + 1);
  for (let r = 0; r < terms.length; r++) {
    flatStart[r] = flatLength;
    const term = terms[r]!;
    if (term.length < 3 || !isWord(r)) continue;
    let a = START;
    let b = term.charCodeAt(0);
    for (let i = 1; i < term.length; i++) {
      const c = term.charCodeAt(i);
      const code = gramCode(a, b, c);
      a = b;
      b = c;
      let g = gramIds.get(code);
      if (g === undefined) {
        g = counts.length;
        gramIds.set(code, g);
        counts.push(0);
        lastTerm.push(-1);
      }
      if (lastTerm[g] === r) continue;
      lastTerm[g] = r;
      counts[g]!++;
      if (flatLength === flat.length) {
        const grown = new Int32Array(flat.length * 2);
        grown.set(flat);
        flat = grown;
      }
      flat[flatLength++] = g;
    }
  }
  flatStart[terms.length] = flatLength;
  const gramStart = new Int32Array(counts.length + 1);
  for (let g = 0; g < counts.length; g++) gramStart[g + 1] = gramStart[g]! + counts[g]!;
  const fill = gramStart.slice(0, counts.length);
  const gramTerms = new Int32Array(gramStart[counts.length]!);
  for (let r = 0; r < terms.length; r++) {
    for (let j = flatStart[r]!; j < flatStart[r + 1]!; j++) gramTerms[fill[flat[j]!]!++] = r;
  }
  return { gramIds, gramStart, gramTerms };
}

function buildPrefixTop(v: Vocabulary, kinds: Uint8Array): Map<string, Int32Array> {
  const out = new Map<string, Int32Array>();
  let buffer = new Int32Array(1024);
  for (let len = 1; len <= SHORT_PREFIX; len++) {
    let i = 0;
    while (i < v.terms.length) {
      if (v.terms[i]!.length < len) {
        i++;
        continue;
      }
      const prefix = v.terms[i]!.slice(0, len);
      let n = 0;
      for (; i < v.terms.length && v.terms[i]!.startsWith(prefix); i++) {
        const from = v.postStart[i]!;
        const to = Math.min(v.postStart[i + 1]!, from + PREFIX_TOP * 3);
        if (n + (to - from) > buffer.length) {
          const grown = new Int32Array(Math.max(buffer.length * 2, n + (to - from)));
          grown.set(buffer.subarray(0, n));
          buffer = grown;
        }
        buffer.set(v.postDocs.subarray(from, to), n);
        n += to - from;
      }
      out.set(prefix, topPerKind(buffer.subarray(0, n).sort(), kinds));
    }
  }
  return out;
}

function topPerKind(sortedDocs: Int32Array, kinds: Uint8Array): Int32Array {
  const counts = [0, 0, 0, 0, 0, 0, 0, 0];
  const kept: number[] = [];
  let prev = -1;
  for (const d of sortedDocs) {
    if (d === prev) continue;
    prev = d;
    const k = kinds[d]!;
    if (counts[k]! >= PREFIX_TOP) continue;
    counts[k]!++;
    kept.push(d);
  }
  return Int32Array.from(kept);
}
