import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';

/**
 * The residents' side (issue 16): the home page at / and the server-rendered search at
 * /enterprises — the same search and facets as the widget's API, plain HTML forms and links.
 */
let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const page = (url: string) => ctx.app.inject({ method: 'GET', url });
const api = async (url: string) => (await ctx.app.inject({ method: 'GET', url })).json();
const slugsIn = (body: string) => [...body.matchAll(/<h[23]><a href="\/enterprises\/([a-z0-9-]+)/g)].map((m) => m[1]);
const canonical = (body: string) => /<link rel="canonical" href="([^"]+)">/.exec(body)?.[1]?.replaceAll('&amp;', '&');

describe('the home page', () => {
  it('is the residents’ home in Greek: a search box, categories with counts, recently verified enterprises', async () => {
    const response = await page('/');
    expect(response.statusCode).toBe(200);
    const body = response.body;
    expect(body).toContain('<html lang="el">');
    expect(body).toMatch(/<form class="search" role="search" action="\/enterprises" method="get">/);
    expect(body).toContain('<label for="q">Τι χρειάζεστε;</label>');
    const categories = (await api('/api/v1/categories')).items.filter(
      (c: { enterpriseCount: number }) => c.enterpriseCount > 0,
    );
    expect(categories.length).toBeGreaterThan(0);
    for (const c of categories) expect(body).toContain(`href="/enterprises?category=${c.id}"`);
    const first = categories[0];
    expect(body).toContain(`${first.name} <span class="count">${first.enterpriseCount} επιχειρήσ`);
    // Recently verified: newest verification first, as the records say.
    const shown = slugsIn(body.slice(body.indexOf('id="recent-title"')));
    const rows = await ctx.app.db
      .selectFrom('enterprises')
      .select(['slug', 'verified_at'])
      .where('slug', 'in', shown as string[])
      .execute();
    const dates = shown.map((s) => rows.find((r) => r.slug === s)!.verified_at!);
    expect(shown.length).toBeGreaterThan(0);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('puts the API and documentation under "For developers" in the footer, and speaks English on request', async () => {
    const el = (await page('/')).body;
    const footer = el.slice(el.indexOf('<footer'));
    expect(footer).toContain('Για προγραμματιστές');
    expect(footer).toContain('href="/docs"');
    expect(footer).toContain('href="/openapi.json"');
    expect(el.slice(0, el.indexOf('<footer'))).not.toContain('href="/docs"');
    const en = (await page('/?lang=en')).body;
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('What do you need?');
    expect(en).toContain('For developers');
    expect(en).toContain('<input type="hidden" name="lang" value="en">');
    expect(en).not.toMatch(/Αναζήτηση|Κατηγορίες|Πρόσφατα/);
  });

  it('is where a profile’s breadcrumb "Αρχική" leads', async () => {
    const slug = (await api('/api/v1/enterprises?pageSize=1')).items[0].slug;
    const body = (await page(`/enterprises/${slug}`)).body;
    expect(body).toContain('<li><a href="/">Αρχική</a></li>');
  });
});

describe('/enterprises: search, filters, paging', () => {
  it('finds what the API finds, in the same order, for a Greek word in any inflection', async () => {
    const fromApi = (await api(`/api/v1/enterprises?q=${encodeURIComponent('καθαρισμούς')}&pageSize=20`)).items.map(
      (i: { slug: string }) => i.slug,
    );
    expect(fromApi.length).toBeGreaterThan(0);
    const body = (await page(`/enterprises?q=${encodeURIComponent('καθαρισμούς')}`)).body;
    expect(slugsIn(body)).toEqual(fromApi);
    expect(body).toContain('value="καθαρισμούς"');
  });

  it('filters by category and legal form with counts from the search', async () => {
    const all = await api('/api/v1/enterprises?pageSize=20');
    const category = all.facets.categories[0];
    const body = (await page('/enterprises')).body;
    expect(body).toContain(`<option value="${category.id}">${category.name} (${category.count})</option>`);
    const filtered = await page(`/enterprises?category=${category.id}`);
    expect(filtered.body).toContain(`<option value="${category.id}" selected>`);
    expect(filtered.body).toContain(`${category.count} επιχειρήσεις`);
    const expected = (await api(`/api/v1/enterprises?category=${category.id}&pageSize=20`)).items.map(
      (i: { slug: string }) => i.slug,
    );
    expect(slugsIn(filtered.body)).toEqual(expected);
    expect((await page('/enterprises?legalForm=not-a-form')).statusCode).toBe(400);
  });

  it('pages with links that keep the query, and a canonical URL per query and page', async () => {
    const total = (await api('/api/v1/enterprises?pageSize=1')).total as number;
    expect(total).toBeGreaterThan(20);
    const first = (await page('/enterprises')).body;
    expect(canonical(first)).toBe(`${ctx.config.publicOrigin}/enterprises`);
    expect(first).toContain('href="/enterprises?page=2" rel="next"');
    const second = (await page('/enterprises?page=2&lang=en')).body;
    expect(canonical(second)).toBe(`${ctx.config.publicOrigin}/enterprises?page=2&lang=en`);
    expect(second).toContain('href="/enterprises?lang=en" rel="prev"');
    const secondSlugs = slugsIn(second);
    expect(secondSlugs).toEqual(
      (await api('/api/v1/enterprises?page=2&pageSize=20')).items.map((i: { slug: string }) => i.slug),
    );
    const query = (await page(`/enterprises?legalForm=koinsep_collective_benefit&q=${encodeURIComponent('κήπος')}`))
      .body;
    expect(canonical(query)).toBe(
      `${ctx.config.publicOrigin}/enterprises?q=${encodeURIComponent('κήπος')}&legalForm=koinsep_collective_benefit`,
    );
    expect((await page('/enterprises?page=999')).statusCode).toBe(404);
  });

  it('says so when nothing matches, without any script', async () => {
    const body = (await page('/enterprises?q=zzzzqqq')).body;
    expect(body).toContain('Καμία επιχείρηση δεν ταιριάζει');
    expect(body).not.toMatch(/<script(?! type="application\/ld\+json")/);
  });
});
