import { foldedTokens, tokenKey } from './greek-text.ts';
import { indexText } from './index-text.ts';
import { isStopKey } from './stopwords.ts';
import { MIN_PREFIX_STEM, queryStemKeys, stemLength } from './word-stems.ts';

/** At most this many terms reach the index; the rest of a pasted paragraph is ignored. */
export const MAX_QUERY_TERMS = 12;

/** One word of a query and everything it may match. */
export interface QueryTerm {
  /** The word as folded (accents, capitals and final sigma removed). */
  folded: string;
  /** Its exact search key: matches the same word in any spelling (greek-text.ts). */
  key: string;
  /** Its stem keys: match the word's other inflected forms (word-stems.ts). */
  stems: readonly string[];
  /** The last word is being typed: it matches as a prefix, its stems too. */
  prefix: boolean;
}

export interface ParsedSearchQuery {
  /** The exact keys of the words that are searched, in order. */
  terms: string[];
  /** The same words with their stems. */
  words: QueryTerm[];
  /** An FTS5 MATCH expression built only from quoted keys, or null when nothing is searchable. */
  match: string | null;
}

/**
 * The full-text columns (DESIGN §4–5): exact keys of the name and of the rest of the profile,
 * their stem keys, and the words of the enterprise's categories (their names, keywords and
 * synonyms: seed/reference/categories.ts). A word matches in any of them; which one decides
 * the rank (api/repositories/sqlite/search/enterprise-search.ts).
 */
export const EXACT_COLUMNS = '{name body}';
export const STEM_COLUMNS = '{name_stem body_stem topics}';

/** The words of a query (function words dropped unless nothing else is left), at most MAX_QUERY_TERMS. */
export function queryTerms(userText: string): QueryTerm[] {
  const all = foldedTokens(userText)
    .map((folded) => ({ folded, key: tokenKey(folded) }))
    .filter((word) => word.key);
  const content = all.filter((word) => !isStopKey(word.key));
  const kept = (content.length > 0 ? content : all).slice(0, MAX_QUERY_TERMS);
  return kept.map((word, i) => ({ ...word, stems: queryStemKeys(word.folded), prefix: i === kept.length - 1 }));
}

/** One key a word may match in the stem and category columns; `prefix`: as the start of a longer term. */
export interface TermAlternative {
  key: string;
  prefix: boolean;
}

/**
 * The keys a word matches in the stem and category columns: its stems. Stems too short to
 * narrow anything are matched whole, even on the word being typed; a key another prefix
 * alternative already covers is left out (it would only cost the index work).
 */
export function termAlternatives(term: QueryTerm): TermAlternative[] {
  const alternatives = term.stems.map((key) => ({ key, prefix: term.prefix && stemLength(key) >= MIN_PREFIX_STEM }));
  return alternatives.filter(
    (a) => !alternatives.some((other) => other !== a && other.prefix && a.key.startsWith(other.key)),
  );
}

/** True when a word matches one of a bag of index terms (a category's keywords), as the index would match it. */
export function termMatchesAny(term: QueryTerm, indexTerms: Iterable<string>): boolean {
  const alternatives = termAlternatives(term);
  for (const indexed of indexTerms) {
    if (alternatives.some((a) => (a.prefix ? indexed.startsWith(a.key) : indexed === a.key))) return true;
  }
  return false;
}

/**
 * True when every word of a query matches a short text as the index would: its exact key as the
 * start of a word of the text, or one of its stems («κήπους» matches «κήπος»). For texts checked
 * one by one (an HSDS service, a taxonomy term), where an index would be more than the work.
 */
export function textMatchesQuery(words: readonly QueryTerm[], text: string): boolean {
  const analysed = indexText(text);
  const keys = analysed.keys.split(' ');
  const stems = analysed.stems.split(' ');
  return words.every((word) => keys.some((key) => key.startsWith(word.key)) || termMatchesAny(word, stems));
}

function quoted(key: string, prefix: boolean): string {
  return prefix ? `"${key}"*` : `"${key}"`;
}

/**
 * Turns what a user typed into a safe FTS5 expression. The user's quotes, `*`, `(`, `:`,
 * `NEAR`, `AND`, `OR`, `NOT` and `-` are never FTS syntax: every term is reduced to keys
 * (letters and digits only) and quoted, so nothing can throw or become a column filter
 * (DESIGN §5). Every word must match (AND), each through its exact key in the exact columns
 * or any of its stems in the stem and category columns (OR). The last word is a prefix, so
 * results appear while typing.
 */
export function parseSearchQuery(userText: string): ParsedSearchQuery {
  const words = queryTerms(userText);
  if (words.length === 0) return { terms: [], words, match: null };
  const match = words
    .map((term) => {
      const exact = `${EXACT_COLUMNS} : ${quoted(term.key, term.prefix)}`;
      const stems = termAlternatives(term).map((a) => quoted(a.key, a.prefix));
      // Numbers and codes have no stems: their exact key is all there is.
      return stems.length === 0 ? exact : `(${exact} OR ${STEM_COLUMNS} : (${stems.join(' OR ')}))`;
    })
    .join(' AND ');
  return { terms: words.map((w) => w.key), words, match };
}

/** Which kinds of column a row's index text matched a query in (see `rowMatch`). */
export interface RowMatch {
  /** Some word matched exactly in the name or body. */
  exact: boolean;
  /** Some word matched through a stem in the name or body (not through category words alone). */
  stem: boolean;
}

/**
 * The MATCH expression of `parseSearchQuery`, evaluated on one row's index texts (space-separated
 * keys, as the indexer stores them): every word must match, through its exact key in
 * `name`/`body` or one of its stem alternatives in `nameStem`/`bodyStem`/`topics`. Null when
 * the row does not match. Used to bring cached results up to date after a write without
 * asking FTS5 to expand a prefix over the whole index again (api/repositories/sqlite/search/text-results.ts).
 */
export function rowMatch(
  words: readonly QueryTerm[],
  row: { name: string; body: string; nameStem: string; bodyStem: string; topics: string },
): RowMatch | null {
  const exactTokens = `${row.name} ${row.body}`.split(' ').filter(Boolean);
  const stemTokens = `${row.nameStem} ${row.bodyStem}`.split(' ').filter(Boolean);
  const topicTokens = row.topics.split(' ').filter(Boolean);
  let exact = false;
  let stem = false;
  for (const word of words) {
    const exactHit = exactTokens.some((t) => (word.prefix ? t.startsWith(word.key) : t === word.key));
    const stemHit = termAlternatives(word).length > 0 && termMatchesAny(word, stemTokens);
    const topicHit = termAlternatives(word).length > 0 && termMatchesAny(word, topicTokens);
    if (!exactHit && !stemHit && !topicHit) return null;
    exact ||= exactHit;
    stem ||= stemHit;
  }
  return { exact, stem };
}
