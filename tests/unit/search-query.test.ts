import { describe, expect, it } from 'vitest';
import { parseSearchQuery, MAX_QUERY_TERMS } from '../../api/domain/search-query.ts';

describe('user text → safe FTS5 expression', () => {
  it('quotes every term and makes the last one a prefix', () => {
    expect(parseSearchQuery('καθαρισμός σχολείων')).toEqual({
      terms: ['katharismos', 'sxolion'],
      match: '"katharismos" "sxolion"*',
    });
  });

  it.each(['"', '*', '(', ')', ':', '-', '^', '""', '   ', 'AND', 'NEAR(', 'name:x', '-καθαρισμός', 'κοινωνική-επιχείρηση', 'web design:', 'Α.Μ.Κ.Ε.'])(
    '%j never produces FTS syntax',
    (input) => {
      const { match } = parseSearchQuery(input);
      if (match === null) return;
      // Only quoted keys of letters/digits, spaces and a trailing *.
      expect(match).toMatch(/^("[a-z0-9\p{L}]+"\*? ?)+$/u);
    },
  );

  it('turns operators into plain words', () => {
    expect(parseSearchQuery('cleaning AND NOT catering').terms).toEqual(['kleaning', 'and', 'not', 'katering']);
  });

  it('returns no expression for text without letters or digits', () => {
    expect(parseSearchQuery('*** ::: ---')).toEqual({ terms: [], match: null });
  });

  it('caps the number of terms', () => {
    expect(parseSearchQuery('a '.repeat(100)).terms).toHaveLength(MAX_QUERY_TERMS);
  });
});
