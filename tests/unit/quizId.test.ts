import { describe, expect, it } from 'vitest';
import { decodeQuizId, encodeQuizId, type QuizId } from '../../src/core/quiz/index.js';

describe('quiz custom ids', () => {
  const cases: [QuizId, string][] = [
    [{ action: 'answer', gameId: '1234567890123456789', round: 3, choice: 2 }, 'quiz:1:1234567890123456789:3:a:2'],
    [{ action: 'hint', gameId: 'g1', round: 1 }, 'quiz:1:g1:1:h'],
    [{ action: 'skip', gameId: 'g1', round: 12 }, 'quiz:1:g1:12:s'],
    [{ action: 'type', gameId: 'g1', round: 30 }, 'quiz:1:g1:30:t'],
    [{ action: 'modal', gameId: 'game-7', round: 999 }, 'quiz:1:game-7:999:m'],
  ];

  it.each(cases)('round-trips %o', (id, raw) => {
    expect(encodeQuizId(id)).toBe(raw);
    expect(decodeQuizId(raw)).toEqual(id);
  });

  it('refuses to encode out-of-range parts', () => {
    expect(encodeQuizId({ action: 'answer', gameId: 'g1', round: 1, choice: 5 })).toBeUndefined();
    expect(encodeQuizId({ action: 'answer', gameId: 'g1', round: 1, choice: -1 })).toBeUndefined();
    expect(encodeQuizId({ action: 'answer', gameId: 'g1', round: 1, choice: 1.5 })).toBeUndefined();
    expect(encodeQuizId({ action: 'hint', gameId: 'g1', round: 0 })).toBeUndefined();
    expect(encodeQuizId({ action: 'hint', gameId: 'g1', round: 1000 })).toBeUndefined();
    expect(encodeQuizId({ action: 'hint', gameId: 'G1', round: 1 })).toBeUndefined();
    expect(encodeQuizId({ action: 'hint', gameId: 'a:b', round: 1 })).toBeUndefined();
    expect(encodeQuizId({ action: 'hint', gameId: '', round: 1 })).toBeUndefined();
  });

  it.each([
    '',
    'quiz',
    'quiz:1',
    'quiz:1:g1',
    'quiz:1:g1:1',
    'quiz:2:g1:1:h',
    'card:1:g1:1:h',
    'quiz:1:g1:0:h',
    'quiz:1:g1:01:h',
    'quiz:1:g1:x:h',
    'quiz:1:g1:1:x',
    'quiz:1:g1:1:a',
    'quiz:1:g1:1:a:5',
    'quiz:1:g1:1:a:9',
    'quiz:1:g1:1:a:-1',
    'quiz:1:g1:1:a:1:extra',
    'quiz:1:g1:1:h:0',
    'quiz:1:g1:1:constructor',
    'quiz:1:g1:1:toString',
    'quiz:1:G1:1:h',
    'quiz:1::1:h',
    'quiz:1:g1:1:h:',
    'quiz:1:g1:1:a:1 ',
    `quiz:1:${'g'.repeat(41)}:1:h`,
    `quiz:1:g1:1:a:${'1'.repeat(100)}`,
  ])('decodes the forged id %j as undefined, never throwing', (raw) => {
    expect(decodeQuizId(raw)).toBeUndefined();
  });
});
