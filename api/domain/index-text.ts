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

export function indexText(text: string | null | undefined): IndexText {
  const keys: string[] = [];
  const stems: string[] = [];
  for (const folded of foldedTokens(text ?? '')) {
    const key = tokenKey(folded);
    if (!key) continue;
    keys.push(key);
    const stem = indexStemKey(folded);
    if (stem) stems.push(stem);
  }
  return { keys: keys.join(' '), stems: stems.join(' ') };
}

/**
 * The distinct stem keys of a list of words (a category's keywords), matched as one bag: a
 * query word matches through its own stems, so any form of a keyword finds it.
 */
export function keywordTerms(words: string): string[] {
  return [...new Set(indexText(words).stems.split(' ').filter(Boolean))];
}
