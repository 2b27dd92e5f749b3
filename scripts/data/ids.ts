/**
 * Slugs, stable ids and the text keys used to match the same entity across sources.
 *
 * Id rules (other parts of the bot rely on them):
 * - production: `slug(title)-year` with the common English title (`goblin-2016`);
 * - group, sub-unit, band, fictional group: `slug(name)` (`exo`, `g-i-dle`, `txt`);
 * - person currently in a group: `slug(stageName)-slug(groupId)` (`chanyeol-exo`);
 * - soloist, or former member of every group: `slug(name)` (`punch`, `kang-daniel`);
 * - on collision: the debut or birth year is appended, then a counter;
 * - song: `slug(title)-productionId`; when two songs of one production share a title,
 *   the first performer's id goes between them.
 */
import { romanize } from 'es-hangul';

const HANGUL = /[\uac00-\ud7a3\u3131-\u318e]/;

/** Lower-case ASCII slug; Hangul is romanised first so that it never yields an empty slug. */
export function slug(text: string): string {
  const latin = HANGUL.test(text) ? romanizeMixed(text) : text;
  return latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function romanizeMixed(text: string): string {
  return text.replace(/[\uac00-\ud7a3\u3131-\u318e]+/g, (run) => ` ${romanize(run)} `);
}

/**
 * Matching key for titles and names: case, accents, punctuation and spaces ignored
 * ("Hotel del Luna" = "Hotel Del Luna", "(G)I-DLE" = "GIDLE", "사내 맞선" = "사내맞선").
 */
export function key(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export function hasHangul(text: string): boolean {
  return HANGUL.test(text);
}

/** Hands out unique ids: the preferred one, else with a year, else with a counter. */
export class IdAllocator {
  private readonly used = new Set<string>();

  constructor(private readonly label: string) {}

  take(preferred: string, year?: number): string {
    const base = preferred === '' ? this.label : preferred;
    const candidates = [base, ...(year !== undefined ? [`${base}-${year}`] : [])];
    for (const c of candidates) {
      if (!this.used.has(c)) {
        this.used.add(c);
        return c;
      }
    }
    for (let n = 2; ; n++) {
      const c = `${candidates[candidates.length - 1]}-${n}`;
      if (!this.used.has(c)) {
        this.used.add(c);
        return c;
      }
    }
  }

  has(id: string): boolean {
    return this.used.has(id);
  }
}
