import { foldedTokens, tokenKey } from './greek-text.ts';
import { indexStemKey } from './word-stems.ts';

/**
 * What the full-text index stores for a text: its exact keys and its stem keys, each as
 * space-separated terms (the only form FTS5's tokenizer ever sees: DESIGN §5). The query side
 * reduces what people type with the same functions (search-query.ts).
 */
export interface IndexText {
  keys: string;
  stems: string;
}

// Both terms of a word, remembered together (bounded): indexing looks up each word once.
const TERMS_CACHE_LIMIT = 200_000;
const termsCache = new Map<string, readonly [key: string, stem: string]>();

function termsOf(folded: string): readonly [string, string] {
  let terms = termsCache.get(folded);
  if (!terms) {
    if (termsCache.size >= TERMS_CACHE_LIMIT) termsCache.clear();
    terms = [tokenKey(folded), indexStemKey(folded)];
    termsCache.set(folded, terms);
  }
  return terms;
}

export function indexText(text: string | null | undefined): IndexText {
  let keys = '';
  let stems = '';
  for (const folded of foldedTokens(text ?? '')) {
    const [key, stem] = termsOf(folded);
    if (key) keys += keys ? ` ${key}` : key;
    if (stem) stems += stems ? ` ${stem}` : stem;
  }
  return { keys, stems };
}

/**
 * The distinct stem keys of a list of words (a category's keywords), matched as one bag: a
 * query word matches through its own stems, so any form of a keyword finds it.
 */
export function keywordTerms(words: string): string[] {
  return [...new Set(indexText(words).stems.split(' ').filter(Boolean))];
}
