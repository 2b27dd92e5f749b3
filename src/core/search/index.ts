/**
 * Search: one index for /ost, /drama and /idol autocomplete, "did you mean", and typed quiz
 * answers. Build once at startup:
 *
 *   const index = buildSearchIndex(searchDocsFromDataset(dataset));
 *   const hits = index.search(typed, { kinds: ['song'], limit: 25 });
 *   const choices = toChoices(hits, labelCatalog(dataset)); // { name: label ≤ 100, value: id }
 *
 * Text goes through src/core/text (es-hangul jamo, initials and romanisation; folded
 * romanisation variants). Ranking: exact > prefix > word prefix > multi-field > initials >
 * substring > typo, weighted by field (name, Korean title, alias, context), popularity last.
 */
export type { MatchedField, SearchDoc, SearchHit, SearchIndex, SearchOptions } from './types.js';
export { buildSearchIndex } from './searchIndex.js';
export { searchDocsFromDataset } from './docs.js';
export { CHOICE_MAX_LENGTH, choiceLabel, labelCatalog, toChoices, type Choice, type LabelCatalog } from './label.js';
export { isAcceptableAnswer } from './answer.js';
