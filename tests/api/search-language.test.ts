import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { contractTypeOf } from '../../api/domain/cpv.ts';

/**
 * What issue 12 adds to the public search, on the demo data: inflected forms, the order of
 * exact, stem and category matches, the category offer, "did you mean", and the CPV look-up.
 */

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp({ demoData: true });
});

afterAll(async () => {
  await ctx.close();
});

interface SearchBody {
  items: Array<{ slug: string }>;
  total: number;
  matchedCategories: Array<{ id: string; name: string; count: number }>;
  suggestions: Array<{ q: string; total: number }>;
}

async function search(query: string): Promise<SearchBody> {
  const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/enterprises?${query}` });
  expect(response.statusCode).toBe(200);
  return response.json<SearchBody>();
}
const q = (text: string, extra = '') => search(`q=${encodeURIComponent(text)}${extra}`);
const slugs = (body: SearchBody) => body.items.map((i) => i.slug);

describe('inflected forms', () => {
  it('finds every enterprise whose texts use another form of the word', async () => {
    // «κήπους» and «κήπων» are in the texts; «κήπος» is not.
    for (const form of ['κήπος', 'ΚΗΠΟΣ', 'kipos', 'κήπων']) {
      expect(slugs(await q(form)), form).toEqual(expect.arrayContaining(['prasini-geitonia', 'fytorio-elpidas']));
    }
    expect(slugs(await q('ηλικιωμένοι'))).toEqual(
      expect.arrayContaining(['agkalia-frontidas', 'trapezi-tis-geitonias']),
    );
  });

  it('ranks the exact form above other forms, and both above category-only matches', async () => {
    // «κήπους»: in prasini-geitonia's and fytorio-elpidas's texts; anemoni has «κήπων» (a CPV
    // label of its services); astiko-dasos has neither, only the green-spaces category.
    const order = slugs(await q('κήπους'));
    expect(order.slice(0, 2).sort()).toEqual(['fytorio-elpidas', 'prasini-geitonia']);
    expect(order.indexOf('anemoni')).toBe(2);
    expect(order.indexOf('astiko-dasos')).toBeGreaterThan(2);
  });

  it('matches the last word as a prefix, its stem too', async () => {
    expect(slugs(await q('ηλικιωμέν'))).toContain('agkalia-frontidas');
    expect(slugs(await q('σχολικά γεύμ'))).toContain('trapezi-tis-geitonias');
  });
});

describe('categories from everyday words', () => {
  it('finds the category’s enterprises and says which category matched, in the asked language', async () => {
    const el = await q('κήπος');
    expect(el.matchedCategories).toEqual([{ id: 'green-spaces', name: 'Πράσινο και κηπουρική', count: 7 }]);
    expect(slugs(el)).toEqual(expect.arrayContaining(['anemoni', 'kladi-kai-riza', 'astiko-dasos']));
    const en = await q('gardens', '&lang=en');
    expect(en.matchedCategories[0]).toMatchObject({ id: 'green-spaces', name: 'Green spaces and gardening' });
  });

  it('does not offer a category for words of none', async () => {
    expect((await q('Χαλάνδρι')).matchedCategories).toEqual([]);
  });
});

describe('did you mean', () => {
  it('offers the word as the texts spell it when a word is misspelt or typed in Greeklish', async () => {
    const misspelt = await q('καθαρισμως');
    expect(misspelt.suggestions[0]).toEqual({ q: 'καθαρισμός', total: misspelt.total });
    expect((await q('ka8arismos')).suggestions[0]?.q).toBe('καθαρισμός');
  });

  it('offers the nearest indexed words when nothing is found, with what they would find', async () => {
    const typo = await q('καθαρσμός σχολείων');
    expect(typo.total).toBe(0);
    expect(typo.suggestions[0]!.q).toBe('καθαρισμός σχολείων');
    const suggested = await q(typo.suggestions[0]!.q);
    expect(typo.suggestions[0]!.total).toBe(suggested.total);
    expect(suggested.total).toBeGreaterThan(0);
  });

  it('offers the English word one letter away, though its Greeklish reading is further', async () => {
    // Read as Greeklish, «ee» is ι: «cleening» would be as far from «cleaning» as from «greening».
    const typo = await q('cleening');
    expect(typo.total).toBe(0);
    expect(typo.suggestions[0]).toEqual({ q: 'cleaning', total: (await q('cleaning')).total });
    expect((await q('cleening services')).suggestions[0]?.q).toBe('cleaning services');
    expect((await q('recyclng')).suggestions[0]?.q).toBe('recycling');
  });

  it('counts a suggestion with the same filters', async () => {
    const filtered = await q('kathrismos', '&legalForm=koispe');
    expect(filtered.suggestions[0]).toEqual({
      q: 'καθαρισμός',
      total: (await q('καθαρισμός', '&legalForm=koispe')).total,
    });
  });

  it('suggests nothing for words spelt as the texts spell them, nor for other forms of a word', async () => {
    expect((await q('καθαρισμός')).suggestions).toEqual([]);
    expect((await q('cleaning')).suggestions).toEqual([]);
    // «παιδικοί» is correct Greek; the texts only say «παιδική», «παιδικούς»: same key, another form.
    expect((await q('παιδικοί')).suggestions).toEqual([]);
  });

  it('never offers a word that only unpublished profiles use', async () => {
    // «ταρατσών» is only in a draft profile: a near miss finds nothing and suggests nothing.
    const body = await q('ταρατσον');
    expect(body.total).toBe(0);
    expect(body.suggestions).toEqual([]);
  });
});

describe('CPV look-up', () => {
  async function cpv(text: string, lang = 'el') {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/cpv?q=${encodeURIComponent(text)}&lang=${lang}&limit=10`,
    });
    expect(response.statusCode).toBe(200);
    return response.json<{ items: Array<{ code: string; label: string; level: number }> }>().items;
  }

  it.each(['καθαρισμός', 'katharismos', 'ΚΑΘΑΡΙΣΜΟΥ', 'καθαρισμοί', 'καθαρισμ'])(
    'answers %s with cleaning services first',
    async (text) => {
      const items = await cpv(text);
      expect(items.length).toBeGreaterThan(0);
      const firstSupply = items.findIndex((c) => contractTypeOf(c.code) !== 'services');
      const services = firstSupply < 0 ? items : items.slice(0, firstSupply);
      expect(services.length).toBeGreaterThanOrEqual(3);
      // Services before supplies: nothing after the first supply is a service.
      expect(items.slice(services.length).every((c) => contractTypeOf(c.code) !== 'services')).toBe(true);
      // The cleaning codes lead; further down, the whole CPV also has other services named for cleaning
      // (65120000, operating a water-purification plant).
      expect(services.slice(0, 3).every((c) => c.code.startsWith('90') || c.code.startsWith('98'))).toBe(true);
      expect(services.filter((c) => c.code.startsWith('90') || c.code.startsWith('98')).length).toBeGreaterThanOrEqual(
        services.length - 1,
      );
      expect(items[0]!.code).not.toBe('39000000');
    },
  );

  it('lists shallower codes before deeper ones among label matches', async () => {
    const levels = (await cpv('καθαρισμού'))
      .filter((c) => c.label.toLowerCase().includes('καθαρισμ'))
      .map((c) => c.level);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
  });

  it('bridges everyday words to their category’s codes', async () => {
    const items = await cpv('κηπουρική');
    expect(items[0]!.code).toBe('77310000');
    expect(items.every((c) => c.code.startsWith('773'))).toBe(true);
  });

  it('puts the exact code first', async () => {
    expect((await cpv('90910000'))[0]!.code).toBe('90910000');
    expect((await cpv('90910000-9'))[0]!.code).toBe('90910000');
  });

  it('reads English labels for English words', async () => {
    const items = await cpv('cleaning', 'en');
    expect(items[0]!.label).toMatch(/cleaning/i);
  });
});
