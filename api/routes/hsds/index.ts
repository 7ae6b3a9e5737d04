import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import { problemResponses } from '../../http/problem-schema.ts';
import { InvalidParameterProblem, NotFoundProblem } from '../../http/errors.ts';
import { searchKeys } from '../../domain/greek-text.ts';
import {
  HSDS_VERSION,
  hsdsPage,
  mapCategoryTerm,
  mapCpvTerm,
  mapOrganization,
  mapOrganizationSummary,
  mapService,
  mapServiceAtLocation,
  mapServiceSummary,
  mapTaxonomies,
  serviceAtLocationId,
  type HsdsLang,
  type HsdsObject,
  type MappingContext,
  type ServiceInput,
} from '../../domain/hsds-mapping.ts';
import { createHsdsRepository, type ServiceFilter } from './hsds-repository.ts';
import { buildDatapackage } from './datapackage.ts';

/**
 * Open Referral HSDS 3.0 API (schema/openapi.json of the standard), mounted at /hsds.
 * Read-only, public, CORS `*`. Texts are Greek by default; `?lang=en` gives English
 * where it exists (each taxonomy term says its `language`; services list the languages
 * their texts exist in). Only published enterprises and their active services appear.
 */

const Uuid = (description: string) =>
  Type.String({ pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$', description });
const Lang = Type.Optional(
  Type.Union([Type.Literal('el'), Type.Literal('en')], { description: 'Language of the texts: Greek (default) or English' }),
);
const PageQuery = {
  page: Type.Integer({ minimum: 1, maximum: 100000, default: 1, description: 'Page number of paginated result.' }),
  per_page: Type.Integer({ minimum: 1, maximum: 200, default: 50, description: 'Number of results requested in a single page.' }),
  search: Type.Optional(Type.String({ maxLength: 200, description: 'Full text search; ignores accents and case, accepts Greeklish.' })),
  lang: Lang,
};
const ListQuery = Type.Object({
  ...PageQuery,
  taxonomy_term_id: Type.Optional(Uuid('Services with this taxonomy term (a CPV term also matches codes under it).')),
  taxonomy_id: Type.Optional(Uuid('Services with any term of this taxonomy.')),
  organization_id: Type.Optional(Uuid('Services of this organization.')),
  modified_after: Type.Optional(Type.String({ maxLength: 40, description: 'ISO 8601 date or datetime: results modified on or after it.' })),
});
const OrganizationsQuery = Type.Object({
  ...PageQuery,
  full_service: Type.Optional(Type.Boolean({ description: 'Nest full services (on /organizations/{id}).' })),
  modified_after: Type.Optional(Type.String({ maxLength: 40, description: 'ISO 8601 date or datetime.' })),
});
const TermsQuery = Type.Object({
  ...PageQuery,
  taxonomy_id: Type.Optional(Uuid('Terms of this taxonomy.')),
  parent_id: Type.Optional(Uuid('Terms whose parent is this term.')),
  top_only: Type.Optional(Type.Boolean({ description: 'Only terms without a parent.' })),
});
const IdParams = Type.Object({ id: Uuid('HSDS id (UUID)') });
const LangQuery = Type.Object({ lang: Lang, full_service: Type.Optional(Type.Boolean()) });

// HSDS objects are shaped by the standard's JSON Schemas (checked in tests/api/hsds-conformance.test.ts);
// the route schemas describe the envelope and let the objects through whole.
const HsdsItem = Type.Unsafe<HsdsObject>({ type: 'object', additionalProperties: true, description: 'HSDS 3.0 object' });
const PageSchema = Type.Object({
  total_items: Type.Integer(),
  total_pages: Type.Integer(),
  page_number: Type.Integer(),
  size: Type.Integer(),
  first_page: Type.Boolean(),
  last_page: Type.Boolean(),
  empty: Type.Boolean(),
  contents: Type.Array(HsdsItem),
});
const RootSchema = Type.Object({
  version: Type.String(),
  profile: Type.String(),
  openapi_url: Type.String(),
  datapackage_url: Type.String(),
  description: Type.String(),
});

function parseModifiedAfter(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw new InvalidParameterProblem('modified_after', 'must be an ISO 8601 date or datetime, e.g. 2026-01-31T00:00:00Z');
  return date.toISOString();
}

function paginate<T>(ids: T[], page: number, perPage: number): T[] {
  return ids.slice((page - 1) * perPage, page * perPage);
}

const hsdsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const repository = createHsdsRepository(app.sqlite, app.registry.areaTree, app.registry.search, app.config.publicOrigin);
  app.registry.onReferenceReload(() => repository.reloadReference());
  const context = (lang: HsdsLang | undefined): MappingContext => ({ lang: lang ?? 'el', publicOrigin: app.config.publicOrigin });
  const common = { tags: ['hsds'] };
  const config = { publicCache: true };

  app.addHook('onSend', async (request, reply, payload) => {
    const lang = (request.query as { lang?: string } | undefined)?.lang === 'en' ? 'en' : 'el';
    if (reply.statusCode < 400) reply.header('content-language', lang);
    return payload;
  });

  /** Full service objects for ids, with their organizations, in order. */
  function fullServices(ids: string[], ctx: MappingContext, shape: 'summary' | 'full'): HsdsObject[] {
    const services = repository.services(ids);
    const owners = repository.enterprises([...new Set(services.map((s) => s.enterpriseId))]);
    return services.flatMap((service: ServiceInput) => {
      const enterprise = owners.get(service.enterpriseId);
      if (!enterprise) return [];
      return [shape === 'full' ? mapService(service, enterprise, ctx) : mapServiceSummary(service, enterprise, ctx)];
    });
  }

  function organizationsWithServices(ids: string[], ctx: MappingContext, fullService: boolean): HsdsObject[] {
    const enterprises = repository.enterprises(ids);
    const serviceObjects = fullServices(repository.serviceIdsOfEnterprises(ids), ctx, fullService ? 'full' : 'summary');
    return ids.flatMap((id) => {
      const enterprise = enterprises.get(id);
      if (!enterprise) return [];
      const own = serviceObjects.filter((s) => s.organization_id === id).map((s) => (fullService ? s : { id: s.id, name: s.name, status: s.status }));
      return [mapOrganization(enterprise, own, ctx)];
    });
  }

  function serviceFilter(query: Static<typeof ListQuery>): ServiceFilter {
    return {
      search: query.search,
      taxonomyTermId: query.taxonomy_term_id?.toLowerCase(),
      taxonomyId: query.taxonomy_id?.toLowerCase(),
      organizationId: query.organization_id?.toLowerCase(),
      modifiedAfter: parseModifiedAfter(query.modified_after),
    };
  }

  function allTerms(ctx: MappingContext, withTaxonomy = false): HsdsObject[] {
    const { cpv, categories } = repository.referenceData();
    return [
      ...[...categories.values()].map((c) => mapCategoryTerm(c, ctx, withTaxonomy)),
      ...[...cpv.values()].map((c) => mapCpvTerm(c, ctx, withTaxonomy)),
    ];
  }

  app.get(
    '/',
    { schema: { ...common, summary: 'HSDS API meta information', querystring: Type.Object({ lang: Lang }), response: { 200: RootSchema, ...problemResponses(400) } }, config },
    async () => ({
      version: HSDS_VERSION,
      profile: 'https://docs.openreferral.org/en/3.0/',
      openapi_url: `${app.config.publicOrigin}/openapi.json`,
      datapackage_url: `${app.config.publicOrigin}/hsds/datapackage.zip`,
      description:
        'Open Referral HSDS 3.0 view of the register of social cooperative enterprises. CPV codes and the directory categories are taxonomies. ' +
        '`metadata` is the change history of public fields (field name, previous and replacement value, a role label for who changed it, never a person), plus created/updated/verified timestamps where no such change explains them. Greek by default; ?lang=en for English.',
    }),
  );

  app.get(
    '/services',
    {
      schema: { ...common, summary: 'Paginated services (one-to-one fields, with their organization)', querystring: ListQuery, response: { 200: PageSchema, ...problemResponses(400) } },
      config,
    },
    async (request) => {
      const { page, per_page: perPage } = request.query;
      const ids = repository.filteredServiceIds(serviceFilter(request.query));
      return hsdsPage(fullServices(paginate(ids, page, perPage), context(request.query.lang), 'summary'), ids.length, page, perPage);
    },
  );

  app.get(
    '/services/:id',
    {
      schema: { ...common, summary: 'A fully nested service', params: IdParams, querystring: Type.Object({ lang: Lang }), response: { 200: HsdsItem, ...problemResponses(400, 404) } },
      config,
    },
    async (request) => {
      const [service] = fullServices([request.params.id.toLowerCase()], context(request.query.lang), 'full');
      if (!service) throw new NotFoundProblem('Service', `No active published service ${request.params.id}`);
      return service;
    },
  );

  app.get(
    '/organizations',
    {
      schema: { ...common, summary: 'Paginated organizations (one-to-one fields)', querystring: OrganizationsQuery, response: { 200: PageSchema, ...problemResponses(400) } },
      config,
    },
    async (request) => {
      const { page, per_page: perPage, search } = request.query;
      const ids = repository.filteredOrganizationIds({ search, modifiedAfter: parseModifiedAfter(request.query.modified_after) });
      const ctx = context(request.query.lang);
      const enterprises = repository.enterprises(paginate(ids, page, perPage));
      const contents = paginate(ids, page, perPage).flatMap((id) => {
        const enterprise = enterprises.get(id);
        return enterprise ? [mapOrganizationSummary(enterprise, ctx)] : [];
      });
      return hsdsPage(contents, ids.length, page, perPage);
    },
  );

  app.get(
    '/organizations/:id',
    {
      schema: { ...common, summary: 'A fully nested organization with its services', params: IdParams, querystring: LangQuery, response: { 200: HsdsItem, ...problemResponses(400, 404) } },
      config,
    },
    async (request) => {
      const [organization] = organizationsWithServices([request.params.id.toLowerCase()], context(request.query.lang), request.query.full_service ?? false);
      if (!organization) throw new NotFoundProblem('Organization', `No published organization ${request.params.id}`);
      return organization;
    },
  );

  app.get(
    '/taxonomies',
    { schema: { ...common, summary: 'Paginated taxonomies: CPV and the directory categories', querystring: Type.Object(PageQuery), response: { 200: PageSchema, ...problemResponses(400) } }, config },
    async (request) => {
      const { page, per_page: perPage, search } = request.query;
      const terms = search ? searchKeys(search) : [];
      const all = mapTaxonomies(context(request.query.lang)).filter((t) => {
        const keys = searchKeys(`${t.name} ${t.description}`);
        return terms.every((term) => keys.some((k) => k.startsWith(term)));
      });
      return hsdsPage(paginate(all, page, perPage), all.length, page, perPage);
    },
  );

  app.get(
    '/taxonomies/:id',
    { schema: { ...common, summary: 'A taxonomy', params: IdParams, querystring: Type.Object({ lang: Lang }), response: { 200: HsdsItem, ...problemResponses(400, 404) } }, config },
    async (request) => {
      const taxonomy = mapTaxonomies(context(request.query.lang)).find((t) => t.id === request.params.id.toLowerCase());
      if (!taxonomy) throw new NotFoundProblem('Taxonomy', `No taxonomy ${request.params.id}`);
      return taxonomy;
    },
  );

  app.get(
    '/taxonomy_terms',
    { schema: { ...common, summary: 'Paginated taxonomy terms (categories, then CPV codes)', querystring: TermsQuery, response: { 200: PageSchema, ...problemResponses(400) } }, config },
    async (request) => {
      const { page, per_page: perPage, search, taxonomy_id: taxonomyId, parent_id: parentId, top_only: topOnly } = request.query;
      const words = search ? searchKeys(search) : [];
      const terms = allTerms(context(request.query.lang)).filter((term) => {
        if (taxonomyId && term.taxonomy_id !== taxonomyId.toLowerCase()) return false;
        if (parentId && term.parent_id !== parentId.toLowerCase()) return false;
        if (topOnly && term.parent_id) return false;
        if (words.length === 0) return true;
        const keys = searchKeys(`${term.code} ${term.name}`);
        return words.every((w) => keys.some((k) => k.startsWith(w)));
      });
      return hsdsPage(paginate(terms, page, perPage), terms.length, page, perPage);
    },
  );

  app.get(
    '/taxonomy_terms/:id',
    { schema: { ...common, summary: 'A taxonomy term, with its taxonomy', params: IdParams, querystring: Type.Object({ lang: Lang }), response: { 200: HsdsItem, ...problemResponses(400, 404) } }, config },
    async (request) => {
      const term = allTerms(context(request.query.lang), true).find((t) => t.id === request.params.id.toLowerCase());
      if (!term) throw new NotFoundProblem('Taxonomy term', `No taxonomy term ${request.params.id}`);
      return term;
    },
  );

  /** A service at a location exists for services of enterprises with a public address. */
  function servicesAtLocations(ids: string[], ctx: MappingContext, withService: boolean): HsdsObject[] {
    const services = repository.services(ids);
    const owners = repository.enterprises([...new Set(services.map((s) => s.enterpriseId))]);
    return services.flatMap((service) => {
      const enterprise = owners.get(service.enterpriseId);
      const sal = enterprise ? mapServiceAtLocation(service, enterprise, ctx, withService) : null;
      return sal ? [sal] : [];
    });
  }

  app.get(
    '/service_at_locations',
    {
      schema: { ...common, summary: 'Paginated services at locations (services delivered from a public address)', querystring: ListQuery, response: { 200: PageSchema, ...problemResponses(400) } },
      config,
    },
    async (request) => {
      const { page, per_page: perPage } = request.query;
      const ctx = context(request.query.lang);
      // Only services whose enterprise has a public location have one; filter before paginating.
      const all = servicesAtLocations(repository.filteredServiceIds(serviceFilter(request.query)), ctx, true);
      return hsdsPage(paginate(all, page, perPage), all.length, page, perPage);
    },
  );

  app.get(
    '/service_at_locations/:id',
    {
      schema: { ...common, summary: 'A service at a location, with its service and location', params: IdParams, querystring: Type.Object({ lang: Lang }), response: { 200: HsdsItem, ...problemResponses(400, 404) } },
      config,
    },
    async (request) => {
      const id = request.params.id.toLowerCase();
      const ctx = context(request.query.lang);
      // Ids are derived from the service id, so look the service up by scanning published services' derived ids.
      const serviceId = repository.filteredServiceIds({}).find((sid) => serviceAtLocationId(sid) === id);
      const [sal] = serviceId ? servicesAtLocations([serviceId], ctx, true) : [];
      if (!sal) throw new NotFoundProblem('Service at location', `No service at location ${request.params.id}`);
      return sal;
    },
  );

  app.get(
    '/datapackage.zip',
    {
      schema: { ...common, summary: 'The whole directory as a tabular HSDS 3.0 data package (CSV files + datapackage.json, zipped)', querystring: Type.Object({ lang: Lang }) },
      config,
    },
    async (request, reply) => {
      const ctx = context(request.query.lang);
      const organizationIds = repository.filteredOrganizationIds({});
      const zip = buildDatapackage({
        organizations: organizationsWithServices(organizationIds, ctx, false).map(({ services: _s, ...o }) => o as HsdsObject),
        services: fullServices(repository.filteredServiceIds({}), ctx, 'full').map(({ organization: _o, ...s }) => s as HsdsObject),
        taxonomies: mapTaxonomies(ctx),
        taxonomyTerms: allTerms(ctx),
        publicOrigin: app.config.publicOrigin,
        lang: ctx.lang,
        created: new Date().toISOString(),
      });
      reply.type('application/zip');
      reply.header('content-disposition', `attachment; filename="koinsep-hsds-${ctx.lang}.zip"`);
      return Buffer.from(zip);
    },
  );
};

export default hsdsRoutes;
