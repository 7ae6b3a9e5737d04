import { stemmer as snowballGreek } from '@orama/stemmers/greek';
import { stemmer as porterEnglish } from '@orama/stemmers/english';
import { isGreekToken, tokenKey } from './greek-text.ts';
import { greekSpellings, greeklishReadings } from './greeklish.ts';

/**
 * Stem keys: the search key (greek-text.ts) of a word's stem, so that the inflected forms of
 * a word share one key — «κήπος», «κήπου», «κήπους», «κήπων», `kipous` → `kip`.
 *
 * Greek words go through the Snowball Greek stemmer (Ntais 2006 as published by the Snowball
 * project; the generated JavaScript in @orama/stemmers matches the project's reference output),
 * English words through Porter's stemmer. Greeklish is read back into Greek first
 * (greeklish.ts), then stemmed like Greek. Index and query use these same functions; the
 * query side only adds the alternatives a typed word may stand for: a Latin word may be
 * English or Greeklish with any of the endings that sound alike, and a Greek word may have its
 * ending misspelt the same way (-ως for -ος, -ι for -η), which the stemmer would not remove.
 */

/**
 * Bump when what these functions (or greek-text.ts, greeklish.ts) produce changes: the index
 * is then rebuilt on the next start, so indexed and typed words are reduced alike.
 */
export const SEARCH_ANALYSIS_VERSION = 'stems-2';

/**
 * Stems shorter than this are not matched as prefixes: a short stem would match half the index
 * (`graf*`: offices, graphics and writing), a longer one its own derivations (`kathar*`: καθαριότητα).
 */
export const MIN_PREFIX_STEM = 5;

/**
 * The Snowball stem can keep a final vowel that other forms of the word lose: κτίριο → κτιρι
 * but κτιρίων → κτιρ, αναπηρία → αναπηρ but αναπηρίας → αναπηρι. Dropping the vowels at the
 * end of the key (never below three letters) puts those forms back together.
 */
function trimFinalVowels(key: string): string {
  const trimmed = key.replace(/[aeiou]+$/, '');
  return trimmed.length >= 3 ? trimmed : key;
}

/**
 * Adjectives in -ικός keep their -ικ- in some forms and lose it in others (σχολικός → σχολικ,
 * σχολικού → σχολ; θεατρικά → θεατρ, θεατρικές → θεατρικ): the Snowball rule strips it after
 * some endings only. Stripping it always gives every form the stem the stemmer itself gives half
 * of them.
 */
function withoutIk(stem: string): string {
  return stem.length >= 5 && stem.endsWith('ικ') ? stem.slice(0, -2) : stem;
}

function greekStemKey(foldedGreek: string): string {
  return trimFinalVowels(tokenKey(withoutIk(snowballGreek(foldedGreek))));
}

/**
 * The stem keys of one reading of a typed word: `spellings[0]` as typed (or read), the rest the
 * other spellings of its ending. When the stemmer removes an ending from the word as typed, the
 * ending was one it knows and the other spellings add nothing; when it removes nothing, the
 * ending may be misspelt (-ως for -ος) and each other spelling is stemmed too.
 */
function readingStemKeys(spellings: readonly string[]): string[] {
  const [typed] = spellings;
  if (typed === undefined) return [];
  if (snowballGreek(typed) !== typed) return [greekStemKey(typed)];
  return spellings.map(greekStemKey);
}

/**
 * English stems live apart from Greek ones: search keys never contain `q` (greek-text.ts maps
 * it to k), so a leading `q` marks an English stem. Otherwise English `keep` (key `kip`) would
 * be a form of «κήπος» (stem key `kip`); exact keys still match across scripts, as they should
 * for Greeklish.
 */
const ENGLISH_STEM = 'q';

function englishStemKey(foldedLatin: string): string {
  return ENGLISH_STEM + tokenKey(porterEnglish(foldedLatin));
}

/** The letters of a stem key that come from the word (without the English marker). */
export function stemLength(stemKey: string): number {
  return stemKey.startsWith(ENGLISH_STEM) ? stemKey.length - 1 : stemKey.length;
}

// Texts repeat the same few thousand words: remember the answers (bounded).
const CACHE_LIMIT = 100_000;
const indexCache = new Map<string, string>();
const queryCache = new Map<string, readonly string[]>();

function remember<T>(cache: Map<string, T>, token: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(token, value);
  return value;
}

/**
 * The stem key stored in the index for one folded token ('' for numbers and codes, which
 * are matched exactly). Text in Latin letters is indexed as English: the directory's texts are
 * Greek and English, Greeklish is what people type, not what profiles are written in.
 */
export function indexStemKey(foldedToken: string): string {
  const known = indexCache.get(foldedToken);
  if (known !== undefined) return known;
  let key = '';
  if (/\p{L}/u.test(foldedToken))
    key = isGreekToken(foldedToken) ? greekStemKey(foldedToken) : englishStemKey(foldedToken);
  return remember(indexCache, foldedToken, key);
}

/**
 * Every stem key a typed, folded token may stand for: the Greek stem of a Greek word; for a
 * Latin word its English stem and the Greek stems of its Greeklish readings. Distinct, primary
 * first; empty for numbers and codes.
 */
export function queryStemKeys(foldedToken: string): readonly string[] {
  const known = queryCache.get(foldedToken);
  if (known !== undefined) return known;
  let keys: string[] = [];
  if (/\p{L}/u.test(foldedToken)) {
    if (isGreekToken(foldedToken)) keys = readingStemKeys(greekSpellings(foldedToken));
    else keys = [englishStemKey(foldedToken), ...greeklishReadings(foldedToken).flatMap(readingStemKeys)];
  }
  return remember(queryCache, foldedToken, [...new Set(keys.filter(Boolean))]);
}
