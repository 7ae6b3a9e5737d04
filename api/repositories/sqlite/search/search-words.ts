import type SQLite from 'better-sqlite3';
import { foldGreek, tokenKey, writtenWords } from '../../../domain/greek-text.ts';

/**
 * The index's vocabulary as people write it: for every distinct word of the indexed texts, its
 * spelling (lowercase, with accents) and its search key. "Did you mean" compares what was typed
 * with these keys and offers the written word («καθαρισμός», never `katharismos`).
 *
 * Words are only added (a rebuild starts afresh): a word that no published profile uses any
 * more is never offered, because every suggestion is checked by searching for it.
 */

export interface VocabularyWord {
  folded: string;
  written: string;
  key: string;
}

/** Short all-capital words are acronyms (ΚΑΠΗ, ΚΕΠ, WCAG): keep them as written. */
const ACRONYM = /^[\p{Lu}\p{N}]{2,5}$/u;
const HAS_ACCENT = /\p{M}/u;

/** How a word is shown: lowercase (JavaScript applies the final-sigma rule), acronyms as written. */
function displayForm(word: string): string {
  return ACRONYM.test(word) ? word : word.toLowerCase();
}

const hasAccent = (word: string) => HAS_ACCENT.test(word.normalize('NFD'));
const HANDLED_LIMIT = 200_000;

export function createWordRecorder(sqlite: SQLite.Database) {
  const upsert = sqlite.prepare<[string, string, string]>(
    'insert into search_words (folded, written, key) values (?, ?, ?) on conflict (folded) do update set written = excluded.written',
  );
  const all = sqlite.prepare('select folded, written from search_words').raw();
  let known: Map<string, string> | null = null;
  // Spellings already handled: texts repeat the same words, so most words stop here.
  const handled = new Set<string>();

  return {
    /** Adds the words of a text that are new, or now seen with accents where they had none. */
    record(text: string) {
      known ??= new Map(all.all() as Array<[string, string]>);
      for (const word of writtenWords(text)) {
        if (handled.has(word)) continue;
        if (handled.size >= HANDLED_LIMIT) handled.clear();
        handled.add(word);
        if (!/\p{L}/u.test(word)) continue;
        const folded = foldGreek(word);
        const previous = known.get(folded);
        if (previous !== undefined && (hasAccent(previous) || !hasAccent(word))) continue;
        const written = displayForm(word);
        known.set(folded, written);
        upsert.run(folded, written, tokenKey(folded));
      }
    },
    clear() {
      sqlite.prepare('delete from search_words').run();
      known = new Map();
      handled.clear();
    },
  };
}

export type WordRecorder = ReturnType<typeof createWordRecorder>;

/** All words, read once per data version by the search (only when a suggestion is needed). */
export function readVocabulary(sqlite: SQLite.Database): VocabularyWord[] {
  return sqlite.prepare('select folded, written, key from search_words').all() as VocabularyWord[];
}

/**
 * The vocabulary of texts held in memory rather than in `search_words` (the CPV labels), by the
 * same rules as the recorder: one spelling per folded word, accented where any text has accents.
 */
export function vocabularyOf(texts: Iterable<string>): VocabularyWord[] {
  const written = new Map<string, string>();
  for (const text of texts)
    for (const word of writtenWords(text)) {
      if (!/\p{L}/u.test(word)) continue;
      const folded = foldGreek(word);
      const previous = written.get(folded);
      if (previous !== undefined && (hasAccent(previous) || !hasAccent(word))) continue;
      written.set(folded, displayForm(word));
    }
  return [...written].map(([folded, form]) => ({ folded, written: form, key: tokenKey(folded) }));
}
