/**
 * Judging a typed quiz answer: the same normalisation as search, exact on any accepted
 * form (title, alias, Korean title or its romanisation), or a small typo relative to the
 * length of the whole answer. A single lucky word of a longer title never counts.
 */
import { allowedEdits, boundedDistance } from '../text/distance.js';
import { hasHangul, normalizeText, romanizations, textKey } from '../text/normalize.js';

const LEADING_ARTICLE = /^(the|a|an) /;
const MIN_ARTICLELESS = 4;

const formsCache = new Map<string, string[]>();
const FORMS_CACHE_MAX = 2000;

/** Comparable forms of an answer; memoised, as a round's answers are checked for every player. */
function answerForms(text: string): string[] {
  let forms = formsCache.get(text);
  if (!forms) {
    if (formsCache.size >= FORMS_CACHE_MAX) formsCache.clear();
    forms = computeForms(text);
    formsCache.set(text, forms);
  }
  return forms;
}

function computeForms(text: string): string[] {
  const normalized = normalizeText(text);
  if (normalized === '') return [];
  const texts = [normalized, ...romanizations(normalized, true)];
  const forms = new Set<string>();
  for (const t of texts) {
    forms.add(textKey(t).compact);
    const bare = t.replace(LEADING_ARTICLE, '');
    if (bare !== t && bare.replace(/ /g, '').length >= MIN_ARTICLELESS) forms.add(textKey(bare).compact);
  }
  forms.delete('');
  return [...forms];
}

/** True when `typed` names one of the `accepted` answers (exactly or with a small typo). */
export function isAcceptableAnswer(typed: string, accepted: readonly string[]): boolean {
  const typedForms = answerForms(typed);
  if (typedForms.length === 0) return false;
  const typedMain = typedForms[0]!;
  for (const answer of accepted) {
    for (const form of answerForms(answer)) {
      if (typedForms.includes(form)) return true;
      const jamo = hasHangul(form);
      if (jamo !== hasHangul(typedMain)) continue;
      // One step stricter than search: a quiz answer should not be a different short word.
      const shorter = Math.min(form.length, typedMain.length) - 1;
      const edits = allowedEdits(shorter, jamo);
      if (edits > 0 && boundedDistance(typedMain, form, edits) <= edits) return true;
    }
  }
  return false;
}
