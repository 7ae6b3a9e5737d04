import { searchKeys } from './greek-text.ts';

/** At most this many terms reach the index; the rest of a pasted paragraph is ignored. */
export const MAX_QUERY_TERMS = 12;

export interface ParsedSearchQuery {
  /** The normalised keys, in order. */
  terms: string[];
  /** An FTS5 MATCH expression built only from quoted keys, or null when nothing is searchable. */
  match: string | null;
}

/**
 * Turns what a user typed into a safe FTS5 expression. The user's quotes, `*`, `(`, `:`,
 * `NEAR`, `AND`, `OR`, `NOT` and `-` are never FTS syntax: every term is reduced to its
 * search key (letters and digits only) and quoted, so nothing can throw or become a column
 * filter (DESIGN §5). The last term is a prefix, so results appear while typing.
 */
export function parseSearchQuery(userText: string): ParsedSearchQuery {
  const terms = searchKeys(userText).slice(0, MAX_QUERY_TERMS);
  if (terms.length === 0) return { terms, match: null };
  const quoted = terms.map((term, i) => (i === terms.length - 1 ? `"${term}"*` : `"${term}"`));
  return { terms, match: quoted.join(' ') };
}
