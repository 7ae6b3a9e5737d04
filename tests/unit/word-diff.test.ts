import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffItems, diffWords, sideOf, tokenize } from '../../web/shared/word-diff.ts';

describe('word-level difference (moderation)', () => {
  it('marks the words a proposal removes and adds, and leaves the rest', () => {
    expect(
      diffWords(
        'Καθαρίζουμε σχολεία με οικολογικά υλικά.',
        'Καθαρίζουμε σχολεία και γραφεία με πιστοποιημένα οικολογικά υλικά.',
      ),
    ).toEqual([
      { kind: 'same', text: 'Καθαρίζουμε σχολεία ' },
      { kind: 'added', text: 'και γραφεία ' },
      { kind: 'same', text: 'με ' },
      { kind: 'added', text: 'πιστοποιημένα ' },
      { kind: 'same', text: 'οικολογικά υλικά.' },
    ]);
  });

  it('adds a sentence after the full stop, not before it', () => {
    expect(diffWords('Καθαρίζουμε σχολεία.', 'Καθαρίζουμε σχολεία. Και γραφεία.')).toEqual([
      { kind: 'same', text: 'Καθαρίζουμε σχολεία.' },
      { kind: 'added', text: ' Και γραφεία.' },
    ]);
  });

  it('changes a punctuation mark without touching its word, and a replaced word is removed then added', () => {
    expect(diffWords('Ανοιχτά Δευτέρα.', 'Ανοιχτά Τρίτη!')).toEqual([
      { kind: 'same', text: 'Ανοιχτά ' },
      { kind: 'removed', text: 'Δευτέρα.' },
      { kind: 'added', text: 'Τρίτη!' },
    ]);
    expect(diffWords('τιμή 5,00 €', 'τιμή 6,00 €')).toEqual([
      { kind: 'same', text: 'τιμή ' },
      { kind: 'removed', text: '5' },
      { kind: 'added', text: '6' },
      { kind: 'same', text: ',00 €' },
    ]);
  });

  it('handles empty sides and equal texts', () => {
    expect(diffWords('', 'Νέο κείμενο')).toEqual([{ kind: 'added', text: 'Νέο κείμενο' }]);
    expect(diffWords('Παλιό', '')).toEqual([{ kind: 'removed', text: 'Παλιό' }]);
    expect(diffWords('Ίδιο κείμενο', 'Ίδιο κείμενο')).toEqual([{ kind: 'same', text: 'Ίδιο κείμενο' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('keeps line breaks as they are', () => {
    expect(tokenize('α\nβ')).toEqual(['α', '\n', 'β']);
    expect(sideOf(diffWords('α\n\nβ', 'α\nγ\nβ'), 'after')).toBe('α\nγ\nβ');
  });

  it('compares lists item by item', () => {
    expect(diffItems(['mun-chalandri', 'mun-marousi'], ['mun-chalandri', 'mun-vrilissia'])).toEqual([
      { kind: 'same', text: 'mun-chalandri' },
      { kind: 'removed', text: 'mun-marousi' },
      { kind: 'added', text: 'mun-vrilissia' },
    ]);
  });

  it('gives back both texts exactly, for any texts (the parts lose nothing and invent nothing)', () => {
    const words = fc.constantFrom('και', 'σχολεία', 'Χαλάνδρι', 'green', '.', ',', ' ', '  ', '\n', '€', '2025');
    const text = fc.array(words, { maxLength: 40 }).map((w) => w.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = diffWords(before, after);
        expect(sideOf(parts, 'before')).toBe(before);
        expect(sideOf(parts, 'after')).toBe(after);
      }),
    );
  });

  it('gives a long rewrite as removed-then-added instead of building a huge table', () => {
    const before = Array.from({ length: 2000 }, (_, i) => `α${i}`).join(' ');
    const after = Array.from({ length: 2000 }, (_, i) => `β${i}`).join(' ');
    expect(diffWords(before, after)).toEqual([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  });
});
