import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAcceptableAnswer } from '../../src/core/search/index.js';

interface AnswerCase {
  typed: string;
  accepted: string[];
}
const cases = JSON.parse(readFileSync(new URL('../fixtures/search-answers.json', import.meta.url), 'utf8')) as {
  accept: AnswerCase[];
  reject: AnswerCase[];
};

describe('isAcceptableAnswer', () => {
  it.each(cases.accept.map((c) => [c.typed, c.accepted] as const))(
    'accepts "%s" (exact after normalising, an alias, the Korean title or its romanisation, or a small typo)',
    (typed, accepted) => {
      expect(isAcceptableAnswer(typed, accepted)).toBe(true);
    },
  );

  it.each(cases.reject.map((c) => [c.typed, c.accepted] as const))(
    'refuses "%s": a near miss or a lucky partial word',
    (typed, accepted) => {
      expect(isAcceptableAnswer(typed, accepted)).toBe(false);
    },
  );

  it('has a committed set of at least 30 answers to accept and 40 to refuse', () => {
    expect(cases.accept.length).toBeGreaterThanOrEqual(30);
    expect(cases.reject.length).toBeGreaterThanOrEqual(40);
  });

  it('never accepts anything for an empty answer list', () => {
    expect(isAcceptableAnswer('goblin', [])).toBe(false);
  });
});
