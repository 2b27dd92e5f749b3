import { describe, expect, it } from 'vitest';
import { truncate } from '../../src/core/limits.js';
import { generationOf } from '../../src/core/generation.js';

describe('truncate', () => {
  it('leaves short text alone', () => {
    expect(truncate('Goblin', 10)).toBe('Goblin');
  });
  it('cuts long text to the limit with an ellipsis', () => {
    const out = truncate('a'.repeat(300), 100);
    expect(out.length).toBe(100);
    expect(out.endsWith('…')).toBe(true);
  });
  it('never splits an emoji (a surrogate pair) in half', () => {
    const out = truncate('😀'.repeat(60), 100);
    expect(out.length).toBeLessThanOrEqual(100);
    expect(out).toMatch(/^(😀)+…$/u);
  });
});

describe('generationOf', () => {
  it.each([
    [1996, 1],
    [2002, 1],
    [2003, 2],
    [2011, 2],
    [2012, 3],
    [2017, 3],
    [2018, 4],
    [2022, 4],
    [2023, 5],
  ])('a debut in %i is generation %i', (year, expected) => {
    expect(generationOf(year)?.number).toBe(expected);
  });
  it('has no generation before idol pop', () => {
    expect(generationOf(1980)).toBeUndefined();
  });
});
