import type { EntityKind } from '../model.js';

/** One searchable item: a song, a production or an artist, flattened to text fields. */
export interface SearchDoc {
  id: string;
  kind: EntityKind;
  name: string;
  nameKo?: string;
  aliases: string[];
  /** Related names that help find the item (performers, production, group), weighted low. */
  context: string[];
  /** 0..1, used as a tie-break and to decide short, ambiguous prefixes. */
  popularity: number;
}

export type MatchedField = 'name' | 'korean' | 'alias' | 'context';

export interface SearchHit {
  id: string;
  kind: EntityKind;
  score: number;
  matchedField: MatchedField;
  /** The original text of the field that matched best (e.g. "도깨비"). */
  matchedText: string;
}

export interface SearchOptions {
  /** At most this many hits (default 25, Discord's autocomplete limit). */
  limit?: number;
  kinds?: readonly EntityKind[];
}

export interface SearchIndex {
  /**
   * Best matches first (stable order). A query with nothing searchable in it (empty, only
   * punctuation) returns the most popular items of the asked kinds, as autocomplete shows.
   */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Number of documents indexed. */
  size: number;
}
