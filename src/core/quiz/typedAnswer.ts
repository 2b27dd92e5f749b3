/**
 * Judging a typed answer. The injected matcher forgives typos; two rules keep it from forgiving
 * a different title: numbers must agree ("Reply 1997" is not "Reply 1994", "Taxi Driver 2" is not
 * "Taxi Driver"), and a wrong choice typed exactly is wrong.
 */
import { answerKey } from './facts.js';
import type { Question } from './types.js';

/** `(typed, accepted) => boolean`: the typed-answer judge, injected (search's isAcceptableAnswer). */
export type AnswerMatcher = (typed: string, accepted: readonly string[]) => boolean;

/** The numbers in a text, in order ("Reply 1988" → "1988"; fullwidth digits count). */
function numbersOf(text: string): string {
  return (text.normalize('NFKC').match(/\d+/g) ?? []).map((n) => String(Number(n))).join(' ');
}

export function isCorrectTyped(question: Question, typed: string, matches: AnswerMatcher): boolean {
  const key = answerKey(typed);
  const acceptedKeys = new Set(question.accepted.map(answerKey));
  if (acceptedKeys.has(key)) return true;
  if (question.match === 'exact') return false;
  const wrongChoice = question.choices.some((c, i) => i !== question.answerIndex && answerKey(c) === key);
  if (wrongChoice) return false;
  const numbers = numbersOf(typed);
  const sameNumbers = question.accepted.filter((a) => numbersOf(a) === numbers);
  return sameNumbers.length > 0 && matches(typed, sameNumbers);
}
