import { keywordTerms } from './index-text.ts';
import { termMatchesAny, type QueryTerm } from './search-query.ts';

/**
 * The bridge from everyday words to categories (issue 12): «κήπος», `gardens`, `kipos` →
 * green spaces. A category's keywords and synonyms (seed/reference/categories.ts) are reduced
 * to exact and stem keys like any indexed text, and a query word matches them as it would
 * match the index's category column, so the category offered and the enterprises found agree.
 */
export interface CategoryKeywords {
  id: string;
  terms: readonly string[];
}

export function categoryKeywords(id: string, keywords: string): CategoryKeywords {
  return { id, terms: keywordTerms(keywords) };
}

export interface CategoryMatch {
  id: string;
  /** How many of the query's words the category's keywords match. */
  words: number;
}

/**
 * The categories a query speaks of: those whose keywords match at least one of its words,
 * the ones matching more words first, then in the given (display) order.
 */
export function matchCategories(words: readonly QueryTerm[], categories: readonly CategoryKeywords[]): CategoryMatch[] {
  const matches: CategoryMatch[] = [];
  for (const category of categories) {
    const count = words.filter((word) => termMatchesAny(word, category.terms)).length;
    if (count > 0) matches.push({ id: category.id, words: count });
  }
  return matches.sort((a, b) => b.words - a.words);
}
