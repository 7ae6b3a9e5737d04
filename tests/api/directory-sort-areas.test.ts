import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { foldGreek } from '../../api/domain/greek-text.ts';

/**
 * Issue 16: the public search (the widget's and /enterprises') lists in the order the visitor
 * chooses (relevance, name, recently verified) and says how many enterprises serve each area.
 */
let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp({ demoData: true });
});

afterAll(async () => {
  await ctx.close();
});

interface Area {
  id: string;
  name: string;
  kind: string;
  count: number;
}
interface Body {
  items: Array<{ slug: string; name: string; verifiedAt: string | null }>;
  total: number;
  facets: { areas: Area[] };
}

async function search(query: string): Promise<Body> {
  const response = await ctx.app.inject({ url: `/api/v1/enterprises?pageSize=100&${query}` });
  expect(response.statusCode, query).toBe(200);
  return response.json<Body>();
}

const sortKey = (name: string) =>
  foldGreek(name)
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .trim();

describe('sort', () => {
  it('lists by name when asked, with the same enterprises as by relevance', async () => {
    for (const q of ['', 'q=καθαρισμός', 'q=kipos']) {
      const byRelevance = await search(q);
      const byName = await search(`${q}&sort=name`);
      expect(byName.total, q).toBe(byRelevance.total);
      expect(new Set(byName.items.map((i) => i.slug)), q).toEqual(new Set(byRelevance.items.map((i) => i.slug)));
      const keys = byName.items.map((i) => sortKey(i.name));
      expect(keys, q).toEqual([...keys].sort());
    }
    // Relevance with words is not alphabetical: the best match leads.
    const relevance = (await search('q=καθαρισμός')).items.map((i) => sortKey(i.name));
    expect(relevance).not.toEqual([...relevance].sort());
  });

  it('lists the most recently verified first, never verified last', async () => {
    for (const q of ['', 'q=καθαρισμός']) {
      const { items } = await search(`${q}&sort=verified`);
      const times = items.map((i) => (i.verifiedAt ? Date.parse(i.verifiedAt) : -Infinity));
      expect(times.length).toBeGreaterThan(3);
      expect(times, q).toEqual([...times].sort((a, b) => b - a));
    }
  });

  it('pages through the chosen order without repeating or losing anyone', async () => {
    const all = (await search('sort=verified')).items.map((i) => i.slug);
    const pages: string[] = [];
    for (let page = 1; page <= Math.ceil(all.length / 7); page++) {
      const body = (
        await ctx.app.inject({ url: `/api/v1/enterprises?sort=verified&pageSize=7&page=${page}` })
      ).json<Body>();
      pages.push(...body.items.map((i) => i.slug));
    }
    expect(pages).toEqual(all);
  });

  it('refuses an unknown order with a problem naming the parameter', async () => {
    const response = await ctx.app.inject({ url: '/api/v1/enterprises?sort=price' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(response.json())).toContain('sort');
  });
});

describe('area facet', () => {
  it('counts per area what choosing the area would list, also with words and other filters', async () => {
    for (const q of ['', 'q=καθαρισμός', 'category=green-spaces']) {
      const { facets, total } = await search(q);
      expect(facets.areas.length, q).toBeGreaterThan(0);
      // The country holds every enterprise that serves anywhere.
      const country = facets.areas.find((a) => a.kind === 'country');
      if (country) expect(country.count).toBeLessThanOrEqual(total);
      for (const area of facets.areas.filter((a) => a.kind !== 'country').slice(0, 6)) {
        const chosen = await search(`${q}&area=${area.id}`);
        expect(chosen.total, `${q} ${area.id}`).toBe(area.count);
      }
    }
  });

  it('ignores its own filter (other areas stay on offer) and names areas in the language asked', async () => {
    const all = await search('');
    const municipality = all.facets.areas.find((a) => a.kind === 'municipality')!;
    const narrowed = await search(`area=${municipality.id}`);
    expect(narrowed.facets.areas.map((a) => a.id)).toEqual(all.facets.areas.map((a) => a.id));
    const english = await search('lang=en');
    expect(english.facets.areas.find((a) => a.id === municipality.id)!.name).not.toBe(municipality.name);
    expect(english.facets.areas.find((a) => a.id === municipality.id)!.name).toMatch(/^[A-Za-z]/);
  });

  it('orders areas from the widest: country, regions, regional units, municipalities', async () => {
    const rank = { country: 0, region: 1, regional_unit: 2, municipality: 3 } as Record<string, number>;
    const kinds = (await search('')).facets.areas.map((a) => rank[a.kind]!);
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
  });
});
