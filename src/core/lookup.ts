import type { EntityKind } from './model.js';
import type { SearchHit, SearchIndex } from './search/types.js';
import { compactKey } from './text/normalize.js';

export type LookupResult =
  | { type: 'found'; id: string }
  | { type: 'choices'; hits: SearchHit[] }
  | { type: 'none'; elsewhere: SearchHit | undefined };

export const MAX_CHOICES = 10;

/**
 * Turns what a user typed (an id chosen in autocomplete, or free text) into one item, a short
 * list to choose from, or nothing (with the best match of another kind, to suggest a command).
 */
export function resolveLookup(
  index: SearchIndex,
  kind: EntityKind,
  text: string,
  exists: (id: string) => boolean,
): LookupResult {
  const trimmed = text.trim();
  if (exists(trimmed)) return { type: 'found', id: trimmed };
  const hits = index.search(trimmed, { kinds: [kind], limit: MAX_CHOICES });
  const [top, second] = hits;
  if (!top) {
    const elsewhere = index.search(trimmed, { limit: 1 })[0];
    return { type: 'none', elsewhere };
  }
  if (!second) return { type: 'found', id: top.id };
  const typed = compactKey(trimmed);
  const isExact = (hit: SearchHit) => hit.matchedField !== 'context' && compactKey(hit.matchedText) === typed;
  if (isExact(top) && !isExact(second)) return { type: 'found', id: top.id };
  return { type: 'choices', hits };
}
