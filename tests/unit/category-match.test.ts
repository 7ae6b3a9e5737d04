import { describe, expect, it } from 'vitest';
import { searchKeys } from '../../api/domain/greek-text.ts';
import { categoryKeywords, matchCategories } from '../../api/domain/category-match.ts';
import { queryTerms } from '../../api/domain/search-query.ts';
import { categories } from '../../seed/reference/categories.ts';

describe('everyday words → categories', () => {
  const bags = categories.map((c) => categoryKeywords(c.id, [...c.keywordsEl, ...c.keywordsEn].join(', ')));
  const matched = (q: string) => matchCategories(queryTerms(q), bags).map((m) => m.id);

  it.each([
    ['κήπος', 'green-spaces'],
    ['κήπους', 'green-spaces'],
    ['kipos', 'green-spaces'],
    ['gardens', 'green-spaces'],
    ['χλοοτάπητας', 'green-spaces'],
    ['καθαρίστρια', 'cleaning'],
    ['τζάμια', 'cleaning'],
    ['φαγητό', 'catering'],
    ['ηλικιωμένους', 'care-social'],
    ['αφίσες', 'printing-design'],
    ['κομπόστ', 'recycling'],
    ['συναυλία', 'events'],
    ['μέλι', 'food-crafts'],
    ['ξεναγήσεις', 'tourism'],
    ['ιστοσελίδες', 'it'],
  ])('%s → %s', (q, id) => {
    expect(matched(q)[0]).toBe(id);
  });

  it('offers no category for words of no category', () => {
    expect(matched('υπηρεσίες')).toEqual([]);
    expect(matched('Χαλάνδρι')).toEqual([]);
  });

  it('covers the words of each category name with its keywords (the name finds the category)', () => {
    for (const category of categories) {
      const bag = categoryKeywords(category.id, [...category.keywordsEl, ...category.keywordsEn].join(', '));
      const generic = new Set(searchKeys('υπηρεσίες κοινωνικές services social and'));
      for (const word of queryTerms(`${category.nameEl} ${category.nameEn}`).filter((w) => !generic.has(w.key))) {
        expect(matchCategories([{ ...word, prefix: false }], [bag]), `${category.id}: ${word.folded}`).toHaveLength(1);
      }
    }
  });
});
