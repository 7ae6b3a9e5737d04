import { describe, expect, it } from 'vitest';
import { foldGreek } from '../../api/domain/greek-text.ts';
import { greekSpellings, greeklishCandidates } from '../../api/domain/greeklish.ts';
import { indexStemKey, queryStemKeys } from '../../api/domain/word-stems.ts';
import { indexText } from '../../api/domain/index-text.ts';

const indexStem = (word: string) => indexStemKey(foldGreek(word));
/** True when what a person types finds the indexed word through its stem. */
const finds = (typed: string, indexed: string) => queryStemKeys(foldGreek(typed)).includes(indexStem(indexed));

describe('stem keys (Snowball Greek, Porter English)', () => {
  it.each([
    // Nouns: case and number.
    ['κήπος', ['κήπου', 'κήπους', 'κήπων', 'κήποι']],
    ['κτίρια', ['κτιρίων', 'κτίριο']],
    ['αφίσες', ['αφισών', 'αφίσα']],
    ['ποδήλατα', ['ποδηλάτων', 'ποδήλατο']],
    ['ρούχα', ['ρούχων', 'ρούχο']],
    ['μεταφορές', ['μεταφορά', 'μεταφορών']],
    ['εκδήλωση', ['εκδηλώσεις', 'εκδηλώσεων']],
    ['γεύμα', ['γεύματα', 'γευμάτων']],
    ['αναπηρία', ['αναπηρίας', 'αναπηρίες']],
    // Adjectives and participles: gender, case and number.
    ['ηλικιωμένοι', ['ηλικιωμένους', 'ηλικιωμένων', 'ηλικιωμένη', 'ηλικιωμένες']],
    ['σχολικός', ['σχολικού', 'σχολικές', 'σχολικά', 'σχολικών', 'σχολική']],
    ['θεατρικά', ['θεατρικές', 'θεατρικό', 'θεατρικού']],
    // Verbs and their nouns.
    ['καθαρισμός', ['καθαρίζουμε', 'καθαρισμού', 'καθαρό']],
    // English singular and plural, -ing.
    ['gardens', ['garden', 'gardening']],
    ['buildings', ['building']],
  ])('%s and %j share a stem', (typed, forms) => {
    for (const form of forms) expect(finds(typed, form), `${typed} → ${form}`).toBe(true);
  });

  it('keeps apart words that only look alike', () => {
    expect(finds('κήπος', 'καθαρισμός')).toBe(false);
    expect(finds('keep', 'κήπος')).toBe(false);
    expect(indexStemKey('90910000')).toBe('');
  });

  it('finds Greek words typed in Greeklish, whatever the ending spelling', () => {
    expect(finds('kipous', 'κήπων')).toBe(true);
    expect(finds('kipon', 'κήπους')).toBe(true);
    expect(finds('katharismos', 'καθαρισμού')).toBe(true);
    expect(finds('ilikiomenous', 'ηλικιωμένοι')).toBe(true);
    expect(finds('ruxa', 'ρούχων')).toBe(true);
    expect(finds('ektyposeis', 'εκτύπωση')).toBe(true);
  });

  it('forgives a misspelt Greek ending the stemmer would not remove', () => {
    expect(finds('καθαρισμως', 'καθαρισμού')).toBe(true);
  });
});

describe('Greeklish readings', () => {
  it('gives an ambiguous ending every spelling it may stand for', () => {
    expect(greeklishCandidates('kipos')).toEqual(['κιποσ', 'κιπωσ']);
    expect(greeklishCandidates('sitisi')).toEqual(['σιτισι', 'σιτιση', 'σιτισοι', 'σιτισει']);
    expect(greeklishCandidates('ektyposeis')).toEqual(['εκτυποσεισ']);
    expect(greeklishCandidates('90910000')).toEqual([]);
  });

  it('reads th, ch, ps, ks and 8 as one letter, and h as η', () => {
    expect(greeklishCandidates('ka8arismos')[0]).toBe('καθαρισμοσ');
    expect(greeklishCandidates('psomi')[0]).toBe('ψομι');
    expect(greeklishCandidates('khpos')[0]).toBe('κηποσ');
    expect(greeklishCandidates('chartia')[0]).toBe('χαρτια');
  });

  it('gives a misspelt Greek ending its alternatives, the typed one first', () => {
    expect(greekSpellings('καθαρισμωσ')).toEqual(['καθαρισμωσ', 'καθαρισμοσ']);
    expect(greekSpellings('σχολεια')).toEqual(['σχολεια']);
  });
});

describe('index text', () => {
  it('stores exact keys and stem keys of every word', () => {
    expect(indexText('Καθαρισμός σχολείων, CPV 90910000')).toEqual({
      keys: 'katharismos sxolion kpv 90910000',
      stems: 'kathar sxol qkpv',
    });
  });
});
