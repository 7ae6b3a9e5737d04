import { describe, expect, it } from 'vitest';
import {
  parseSearchQuery,
  queryTerms,
  rowMatch,
  textMatchesQuery,
  MAX_QUERY_TERMS,
} from '../../api/domain/search-query.ts';
import { indexText, keywordTerms } from '../../api/domain/index-text.ts';

describe('user text → safe FTS5 expression', () => {
  it('matches every word by its exact key or its stems, the last one as a prefix (short stems whole)', () => {
    const { terms, match } = parseSearchQuery('καθαρισμός σχολείων');
    expect(terms).toEqual(['katharismos', 'sxolion']);
    expect(match).toBe(
      '({name body} : "katharismos" OR {name_stem body_stem topics} : ("kathar")) AND ' +
        '({name body} : "sxolion"* OR {name_stem body_stem topics} : ("sxol"))',
    );
  });

  it.each([
    '"',
    '*',
    '(',
    ')',
    ':',
    '-',
    '^',
    '""',
    '   ',
    'AND',
    'NEAR(',
    'name:x',
    '-καθαρισμός',
    'κοινωνική-επιχείρηση',
    'web design:',
    'Α.Μ.Κ.Ε.',
  ])('%j never produces FTS syntax of its own', (input) => {
    const { match } = parseSearchQuery(input);
    if (match === null) return;
    // Only our own structure around quoted keys of letters and digits.
    const stripped = match
      .replace(/\{name body\} : "[a-z0-9]+"\*?/g, '')
      .replace(/\{name_stem body_stem topics\} : \(("[a-z0-9]+"\*?( OR )?)+\)/g, '')
      .replace(/\(| OR |\)| AND /g, '');
    expect(stripped).toBe('');
  });

  it('turns operators into plain words, and drops function words when others are left', () => {
    expect(parseSearchQuery('cleaning AND NOT catering').terms).toEqual(['kleaning', 'not', 'katering']);
    expect(parseSearchQuery('καθαρισμός για σχολεία και γραφεία').terms).toEqual(['katharismos', 'sxolia', 'grafia']);
    expect(parseSearchQuery('και').terms).toEqual(['ke']);
  });

  it('returns no expression for text without letters or digits', () => {
    expect(parseSearchQuery('*** ::: ---')).toMatchObject({ terms: [], match: null });
  });

  it('caps the number of terms', () => {
    expect(parseSearchQuery('λέξη '.repeat(100)).terms).toHaveLength(MAX_QUERY_TERMS);
  });
});

describe('query words and their stems', () => {
  const stemsOf = (q: string) => queryTerms(q).map((t) => t.stems);

  it('gives every inflection of a Greek word one stem', () => {
    const forms = ['κήπος', 'κήπου', 'κήπους', 'κήπων', 'κήποι', 'ΚΗΠΟΣ'];
    for (const form of forms) expect(stemsOf(form)[0]).toContain('kip');
  });

  it('reads Greeklish back into Greek before stemming', () => {
    expect(stemsOf('kipous')[0]).toContain('kip');
    expect(stemsOf('ilikiomenous')[0]).toContain(stemsOf('ηλικιωμένοι')[0]![0]);
  });

  it('stems English words apart from Greek ones', () => {
    const [gardens] = stemsOf('gardens');
    expect(gardens).toContain(stemsOf('garden')[0]![0]);
    // English "keep" is not a form of «κήπος», although both have the key `kip`.
    expect(stemsOf('keep')[0]).not.toContain('kip');
  });

  it('treats only the last word as being typed', () => {
    expect(queryTerms('κήπος σχολείο').map((t) => t.prefix)).toEqual([false, true]);
  });
});

describe('textMatchesQuery (a short text checked on its own: an HSDS service, a taxonomy term)', () => {
  const matches = (query: string, text: string) => textMatchesQuery(queryTerms(query), text);

  it('matches every word in any spelling, as the start of a word or another inflection of it', () => {
    expect(matches('πεζόδρομος πλατεία', 'Καθαρισμός πεζοδρόμων και πλατειών')).toBe(true);
    expect(matches('pezodromos', 'Καθαρισμός πεζοδρόμων και πλατειών')).toBe(true);
    expect(matches('ΚΑΘΑΡ', 'Καθαρισμός πεζοδρόμων')).toBe(true);
  });

  it('needs every word', () => {
    expect(matches('πεζόδρομος κήπος', 'Καθαρισμός πεζοδρόμων και πλατειών')).toBe(false);
    expect(matches('σίτιση', 'Καθαρισμός πεζοδρόμων')).toBe(false);
  });
});

describe('rowMatch (the MATCH expression on one row, for cached results after a write)', () => {
  const row = (fields: Partial<Record<'name' | 'body' | 'nameStem' | 'bodyStem' | 'topics', string>>) => ({
    name: '',
    body: '',
    nameStem: '',
    bodyStem: '',
    topics: '',
    ...fields,
  });
  const indexed = (text: string) => indexText(text);

  it('agrees with what the index matches: exact words, other forms, category words, every word required', () => {
    const garden = indexed('Συντήρηση κήπων και πρασίνου');
    const words = parseSearchQuery('κήπους συντήρηση').words;
    expect(rowMatch(words, row({ body: garden.keys, bodyStem: garden.stems }))).toEqual({ exact: true, stem: true });
    expect(rowMatch(parseSearchQuery('κήπους').words, row({ body: garden.keys, bodyStem: garden.stems }))).toEqual({
      exact: false,
      stem: true,
    });
    expect(
      rowMatch(parseSearchQuery('κήπους εκτυπώσεις').words, row({ body: garden.keys, bodyStem: garden.stems })),
    ).toBeNull();
    const topics = keywordTerms('κήπος πράσινο').join(' ');
    expect(rowMatch(parseSearchQuery('κήπος').words, row({ topics }))).toEqual({ exact: false, stem: false });
  });

  it('matches the last word as a prefix, and only the last', () => {
    const text = indexed('Εκτυπώσεις φυλλαδίων');
    expect(rowMatch(parseSearchQuery('εκτυπ').words, row({ body: text.keys, bodyStem: text.stems }))).not.toBeNull();
    expect(
      rowMatch(parseSearchQuery('εκτυπ φυλλαδίων').words, row({ body: text.keys, bodyStem: text.stems })),
    ).toBeNull();
  });
});
