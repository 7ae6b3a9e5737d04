/**
 * The orders a directory search can be listed in (issue 16): `relevance` (best match first; with
 * no words, by name), `name` (Greek alphabetical order), `verified` (the municipality's most
 * recent verification first; never verified last).
 */
export const SEARCH_SORTS = ['relevance', 'name', 'verified'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
