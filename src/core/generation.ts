/**
 * K-pop generations by debut year. Fans argue about the boundaries, so this is one documented
 * rule in code rather than a field in the data:
 *   1st: up to 2002 · 2nd: 2003–2011 · 3rd: 2012–2017 · 4th: 2018–2022 · 5th: 2023 on.
 * (2nd starts with TVXQ's 2003 debut; 4th with the groups of 2018 such as (G)I-DLE and ATEEZ.)
 */
export interface Generation {
  number: 1 | 2 | 3 | 4 | 5;
  label: string;
}

const BOUNDARIES: readonly { from: number; number: Generation['number'] }[] = [
  { from: 2023, number: 5 },
  { from: 2018, number: 4 },
  { from: 2012, number: 3 },
  { from: 2003, number: 2 },
  { from: 1990, number: 1 },
];

const ORDINALS = ['', '1st', '2nd', '3rd', '4th', '5th'] as const;

export function generationOf(debutYear: number): Generation | undefined {
  const match = BOUNDARIES.find((b) => debutYear >= b.from);
  return match ? { number: match.number, label: `${ORDINALS[match.number]} generation` } : undefined;
}
