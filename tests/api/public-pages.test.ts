import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { approveLogo, insertHsdsDirectory } from '../helpers/hsds-fixtures.ts';

let ctx: TestContext;
let ids: Awaited<ReturnType<typeof insertHsdsDirectory>>;

beforeAll(async () => {
  ctx = await createTestApp({ demoData: false });
  ids = await insertHsdsDirectory(ctx.handle);
});
afterAll(async () => ctx?.close());

const page = (url: string) => ctx.app.inject({ method: 'GET', url });

function jsonLd(body: string): Record<string, any> {
  const match = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(body);
  expect(match, 'JSON-LD script').not.toBeNull();
  return JSON.parse(match![1]!);
}

describe('public enterprise pages', () => {
  it('renders a Greek page with the profile, its services and contact data marked public', async () => {
    const response = await page('/enterprises/astrapi');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    const body = response.body;
    expect(body).toContain('<html lang="el">');
    expect(body).toContain('<h1>Αστραπή Καθαρισμοί</h1>');
    expect(body).toContain('Καθαρισμός σχολικών κτιρίων');
    expect(body).toContain('90919300-5');
    expect(body).toContain('info@astrapi.example');
    expect(body).toContain('Επαληθευμένο από τον Δήμο');
    expect(body).not.toContain('Παλιά υπηρεσία εκδηλώσεων');
    expect(body).not.toMatch(/<script(?! type="application\/ld\+json")/);
  });

  it('has canonical, hreflang alternates and Open Graph tags', async () => {
    const origin = ctx.config.publicOrigin;
    const el = (await page('/enterprises/astrapi')).body;
    expect(el).toContain(`<link rel="canonical" href="${origin}/enterprises/astrapi">`);
    expect(el).toContain(`<link rel="alternate" hreflang="en" href="${origin}/enterprises/astrapi?lang=en">`);
    expect(el).toContain('<meta property="og:title" content="Αστραπή Καθαρισμοί">');
    expect(el).toContain('<meta property="og:locale" content="el_GR">');
    const en = (await page('/enterprises/astrapi?lang=en')).body;
    expect(en).toContain('<html lang="en">');
    expect(en).toContain(`<link rel="canonical" href="${origin}/enterprises/astrapi?lang=en">`);
    expect(en).toContain('School cleaning');
    expect(en).toContain('Verified by the municipality');
  });

  it('describes the enterprise as a schema.org Organization offering its services', async () => {
    const ld = jsonLd((await page('/enterprises/astrapi')).body);
    expect(ld['@type']).toBe('Organization');
    expect(ld.taxID).toBe('094259216');
    expect(ld.address).toMatchObject({ '@type': 'PostalAddress', postalCode: '15231', addressCountry: 'GR' });
    const offered = ld.makesOffer.map((o: any) => [o['@type'], o.itemOffered['@type'], o.itemOffered.name]);
    expect(offered).toContainEqual(['Offer', 'Service', 'Καθαρισμός σχολικών κτιρίων']);
    expect(offered).toHaveLength(2);
  });

  it('keeps private contact data and addresses off the page', async () => {
    const body = (await page('/enterprises/prasini-gonia')).body;
    expect(body).not.toContain('private@prasini.example');
    expect(body).not.toContain('Ιδιωτική 5');
    expect(jsonLd(body).address).toBeUndefined();
  });

  it('answers 404 with a page, not indexed, for hidden, draft, unknown or malformed slugs', async () => {
    for (const slug of ['krymmeni', 'proxeiri', 'no-such', 'BAD%20slug']) {
      const response = await page(`/enterprises/${slug}`);
      expect(response.statusCode, slug).toBe(404);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.headers['x-robots-tag']).toBe('noindex');
    }
  });

  it('escapes what enterprises typed', async () => {
    ctx.handle.sqlite
      .prepare(`update enterprises set description_el = ? where slug = 'prasini-gonia'`)
      .run('<img src=x onerror=alert(1)> & </script>');
    const body = (await page('/enterprises/prasini-gonia')).body;
    expect(body).not.toContain('<img src=x');
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // Inside JSON-LD, "</script>" must not close the script element.
    expect(body.match(/<\/script>/g)).toHaveLength(1);
  });

  it('lists published enterprises with links to their pages', async () => {
    const body = (await page('/enterprises')).body;
    expect(body).toContain('href="/enterprises/astrapi"');
    expect(body).toContain('href="/enterprises/prasini-gonia"');
    expect(body).not.toContain('krymmeni');
    expect((await page('/enterprises?lang=en')).body).toContain('href="/enterprises/astrapi?lang=en"');
  });

  it('lists every published enterprise page in both languages in the sitemap', async () => {
    const response = await page('/sitemap.xml');
    expect(response.headers['content-type']).toContain('application/xml');
    const origin = ctx.config.publicOrigin;
    const locs = [...response.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual(
      expect.arrayContaining([
        `${origin}/enterprises/astrapi`,
        `${origin}/enterprises/astrapi?lang=en`,
        `${origin}/enterprises/prasini-gonia`,
        `${origin}/enterprises/prasini-gonia?lang=en`,
      ]),
    );
    expect(response.body).not.toContain('krymmeni');
    expect(response.body).not.toContain('proxeiri');
    expect(response.body).toContain('hreflang="en"');
  });

  it('matches the publicUrl the JSON API hands out', async () => {
    const profile = (await page('/api/v1/enterprises/astrapi')).json();
    const path = new URL(profile.publicUrl).pathname;
    expect((await page(path)).statusCode).toBe(200);
  });

  it('shares the approved logo as og:image, and no image without one', async () => {
    expect((await page('/enterprises/astrapi')).body).not.toContain('og:image');
    approveLogo(ctx.handle, ids.astrapi);
    const logoUrl = (await page('/api/v1/enterprises/astrapi')).json().logoUrl as string;
    expect(logoUrl).toMatch(/^https?:\/\//);
    expect((await page('/enterprises/astrapi')).body).toContain(`<meta property="og:image" content="${logoUrl}">`);
    const en = (await page('/enterprises/astrapi?lang=en')).body;
    expect(en).toContain(`<meta property="og:image" content="${logoUrl}">`);
    expect(en).toContain('<meta property="og:image:alt" content="Logo: Αστραπή Καθαρισμοί">');
    const withoutLogo = await page('/enterprises/prasini-gonia');
    expect(withoutLogo.statusCode).toBe(200);
    expect(withoutLogo.body).not.toContain('og:image');
  });
});
