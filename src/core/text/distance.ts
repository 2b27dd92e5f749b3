/**
 * Bounded optimal-string-alignment distance (Levenshtein plus adjacent transpositions).
 * Returns `max + 1` as soon as the distance is known to exceed `max`.
 */

let prev2 = new Int32Array(64);
let prev = new Int32Array(64);
let cur = new Int32Array(64);

function ensure(n: number): void {
  if (cur.length > n) return;
  const size = Math.max(n + 1, cur.length * 2);
  prev2 = new Int32Array(size);
  prev = new Int32Array(size);
  cur = new Int32Array(size);
}

/**
 * Distance between `a` and `b`; with `prefix`, the smallest distance between `a` and any
 * prefix of `b` (what was typed so far, with typos, against a longer word).
 */
export function boundedDistance(a: string, b: string, max: number, prefix = false): number {
  const m = a.length;
  const n = prefix ? Math.min(b.length, m + max) : b.length;
  if (!prefix && Math.abs(m - n) > max) return max + 1;
  if (m === 0) return prefix ? 0 : n;
  ensure(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const ca = a.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, prev2[j - 2]! + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  let d = prev[n]!;
  if (prefix) for (let j = 0; j <= n; j++) d = Math.min(d, prev[j]!);
  return d > max ? max + 1 : d;
}

/** Edits a typed word of this length may contain: more for longer words, none for short ones. */
export function allowedEdits(length: number, jamo: boolean): number {
  const n = jamo ? Math.floor((length * 2) / 3) : length;
  if (n < 4) return 0;
  if (n < 9) return 1;
  if (n < 14) return 2;
  return 3;
}
