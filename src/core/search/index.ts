/** Search: one index for autocomplete, "did you mean" and typed quiz answers. */
export type { MatchedField, SearchDoc, SearchHit, SearchIndex, SearchOptions } from './types.js';
export { buildSearchIndex } from './searchIndex.js';
export { searchDocsFromDataset } from './docs.js';
export { CHOICE_MAX_LENGTH, choiceLabel, labelCatalog, toChoices, type Choice, type LabelCatalog } from './label.js';
export { isAcceptableAnswer } from './answer.js';
