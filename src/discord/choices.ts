import type { Catalog } from '../core/catalog.js';
import { DISCORD_LIMITS, truncate } from '../core/limits.js';
import { labelCatalog, toChoices, type LabelCatalog } from '../core/search/index.js';
import type { SearchHit } from '../core/search/types.js';

const labelCatalogs = new WeakMap<Catalog, LabelCatalog>();

function labelsOf(catalog: Catalog): LabelCatalog {
  let labels = labelCatalogs.get(catalog);
  if (!labels) {
    labels = labelCatalog(catalog.dataset);
    labelCatalogs.set(catalog, labels);
  }
  return labels;
}

/** Autocomplete choices for search hits: a label that says what the item is, the id as value. */
export function autocompleteChoices(catalog: Catalog, hits: readonly SearchHit[]): { name: string; value: string }[] {
  return toChoices(hits, labelsOf(catalog))
    .filter((c) => c.value.length <= DISCORD_LIMITS.choiceValue)
    .slice(0, DISCORD_LIMITS.autocompleteChoices)
    .map((c) => ({ name: truncate(c.name, DISCORD_LIMITS.choiceName), value: c.value }));
}
