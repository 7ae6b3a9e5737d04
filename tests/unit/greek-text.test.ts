import { describe, expect, it } from 'vitest';
import { foldGreek, sameSearchTerm, searchKeys } from '../../api/domain/greek-text.ts';

describe('foldGreek', () => {
  it.each([
    ['Καθαρισμός', 'καθαρισμοσ'],
    ['ΚΑΘΑΡΙΣΜΟΣ', 'καθαρισμοσ'],
    ['προϊόντα', 'προιοντα'],
    ['Ϊ ϋ ΐ ΰ', 'ι υ ι υ'],
    ['Ωδείο', 'ωδειο'],
    ['Αθήνα', 'αθηνα'],
    ['ΆΈΉΊΌΎΏ', 'αεηιουω'],
    ['Café', 'cafe'],
  ])('folds %s → %s', (input, expected) => {
    expect(foldGreek(input)).toBe(expected);
  });
});

describe('one search term whatever the spelling', () => {
  it.each([
    ['καθαρισμός', 'katharismos'],
    ['καθαρισμός', 'ΚΑΘΑΡΙΣΜΟΣ'],
    ['καθαρισμός', 'καθαρισμοσ'],
    ['καθαρισμός', 'Katharismos'],
    ['καθαρισμός', 'ka8arismos'],
    ['καθαριότητα', 'kathariotita'],
    ['υπηρεσίες', 'ypiresies'],
    ['υπηρεσίες', 'yphresies'],
    ['κηπουρική', 'kipouriki'],
    ['κηπουρική', 'khpoyrikh'],
    ['σίτιση', 'sitisi'],
    ['ανακύκλωση', 'anakyklosi'],
    ['ανακύκλωση', 'anakuklwsh'],
    ['εκτυπώσεις', 'ektyposeis'],
    ['φροντίδα', 'frontida'],
    ['ψηφιακές', 'psifiakes'],
    ['χαρτί', 'xarti'],
    ['χαρτί', 'charti'],
    ['ξενάγηση', 'ksenagisi'],
    ['Χαλάνδρι', 'Chalandri'],
  ])('%s ≡ %s', (a, b) => {
    expect(sameSearchTerm(a, b)).toBe(true);
  });

  it.each([
    ['καθαρισμός', 'εκτυπώσεις'],
    ['σίτιση', 'κηπουρική'],
  ])('%s ≢ %s', (a, b) => {
    expect(sameSearchTerm(a, b)).toBe(false);
  });

  it('keeps CPV codes and other digit strings intact', () => {
    expect(searchKeys('CPV 90910000-9')).toEqual(['kpv', '90910000', '9']);
  });

  it('drops punctuation and FTS syntax characters', () => {
    expect(searchKeys('"web design:" (NEAR) -x* Α.Μ.Κ.Ε.')).toEqual(['oev', 'design', 'near', 'x', 'a', 'm', 'k', 'e']);
  });
});
