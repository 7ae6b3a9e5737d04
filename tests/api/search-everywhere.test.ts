import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';

/**
 * Issue 12, "one search everywhere": the staff register's `?q` and HSDS `search` read words as
 * the public directory does (accents, Greeklish, other inflections), on the demo data.
 */

let ctx: TestContext;
let staff: SignedIn;

beforeAll(async () => {
  ctx = await createTestApp({ demoData: true });
  staff = await signIn(ctx.app, DEMO_USERS.staff);
});

afterAll(async () => {
  await ctx.close();
});

interface StaffItem {
  slug: string;
  status: string;
}

async function staffList(query: string): Promise<StaffItem[]> {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/staff/enterprises?${query}`,
    headers: staff.headers,
  });
  expect(response.statusCode).toBe(200);
  return response.json<{ items: StaffItem[] }>().items;
}
const staffSearch = async (q: string, extra = '') =>
  (await staffList(`q=${encodeURIComponent(q)}${extra}`)).map((i) => i.slug);
const publicSearch = async (q: string) =>
  (await ctx.app.inject({ url: `/api/v1/enterprises?pageSize=100&q=${encodeURIComponent(q)}` }))
    .json<{ items: Array<{ slug: string }> }>()
    .items.map((i) => i.slug);

describe('the staff register search (GET /api/v1/staff/enterprises?q=)', () => {
  it('finds a draft and a hidden enterprise by another form of a word of their texts, also in Greeklish', async () => {
    // The draft's text says «μικροεπισκευές»; the hidden one's «κυλικεία».
    for (const q of ['μικροεπισκευή', 'ΜΙΚΡΟΕΠΙΣΚΕΥΗ', 'mikroepiskeui'])
      expect(await staffSearch(q), q).toContain('frontida-stin-polykatoikia');
    for (const q of ['κυλικείο', 'kylikeio']) expect(await staffSearch(q), q).toContain('kylikeia-synergasias');
    // The public search reads the words the same way, but never shows them.
    expect(await publicSearch('μικροεπισκευή')).not.toContain('frontida-stin-polykatoikia');
    expect(await publicSearch('κυλικείο')).not.toContain('kylikeia-synergasias');
  });

  it('ranks as the public search does: the published enterprises it finds come in the same order', async () => {
    for (const q of ['κήπος', 'καθαρισμός γραφείων', 'σίτιση']) {
      const published = await publicSearch(q);
      expect(published.length, q).toBeGreaterThan(0);
      const found = await staffSearch(q);
      expect(
        found.filter((slug) => published.includes(slug)),
        q,
      ).toEqual(published);
    }
  });

  it('still finds an enterprise by its ΑΦΜ or slug as typed, first', async () => {
    const all = await staffList('');
    expect(all.length).toBeGreaterThan(10);
    const { afm } = (
      await ctx.app.inject({ url: '/api/v1/staff/enterprises/kylikeia-synergasias', headers: staff.headers })
    ).json<{ profile: { afm: string } }>().profile;
    expect((await staffSearch(afm))[0]).toBe('kylikeia-synergasias');
    // The enterprise pickers show the legal name and ΑΦΜ of each suggestion.
    expect((await staffList(`q=${afm}`))[0]).toMatchObject({
      afm,
      legalName: 'Συνεταιρισμός Εργαζομένων «Κυλικεία Συνεργασίας»',
    });
    expect(await staffSearch(afm.slice(0, 6))).toContain('kylikeia-synergasias');
    expect((await staffSearch('kylikeia-syn'))[0]).toBe('kylikeia-synergasias');
  });

  it('combines the words with the status filter, and finds nothing for words no enterprise uses', async () => {
    const drafts = await staffList(`q=${encodeURIComponent('καθαριότητα')}&status=draft`);
    expect(drafts.map((d) => d.slug)).toContain('frontida-stin-polykatoikia');
    expect(drafts.every((d) => d.status === 'draft')).toBe(true);
    expect(await staffSearch('ξυλοναυπηγείο')).toEqual([]);
  });

  it('shows a whole category (the offer "Show the category «…»"): the public ones and the drafts, alone or with words', async () => {
    const cleaning = await staffList('category=cleaning');
    const publicCleaning = (await ctx.app.inject({ url: '/api/v1/enterprises?category=cleaning&pageSize=100' }))
      .json<{ items: Array<{ slug: string }> }>()
      .items.map((i) => i.slug);
    expect(publicCleaning.length).toBeGreaterThan(2);
    const slugs = cleaning.map((i) => i.slug);
    expect(slugs).toEqual(expect.arrayContaining(publicCleaning));
    // The draft whose only service is building cleaning is one of them; the public never sees it.
    expect(slugs).toContain('frontida-stin-polykatoikia');
    expect(publicCleaning).not.toContain('frontida-stin-polykatoikia');
    // Of the published ones, exactly those the public category lists (no caterer, no gardener).
    expect(cleaning.filter((i) => i.status === 'published').map((i) => i.slug)).toEqual(
      expect.arrayContaining(publicCleaning),
    );
    expect(cleaning.filter((i) => i.status === 'published')).toHaveLength(publicCleaning.length);
    // With words: only the category's enterprises the words find.
    const withWords = await staffSearch('μικροεπισκευή', '&category=cleaning');
    expect(withWords).toEqual(['frontida-stin-polykatoikia']);
    expect(await staffSearch('μικροεπισκευή', '&category=green-spaces')).toEqual([]);
  });

  it('answers 400 naming the field for a category that does not exist', async () => {
    const response = await ctx.app.inject({
      url: '/api/v1/staff/enterprises?category=no-such-category',
      headers: staff.headers,
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(response.json())).toContain('category');
  });
});

describe('HSDS search', () => {
  const names = async (url: string) =>
    (await ctx.app.inject({ url })).json<{ contents: Array<{ name: string }> }>().contents.map((c) => c.name);

  it('finds a service by another inflection of the words of its title', async () => {
    // The title says «πεζοδρόμων» and «πλατειών»: the nominative forms find it too, and only services that say so.
    for (const search of ['πεζόδρομος πλατεία', 'pezodromos plateia']) {
      const found = await names(`/hsds/services?search=${encodeURIComponent(search)}`);
      expect(found, search).toContain('Καθαρισμός πεζοδρόμων και πλατειών');
      expect(
        found.every((name) => /πεζοδρ/i.test(name)),
        search,
      ).toBe(true);
    }
  });

  it('finds taxonomy terms by another inflection of their labels', async () => {
    const terms = await names(`/hsds/taxonomy_terms?search=${encodeURIComponent('καθαρισμός')}&per_page=50`);
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.some((name) => /καθαρισμ/i.test(name))).toBe(true);
  });
});
