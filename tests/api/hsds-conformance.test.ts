import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';
import { unzipSync, strFromU8 } from 'fflate';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { insertHsdsDirectory } from '../helpers/hsds-fixtures.ts';
import { CATEGORY_TAXONOMY_ID, cpvTermId } from '../../api/domain/hsds-mapping.ts';

/**
 * Validates every /hsds response type against the official Open Referral HSDS 3.0 JSON
 * Schemas and openapi.json (CC BY-SA 4.0), copied unchanged into tests/reference/hsds-3.0
 * by scripts/vendor-hsds-schemas.ts (licence in that folder's README).
 */

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const schemaDir = resolve(repoRoot, 'tests', 'reference', 'hsds-3.0', 'schema');
const SPEC_BASE = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';

type Json = Record<string, any>;
// ajv-formats is CommonJS: under NodeNext its function is the default export's `default`.
const addFormats = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ??
  addFormatsModule) as FormatsPlugin;
const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8'));

/** All schemas registered under the URLs openapi.json refers to; relative `$ref`s resolve against them. */
function buildAjv() {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
    ajv.addSchema({ ...readJson(resolve(schemaDir, file)), $id: `${SPEC_BASE}${file}` });
  }
  for (const file of readdirSync(resolve(schemaDir, 'compiled')).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema({ ...readJson(resolve(schemaDir, 'compiled', file)), $id: `${SPEC_BASE}compiled/${file}` });
  }
  // openapi.json names compiled/service.json and compiled/organization.json; the release folder ships the
  // service as service_with_definitions.json and no compiled organization, whose base schema is equivalent.
  ajv.addSchema({
    ...readJson(resolve(schemaDir, 'compiled', 'service_with_definitions.json')),
    $id: `${SPEC_BASE}compiled/service.json`,
  });
  ajv.addSchema({ $id: `${SPEC_BASE}compiled/organization.json`, $ref: '../organization.json' });
  return ajv;
}

describe('HSDS 3.0 conformance', () => {
  let ctx: TestContext;
  let ids: Awaited<ReturnType<typeof insertHsdsDirectory>>;
  let ajv: Ajv2020;
  let openapi: Json;

  beforeAll(async () => {
    ajv = buildAjv();
    openapi = readJson(resolve(schemaDir, 'openapi.json'));
    ctx = await createTestApp({ demoData: false });
    ids = await insertHsdsDirectory(ctx.handle);
  });
  afterAll(async () => ctx?.close());

  /** The JSON Schema openapi.json gives for a 200 response of a path, with its Page envelope resolved. */
  function responseValidator(path: string): { item: ValidateFunction; list: boolean; page: ValidateFunction | null } {
    const schema = openapi.paths[path].get.responses['200'].content['application/json'].schema;
    if (schema.properties?.contents) {
      return {
        list: true,
        item: ajv.getSchema(schema.properties.contents.items.$ref)!,
        page: ajv.compile({
          ...openapi.components.schemas.Page,
          required: Object.keys(openapi.components.schemas.Page.properties),
        }),
      };
    }
    if (schema.$ref) return { list: false, item: ajv.getSchema(schema.$ref)!, page: null };
    return { list: false, item: ajv.compile({ ...schema, required: Object.keys(schema.properties) }), page: null };
  }

  function concrete(path: string): string {
    const idFor: Record<string, string> = {
      '/services/{id}': ids.serviceIds(ids.astrapi)[1]!,
      '/organizations/{id}': ids.astrapi,
      '/taxonomies/{id}': CATEGORY_TAXONOMY_ID,
      '/taxonomy_terms/{id}': cpvTermId('90919300'),
    };
    return path.replace('{id}', idFor[path] ?? '');
  }

  async function expectValid(path: string, url: string) {
    const response = await ctx.app.inject({ method: 'GET', url });
    expect(response.statusCode, url).toBe(200);
    const body = response.json();
    const { item, list, page } = responseValidator(path);
    expect(item, `schema for ${path}`).toBeTypeOf('function');
    const check = (validate: ValidateFunction, value: unknown, what: string) => {
      const ok = validate(value);
      expect(ok ? [] : validate.errors, `${what} of ${url}`).toEqual([]);
    };
    if (list) {
      check(page!, body, 'pagination envelope');
      expect(body.contents.length, `${url} must return something to validate`).toBeGreaterThan(0);
      for (const [i, content] of body.contents.entries()) check(item, content, `contents[${i}]`);
    } else {
      check(item, body, 'body');
    }
    return body;
  }

  it('serves every path of the HSDS openapi.json', async () => {
    const salList = (await ctx.app.inject({ method: 'GET', url: '/hsds/service_at_locations' })).json();
    for (const path of Object.keys(openapi.paths)) {
      const url =
        path === '/service_at_locations/{id}'
          ? `/hsds/service_at_locations/${salList.contents[0].id}`
          : `/hsds${concrete(path)}`;
      const response = await ctx.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
    }
  });

  for (const lang of ['el', 'en']) {
    it(`validates every list and item response against the official schemas (${lang})`, async () => {
      for (const path of Object.keys(openapi.paths)) {
        if (path === '/service_at_locations/{id}') continue;
        await expectValid(path, `/hsds${concrete(path)}${concrete(path).includes('?') ? '&' : '?'}lang=${lang}`);
      }
      // A nested service at a location, and organizations with full services, are HSDS objects too.
      const salList = await expectValid('/service_at_locations', `/hsds/service_at_locations?lang=${lang}`);
      const sal = (
        await ctx.app.inject({
          method: 'GET',
          url: `/hsds/service_at_locations/${salList.contents[0].id}?lang=${lang}`,
        })
      ).json();
      const salSchema = ajv.getSchema(`${SPEC_BASE}compiled/service_at_location_list.json`)!;
      expect(salSchema(sal) ? [] : salSchema.errors).toEqual([]);
      await expectValid('/organizations/{id}', `/hsds/organizations/${ids.astrapi}?full_service=true&lang=${lang}`);
      await expectValid('/organizations/{id}', `/hsds/organizations/${ids.prasini}?lang=${lang}`);
      await expectValid('/services/{id}', `/hsds/services/${ids.serviceIds(ids.prasini)[0]}?lang=${lang}`);
    });
  }

  it('validates every nested service in a full organization against service.json', async () => {
    const organization = (
      await ctx.app.inject({ method: 'GET', url: `/hsds/organizations/${ids.astrapi}?full_service=true` })
    ).json();
    const service = ajv.getSchema(`${SPEC_BASE}compiled/service.json`)!;
    for (const nested of organization.services) expect(service(nested) ? [] : service.errors).toEqual([]);
  });

  it('paginates with the query parameters and envelope openapi.json defines', async () => {
    const pageParams = ['page', 'per_page', 'search'];
    for (const [path, item] of Object.entries(openapi.paths) as Array<[string, Json]>) {
      const parameters = (item.get.parameters ?? []) as Json[];
      const names = parameters.map((p) =>
        p.$ref ? openapi.components.parameters[p.$ref.split('/').pop()].name : p.name,
      );
      if (!names.includes('page')) continue;
      for (const name of pageParams) expect(names, path).toContain(name);
      const body = (await ctx.app.inject({ method: 'GET', url: `/hsds${path}?page=1&per_page=1` })).json();
      expect(Object.keys(body).sort()).toEqual(
        [...Object.keys(openapi.components.schemas.Page.properties), 'contents'].sort(),
      );
      expect(body.size).toBeLessThanOrEqual(1);
    }
  });

  it('documents the HSDS filter parameters in our own OpenAPI', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(response.statusCode, 'GET /openapi.json (built from every route in the app)').toBe(200);
    const ours = response.json();
    // Parameters we deliberately do not implement: alternative output shapes and postcode geography.
    const notImplemented = new Set(['format', 'minimal', 'full', 'postcode', 'proximity']);
    for (const [path, item] of Object.entries(openapi.paths) as Array<[string, Json]>) {
      const ourPath = `/hsds${path}`;
      expect(ours.paths[ourPath], ourPath).toBeDefined();
      const ourNames = (ours.paths[ourPath].get.parameters ?? []).map((p: Json) => p.name);
      for (const p of (item.get.parameters ?? []) as Json[]) {
        const name = p.$ref ? openapi.components.parameters[p.$ref.split('/').pop()].name : p.name;
        if (!notImplemented.has(name)) expect(ourNames, `${ourPath} ${name}`).toContain(name);
      }
    }
  });

  it('writes a datapackage whose tables and columns exist in the HSDS tabular schema', async () => {
    const tabular = readJson(resolve(schemaDir, 'compiled', 'tabular.json')).properties as Record<string, Json>;
    const columnsOf = (name: string) => Object.keys(tabular[name]?.items?.properties ?? {});
    const response = await ctx.app.inject({ method: 'GET', url: '/hsds/datapackage.zip' });
    const files = unzipSync(response.rawPayload);
    const descriptor = JSON.parse(strFromU8(files['datapackage.json']!));
    for (const resource of descriptor.resources as Json[]) {
      expect(columnsOf(resource.name).length, resource.name).toBeGreaterThan(0);
      expect(resource.path).toBe(readJson(resolve(schemaDir, `${resource.name}.json`)).path);
      for (const field of resource.schema.fields as Json[])
        expect(columnsOf(resource.name), `${resource.name}.${field.name}`).toContain(field.name);
    }
  });
});
