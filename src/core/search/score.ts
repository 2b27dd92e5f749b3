/**
 * How well a query matches one document: the best of its keys by match tier
 * (exact > prefix > word prefix > multi-field > initial consonants > substring > fuzzy),
 * weighted by field, plus a small popularity prior.
 */
import { allowedEdits, boundedDistance } from '../text/distance.js';
import { scriptOf, type Key, type Query } from './keys.js';
import { boundaryMatch, endsAtWord, startsWithAny, tokenMatch, wordMatch } from './match.js';

export const TIER_BASE = {
  exact: 100,
  prefix: 84,
  word: 70,
  multi: 64,
  choseong: 60,
  substring: 48,
  fuzzy: 40,
  partial: 18,
} as const;
const QUALITY_WEIGHT = 8;
export const POPULARITY_WEIGHT = 12;
const MIN_JOINED_FUZZY = 6;

export interface DocMatch {
  score: number;
  /** Index of the key that decided the match. */
  key: number;
}

function fuzzyTokens(q: Query, key: Key): number {
  if (q.tokens.length > key.tokens.length) return 0;
  let total = 0;
  for (let i = 0; i < q.tokens.length; i++) {
    let best = 0;
    for (const k of key.tokens) best = Math.max(best, tokenMatch(q, i, k));
    if (best === 0) return 0;
    total += best;
  }
  return total / q.tokens.length;
}

/** Score of one key without typo tolerance, or -1 when it does not match. */
export function scoreKey(q: Query, key: Key): number {
  if (q.cho !== key.cho || (q.script & key.script) === 0) return -1;
  const qc = q.compact;
  const kc = key.compact;
  const w = key.weight;
  if (q.cho) {
    if (qc === kc) return TIER_BASE.choseong * w + QUALITY_WEIGHT;
    if (kc.startsWith(qc)) return TIER_BASE.choseong * w + QUALITY_WEIGHT * (0.5 + 0.4 * (qc.length / kc.length));
    const wm = wordMatch(q.tokens, key.tokens, q.lastAlts);
    if (wm > 0 || boundaryMatch(qc, key)) return TIER_BASE.choseong * w + QUALITY_WEIGHT * 0.3 * wm;
    if (qc.length >= 2 && kc.includes(qc)) return TIER_BASE.substring * w;
    return -1;
  }
  if (qc === kc) return TIER_BASE.exact * w + QUALITY_WEIGHT;
  if (kc.startsWith(qc)) {
    const whole = endsAtWord(key, qc.length) ? 0.5 : 0;
    return TIER_BASE.prefix * w + QUALITY_WEIGHT * (0.5 * (qc.length / kc.length) + whole);
  }
  // The last letter may still change its folded form ("ta" → "tae" = "te"): a weaker prefix.
  if (startsWithAny(kc, qc, q.compactAlts)) return TIER_BASE.prefix * w - 3 + QUALITY_WEIGHT * 0.2 * (qc.length / kc.length);
  const wm = wordMatch(q.tokens, key.tokens, q.lastAlts);
  if (wm > 0) return TIER_BASE.word * w + QUALITY_WEIGHT * wm;
  if (boundaryMatch(qc, key)) return TIER_BASE.word * w + QUALITY_WEIGHT * 0.3 * (qc.length / kc.length);
  if (qc.length >= 3 && kc.includes(qc)) return TIER_BASE.substring * w + QUALITY_WEIGHT * (qc.length / kc.length);
  return -1;
}

/** Score of one key within the allowed typos, or -1. */
function fuzzyKey(q: Query, key: Key): number {
  const qc = q.compact;
  const kc = key.compact;
  const w = key.weight;
  // Several short words joined ("v bts") must not lose one of them as a "typo".
  const joinedOk = q.tokens.length === 1 || qc.length >= MIN_JOINED_FUZZY;
  const edits = q.typoCompact && joinedOk ? allowedEdits(qc.length, q.jamo) : 0;
  if (edits > 0) {
    const d = boundedDistance(qc, kc, edits);
    if (d <= edits) return TIER_BASE.fuzzy * w + QUALITY_WEIGHT * (1 - d / (edits + 1));
  }
  const ft = fuzzyTokens(q, key);
  if (ft > 0) return TIER_BASE.fuzzy * w + QUALITY_WEIGHT * 0.8 * ft;
  if (edits > 0 && kc.length > qc.length && kc.charCodeAt(0) === qc.charCodeAt(0)) {
    const d = boundedDistance(qc, kc, edits, true);
    if (d <= edits) return TIER_BASE.fuzzy * w + QUALITY_WEIGHT * 0.6 * (1 - d / (edits + 1));
  }
  return -1;
}

/** Query tokens spread over several fields ("stay with me chanyeol"); partial cover ranks low. */
function multiField(q: Query, keys: readonly Key[]): DocMatch | null {
  const n = q.tokens.length;
  let matched = 0;
  let weightSum = 0;
  let qualitySum = 0;
  let lengthSum = 0;
  let bestKey = -1;
  let bestKeyWeight = -1;
  const perKey = new Array<number>(keys.length).fill(0);
  for (let i = 0; i < n; i++) {
    const t = q.tokens[i]!;
    let best = 0;
    let bestW = 0;
    let bestIdx = -1;
    const script = scriptOf(q.tokens[i]!);
    for (let ki = 0; ki < keys.length; ki++) {
      const key = keys[ki]!;
      if (key.cho || (key.script & script) === 0) continue;
      for (const k of key.tokens) {
        const m = tokenMatch(q, i, k);
        if (m > 0 && m * key.weight > best * bestW) {
          best = m;
          bestW = key.weight;
          bestIdx = ki;
        }
      }
    }
    if (bestIdx < 0) continue;
    matched++;
    perKey[bestIdx]!++;
    weightSum += bestW * t.length;
    lengthSum += t.length;
    qualitySum += best;
    if (bestW > bestKeyWeight) {
      bestKeyWeight = bestW;
      bestKey = bestIdx;
    }
  }
  if (matched === 0 || bestKey < 0) return null;
  const avgWeight = weightSum / lengthSum;
  if (matched === n) {
    // How much of the main matched text the query covers: "heart iu" → "Heart" over "My Heart".
    const cover = perKey[bestKey]! / Math.max(1, keys[bestKey]!.tokens.length);
    return { score: TIER_BASE.multi * avgWeight + QUALITY_WEIGHT * (0.7 * (qualitySum / n) + 0.5 * cover), key: bestKey };
  }
  if (matched * 2 < n) return null;
  return { score: TIER_BASE.partial * avgWeight * (matched / n) + QUALITY_WEIGHT * 0.2 * (qualitySum / n), key: bestKey };
}

/**
 * Best match of a query against a document's keys, popularity included; null if none.
 * `wordsFound` (from candidate gathering) lets it skip the multi-field pass for docs that
 * too few of the query's words lead to.
 */
export function scoreDoc(q: Query, keys: readonly Key[], popularity: number, wordsFound = Infinity): DocMatch | null {
  let best = -1;
  let bestKey = -1;
  for (let i = 0; i < keys.length; i++) {
    const s = scoreKey(q, keys[i]!);
    if (s > best) {
      best = s;
      bestKey = i;
    }
  }
  if (!q.cho && q.tokens.length > 1 && best < TIER_BASE.word && wordsFound * 2 >= q.tokens.length) {
    const m = multiField(q, keys);
    if (m && m.score > best) {
      best = m.score;
      bestKey = m.key;
    }
  }
  // Typos last, and only where they could still beat what matched without them.
  if (!q.cho && (q.typoCompact || q.typoTokens.includes(true))) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key.cho || (key.script & q.script) === 0 || TIER_BASE.fuzzy * key.weight + QUALITY_WEIGHT <= best) continue;
      const s = fuzzyKey(q, key);
      if (s > best) {
        best = s;
        bestKey = i;
      }
    }
  }
  if (bestKey < 0) return null;
  return { score: best + POPULARITY_WEIGHT * popularity, key: bestKey };
}
