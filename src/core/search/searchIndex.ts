/**
 * The in-memory search index: docs numbered by popularity, their comparable keys, the
 * vocabulary (words and whole keys with postings, trigrams, short-prefix tables), and a
 * candidate gatherer. A query gathers candidates cheaply, then scores the best few.
 */
import type { EntityKind } from '../model.js';
import { Candidates } from './candidates.js';
import { docKeys, parseQuery, type FormCache, type Key } from './keys.js';
import { scoreDoc } from './score.js';
import type { SearchDoc, SearchHit, SearchIndex, SearchOptions } from './types.js';
import { buildVocabulary } from './vocabulary.js';

const KIND_BIT: Readonly<Record<EntityKind, number>> = { song: 1, production: 2, artist: 4 };
const ALL_KINDS = 7;
const DEFAULT_LIMIT = 25;
/** Candidates fully scored per query: the limit plus a margin, at least MIN_SCORED. */
const EXTRA_SCORED = 12;
const MIN_SCORED = 30;

class Index implements SearchIndex {
  readonly size: number;
  private readonly docs: SearchDoc[];
  private readonly keys: Key[][];
  private readonly kinds: Uint8Array;
  private readonly candidates: Candidates;

  constructor(docs: readonly SearchDoc[]) {
    // Doc number = rank: ties in score fall back to popularity, then id, for a stable order.
    this.docs = [...docs].sort((a, b) => b.popularity - a.popularity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.size = this.docs.length;
    const cache: FormCache = new Map();
    this.keys = this.docs.map((d) => docKeys(d, cache));
    this.kinds = Uint8Array.from(this.docs, (d) => KIND_BIT[d.kind]);
    this.candidates = new Candidates(buildVocabulary(this.keys, this.kinds), this.kinds);
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
    const mask = options.kinds ? options.kinds.reduce((m, k) => m | KIND_BIT[k], 0) : ALL_KINDS;
    if (limit === 0 || mask === 0) return [];
    const q = parseQuery(query);
    if (!q) return this.popular(limit, mask);
    this.candidates.gather(q, mask);
    const scored: { doc: number; score: number; key: number }[] = [];
    for (const d of this.candidates.select(Math.max(limit + EXTRA_SCORED, MIN_SCORED))) {
      const m = scoreDoc(q, this.keys[d]!, this.docs[d]!.popularity, this.candidates.wordsFound(d));
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

  /** What an empty query shows: the most popular items of the asked kinds. */
  private popular(limit: number, mask: number): SearchHit[] {
    const out: SearchHit[] = [];
    for (let d = 0; d < this.size && out.length < limit; d++) {
      if (this.kinds[d]! & mask) out.push(this.hit(d, 0, 0));
    }
    return out;
  }
}

/** Builds the search index over the given documents (any mix of kinds). */
export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  return new Index(docs);
}
