/**
 * The in-memory search index: a sorted vocabulary of key words and whole keys with
 * postings, a trigram index over the vocabulary for typos, and precomputed answers for
 * 1–2 character prefixes. Candidates are gathered cheaply, then the best few are scored.
 */
import type { EntityKind } from '../model.js';
import { allowedEdits, boundedDistance } from '../text/distance.js';
import { hasHangul } from '../text/normalize.js';
import { docKeys, parseQuery, type FormCache, type Key, type Query } from './keys.js';
import { buildVocabulary, gramList, SHORT_PREFIX, trigramCodes, type Vocabulary } from './vocabulary.js';
import { NEAR_QUALITY, scoreDoc } from './score.js';
import type { SearchDoc, SearchHit, SearchIndex, SearchOptions } from './types.js';

const KIND_BIT: Readonly<Record<EntityKind, number>> = { song: 1, production: 2, artist: 4 };
const ALL_KINDS = 7;
const DEFAULT_LIMIT = 25;
/** Candidates fully scored per query: the limit plus a margin, at least MIN_SCORED. */
const EXTRA_SCORED = 12;
const MIN_SCORED = 30;
const MAX_POSTINGS_WALK = 40000;
const MIN_SUBSTRING = 4;
const KNOWN_MIN_DOCS = 3;
const MAX_FUZZY_COUNTS = 60000;
const W = {
  exact: 8,
  prefix: 5,
  fuzzy: 2,
  tokenExact: 3,
  tokenPrefix: 2,
  tokenFuzzy: 1,
} as const;

function lowerBound(terms: readonly string[], t: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

class Index implements SearchIndex {
  readonly size: number;
  private readonly docs: SearchDoc[];
  private readonly keys: Key[][];
  private readonly kinds: Uint8Array;
  private readonly vocab: Vocabulary;
  private readonly candScore: Float64Array;
  private readonly candStamp: Int32Array;
  private readonly slotStamp: Int32Array;
  private readonly termStamp: Int32Array;
  private readonly termCount: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private stamp = 0;
  private slot = 0;
  private termGen = 0;

  constructor(docs: readonly SearchDoc[]) {
    this.docs = [...docs].sort((a, b) => b.popularity - a.popularity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.size = this.docs.length;
    const cache: FormCache = new Map();
    this.keys = this.docs.map((d) => docKeys(d, cache));
    this.kinds = Uint8Array.from(this.docs, (d) => KIND_BIT[d.kind]);
    this.vocab = buildVocabulary(this.keys, this.kinds);
    this.candScore = new Float64Array(this.size);
    this.candStamp = new Int32Array(this.size);
    this.slotStamp = new Int32Array(this.size);
    this.termStamp = new Int32Array(this.vocab.terms.length);
    this.termCount = new Int32Array(this.vocab.terms.length);
    this.touched = new Int32Array(this.size);
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
    let mask = ALL_KINDS;
    if (options.kinds) mask = options.kinds.reduce((m, k) => m | KIND_BIT[k], 0);
    if (limit === 0 || mask === 0) return [];
    const q = parseQuery(query);
    if (!q) return this.popular(limit, mask);
    this.gather(q, mask);
    const scored: { doc: number; score: number; key: number }[] = [];
    for (const d of this.selectCandidates(Math.max(limit + EXTRA_SCORED, MIN_SCORED))) {
      const m = scoreDoc(q, this.keys[d]!, this.docs[d]!.popularity);
      if (m) scored.push({ doc: d, score: m.score, key: m.key });
    }
    scored.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return scored.slice(0, limit).map((s) => this.hit(s.doc, s.score, s.key));
  }

  private hit(d: number, score: number, keyIdx: number): SearchHit {
    const doc = this.docs[d]!;
    const key = this.keys[d]![keyIdx];
    return {
      id: doc.id,
      kind: doc.kind,
      score: Math.round(score * 1000) / 1000,
      matchedField: key?.field ?? 'name',
      matchedText: key?.source ?? doc.name,
    };
  }

  private popular(limit: number, mask: number): SearchHit[] {
    const out: SearchHit[] = [];
    for (let d = 0; d < this.size && out.length < limit; d++) {
      if (this.kinds[d]! & mask) out.push(this.hit(d, 0, 0));
    }
    return out;
  }

  // --- candidate gathering -------------------------------------------------------------

  private mask = ALL_KINDS;

  private gather(q: Query, mask: number): void {
    this.mask = mask;
    this.stamp++;
    this.touchedCount = 0;
    const single = q.tokens.length === 1;
    this.nextSlot();
    // Typo and substring lookups run on words: for several words, on each of them below.
    const near = new Map<string, number>();
    q.typoCompact = this.addTerm(q.compact, true, !q.cho && single, W.exact, W.prefix, W.fuzzy, q.jamo, single, near);
    if (!single && !q.cho) q.typoCompact = !this.knows(q.compact);
    for (const alt of q.compactAlts) this.addPrefix(alt, W.prefix);
    if (single) {
      q.typoTokens[0] = q.typoCompact;
      q.near[0] = near;
      return;
    }
    q.tokens.forEach((t, i) => {
      this.nextSlot();
      const last = i === q.tokens.length - 1;
      const found = new Map<string, number>();
      const jamo = hasHangul(t);
      q.typoTokens[i] = this.addTerm(t, last || t.length >= 3, !q.cho, W.tokenExact, W.tokenPrefix, W.tokenFuzzy, jamo, false, found);
      q.near[i] = found;
      if (last) for (const alt of q.lastAlts) this.addPrefix(alt, W.tokenPrefix);
    });
  }

  private nextSlot(): void {
    this.slot++;
  }

  private addDoc(d: number, weight: number): void {
    if ((this.kinds[d]! & this.mask) === 0 || this.slotStamp[d] === this.slot) return;
    this.slotStamp[d] = this.slot;
    if (this.candStamp[d] !== this.stamp) {
      this.candStamp[d] = this.stamp;
      this.candScore[d] = 0;
      this.touched[this.touchedCount++] = d;
    }
    this.candScore[d]! += weight;
  }

  private addPostings(termIdx: number, weight: number, budget: number): number {
    const { postStart, postDocs } = this.vocab;
    const from = postStart[termIdx]!;
    const n = Math.min(postStart[termIdx + 1]! - from, budget);
    for (let j = 0; j < n; j++) this.addDoc(postDocs[from + j]!, weight);
    return n;
  }

  private addTerm(
    t: string,
    prefix: boolean,
    fuzzy: boolean,
    wExact: number,
    wPrefix: number,
    wFuzzy: number,
    jamo: boolean,
    substring: boolean,
    near: Map<string, number>,
  ): boolean {
    const { terms } = this.vocab;
    const at = lowerBound(terms, t);
    const exact = terms[at] === t;
    if (exact) this.addPostings(at, wExact, MAX_POSTINGS_WALK);
    const next = exact ? at + 1 : at;
    const prefixed = prefix && next < terms.length && terms[next]!.startsWith(t);
    if (prefix) this.addPrefix(t, wPrefix, at);
    // A word the catalog uses often, or one that longer words begin with (typing in
    // progress), is taken as meant: no typo search. A rare exact word may be someone's typo.
    const common = exact && this.vocab.postStart[at + 1]! - this.vocab.postStart[at]! >= KNOWN_MIN_DOCS;
    const known = common || prefixed;
    if (fuzzy) this.addFuzzy(t, prefix, wFuzzy, jamo, substring, known ? 0 : exact ? 1 : -1, near);
    return fuzzy && !known;
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
   * Vocabulary words within the allowed edits of `t` (or of a prefix of them), and words
   * containing `t`, found through shared trigrams. A word within k edits shares at least
   * `need` of the query's G trigrams, so it appears in one of the G - need + 1 rarest lists:
   * only those are walked, then each candidate is checked directly.
   */
  private addFuzzy(
    t: string,
    prefix: boolean,
    weight: number,
    jamo: boolean,
    substring: boolean,
    maxEdits: number,
    near: Map<string, number>,
  ): void {
    // maxEdits: 0 for a known word, 1 for a rare word of the catalog, -1 for no limit.
    const allowed = allowedEdits(t.length, jamo);
    const edits = maxEdits < 0 ? allowed : Math.min(allowed, maxEdits);
    substring &&= t.length >= MIN_SUBSTRING;
    if (edits === 0 && !substring) return;
    const { terms } = this.vocab;
    const lists = trigramCodes(t).map((code) => gramList(this.vocab, code));
    const gen = ++this.termGen;
    const { termStamp, termCount } = this;
    const accept = (ti: number, quality: number): void => {
      if (quality > 0) near.set(terms[ti]!, quality);
      this.addPostings(ti, weight, MAX_POSTINGS_WALK);
    };
    if (edits > 0) {
      // An edit breaks at most three trigrams, a transposition four (allowed for short words,
      // where it is the usual typo); short words must still share two. Count shared trigrams
      // over all lists (cheap with typed arrays), then check the words that share enough.
      const perEdit = edits === 1 && lists.length <= 8 ? 4 : 3;
      const need = Math.max(Math.min(2, lists.length), lists.length - perEdit * edits);
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
        if (longer ? !prefix : t.length - term.length > edits) continue;
        const d = term.length - t.length <= edits ? boundedDistance(t, term, edits) : edits + 1;
        if (d <= edits) accept(ti, NEAR_QUALITY.whole - NEAR_QUALITY.perEdit * d);
        else if (longer && boundedDistance(t, term, edits, true) <= edits) accept(ti, NEAR_QUALITY.prefix);
      }
    }
    if (substring) {
      // A word containing t contains each of its inner trigrams: walk the rarest one.
      let rarest: Int32Array | undefined;
      for (let i = 1; i < lists.length; i++) if (!rarest || lists[i]!.length < rarest.length) rarest = lists[i]!;
      for (let j = 0; rarest && j < rarest.length; j++) {
        const ti = rarest[j]!;
        const term = terms[ti]!;
        if (term.length > t.length && !near.has(term) && term.includes(t)) accept(ti, 0);
      }
    }
  }

  /** The best-looking candidates: by gathered weight, then popularity (doc order). */
  private selectCandidates(max: number): Int32Array {
    const n = this.touchedCount;
    const all = this.touched.subarray(0, n);
    if (n <= max) return all;
    const buckets = new Int32Array(64);
    for (let i = 0; i < n; i++) buckets[Math.min(63, Math.floor(this.candScore[all[i]!]!))]!++;
    let cut = 63;
    let count = 0;
    while (cut > 0 && count + buckets[cut]! < max) count += buckets[cut--]!;
    const chosen: number[] = [];
    const edge: number[] = [];
    for (let i = 0; i < n; i++) {
      const d = all[i]!;
      const b = Math.min(63, Math.floor(this.candScore[d]!));
      if (b > cut) chosen.push(d);
      else if (b === cut) edge.push(d);
    }
    const sortedEdge = Int32Array.from(edge).sort();
    for (let i = 0; i < sortedEdge.length && chosen.length < max; i++) chosen.push(sortedEdge[i]!);
    return Int32Array.from(chosen);
  }
}

/** Builds the search index over the given documents (any mix of kinds). */
export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  return new Index(docs);
}
