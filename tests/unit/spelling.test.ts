import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance, nearestKeys } from '../../api/domain/spelling.ts';
import { searchKeys } from '../../api/domain/greek-text.ts';

const key = (word: string) => searchKeys(word)[0]!;

describe('edit distance between search keys', () => {
  it.each([
    ['kathrismos', 'katharismos', 1], // a letter missed
    ['καθαρσιμός', 'katharismos', 1], // two letters swapped
    ['κααθαρισμός', 'katharismos', 0], // a doubled letter is not even an edit: keys fold doubles
    ['katherismos', 'katharismos', 1], // a wrong letter
    ['ktharsmos', 'katharismos', 2],
  ])('%s → %s in %i', (a, b, distance) => {
    expect(editDistance(searchKeys(a)[0]!, b, 3)).toBe(distance);
  });

  it('stops early above the limit', () => {
    expect(editDistance('katharismos', 'ektiposis', 2)).toBe(3);
  });

  it('allows fewer edits in shorter words', () => {
    expect(allowedEdits(3)).toBe(0);
    expect(allowedEdits(5)).toBe(1);
    expect(allowedEdits(9)).toBe(2);
  });

  it('finds the nearest indexed words, nearest first', () => {
    const vocabulary = ['καθαρισμός', 'καθαριότητα', 'κηπουρική', 'εκτυπώσεις'].map(key);
    expect(nearestKeys(key('καθαρσμός'), vocabulary, 3).map((n) => n.key)).toEqual([key('καθαρισμός')]);
    expect(nearestKeys(key('κηπουρκή'), vocabulary, 3).map((n) => n.key)).toEqual([key('κηπουρική')]);
    expect(nearestKeys(key('σίτιση'), vocabulary, 3)).toEqual([]);
  });
});
