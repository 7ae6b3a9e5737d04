import { searchKeys } from './greek-text.ts';

/**
 * Function words (articles, prepositions, conjunctions, pronouns) that people put in a query
 * («καθαρισμός για σχολεία», «catering for events») but that say nothing about what they are
 * looking for. A query drops them unless nothing else is left. Compared by search key, so
 * accents, capitals and Greeklish (`gia`, `kai`, `sto`) do not matter.
 *
 * Sources: the Greek articles, prepositions and conjunctions of any grammar (e.g. Holton,
 * Mackridge, Philippaki-Warburton, "Greek: A Comprehensive Grammar", ch. 2, 7, 8), and the
 * shortest English function words of the Snowball English stop list.
 */
const GREEK = `ο η το οι τα του της των τον την τη τους τις ένας μια μία ένα ενός μιας
  και κι ή ούτε είτε αλλά όμως ενώ αν
  σε στο στη στην στον στα στους στις στου στης με για από προς ως έως μέχρι κατά μετά πριν
  χωρίς παρά αντί δια υπό περί επί μεταξύ
  που πως ότι να θα δεν μη μην
  μου σου του μας σας τους εμείς εσείς αυτός αυτή αυτό αυτοί αυτές αυτά
  κάθε όλα όλοι όλες όλους επίσης`;

const ENGLISH = `a an the and or but nor of for to in on at by with from into onto about as than
  our your their my his her its we you they it is are be been was were this that these those
  near per via`;

const STOP_KEYS: ReadonlySet<string> = new Set(searchKeys(`${GREEK} ${ENGLISH}`));

/** True when a search key is a function word. */
export function isStopKey(key: string): boolean {
  return STOP_KEYS.has(key);
}
