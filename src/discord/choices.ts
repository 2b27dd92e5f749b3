import type { Catalog } from '../core/catalog.js';
import { DISCORD_LIMITS, truncate } from '../core/limits.js';
import { toChoices } from '../core/search/index.js';
import type { SearchHit } from '../core/search/types.js';
import { labelsOf } from './views/labels.js';

/** Autocomplete choices for search hits: a label that says what the item is, the id as value. */
export function autocompleteChoices(catalog: Catalog, hits: readonly SearchHit[]): { name: string; value: string }[] {
  return toChoices(hits, labelsOf(catalog))
    .filter((c) => c.value.length <= DISCORD_LIMITS.choiceValue)
    .slice(0, DISCORD_LIMITS.autocompleteChoices)
    .map((c) => ({ name: truncate(c.name, DISCORD_LIMITS.choiceName), value: c.value }));
}
