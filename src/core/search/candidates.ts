/**
 * Candidate gathering: cheap lookups in the vocabulary (exact, prefix, typo and substring
 * words) add weight to the docs they lead to; the best-weighted few are then fully scored.
 * Scratch arrays are reused across queries (stamps instead of clearing).
 */
import { allowedEdits, boundedDistance } from '../text/distance.js';
import { hasHangul } from '../text/normalize.js';
import type { Query } from './keys.js';
import { NEAR_QUALITY } from './match.js';
import { gramList, SHORT_PREFIX, trigramCodes, type Vocabulary } from './vocabulary.js';

const MAX_POSTINGS_WALK = 40000;
const MAX_FUZZY_COUNTS = 60000;
const MIN_SUBSTRING = 4;
/** An exact word used by at least this many docs is taken as meant (no typo search). */
const KNOWN_MIN_DOCS = 3;

interface Weights {
  exact: number;
  prefix: number;
  fuzzy: number;
}
/** The whole query typed so far weighs more than any one of its words. */
const WHOLE: Weights = { exact: 8, prefix: 5, fuzzy: 2 };
const WORD: Weights = { exact: 3, prefix: 2, fuzzy: 1 };

interface TermLookup {
  prefix: boolean;
  /** A finished word (not the last one typed) that the catalog has exactly is not expanded. */
  finished: boolean;
  fuzzy: boolean;
  substring: boolean;
  jamo: boolean;
  weights: Weights;
  /** Receives the catalog's words within typos of the term, with their match quality. */
  near: Map<string, number>;
}

export function lowerBound(terms: readonly string[], t: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class Candidates {
  private readonly score: Float64Array;
  private readonly stamp: Int32Array;
  private readonly slotStamp: Int32Array;
  private readonly termStamp: Int32Array;
  private readonly termCount: Int32Array;
  private readonly touched: Int32Array;
  private readonly wordHits: Int32Array;
  private touchedCount = 0;
  private wordSlot = false;
  private query = 0;
  private slot = 0;
  private termGen = 0;
  private mask = 0;

  constructor(
    private readonly vocab: Vocabulary,
    private readonly kinds: Uint8Array,
  ) {
    const n = kinds.length;
    this.score = new Float64Array(n);
    this.stamp = new Int32Array(n);
    this.slotStamp = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.wordHits = new Int32Array(n);
    this.termStamp = new Int32Array(vocab.terms.length);
    this.termCount = new Int32Array(vocab.terms.length);
  }

  /**
   * Gathers candidates of the kinds in `mask` for a query, and records on the query which
   * words may be typos and the catalog words near them (used again when scoring).
   */
  gather(q: Query, mask: number): void {
    this.mask = mask;
    this.query++;
    this.touchedCount = 0;
    const single = q.tokens.length === 1;
    // Typo and substring lookups run on words: with several words, on each of them.
    this.slot++;
    this.wordSlot = false;
    const near = new Map<string, number>();
    const whole = { prefix: true, finished: false, fuzzy: !q.cho && single, substring: single, jamo: q.jamo, weights: WHOLE, near };
    q.typoCompact = this.addTerm(q.compact, whole);
    if (!single && !q.cho) q.typoCompact = !this.knows(q.compact);
    for (const alt of q.compactAlts) this.addPrefix(alt, WHOLE.prefix);
    if (single) {
      q.typoTokens[0] = q.typoCompact;
      q.near[0] = near;
      return;
    }
    this.wordSlot = true;
    q.tokens.forEach((t, i) => {
      this.slot++;
      const last = i === q.tokens.length - 1;
      const found = new Map<string, number>();
      const lookup = { prefix: last || t.length >= 3, finished: !last, fuzzy: !q.cho, substring: false, jamo: hasHangul(t), weights: WORD, near: found };
      q.typoTokens[i] = this.addTerm(t, lookup);
      q.near[i] = found;
      if (last) for (const alt of q.lastAlts) this.addPrefix(alt, WORD.prefix);
    });
  }

  /** How many of the query's words led to doc `d` (for a query of several words). */
  wordsFound(d: number): number {
    return this.wordHits[d]!;
  }

  /** The best-looking candidates: by gathered weight, then popularity (doc order). */
  select(max: number): Int32Array {
    const n = this.touchedCount;
    const all = this.touched.subarray(0, n);
    if (n <= max) return all;
    const bucketOf = (d: number): number => Math.min(63, Math.floor(this.score[d]!));
    const buckets = new Int32Array(64);
    for (let i = 0; i < n; i++) buckets[bucketOf(all[i]!)]!++;
    let cut = 63;
    let count = 0;
    while (cut > 0 && count + buckets[cut]! < max) count += buckets[cut--]!;
    const chosen: number[] = [];
    const edge: number[] = [];
    for (let i = 0; i < n; i++) {
      const b = bucketOf(all[i]!);
      if (b > cut) chosen.push(all[i]!);
      else if (b === cut) edge.push(all[i]!);
    }
    const sortedEdge = Int32Array.from(edge).sort();
    for (let i = 0; i < sortedEdge.length && chosen.length < max; i++) chosen.push(sortedEdge[i]!);
    return Int32Array.from(chosen);
  }

  private addDoc(d: number, weight: number): void {
    if ((this.kinds[d]! & this.mask) === 0 || this.slotStamp[d] === this.slot) return;
    this.slotStamp[d] = this.slot;
    if (this.stamp[d] !== this.query) {
      this.stamp[d] = this.query;
      this.score[d] = 0;
      this.wordHits[d] = 0;
      this.touched[this.touchedCount++] = d;
    }
    this.score[d]! += weight;
    if (this.wordSlot) this.wordHits[d]!++;
  }

  private addPostings(termIdx: number, weight: number, budget = MAX_POSTINGS_WALK): number {
    const { postStart, postDocs } = this.vocab;
    const from = postStart[termIdx]!;
    const n = Math.min(postStart[termIdx + 1]! - from, budget);
    for (let j = 0; j < n; j++) this.addDoc(postDocs[from + j]!, weight);
    return n;
  }

  /** Looks one term up; returns whether it may be a typo (the catalog does not know it). */
  private addTerm(t: string, o: TermLookup): boolean {
    const { terms, postStart } = this.vocab;
    const at = lowerBound(terms, t);
    const exact = terms[at] === t;
    if (exact) this.addPostings(at, o.weights.exact);
    const next = exact ? at + 1 : at;
    const prefixed = o.prefix && next < terms.length && terms[next]!.startsWith(t);
    if (o.prefix && !(o.finished && exact)) this.addPrefix(t, o.weights.prefix, at);
    // A word the catalog uses often, or one that longer words begin with (typing in
    // progress), is taken as meant. A rare exact word may be someone's typo: one edit.
    const common = exact && postStart[at + 1]! - postStart[at]! >= KNOWN_MIN_DOCS;
    const known = common || prefixed;
    if (!o.fuzzy) return false;
    const allowed = allowedEdits(t.length, o.jamo);
    const edits = known ? 0 : exact ? Math.min(1, allowed) : allowed;
    if (edits > 0) this.addNearWords(t, edits, o);
    if (o.substring && t.length >= MIN_SUBSTRING) this.addContainingWords(t, o);
    return !known;
  }

  /** True when some vocabulary term equals or starts with `t`. */
  private knows(t: string): boolean {
    const { terms } = this.vocab;
    const at = lowerBound(terms, t);
    return at < terms.length && terms[at]!.startsWith(t);
  }

  /** Docs with a word starting with `t`: precomputed for 1–2 characters, else a range walk. */
  private addPrefix(t: string, weight: number, from?: number): void {
    const { terms, prefixTop } = this.vocab;
    if (t.length <= SHORT_PREFIX) {
      for (const d of prefixTop.get(t) ?? []) this.addDoc(d, weight);
      return;
    }
    let budget = MAX_POSTINGS_WALK;
    for (let i = from ?? lowerBound(terms, t); i < terms.length && budget > 0 && terms[i]!.startsWith(t); i++) {
      budget -= this.addPostings(i, weight, budget);
    }
  }

  /**
   * Words within `edits` of `t` (or, while typing, of their start). An edit breaks at most
   * three trigrams, a transposition four (allowed for short words, where it is the usual
   * typo), so such words share enough trigrams with `t`: counted over all its trigram lists
   * with typed arrays, then each word that shares enough is checked exactly.
   */
  private addNearWords(t: string, edits: number, o: TermLookup): void {
    const { terms } = this.vocab;
    const lists = trigramCodes(t).map((code) => gramList(this.vocab, code));
    const perEdit = edits === 1 && lists.length <= 8 ? 4 : 3;
    const need = Math.max(Math.min(2, lists.length), lists.length - perEdit * edits);
    const gen = ++this.termGen;
    const { termStamp, termCount } = this;
    const hits: number[] = [];
    let budget = MAX_FUZZY_COUNTS;
    for (const list of [...lists].sort((a, b) => a.length - b.length)) {
      const n = Math.min(list.length, budget);
      budget -= n;
      for (let j = 0; j < n; j++) {
        const ti = list[j]!;
        if (termStamp[ti] !== gen) {
          termStamp[ti] = gen;
          termCount[ti] = 0;
        }
        if (++termCount[ti]! === need) hits.push(ti);
      }
    }
    for (const ti of hits) {
      const term = terms[ti]!;
      const longer = term.length > t.length;
      if (longer ? !o.prefix : t.length - term.length > edits) continue;
      const d = term.length - t.length <= edits ? boundedDistance(t, term, edits) : edits + 1;
      let quality = 0;
      if (d <= edits) quality = NEAR_QUALITY.whole - NEAR_QUALITY.perEdit * d;
      else if (longer && boundedDistance(t, term, edits, true) <= edits) quality = NEAR_QUALITY.prefix;
      if (quality === 0) continue;
      o.near.set(term, quality);
      this.addPostings(ti, o.weights.fuzzy);
    }
  }

  /** Words containing `t`: each contains its inner trigrams, so the rarest one is walked. */
  private addContainingWords(t: string, o: TermLookup): void {
    const { terms } = this.vocab;
    const lists = trigramCodes(t).map((code) => gramList(this.vocab, code));
    let rarest: Int32Array | undefined;
    for (let i = 1; i < lists.length; i++) if (!rarest || lists[i]!.length < rarest.length) rarest = lists[i]!;
    for (let j = 0; rarest && j < rarest.length; j++) {
      const term = terms[rarest[j]!]!;
      if (term.length > t.length && !o.near.has(term) && term.includes(t)) this.addPostings(rarest[j]!, o.weights.fuzzy);
    }
  }
}
