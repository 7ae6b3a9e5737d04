import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';

/**
 * Issue 16: /enterprises filters by the area served, like its other filters: a plain select in
 * the form (no script), each area with the count choosing it gives, and a canonical URL per choice.
 */
let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const page = (url: string) => ctx.app.inject({ method: 'GET', url });
const canonical = (body: string) => /<link rel="canonical" href="([^"]+)">/.exec(body)?.[1]?.replaceAll('&amp;', '&');
const areaOptions = (body: string) => {
  const select = /<select id="area" name="area">([\s\S]*?)<\/select>/.exec(body)?.[1] ?? '';
  return [...select.matchAll(/<option value="([^"]+)"( selected)?>([^<]*) \((\d+)\)<\/option>/g)].map((m) => ({
    id: m[1]!,
    selected: Boolean(m[2]),
    name: m[3]!,
    count: Number(m[4]),
  }));
};
const total = (body: string) => Number(/<p role="status"><strong>(\d+)/.exec(body)?.[1]);

describe('/enterprises area filter', () => {
  it('offers the areas in groups with counts, and choosing one lists that many, with no script of its own', async () => {
    const body = (await page('/enterprises')).body;
    expect(body).toContain('<label for="area">Περιοχή εξυπηρέτησης</label>');
    expect(body).toMatch(/<optgroup label="Δήμοι">/);
    const options = areaOptions(body);
    expect(options.length).toBeGreaterThan(3);
    const municipality = options.find((o) => o.id.startsWith('mun-'))!;
    const chosen = await page(`/enterprises?area=${municipality.id}`);
    expect(chosen.statusCode).toBe(200);
    expect(total(chosen.body)).toBe(municipality.count);
    expect(areaOptions(chosen.body).find((o) => o.id === municipality.id)?.selected).toBe(true);
    // The choice travels with a new search, and "clear filters" is offered.
    expect(chosen.body).toContain(`<input type="hidden" name="area" value="${municipality.id}">`);
    expect(chosen.body).toContain('Καθαρισμός φίλτρων');
    // The only scripts: structured data, and the map drawn over its own list (progressive enhancement).
    const scripts = chosen.body.match(/<script[^>]*>/g) ?? [];
    expect(scripts.filter((tag) => !/type="application\/(ld\+)?json"|src="\/assets\/map\//.test(tag))).toEqual([]);
    expect(chosen.body).not.toMatch(/\son[a-z]+="/);
  });

  it('combines with words and other filters, with one canonical URL per query, in each language', async () => {
    const q = encodeURIComponent('καθαρισμός');
    const body = (await page(`/enterprises?legalForm=koinsep_collective_benefit&area=EL30&q=${q}&lang=en`)).body;
    expect(canonical(body)).toBe(
      `${ctx.config.publicOrigin}/enterprises?q=${q}&area=EL30&legalForm=koinsep_collective_benefit&lang=en`,
    );
    expect(body).toMatch(/<optgroup label="Municipalities">/);
    const api = (
      await ctx.app.inject({
        url: `/api/v1/enterprises?q=${q}&area=EL30&legalForm=koinsep_collective_benefit&pageSize=1`,
      })
    ).json<{ total: number }>();
    expect(total(body)).toBe(api.total);
  });

  it('refuses an area id that is not one', async () => {
    expect((await page('/enterprises?area=%3Cscript%3E')).statusCode).toBe(400);
    expect((await page('/enterprises?area=nowhere')).statusCode).toBe(400);
  });
});
