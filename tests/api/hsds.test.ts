import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { approveLogo, insertHsdsDirectory } from '../helpers/hsds-fixtures.ts';
import { CATEGORY_TAXONOMY_ID, CPV_TAXONOMY_ID, categoryTermId, cpvTermId } from '../../api/domain/hsds-mapping.ts';

let ctx: TestContext;
let ids: Awaited<ReturnType<typeof insertHsdsDirectory>>;

beforeAll(async () => {
  ctx = await createTestApp({ demoData: false });
  ids = await insertHsdsDirectory(ctx.handle);
});
afterAll(async () => ctx?.close());

async function get(url: string) {
  const response = await ctx.app.inject({ method: 'GET', url });
  return { response, body: response.headers['content-type']?.toString().includes('json') ? response.json() : null };
}

const names = (body: { contents: Array<{ name: string }> }) => body.contents.map((c) => c.name).sort();

describe('HSDS API', () => {
  it('describes itself at /hsds', async () => {
    const { response, body } = await get('/hsds');
    expect(response.statusCode).toBe(200);
    expect(body.version).toBe('3.0');
    expect(body.openapi_url).toBe(`${ctx.config.publicOrigin}/openapi.json`);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['cache-control']).toContain('public');
  });

  it('lists only active services of published enterprises', async () => {
    const { body } = await get('/hsds/services');
    expect(names(body)).toEqual(['Απολύμανση χώρων', 'Καθαρισμός σχολικών κτιρίων', 'Συντήρηση χώρων πρασίνου']);
    expect(body.total_items).toBe(3);
  });

  it('paginates with page and per_page', async () => {
    const first = (await get('/hsds/services?per_page=2')).body;
    const second = (await get('/hsds/services?per_page=2&page=2')).body;
    expect(first).toMatchObject({
      total_items: 3,
      total_pages: 2,
      page_number: 1,
      size: 2,
      first_page: true,
      last_page: false,
      empty: false,
    });
    expect(second).toMatchObject({ page_number: 2, size: 1, first_page: false, last_page: true });
    const all = [...first.contents, ...second.contents].map((s: { id: string }) => s.id);
    expect(new Set(all).size).toBe(3);
    const beyond = (await get('/hsds/services?per_page=2&page=9')).body;
    expect(beyond).toMatchObject({ empty: true, size: 0, contents: [] });
  });

  it('searches Greek text ignoring accents and accepting Greeklish', async () => {
    expect(names((await get(`/hsds/services?search=${encodeURIComponent('ΑΠΟΛΥΜΑΝΣΗ')}`)).body)).toEqual([
      'Απολύμανση χώρων',
    ]);
    expect(names((await get('/hsds/services?search=prasinou')).body)).toEqual(['Συντήρηση χώρων πρασίνου']);
    // The enterprise's name finds its services.
    expect(names((await get(`/hsds/services?search=${encodeURIComponent('αστραπη')}`)).body)).toHaveLength(2);
    expect(names((await get(`/hsds/organizations?search=${encodeURIComponent('πρασινη')}`)).body)).toEqual([
      'ΚοινΣΕπ «Πράσινη Γωνιά»',
    ]);
  });

  it('filters by taxonomy term (CPV hierarchy included), taxonomy and organization', async () => {
    // 90919000 is the parent of 90919300 (school cleaning).
    expect(names((await get(`/hsds/services?taxonomy_term_id=${cpvTermId('90919000')}`)).body)).toEqual([
      'Καθαρισμός σχολικών κτιρίων',
    ]);
    expect(names((await get(`/hsds/services?taxonomy_term_id=${categoryTermId('green-spaces')}`)).body)).toEqual([
      'Συντήρηση χώρων πρασίνου',
    ]);
    expect((await get(`/hsds/services?taxonomy_id=${CPV_TAXONOMY_ID}`)).body.total_items).toBe(3);
    expect((await get(`/hsds/services?organization_id=${ids.prasini}`)).body.total_items).toBe(1);
    expect((await get(`/hsds/services?organization_id=${ids.hidden}`)).body.total_items).toBe(0);
    expect((await get(`/hsds/services?taxonomy_term_id=${ids.hidden}`)).body.total_items).toBe(0);
  });

  it('filters by modified_after and rejects a malformed date naming the parameter', async () => {
    expect(names((await get('/hsds/services?modified_after=2026-01-01')).body)).toHaveLength(2);
    expect((await get('/hsds/organizations?modified_after=2026-01-01T00:00:00Z')).body.total_items).toBe(1);
    const { response, body } = await get('/hsds/services?modified_after=yesterday');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(body.invalidParams[0].name).toBe('modified_after');
  });

  it('returns a fully nested service and 404 for hidden, draft or inactive ones', async () => {
    const [disinfection, school, inactive] = ids.serviceIds(ids.astrapi);
    const { body } = await get(`/hsds/services/${school}`);
    expect(body.organization.name).toBe('Αστραπή Καθαρισμοί');
    expect(body.assured_date).toBe('2026-10-03');
    expect(body.attributes.map((a: { taxonomy_term: { code: string } }) => a.taxonomy_term.code)).toEqual([
      '90919300-5',
      'cleaning',
    ]);
    expect(body.service_at_locations).toHaveLength(1);
    expect(disinfection).toBeDefined();
    for (const id of [inactive, ids.serviceIds(ids.hidden)[0], ids.serviceIds(ids.draft)[0]]) {
      expect((await get(`/hsds/services/${id}`)).response.statusCode).toBe(404);
    }
    expect((await get('/hsds/services/not-a-uuid')).response.statusCode).toBe(400);
  });

  it('speaks English with ?lang=en and says so', async () => {
    const school = ids.serviceIds(ids.astrapi)[1];
    const { response, body } = await get(`/hsds/services/${school}?lang=en`);
    expect(body.name).toBe('School cleaning');
    expect(body.alternate_name).toBe('Καθαρισμός σχολικών κτιρίων');
    expect(response.headers['content-language']).toBe('en');
    expect(body.languages.map((l: { code: string }) => l.code)).toEqual(['el', 'en']);
  });

  it('gives organizations their identifiers, public contacts only, and their services', async () => {
    const { body } = await get(`/hsds/organizations/${ids.astrapi}`);
    expect(body.organization_identifiers.map((i: { identifier_type: string }) => i.identifier_type)).toEqual([
      'afm',
      'gemkalo',
      'gemi',
      'legal_form',
    ]);
    expect(body.phones[0].number).toBe('+302106800001');
    expect(body.services.map((s: { name: string }) => s.name).sort()).toEqual([
      'Απολύμανση χώρων',
      'Καθαρισμός σχολικών κτιρίων',
    ]);
    const full = (await get(`/hsds/organizations/${ids.astrapi}?full_service=true`)).body;
    expect(full.services[0].attributes.length).toBeGreaterThan(0);
    const prasini = (await get(`/hsds/organizations/${ids.prasini}`)).body;
    expect(JSON.stringify(prasini)).not.toContain('private@prasini.example');
    expect(JSON.stringify(prasini)).not.toContain('Ιδιωτική 5');
    expect((await get(`/hsds/organizations/${ids.hidden}`)).response.statusCode).toBe(404);
  });

  it('lists both taxonomies and their terms, with stable term ids', async () => {
    const taxonomies = (await get('/hsds/taxonomies')).body;
    expect(taxonomies.contents.map((t: { id: string }) => t.id)).toEqual([CPV_TAXONOMY_ID, CATEGORY_TAXONOMY_ID]);
    const categories = (await get(`/hsds/taxonomy_terms?taxonomy_id=${CATEGORY_TAXONOMY_ID}&per_page=200`)).body;
    expect(categories.contents.map((t: { code: string }) => t.code)).toContain('cleaning');
    const term = (await get(`/hsds/taxonomy_terms/${cpvTermId('90919300')}`)).body;
    expect(term).toMatchObject({
      code: '90919300-5',
      parent_id: cpvTermId('90919000'),
      taxonomy_detail: { id: CPV_TAXONOMY_ID },
    });
    const children = (await get(`/hsds/taxonomy_terms?parent_id=${cpvTermId('90919000')}&per_page=200`)).body;
    expect(children.contents.map((t: { code: string }) => t.code)).toContain('90919300-5');
    expect((await get(`/hsds/taxonomies/${ids.astrapi}`)).response.statusCode).toBe(404);
  });

  it('publishes the CPV terms that published services use, with their ancestors, not all 9,454', async () => {
    const list = (await get(`/hsds/taxonomy_terms?taxonomy_id=${CPV_TAXONOMY_ID}&per_page=200`)).body;
    const codes = list.contents.map((t: { code: string }) => t.code.slice(0, 8));
    expect(codes).toEqual(
      expect.arrayContaining([
        '90919300',
        '90919000',
        '90910000',
        '90900000',
        '90000000',
        '90921000',
        '77314000',
        '77000000',
      ]),
    );
    expect(codes).not.toContain('79952000'); // an inactive service's code
    expect(codes).not.toContain('77211400'); // in the CPV, used by no service
    expect(list.total_items).toBeLessThan(40);
    // Every parent a published term names is published too.
    const ids = new Set(list.contents.map((t: { id: string }) => t.id));
    for (const term of list.contents as Array<{ parent_id: string | null }>)
      if (term.parent_id) expect(ids.has(term.parent_id)).toBe(true);
    // Any CPV code still resolves by id (reference data).
    const unused = (await get(`/hsds/taxonomy_terms/${cpvTermId('77211400')}`)).body as { code: string; name: string };
    expect(unused.code.slice(0, 8)).toBe('77211400');
    expect(unused.name).toBeTruthy();
  });

  it('lists services at the public locations only', async () => {
    const { body } = await get('/hsds/service_at_locations');
    expect(body.contents.map((s: { service: { name: string } }) => s.service.name).sort()).toEqual([
      'Απολύμανση χώρων',
      'Καθαρισμός σχολικών κτιρίων',
    ]);
    const one = (await get(`/hsds/service_at_locations/${body.contents[0].id}`)).body;
    expect(one.location.location_type).toBe('physical');
  });

  it('downloads the tabular datapackage with the same published data', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/hsds/datapackage.zip' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    const files = unzipSync(response.rawPayload);
    const descriptor = JSON.parse(strFromU8(files['datapackage.json']!));
    expect(descriptor.resources.map((r: { path: string }) => r.path)).toContain('services.csv');
    for (const resource of descriptor.resources as Array<{
      path: string;
      schema: { fields: Array<{ name: string }> };
    }>) {
      const header = strFromU8(files[resource.path]!).split('\r\n')[0];
      expect(header).toBe(resource.schema.fields.map((f) => f.name).join(','));
    }
    const services = strFromU8(files['services.csv']!);
    expect(services.split('\r\n').filter(Boolean)).toHaveLength(4);
    expect(services).not.toContain('Παλιά υπηρεσία');
    expect(strFromU8(files['organizations.csv']!)).not.toContain('Κρυμμένη');
    expect(strFromU8(files['organization_identifiers.csv']!)).toContain('094259216');
  });

  it('gives the organization the logo URL of the public profile, in JSON and in the datapackage', async () => {
    expect((await get(`/hsds/organizations/${ids.astrapi}`)).body).not.toHaveProperty('logo');
    approveLogo(ctx.handle, ids.astrapi);
    const logoUrl = (await get('/api/v1/enterprises/astrapi')).body.logoUrl as string;
    expect(logoUrl).toMatch(new RegExp(`^${ctx.config.publicOrigin}/api/v1/logos/[0-9a-f-]{36}$`));
    for (const lang of ['el', 'en']) {
      expect((await get(`/hsds/organizations/${ids.astrapi}?lang=${lang}`)).body.logo).toBe(logoUrl);
      const listed = (await get(`/hsds/organizations?lang=${lang}`)).body.contents as Array<{
        id: string;
        logo?: string;
      }>;
      expect(listed.find((o) => o.id === ids.astrapi)!.logo).toBe(logoUrl);
      expect(listed.find((o) => o.id === ids.prasini)).not.toHaveProperty('logo');
    }
    expect((await get(`/hsds/services/${ids.serviceIds(ids.astrapi)[0]}`)).body.organization.logo).toBe(logoUrl);

    const files = unzipSync((await ctx.app.inject({ method: 'GET', url: '/hsds/datapackage.zip' })).rawPayload);
    const [header, ...rows] = strFromU8(files['organizations.csv']!).split('\r\n').filter(Boolean);
    const logoColumn = header!.split(',').indexOf('logo');
    expect(logoColumn).toBeGreaterThan(-1);
    const astrapiRow = rows.find((row) => row.startsWith(ids.astrapi))!;
    expect(astrapiRow.split(',')[logoColumn]).toBe(logoUrl);
  });
});
