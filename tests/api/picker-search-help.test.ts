import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';

/**
 * Issue 12 in the staff pickers' answers, on the demo data: the staff register
 * (GET /api/v1/staff/enterprises) and the CPV look-up (GET /api/v1/cpv) carry what the public
 * search offers beyond results — "did you mean" (`suggestions`) and the categories the words
 * name (`matchedCategories`) — beside their lists, which keep their shape.
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

interface Help {
  suggestions: Array<{ q: string; total: number }>;
  matchedCategories: Array<{ id: string; name: string; count?: number }>;
}

async function staffList(query: string) {
  const response = await ctx.app.inject({ url: `/api/v1/staff/enterprises?${query}`, headers: staff.headers });
  expect(response.statusCode).toBe(200);
  return response.json<Help & { items: Array<{ slug: string; name: string }> }>();
}

async function cpv(q: string, lang = 'el') {
  const response = await ctx.app.inject({ url: `/api/v1/cpv?limit=8&lang=${lang}&q=${encodeURIComponent(q)}` });
  expect(response.statusCode).toBe(200);
  return response.json<Help & { items: Array<{ code: string; label: string }> }>();
}

describe('GET /api/v1/staff/enterprises: did you mean, and the category the words name', () => {
  it('offers the word the texts use for a misspelt one that finds nothing, with what it finds', async () => {
    const answer = await staffList(`q=${encodeURIComponent('κηπουρκή')}`);
    expect(answer.items).toEqual([]);
    expect(answer.suggestions[0]).toEqual({ q: 'κηπουρική', total: expect.any(Number) as number });
    const found = await staffList(`q=${encodeURIComponent('κηπουρική')}`);
    expect(found.items.length).toBe(answer.suggestions[0]!.total);
  });

  it('names the category of a category word, in the language asked, counted as ?category= lists it', async () => {
    for (const [lang, name] of [
      ['el', 'Πράσινο και κηπουρική'],
      ['en', 'Green spaces and gardening'],
    ]) {
      const answer = await staffList(`q=${encodeURIComponent('κήπος')}&lang=${lang}`);
      const inCategory = await staffList('category=green-spaces');
      expect(answer.matchedCategories[0]).toEqual({ id: 'green-spaces', name, count: inCategory.items.length });
    }
  });

  it('offers nothing without words, and nothing for words it knows', async () => {
    expect(await staffList('status=draft')).toMatchObject({ suggestions: [], matchedCategories: [] });
    expect((await staffList(`q=${encodeURIComponent('Λάμψη')}`)).suggestions).toEqual([]);
  });
});

describe('GET /api/v1/cpv: did you mean from the labels, and the category the words name', () => {
  it('offers the label word for a misspelt one; the suggestion lists cleaning services first', async () => {
    const nothing = await cpv('καθαρισμςο');
    expect(nothing.items).toEqual([]);
    expect(nothing.suggestions.map((s) => s.q)).toContain('καθαρισμός');
    // Same key, other spelling: the look-up found the codes already; the answer writes the word right.
    expect((await cpv('καθαρισμως')).suggestions).toEqual([{ q: 'καθαρισμός', total: expect.any(Number) as number }]);
    const cleaning = await cpv('καθαρισμός');
    expect(cleaning.items[0]!.code.startsWith('90')).toBe(true);
    expect(cleaning.suggestions).toEqual([]);
  });

  it('offers English label words to English typing', async () => {
    const answer = await cpv('cleening', 'en');
    expect(answer.items).toEqual([]);
    expect(answer.suggestions[0]!.q).toBe('cleaning');
  });

  it('names the category a word speaks of, in the language asked; a code prefix offers nothing', async () => {
    expect((await cpv('κήπος')).matchedCategories).toEqual([{ id: 'green-spaces', name: 'Πράσινο και κηπουρική' }]);
    expect((await cpv('κήπος', 'en')).matchedCategories).toEqual([
      { id: 'green-spaces', name: 'Green spaces and gardening' },
    ]);
    expect(await cpv('9091')).toMatchObject({ suggestions: [], matchedCategories: [] });
  });
});
