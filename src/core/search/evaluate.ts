/**
 * Search quality on a query set: top-1 and top-5 per category. A hit counts when it is
 * the expected item or an item of the same kind with the same title (songs called "Love"
 * repeat), except in categories that exist to tell such items apart.
 */
import { compactKey } from '../text/normalize.js';
import type { EntityKind } from '../model.js';
import type { SearchDoc } from './types.js';

export interface QualityQuery {
  q: string;
  /** The expected item's id. */
  id: string;
  category: string;
}

export interface QualityFigures {
  queries: number;
  top1: number;
  top5: number;
}

export interface QualityReport {
  overall: QualityFigures;
  byCategory: Record<string, QualityFigures>;
  misses: { q: string; id: string; category: string; got: string[] }[];
}

/** Categories scored strictly against the expected id. */
export const STRICT_CATEGORIES: ReadonlySet<string> = new Set(['multi-field']);

export type SearchFn = (query: string, kinds: readonly EntityKind[]) => readonly { id: string }[];

/** Runs every query (limited to the expected item's kind, as autocomplete is) and scores it. */
export function evaluateQuality(queries: readonly QualityQuery[], docs: readonly SearchDoc[], search: SearchFn): QualityReport {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const sameTitle = new Map<string, string[]>();
  for (const d of docs) {
    const key = `${d.kind}|${compactKey(d.name)}`;
    const list = sameTitle.get(key);
    if (list) list.push(d.id);
    else sameTitle.set(key, [d.id]);
  }
  const tally = new Map<string, { n: number; t1: number; t5: number }>();
  const misses: QualityReport['misses'] = [];
  const count = (cat: string, t1: boolean, t5: boolean): void => {
    const t = tally.get(cat) ?? { n: 0, t1: 0, t5: 0 };
    t.n++;
    if (t1) t.t1++;
    if (t5) t.t5++;
    tally.set(cat, t);
  };
  for (const query of queries) {
    const doc = byId.get(query.id);
    const got = doc ? search(query.q, [doc.kind]).slice(0, 5).map((h) => h.id) : [];
    const accepted =
      doc && !STRICT_CATEGORIES.has(query.category) ? new Set(sameTitle.get(`${doc.kind}|${compactKey(doc.name)}`)) : new Set([query.id]);
    const rank = got.findIndex((id) => accepted.has(id));
    count(query.category, rank === 0, rank >= 0);
    count('*', rank === 0, rank >= 0);
    if (rank !== 0) misses.push({ q: query.q, id: query.id, category: query.category, got });
  }
  const figures = (t: { n: number; t1: number; t5: number }): QualityFigures => ({
    queries: t.n,
    top1: t.n === 0 ? 0 : t.t1 / t.n,
    top5: t.n === 0 ? 0 : t.t5 / t.n,
  });
  const byCategory: Record<string, QualityFigures> = {};
  for (const [cat, t] of tally) if (cat !== '*') byCategory[cat] = figures(t);
  return { overall: figures(tally.get('*') ?? { n: 0, t1: 0, t5: 0 }), byCategory, misses };
}
