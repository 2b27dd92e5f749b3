/**
 * Word-level matching between a query and one key: prefixes that allow for half-typed
 * folds, words matched in any order, word boundaries, and typo-tolerant words.
 */
import { allowedEdits, boundedDistance } from '../text/distance.js';
import { hasHangul } from '../text/normalize.js';
import type { Key, Query } from './keys.js';

const NONE: readonly string[] = [];

/** True when `k` starts with `t` or with one of its other half-typed forms. */
export function startsWithAny(k: string, t: string, alts: readonly string[]): boolean {
  if (k.startsWith(t)) return true;
  for (const a of alts) if (k.startsWith(a)) return true;
  return false;
}

/** True when the first `length` characters of the key end at one of its word boundaries. */
export function endsAtWord(key: Key, length: number): boolean {
  let offset = 0;
  for (const t of key.tokens) {
    offset += t.length;
    if (offset >= length) return offset === length;
  }
  return false;
}

/**
 * Matches each query token to a distinct key token (exact, or prefix where allowed), in any
 * order; returns 0 when one is missing, else a quality that favours exact words, covering
 * more of the key, and the key's own word order.
 */
export function wordMatch(q: readonly string[], k: readonly string[], lastAlts: readonly string[]): number {
  if (q.length > k.length) return 0;
  let used = 0;
  let exact = 0;
  let previous = -1;
  let inOrder = 1;
  for (let i = 0; i < q.length; i++) {
    const t = q[i]!;
    const last = i === q.length - 1;
    const prefixOk = last || t.length >= 3;
    let found = -1;
    for (let j = 0; j < k.length && j < 31; j++) {
      if (used & (1 << j)) continue;
      if (k[j] === t) {
        found = j;
        exact++;
        break;
      }
      if (found < 0 && prefixOk && startsWithAny(k[j]!, t, last ? lastAlts : NONE)) found = j;
    }
    if (found < 0) return 0;
    if (found < previous) inOrder = 0;
    previous = found;
    used |= 1 << found;
  }
  return 0.45 * (exact / q.length) + 0.4 * (q.length / k.length) + 0.15 * inOrder;
}

/** True when the query's compact form starts at a word boundary inside the key. */
export function boundaryMatch(qc: string, key: Key): boolean {
  let offset = 0;
  for (const t of key.tokens) {
    if (offset > 0 && key.compact.startsWith(qc, offset)) return true;
    offset += t.length;
  }
  return false;
}

/** Match quality of a word within typos: full word, or the typed start of a longer word. */
export const NEAR_QUALITY = { perEdit: 0.1, whole: 0.6, prefix: 0.45 } as const;

/** How well query token `i` matches a key word: 1 exact, less for a prefix or a typo, 0 none. */
export function tokenMatch(q: Query, i: number, k: string): number {
  const t = q.tokens[i]!;
  const last = i === q.tokens.length - 1;
  if (t === k) return 1;
  if ((last || t.length >= 3) && startsWithAny(k, t, last ? q.lastAlts : NONE)) return 0.85;
  if (!q.typoTokens[i]) return 0;
  // The index already found the catalog's words within typos of this token.
  const near = q.near[i];
  if (near) return near.get(k) ?? 0;
  const edits = allowedEdits(t.length, q.jamo && hasHangul(t));
  if (edits === 0) return 0;
  const d = boundedDistance(t, k, edits);
  if (d <= edits) return NEAR_QUALITY.whole - NEAR_QUALITY.perEdit * d;
  if (last && k.length > t.length && boundedDistance(t, k, edits, true) <= edits) return NEAR_QUALITY.prefix;
  return 0;
}
