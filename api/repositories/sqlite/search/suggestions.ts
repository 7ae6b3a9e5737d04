import type SQLite from 'better-sqlite3';
import { foldGreek, isGreekToken, writtenWords } from '../../../domain/greek-text.ts';
import { greeklishCandidates } from '../../../domain/greeklish.ts';
import type { QueryTerm } from '../../../domain/search-query.ts';
import { nearestKeys } from '../../../domain/spelling.ts';
import { readVocabulary, type VocabularyWord } from './search-words.ts';
import { hasPrefix, sortStrings } from './sorted-strings.ts';

/**
 * "Did you mean" (issue 12). Two cases:
 * - a word is misspelt but its search key is an indexed word's key («καθαρισμως», `katharismos`,
 *   «ιλικιωμένοι»): search already found what the word means; offer the word as written in the
 *   texts («καθαρισμός»), with the same results;
 * - the query finds nothing or very little: offer the nearest indexed words (spelling.ts),
 *   keeping only suggestions that do find something.
 */

/** Fewer results than this and nearby words are offered. */
export const FEW_RESULTS = 3;
/** At most this many suggestions. */
export const MAX_SUGGESTIONS = 3;

export interface Suggestion {
  /** The whole query, with the suggested words in place of the typed ones. */
  q: string;
  /** How many enterprises it finds (with the same filters). */
  total: number;
}

export interface Vocabulary {
  byFolded: Map<string, VocabularyWord>;
  /** Key → its words, accented spellings first. */
  byKey: Map<string, VocabularyWord[]>;
  /** Distinct keys and folded words, sorted (for prefix look-ups). */
  keys: string[];
  folded: string[];
  /** The folded words in Latin letters (English, Greeklish), for letter-by-letter distances. */
  latinFolded: string[];
}

export function buildVocabulary(words: VocabularyWord[]): Vocabulary {
  const byFolded = new Map<string, VocabularyWord>();
  const byKey = new Map<string, VocabularyWord[]>();
  for (const word of words) {
    byFolded.set(word.folded, word);
    const forms = byKey.get(word.key);
    if (forms) forms.push(word);
    else byKey.set(word.key, [word]);
  }
  const plain = (w: VocabularyWord) => (w.written.normalize('NFD') === w.written ? 1 : 0);
  for (const forms of byKey.values())
    forms.sort((a, b) => plain(a) - plain(b) || a.written.localeCompare(b.written, 'el'));
  const folded = sortStrings(byFolded.keys());
  return {
    byFolded,
    byKey,
    keys: sortStrings(byKey.keys()),
    folded,
    latinFolded: folded.filter((f) => !isGreekToken(f)),
  };
}

/**
 * The written forms a typed word may be replaced with: a Greek word by Greek words only (the
 * search key of «καφές» is also that of `cafés`); a Latin word by Greek words first (Greeklish),
 * then Latin ones (English).
 */
function inScript(forms: readonly VocabularyWord[] | undefined, typedFolded: string): VocabularyWord[] {
  if (!forms) return [];
  const greek = forms.filter((f) => isGreekToken(f.folded));
  return isGreekToken(typedFolded) ? greek : [...greek, ...forms.filter((f) => !isGreekToken(f.folded))];
}

/**
 * Indexed words with the same key as a typed word that are likely what it meant: spelt with
 * as many letters as the typed word (or as a Greek reading of it, for Greeklish). A sound-alike
 * vowel swapped for another (ω for ο, ι for η) keeps the length; a different ending usually
 * does not, and is another form of the word, not a misspelling: «παιδικοί» is not «παιδική».
 */
function respellings(vocab: Vocabulary, word: QueryTerm): VocabularyWord[] {
  const lengths = new Set([
    word.folded.length,
    ...(isGreekToken(word.folded) ? [] : greeklishCandidates(word.folded).map((g) => g.length)),
  ]);
  return inScript(vocab.byKey.get(word.key), word.folded).filter((f) => lengths.has(f.folded.length));
}

/**
 * The indexed words nearest to a typed word, as written, nearest first: by search key (the
 * sound-alike spellings and Greeklish fold away), and for a word in Latin letters also by its
 * letters as typed, because reading English as Greeklish can push the intended word further:
 * `cleening` is one letter from `cleaning`, but its key (`ee` read as ι) is two from both
 * `cleaning` and `greening`. At equal distance the letter-by-letter neighbour comes first.
 */
function nearestWritten(vocab: Vocabulary, word: QueryTerm): string[] {
  const near: Array<{ written: string; distance: number; byLetters: boolean }> = [];
  for (const n of nearestKeys(word.key, vocab.keys, MAX_SUGGESTIONS * 2)) {
    const written = inScript(vocab.byKey.get(n.key), word.folded)[0]?.written;
    if (written !== undefined) near.push({ written, distance: n.distance, byLetters: false });
  }
  if (!isGreekToken(word.folded))
    for (const n of nearestKeys(word.folded, vocab.latinFolded, MAX_SUGGESTIONS * 2))
      near.push({ written: vocab.byFolded.get(n.key)!.written, distance: n.distance, byLetters: true });
  near.sort((a, b) => a.distance - b.distance || Number(b.byLetters) - Number(a.byLetters));
  return [...new Set(near.map((n) => n.written))].slice(0, MAX_SUGGESTIONS);
}

export function createSuggester(sqlite: SQLite.Database) {
  // New words only ever get new rowids, so the largest rowid tells whether to reload.
  const lastWord = sqlite.prepare('select coalesce(max(rowid), 0) from search_words').pluck();
  let vocabulary: Vocabulary | null = null;
  let loadedAt = -1;

  function current(): Vocabulary {
    const last = lastWord.get() as number;
    if (!vocabulary || last !== loadedAt) {
      vocabulary = buildVocabulary(readVocabulary(sqlite));
      loadedAt = last;
    }
    return vocabulary;
  }

  /**
   * Suggestions for a query that found `total` enterprises; `count(q)` searches again with the
   * same filters. `words` are the query's words as search reads them (search-query.ts).
   */
  const suggester = (
    typed: string,
    words: readonly QueryTerm[],
    total: number,
    count: (q: string) => number,
  ): Suggestion[] => (words.length === 0 ? [] : suggestFrom(current(), typed, words, total, count));
  return Object.assign(suggester, {
    /** Reads the vocabulary now (start-up) rather than in the first search that needs it. */
    warm() {
      current();
    },
  });
}

/**
 * Suggestions for a query that found `total` results in the texts `vocab` was built from;
 * `count(q)` looks again with the same filters. `words` are the query's words as search reads
 * them (search-query.ts). Also used by the CPV look-up over its labels' words (cpv-lookup.ts).
 */
export function suggestFrom(
  vocab: Vocabulary,
  typed: string,
  words: readonly QueryTerm[],
  total: number,
  count: (q: string) => number,
): Suggestion[] {
  if (words.length === 0) return [];
  // Per typed word (folded): the written words to offer instead, best first.
  const replacements = new Map<string, string[]>();
  let sameKeysOnly = true;
  for (const word of words) {
    if (vocab.byFolded.has(word.folded)) continue;
    // A word still being typed is no misspelling while some indexed word starts with it.
    if (word.prefix && hasPrefix(vocab.folded, word.folded)) continue;
    const sameKey = respellings(vocab, word);
    if (sameKey.length > 0) {
      replacements.set(word.folded, [sameKey[0]!.written]);
      continue;
    }
    if (total >= FEW_RESULTS) continue;
    if (word.prefix && hasPrefix(vocab.keys, word.key)) continue;
    const near = nearestWritten(vocab, word);
    if (near.length > 0) {
      replacements.set(word.folded, near);
      sameKeysOnly = false;
    }
  }
  if (replacements.size === 0) return [];

  const written = writtenWords(typed);
  const suggestions: Suggestion[] = [];
  const seen = new Set<string>();
  for (let choice = 0; choice < MAX_SUGGESTIONS; choice++) {
    let changed = false;
    const q = written
      .map((w) => {
        const options = replacements.get(foldGreek(w));
        if (!options) return w;
        const pick = options[Math.min(choice, options.length - 1)]!;
        changed ||= pick !== w;
        return pick;
      })
      .join(' ');
    if (!changed || seen.has(q)) continue;
    seen.add(q);
    // Same keys, same results: no need to search again. Otherwise a suggestion must find more.
    const found = sameKeysOnly ? total : count(q);
    if (found > 0 && (sameKeysOnly || found > total)) suggestions.push({ q, total: found });
  }
  return suggestions;
}

export type Suggester = ReturnType<typeof createSuggester>;
