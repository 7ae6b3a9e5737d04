import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { insertEnterprise } from '../helpers/fixtures.ts';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp({ demoData: false });
  const h = ctx.handle;
  await insertEnterprise(h, {
    slug: 'katharotita-astrapi',
    legal_name: 'Κοινωνική Συνεταιριστική Επιχείρηση «Αστραπή»',
    trade_name: 'Αστραπή Καθαρισμοί',
    legal_form: 'koinsep_integration_vulnerable',
    description_el:
      'Καθαρισμός σχολείων και δημοτικών κτιρίων με οικολογικά υλικά. Απασχολούμε άτομα από ευπαθείς ομάδες.',
    description_en: 'Cleaning of schools and municipal buildings with ecological products.',
    municipality_id: 'mun-chalandri',
    email: 'info@astrapi.example',
    email_public: 1,
    phone: '2100000001',
    phone_public: 0,
    services: [
      {
        titleEl: 'Καθαρισμός σχολικών κτιρίων',
        titleEn: 'School cleaning',
        cpv: ['90919300'],
        categories: ['cleaning'],
        areas: ['mun-chalandri'],
      },
    ],
    documents: [{ kind: 'tax_clearance', issuedOn: '2026-10-01', validUntil: '2026-12-31' }],
  });
  await insertEnterprise(h, {
    slug: 'prasini-gonia',
    legal_name: 'ΚοινΣΕπ «Πράσινη Γωνιά»',
    legal_form: 'koinsep_collective_benefit',
    description_el: 'Κηπουρική, συντήρηση πρασίνου και φύτευση σε όλη την Αττική.',
    municipality_id: 'mun-marousi',
    services: [
      { titleEl: 'Συντήρηση χώρων πρασίνου', cpv: ['77314000'], categories: ['green-spaces'], areas: ['EL30'] },
    ],
  });
  await insertEnterprise(h, {
    slug: 'geuseis-geitonias',
    legal_name: 'Γεύσεις της Γειτονιάς ΚοινΣΕπ',
    legal_form: 'koispe',
    description_el: 'Σίτιση μαθητών και παρασκευή γευμάτων. Καθαρισμός κουζινών μετά από εκδηλώσεις.',
    municipality_id: 'mun-chalandri',
    services: [
      {
        titleEl: 'Σχολική σίτιση',
        titleEn: 'School catering',
        cpv: ['55524000'],
        categories: ['catering'],
        areas: ['EL'],
      },
    ],
  });
  await insertEnterprise(h, {
    slug: 'krymmeni',
    legal_name: 'Κρυμμένη Καθαριότητα',
    status: 'hidden',
    description_el: 'Καθαρισμός γραφείων.',
    services: [{ titleEl: 'Καθαρισμός γραφείων', cpv: ['90919200'], categories: ['cleaning'], areas: ['EL30'] }],
  });
  await insertEnterprise(h, {
    slug: 'proxeiri',
    legal_name: 'Πρόχειρη Καθαριότητα',
    status: 'draft',
    description_el: 'Καθαρισμός κτιρίων.',
    services: [{ titleEl: 'Καθαρισμός κτιρίων', cpv: ['90911200'], categories: ['cleaning'], areas: ['EL30'] }],
  });
});

afterAll(async () => {
  await ctx.close();
});

async function list(query: string) {
  const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/enterprises?${query}` });
  return { response, body: response.json() };
}
const slugs = (body: { items: Array<{ slug: string }> }) => body.items.map((i) => i.slug).sort();

describe('GET /api/v1/enterprises', () => {
  it('lists only published enterprises, alphabetically, with total and facets', async () => {
    const { response, body } = await list('');
    expect(response.statusCode).toBe(200);
    expect(body.total).toBe(3);
    expect(body.items.map((i: { slug: string }) => i.slug)).toEqual([
      'katharotita-astrapi',
      'geuseis-geitonias',
      'prasini-gonia',
    ]);
    expect(body.page).toBe(1);
    expect(body.pageSize).toBe(20);
    expect(body.facets.legalForms).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'koispe', count: 1 })]),
    );
    const item = body.items[0];
    expect(item).toMatchObject({
      slug: 'katharotita-astrapi',
      name: 'Αστραπή Καθαρισμοί',
      legalForm: { id: 'koinsep_integration_vulnerable', name: 'ΚοινΣΕπ Ένταξης Ευάλωτων Ομάδων' },
      municipality: { id: 'mun-chalandri' },
      categories: [{ id: 'cleaning' }],
      summary: 'Καθαρισμός σχολείων και δημοτικών κτιρίων με οικολογικά υλικά.',
    });
    expect(item.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each(['καθαρισμός', 'ΚΑΘΑΡΙΣΜΟΣ', 'καθαρισμοσ', 'katharismos', 'Katharismos', 'ka8arismos'])(
    'finds the same enterprises for %s',
    async (q) => {
      const { body } = await list(`q=${encodeURIComponent(q)}`);
      expect(slugs(body)).toEqual(['geuseis-geitonias', 'katharotita-astrapi']);
    },
  );

  it('ranks a name match above a description-only match', async () => {
    const { body } = await list(`q=${encodeURIComponent('καθαρισμοί')}`);
    expect(body.items[0].slug).toBe('katharotita-astrapi');
  });

  it('matches the last word as a prefix while typing', async () => {
    const { body } = await list(`q=${encodeURIComponent('κηπουρ')}`);
    expect(slugs(body)).toEqual(['prasini-gonia']);
  });

  it('searches English texts and CPV labels', async () => {
    expect(slugs((await list('q=school%20catering')).body)).toEqual(['geuseis-geitonias']);
    expect(slugs((await list('q=90919300')).body)).toEqual(['katharotita-astrapi']);
  });

  it.each([
    '"',
    '*',
    '(',
    ':',
    'NEAR',
    'AND',
    '-',
    'name:x',
    'κοινωνική-επιχείρηση',
    'web design:',
    'Α.Μ.Κ.Ε.',
    '"unterminated',
    '((((',
    '^*:-',
  ])('treats FTS syntax %j as plain text, never a 5xx', async (q) => {
    const { response } = await list(`q=${encodeURIComponent(q)}`);
    expect(response.statusCode).toBe(200);
  });

  it('filters by category and counts categories ignoring the category filter', async () => {
    const { body } = await list('category=cleaning');
    expect(slugs(body)).toEqual(['katharotita-astrapi']);
    const facet = Object.fromEntries(body.facets.categories.map((c: { id: string; count: number }) => [c.id, c.count]));
    expect(facet).toEqual({ cleaning: 1, catering: 1, 'green-spaces': 1 });
  });

  it('filters by CPV hierarchically: a class or division finds the services under it', async () => {
    expect(slugs((await list('cpv=90910000-9')).body)).toEqual(['katharotita-astrapi']);
    expect(slugs((await list('cpv=90000000')).body)).toEqual(['katharotita-astrapi']);
    expect(slugs((await list('cpv=77310000-6')).body)).toEqual(['prasini-gonia']);
    expect(slugs((await list('cpv=55000000-0')).body)).toEqual(['geuseis-geitonias']);
  });

  it('filters by area: serving the region or the country covers a municipality in it', async () => {
    expect(slugs((await list('area=mun-chalandri')).body)).toEqual([
      'geuseis-geitonias',
      'katharotita-astrapi',
      'prasini-gonia',
    ]);
    expect(slugs((await list('area=EL411')).body)).toEqual(['geuseis-geitonias']);
    expect(slugs((await list('area=EL30')).body)).toEqual([
      'geuseis-geitonias',
      'katharotita-astrapi',
      'prasini-gonia',
    ]);
  });

  it('filters by legal form and combines filters with text', async () => {
    expect(slugs((await list('legalForm=koispe')).body)).toEqual(['geuseis-geitonias']);
    expect(slugs((await list('q=katharismos&legalForm=koispe')).body)).toEqual(['geuseis-geitonias']);
    expect((await list('q=katharismos&category=green-spaces')).body.total).toBe(0);
  });

  it('paginates', async () => {
    const first = (await list('pageSize=2&page=1')).body;
    const second = (await list('pageSize=2&page=2')).body;
    const beyond = (await list('pageSize=2&page=3')).body;
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(1);
    expect(beyond.items).toHaveLength(0);
    expect(beyond.total).toBe(3);
    expect(new Set([...first.items, ...second.items].map((i: { slug: string }) => i.slug)).size).toBe(3);
  });

  it('speaks English with lang=en', async () => {
    const { body } = await list('lang=en&legalForm=koispe');
    expect(body.items[0].legalForm.name).toMatch(/social cooperative/i);
    expect(body.items[0].categories[0].name).toMatch(/catering/i);
  });

  it.each([
    ['pageSize=0', 'pageSize'],
    ['pageSize=10000', 'pageSize'],
    ['page=abc', 'page'],
    ['page=0', 'page'],
    ['page=1e309', 'page'],
    ['pageSize=-1e309', 'pageSize'],
    ['legalForm=nope', 'legalForm'],
    ['q=' + 'α'.repeat(2048), 'q'],
    ['cpv=1234', 'cpv'],
    ['area=atlantis', 'area'],
    ['lang=fr', 'lang'],
  ])('rejects %#: %s → 400 problem naming the field', async (query, field) => {
    const { response, body } = await list(query);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(body.status).toBe(400);
    expect(JSON.stringify(body.invalidParams ?? body.detail)).toContain(field);
  });

  it('is public and cacheable: CORS *, strong ETag, 304 on revalidation', async () => {
    const first = await ctx.app.inject({ method: 'GET', url: '/api/v1/enterprises?q=katharismos' });
    expect(first.headers['access-control-allow-origin']).toBe('*');
    expect(first.headers['cache-control']).toMatch(/public/);
    expect(first.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/enterprises?q=katharismos',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
  });

  it('sends the answer compressed to clients that accept it, the same JSON once decoded, with its own ETag', async () => {
    const url = '/api/v1/enterprises?q=katharismos';
    const plain = await ctx.app.inject({ method: 'GET', url });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);

    const browser = await ctx.app.inject({
      method: 'GET',
      url,
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect(browser.headers['content-encoding']).toBe('br');
    expect(browser.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(JSON.parse(brotliDecompressSync(browser.rawPayload).toString('utf8'))).toEqual(plain.json());
    expect(browser.headers.etag).not.toBe(plain.headers.etag);

    const gzipOnly = await ctx.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br;q=0, gzip' } });
    expect(gzipOnly.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzipOnly.rawPayload).toString('utf8'))).toEqual(plain.json());

    const identity = await ctx.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.json()).toEqual(plain.json());

    const revalidated = await ctx.app.inject({
      method: 'GET',
      url,
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd', 'if-none-match': browser.headers.etag as string },
    });
    expect(revalidated.statusCode).toBe(304);
  });
});

describe('repeated searches', () => {
  it('serve a change as soon as it is indexed, never a stale cached answer', async () => {
    const before = (await list('q=gonia')).body;
    expect(before.items.map((i: { name: string }) => i.name)).toEqual(['ΚοινΣΕπ «Πράσινη Γωνιά»']);
    await ctx.handle.db
      .updateTable('enterprises')
      .set({ trade_name: 'Πράσινη Γωνιά Κηπουροί' })
      .where('slug', '=', 'prasini-gonia')
      .execute();
    const id = (
      await ctx.handle.db
        .selectFrom('enterprises')
        .select('id')
        .where('slug', '=', 'prasini-gonia')
        .executeTakeFirstOrThrow()
    ).id;
    ctx.app.registry.indexer.indexEnterprise(id);
    const after = (await list('q=gonia')).body;
    expect(after.items.map((i: { name: string }) => i.name)).toEqual(['Πράσινη Γωνιά Κηπουροί']);
    await ctx.handle.db
      .updateTable('enterprises')
      .set({ trade_name: null })
      .where('slug', '=', 'prasini-gonia')
      .execute();
    ctx.app.registry.indexer.indexEnterprise(id);
  });

  it('keep the alphabetical listing right after a rename', async () => {
    const order = async () => (await list('')).body.items.map((i: { slug: string }) => i.slug);
    expect(await order()).toEqual(['katharotita-astrapi', 'geuseis-geitonias', 'prasini-gonia']);
    const id = (
      await ctx.handle.db
        .selectFrom('enterprises')
        .select('id')
        .where('slug', '=', 'prasini-gonia')
        .executeTakeFirstOrThrow()
    ).id;
    await ctx.handle.db.updateTable('enterprises').set({ trade_name: 'Άλφα Κήποι' }).where('id', '=', id).execute();
    ctx.app.registry.indexer.indexEnterprise(id);
    expect(await order()).toEqual(['prasini-gonia', 'katharotita-astrapi', 'geuseis-geitonias']);
    await ctx.handle.db.updateTable('enterprises').set({ trade_name: null }).where('id', '=', id).execute();
    ctx.app.registry.indexer.indexEnterprise(id);
    expect(await order()).toEqual(['katharotita-astrapi', 'geuseis-geitonias', 'prasini-gonia']);
  });
});

describe('GET /api/v1/enterprises/{slug}', () => {
  it('returns the public profile with services and only the public contact fields', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/enterprises/katharotita-astrapi' });
    expect(response.statusCode).toBe(200);
    const profile = response.json();
    expect(profile).toMatchObject({
      slug: 'katharotita-astrapi',
      legalForm: { id: 'koinsep_integration_vulnerable' },
      contact: { email: 'info@astrapi.example' },
      services: [
        {
          title: 'Καθαρισμός σχολικών κτιρίων',
          cpv: [{ code: '90919300', formatted: '90919300-5' }],
          areas: [{ id: 'mun-chalandri', kind: 'municipality' }],
        },
      ],
    });
    expect(profile.contact.phone).toBeUndefined();
    const text = response.body;
    expect(text).not.toContain('2100000001');
    expect(text).not.toContain('tax_clearance');
    expect(text).not.toContain('valid_until');
  });

  it('answers 404 problem+json for unknown, hidden and draft enterprises', async () => {
    for (const slug of ['no-such-enterprise', 'krymmeni', 'proxeiri']) {
      const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/enterprises/${slug}` });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ status: 404, code: 'not_found' });
    }
  });

  it('rejects a malformed slug with 400', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/enterprises/%22%3Cscript%3E' });
    expect(response.statusCode).toBe(400);
  });
});

describe('reference lists', () => {
  it('lists categories with the count of published enterprises offering them', async () => {
    const body = (await ctx.app.inject({ method: 'GET', url: '/api/v1/categories' })).json();
    const cleaning = body.items.find((c: { id: string }) => c.id === 'cleaning');
    expect(cleaning).toMatchObject({ enterpriseCount: 1 });
    expect(cleaning.name).toMatch(/αθαρ/);
    expect(cleaning.cpvPrefixes.length).toBeGreaterThan(0);
  });

  it('lists areas from the country down to municipalities', async () => {
    const body = (await ctx.app.inject({ method: 'GET', url: '/api/v1/areas?lang=en' })).json();
    expect(body.items[0]).toMatchObject({ id: 'EL', kind: 'country' });
    const chalandri = body.items.find((a: { id: string }) => a.id === 'mun-chalandri');
    expect(chalandri).toMatchObject({ kind: 'municipality', name: 'Chalandri' });
    expect(body.items.some((a: { kind: string }) => a.kind === 'regional_unit')).toBe(true);
  });

  it('autocompletes CPV by code prefix and by label words in either language, accents ignored', async () => {
    const byCode = (await ctx.app.inject({ method: 'GET', url: '/api/v1/cpv?q=9091' })).json();
    expect(byCode.items.map((c: { code: string }) => c.code)).toContain('90910000');
    expect(byCode.items.every((c: { code: string }) => c.code.startsWith('9091'))).toBe(true);
    const byLabel = (
      await ctx.app.inject({ method: 'GET', url: `/api/v1/cpv?q=${encodeURIComponent('καθαρισμου')}` })
    ).json();
    expect(byLabel.items.some((c: { code: string }) => c.code.startsWith('909'))).toBe(true);
    const english = (await ctx.app.inject({ method: 'GET', url: '/api/v1/cpv?q=cleaning&lang=en' })).json();
    expect(english.items[0].label).toMatch(/cleaning/i);
  });

  it('rejects an empty CPV query', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/cpv?q=' });
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams[0].name).toBe('q');
  });
});

describe('documentation and health', () => {
  it('serves an OpenAPI 3.1 document describing the public routes', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/enterprises', '/api/v1/enterprises/{slug}', '/api/v1/cpv']),
    );
    expect(doc.components.schemas.Problem).toBeDefined();
  });

  it('serves /docs and /healthz', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/docs' })).statusCode).toBeLessThan(400);
    expect((await ctx.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
  });

  it('answers unknown paths with a 404 problem', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
