import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generationOf } from '../../src/core/generation.js';
import { loadDataset } from '../../src/data/load.js';

describe('generationOf on the bundled groups', () => {
  const data = loadDataset(join(import.meta.dirname, '../../data'));
  const debut = (id: string): number | undefined => data.artists.find((a) => a.id === id)?.debutYear;

  it.each([
    ['tvxq', 2],
    ['shinee', 2],
    ['exo', 3],
    ['bts', 3],
    ['g-i-dle', 4],
    ['aespa', 4],
    ['riize', 5],
    ['zerobaseone', 5],
  ])('%s is generation %i', (id, generation) => {
    expect(generationOf(debut(id) as number)?.number).toBe(generation);
  });

  it('puts the boundary years in the later generation (2003, 2012, 2018, 2023)', () => {
    expect([2002, 2003, 2011, 2012, 2017, 2018, 2022, 2023].map((y) => generationOf(y)?.number)).toEqual([1, 2, 2, 3, 3, 4, 4, 5]);
  });
});
