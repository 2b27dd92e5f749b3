import { describe, expect, it } from 'vitest';
import { randomInt, seededRandom, shuffled } from '../../src/core/random.js';

describe('seeded random', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });
  it('randomInt stays in range and shuffled keeps every item', () => {
    const r = seededRandom(7);
    for (let i = 0; i < 1000; i++) {
      const n = randomInt(r, 5);
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThan(5);
    }
    const items = [1, 2, 3, 4, 5, 6];
    expect([...shuffled(r, items)].sort()).toEqual(items);
  });
});
