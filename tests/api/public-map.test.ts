import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { insertEnterprise } from '../helpers/fixtures.ts';

/** The public map's data (issue 16): only public addresses, the search's filters, the tile settings. */

let ctx: TestContext;

const cleaning = { titleEl: 'Καθαρισμός κτιρίων', cpv: ['90911200'], categories: ['cleaning'], areas: ['EL30'] };
const catering = { titleEl: 'Σχολική σίτιση', cpv: ['55524000'], categories: ['catering'], areas: ['EL30'] };

beforeAll(async () => {
  ctx = await createTestApp({
    demoData: false,
    config: {
      map: { tileUrl: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png', attribution: '© Δοκιμαστικοί χάρτες' },
    },
  });
  const h = ctx.handle;
  await insertEnterprise(h, {
    slug: 'dimosia-dieuthynsi',
    legal_name: 'Δημόσια Διεύθυνση ΚοινΣΕπ',
    trade_name: 'Φανερή Καθαριότητα',
    municipality_id: 'mun-chalandri',
    street_address: 'Αγίου Γεωργίου 1',
    address_public: 1,
    lat: 38.021,
    lon: 23.799,
    services: [cleaning],
  });
  await insertEnterprise(h, {
    slug: 'krymmeni-dieuthynsi',
    legal_name: 'Κρυφή Διεύθυνση ΚοινΣΕπ',
    municipality_id: 'mun-marousi',
    street_address: 'Οδός Απορρήτου 7',
    address_public: 0,
    lat: 38.05,
    lon: 23.8,
    services: [cleaning],
  });
  await insertEnterprise(h, {
    slug: 'xoris-syntetagmenes',
    legal_name: 'Χωρίς Συντεταγμένες ΚοινΣΕπ',
    address_public: 1,
    services: [catering],
  });
  await insertEnterprise(h, {
    slug: 'proxeiri',
    legal_name: 'Πρόχειρη ΚοινΣΕπ',
    status: 'draft',
    address_public: 1,
    lat: 38.1,
    lon: 23.9,
    services: [cleaning],
  });
  await insertEnterprise(h, {
    slug: 'geuseis',
    legal_name: 'Γεύσεις ΚοινΣΕπ',
    municipality_id: 'mun-marousi',
    address_public: 1,
    lat: 38.056,
    lon: 23.805,
    services: [catering],
  });
});

afterAll(() => ctx.close());

async function map(query = '') {
  const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/map${query}` });
  return { response, body: response.json() };
}

describe('GET /api/v1/map', () => {
  it('lists only published enterprises whose address is public and has coordinates', async () => {
    const { response, body } = await map();
    expect(response.statusCode).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    const slugs = body.items.map((item: { slug: string }) => item.slug).sort();
    expect(slugs).toEqual(['dimosia-dieuthynsi', 'geuseis']);
    // The search found four published enterprises; two are on the map.
    expect(body.total).toBe(4);
    expect(JSON.stringify(body)).not.toContain('38.05,');
    expect(JSON.stringify(body)).not.toContain('Απορρήτου');
    expect(body.items.find((item: { slug: string }) => item.slug === 'dimosia-dieuthynsi')).toEqual({
      slug: 'dimosia-dieuthynsi',
      name: 'Φανερή Καθαριότητα',
      lat: 38.021,
      lon: 23.799,
      municipality: 'Χαλάνδρι',
    });
  });

  it('gives the configured tiles and attribution', async () => {
    const { body } = await map();
    expect(body.tiles).toEqual({
      url: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png',
      attribution: '© Δοκιμαστικοί χάρτες',
    });
  });

  it('gives the tile settings alone, for a map with no enterprise on it (the position picker)', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/map/tiles' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      url: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png',
      attribution: '© Δοκιμαστικοί χάρτες',
    });
  });

  it('follows the search and its filters, in the language asked', async () => {
    const { body } = await map('?category=catering&lang=en');
    expect(body.items).toEqual([
      { slug: 'geuseis', name: 'Γεύσεις ΚοινΣΕπ', lat: 38.056, lon: 23.805, municipality: 'Marousi' },
    ]);
    const words = await map(`?q=${encodeURIComponent('καθαριοτητα')}`);
    expect(words.body.items.map((item: { slug: string }) => item.slug)).toEqual(['dimosia-dieuthynsi']);
  });

  it('names the field of a bad filter', async () => {
    const { response, body } = await map('?area=nowhere-land');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(body)).toContain('area');
  });
});

describe('Content-Security-Policy', () => {
  it('lets pages load images from the configured tile server', async () => {
    for (const url of ['/', '/enterprises', '/admin/']) {
      const response = await ctx.app.inject({ method: 'GET', url });
      expect(response.headers['content-security-policy'], url).toMatch(
        /img-src 'self' data: http:\/\/127\.0\.0\.1:9[;\s]/,
      );
    }
  });
});
