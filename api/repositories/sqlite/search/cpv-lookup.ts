import type SQLite from 'better-sqlite3';
import { contractTypeOf, levelNumber } from '../../../domain/cpv.ts';
import { categoryKeywords, matchCategories } from '../../../domain/category-match.ts';
import { isGreekToken } from '../../../domain/greek-text.ts';
import { indexText } from '../../../domain/index-text.ts';
import { queryTerms, type QueryTerm } from '../../../domain/search-query.ts';
import { MIN_PREFIX_STEM, stemLength } from '../../../domain/word-stems.ts';
import { vocabularyOf } from './search-words.ts';
import { lowerBound, sortStrings } from './sorted-strings.ts';
import { buildVocabulary, suggestFrom, type Suggestion, type Vocabulary } from './suggestions.ts';

/**
 * CPV look-up for `/api/v1/cpv` and every CPV picker (issue 12): by code prefix, or by the words
 * of the Greek and English labels with the same analysis as the enterprise search (accents,
 * Greeklish, inflection: «καθαρισμός», `katharismos` and «καθαρισμού» are one word), plus the
 * category bridge: a word that matches a category's keywords («κηπουρική») also finds the codes
 * under the category's CPV prefixes (77310000…), which labels alone would miss.
 *
 * Every word must match (AND), as the start of a label word or through its stem, or through
 * the bridge. Ranking: an exact code first; then services before works before supplies (a
 * social enterprise offers services: «καθαρισμός» means cleaning services, not cleaning
 * machines); codes whose own labels match before codes only the bridge found; shallower levels
 * before deeper ones; at the same level, codes of the category the query speaks of
 * (categoryRank), shorter labels (a closer fit), and finally the code.
 *
 * The whole CPV is ~9,500 codes: the labels' terms are held in memory, sorted, with the codes
 * that use each, so a look-up is a few binary searches and a sort of the matches.
 */

export interface CpvRow {
  code: string;
  check_digit: string | null;
  label_el: string;
  label_en: string;
  level: number;
  social_services: number;
}

const TYPE_RANK = { services: 0, works: 1, supplies: 2 } as const;

interface CpvIndex {
  rows: CpvRow[];
  typeRank: Uint8Array;
  level: Uint8Array;
  /** Exact keys and stem keys of the Greek and of the English labels, sorted, with their rows. */
  el: { keys: TermIndex; stems: TermIndex };
  en: { keys: TermIndex; stems: TermIndex };
  /** Category id → the rows under its CPV prefixes, and the prefixes in their listed order. */
  categoryRows: Map<string, Uint32Array>;
  categoryPrefixes: Map<string, readonly string[]>;
  categories: ReturnType<typeof categoryKeywords>[];
}

interface TermIndex {
  terms: string[];
  postings: Uint32Array[];
}

function termIndex(termsOfRow: string[][]): TermIndex {
  const byTerm = new Map<string, number[]>();
  termsOfRow.forEach((terms, row) => {
    for (const term of new Set(terms)) {
      const list = byTerm.get(term);
      if (list) list.push(row);
      else byTerm.set(term, [row]);
    }
  });
  const terms = sortStrings(byTerm.keys());
  return { terms, postings: terms.map((term) => Uint32Array.from(byTerm.get(term)!)) };
}

function buildIndex(rows: CpvRow[], categories: Array<{ id: string; keywords: string; prefixes: string[] }>): CpvIndex {
  const words = (joined: string) => joined.split(' ').filter(Boolean);
  const labelIndex = (labels: string[]) => {
    const texts = labels.map((label) => indexText(label));
    return { keys: termIndex(texts.map((t) => words(t.keys))), stems: termIndex(texts.map((t) => words(t.stems))) };
  };
  const categoryRows = new Map<string, Uint32Array>();
  for (const category of categories) {
    const under: number[] = [];
    rows.forEach((row, i) => {
      if (category.prefixes.some((prefix) => row.code.startsWith(prefix))) under.push(i);
    });
    categoryRows.set(category.id, Uint32Array.from(under));
  }
  return {
    rows,
    typeRank: Uint8Array.from(rows, (r) => TYPE_RANK[contractTypeOf(r.code)]),
    level: Uint8Array.from(rows, (r) => r.level || levelNumber(r.code)),
    el: labelIndex(rows.map((r) => r.label_el)),
    en: labelIndex(rows.map((r) => r.label_en)),
    categoryRows,
    categoryPrefixes: new Map(categories.map((c) => [c.id, c.prefixes])),
    categories: categories.map((c) => categoryKeywords(c.id, c.keywords)),
  };
}

/** Adds the rows of `key` (or of every term starting with it) to `into`. */
function collect(index: TermIndex, key: string, prefix: boolean, into: Set<number>): void {
  let i = lowerBound(index.terms, key);
  for (; i < index.terms.length && (prefix ? index.terms[i]!.startsWith(key) : index.terms[i] === key); i++) {
    for (const row of index.postings[i]!) into.add(row);
  }
}

/**
 * Rows whose labels match one query word — its exact key as the start of a label word (the
 * look-up completes every word, not only the last), or one of its stems — and the rows only
 * the category bridge finds. A Greek word is looked for in the Greek labels; a Latin one in
 * both (English, or Greeklish for the Greek labels), so «μέλι» never finds `mailing`.
 */
function rowsForWord(index: CpvIndex, word: QueryTerm): { label: Set<number>; bridged: Set<number> } {
  const label = new Set<number>();
  for (const labels of isGreekToken(word.folded) ? [index.el] : [index.el, index.en]) {
    collect(labels.keys, word.key, true, label);
    for (const stem of word.stems)
      collect(labels.stems, stem, word.prefix && stemLength(stem) >= MIN_PREFIX_STEM, label);
  }
  const bridged = new Set<number>();
  for (const { id } of matchCategories([word], index.categories)) {
    for (const row of index.categoryRows.get(id) ?? []) if (!label.has(row)) bridged.add(row);
  }
  return { label, bridged };
}

/**
 * Among codes of the same type and level, those of a category the query speaks of come first,
 * in the order the category lists its prefixes (its main code first: 77310000 for «κηπουρική»).
 */
function categoryRank(index: CpvIndex, words: QueryTerm[]): (row: number) => number {
  const prefixes = matchCategories(words, index.categories).flatMap(({ id }) => index.categoryPrefixes.get(id) ?? []);
  const cache = new Map<number, number>();
  return (row) => {
    let rank = cache.get(row);
    if (rank === undefined) {
      const code = index.rows[row]!.code;
      rank = prefixes.findIndex((prefix) => code.startsWith(prefix));
      if (rank < 0) rank = prefixes.length;
      cache.set(row, rank);
    }
    return rank;
  };
}

export function createCpvLookup(sqlite: SQLite.Database) {
  const cpvRows = sqlite.prepare(
    'select code, check_digit, label_el, label_en, level, social_services from cpv_codes order by code',
  );
  const categoryRows = sqlite.prepare(`
    select c.id, c.keywords_el || ', ' || c.keywords_en as keywords,
      (select json_group_array(cpv_prefix) from (select p.cpv_prefix from category_cpv_prefixes p
         where p.category_id = c.id order by p.position, p.cpv_prefix)) as prefixes
    from categories c order by c.sort_order, c.id`);
  let index: CpvIndex | null = null;
  let vocabulary: Vocabulary | null = null;
  /** The words of every label, for did-you-mean: built by warm() at start-up, again after a reload. */
  const labelVocabulary = (): Vocabulary =>
    (vocabulary ??= buildVocabulary(vocabularyOf(current().rows.flatMap((r) => [r.label_el, r.label_en]))));

  function current(): CpvIndex {
    if (!index) {
      const categories = (categoryRows.all() as Array<{ id: string; keywords: string; prefixes: string }>).map((c) => ({
        id: c.id,
        keywords: c.keywords,
        prefixes: JSON.parse(c.prefixes) as string[],
      }));
      index = buildIndex(cpvRows.all() as CpvRow[], categories);
    }
    return index;
  }

  type Matched = Array<[row: number, via: { label: number; bridged: number }]>;

  /**
   * The rows for words, unranked: per row, how many words its labels match and how many only
   * the category bridge.
   */
  function matching(index: CpvIndex, words: QueryTerm[]): Matched {
    if (words.length === 0) return [];
    let matched: Map<number, { label: number; bridged: number }> | null = null;
    for (const word of words) {
      const { label, bridged } = rowsForWord(index, word);
      const next = new Map<number, { label: number; bridged: number }>();
      const keep = (row: number, viaLabel: boolean) => {
        const before = matched ? matched.get(row) : { label: 0, bridged: 0 };
        if (before)
          next.set(row, viaLabel ? { ...before, label: before.label + 1 } : { ...before, bridged: before.bridged + 1 });
      };
      for (const row of label) keep(row, true);
      for (const row of bridged) keep(row, false);
      matched = next;
      if (matched.size === 0) return [];
    }
    // With several words, a code must match one of them by its label: the bridge alone would
    // list every code of the category.
    return [...matched!.entries()].filter(([, m]) => words.length === 1 || m.label > 0);
  }

  const isCode = (q: string) => /^\d+$/.test(q.replace(/[\s-]/g, ''));
  const codesUnder = (q: string) => {
    const digits = q.replace(/[\s-]/g, '').slice(0, 8);
    return current().rows.filter((r) => r.code.startsWith(digits));
  };

  return {
    /** Codes for what was typed (digits: a code prefix; words: label words), best first. */
    find(q: string, limit: number, lang: 'el' | 'en'): CpvRow[] {
      if (isCode(q)) return codesUnder(q).slice(0, limit);
      const words = queryTerms(q);
      if (words.length === 0) return [];
      const index = current();
      const { rows, typeRank, level } = index;
      const rank = categoryRank(index, words);
      const labelLength = (i: number) => (lang === 'en' ? rows[i]!.label_en : rows[i]!.label_el).length;
      return matching(index, words)
        .sort(
          ([a, ma], [b, mb]) =>
            typeRank[a]! - typeRank[b]! ||
            ma.bridged - mb.bridged ||
            level[a]! - level[b]! ||
            rank(a) - rank(b) ||
            labelLength(a) - labelLength(b) ||
            (rows[a]!.code < rows[b]!.code ? -1 : 1),
        )
        .slice(0, limit)
        .map(([i]) => rows[i]!);
    },
    /**
     * What else to offer for words (issue 12): "did you mean" from the labels' own words
     * (suggestions.ts, the enterprise search's machinery: a misspelt or Greeklish word becomes the
     * label word nearest to it) and the categories the words name (category-match.ts), whose
     * CPV prefixes the bridge above reads. Nothing for a code prefix.
     */
    help(q: string): { suggestions: Suggestion[]; matchedCategories: string[] } {
      const words = isCode(q) ? [] : queryTerms(q);
      if (words.length === 0) return { suggestions: [], matchedCategories: [] };
      const index = current();
      const count = (typed: string) => matching(index, queryTerms(typed)).length;
      return {
        suggestions: suggestFrom(labelVocabulary(), q, words, matching(index, words).length, count),
        matchedCategories: matchCategories(words, index.categories).map((c) => c.id),
      };
    },
    /**
     * Builds the index and the labels' word list now (about 0.4 s and 0.13 s for the whole CPV)
     * rather than inside the first look-up, which would hold every request of that event-loop
     * turn (issue 17).
     */
    warm() {
      labelVocabulary();
    },
    /** Call after the CPV list or the categories change. */
    reload() {
      index = null;
      vocabulary = null;
    },
  };
}

export type CpvLookup = ReturnType<typeof createCpvLookup>;
