import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { problemResponses } from '../../http/problem-schema.ts';
import { createResponseCache } from '../../http/response-cache.ts';
import {
  HsdsItem,
  IdParams,
  LangQuery,
  ListQuery,
  OnlyLangQuery,
  OrganizationsQuery,
  PageQuery,
  PageSchema,
  RootSchema,
  TermsQuery,
} from './schemas.ts';

const common = { tags: ['hsds'] };
const config = { publicCache: true };
const one = { 200: HsdsItem, ...problemResponses(400, 404) };
const page = { 200: PageSchema, ...problemResponses(400) };

/**
 * Open Referral HSDS 3.0 API (schema/openapi.json of the standard), mounted at /hsds.
 * Read-only, public, CORS `*`. Texts are Greek by default; `?lang=en` gives English
 * where it exists (each taxonomy term says its `language`; services list the languages
 * their texts exist in). Only published enterprises and their active services appear
 * (services/hsds-service.ts).
 */
const hsdsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { hsds, directory } = app.services;
  // Issue 15, item 3: the data package and searches are built once per data version and
  // served from memory with a strong ETag (304 on If-None-Match); a per-client limit keeps
  // anyone from spending the server on them.
  const heavyLimit = { max: app.config.operations.heavyRequestsPerIpPerMinute, timeWindow: 60_000 };
  const searchResponses = createResponseCache(500);
  const packages = new Map<string, { version: string; fileName: string; body: Buffer; etag: string }>();

  app.addHook('onSend', async (request, reply, payload) => {
    const lang = (request.query as { lang?: string } | undefined)?.lang === 'en' ? 'en' : 'el';
    if (reply.statusCode < 400) reply.header('content-language', lang);
    return payload;
  });

  app.get(
    '/',
    {
      schema: {
        ...common,
        summary: 'HSDS API meta information',
        querystring: OnlyLangQuery,
        response: { 200: RootSchema, ...problemResponses(400) },
      },
      config,
    },
    async () => hsds.root(),
  );

  app.get(
    '/services',
    {
      schema: {
        ...common,
        summary: 'Paginated services (one-to-one fields, with their organization)',
        querystring: ListQuery,
        response: page,
      },
      config: {
        ...config,
        // Paging through the list stays unlimited for harvesters; full-text searches count.
        rateLimit: {
          ...heavyLimit,
          allowList: (request: FastifyRequest) => !(request.query as { search?: string }).search,
        },
      },
    },
    async (request, reply) => {
      const version = `${directory.dataVersion()}|${hsds.contentStamp()}`;
      const key = JSON.stringify(request.query);
      return searchResponses.serve(request, reply, key, version, () => hsds.services(request.query));
    },
  );

  app.get(
    '/services/:id',
    {
      schema: {
        ...common,
        summary: 'A fully nested service',
        params: IdParams,
        querystring: OnlyLangQuery,
        response: one,
      },
      config,
    },
    async (request) => hsds.service(request.params.id, request.query.lang),
  );

  app.get(
    '/organizations',
    {
      schema: {
        ...common,
        summary: 'Paginated organizations (one-to-one fields)',
        querystring: OrganizationsQuery,
        response: page,
      },
      config,
    },
    async (request) => hsds.organizations(request.query),
  );

  app.get(
    '/organizations/:id',
    {
      schema: {
        ...common,
        summary: 'A fully nested organization with its services',
        params: IdParams,
        querystring: LangQuery,
        response: one,
      },
      config,
    },
    async (request) => hsds.organization(request.params.id, request.query.lang, request.query.full_service ?? false),
  );

  app.get(
    '/taxonomies',
    {
      schema: {
        ...common,
        summary: 'Paginated taxonomies: CPV and the directory categories',
        querystring: Type.Object(PageQuery),
        response: page,
      },
      config,
    },
    async (request) => hsds.taxonomies(request.query),
  );

  app.get(
    '/taxonomies/:id',
    {
      schema: { ...common, summary: 'A taxonomy', params: IdParams, querystring: OnlyLangQuery, response: one },
      config,
    },
    async (request) => hsds.taxonomy(request.params.id, request.query.lang),
  );

  app.get(
    '/taxonomy_terms',
    {
      schema: {
        ...common,
        summary: 'Paginated taxonomy terms (categories, then CPV codes)',
        querystring: TermsQuery,
        response: page,
      },
      config,
    },
    async (request) => hsds.taxonomyTerms(request.query),
  );

  app.get(
    '/taxonomy_terms/:id',
    {
      schema: {
        ...common,
        summary: 'A taxonomy term, with its taxonomy',
        params: IdParams,
        querystring: OnlyLangQuery,
        response: one,
      },
      config,
    },
    async (request) => hsds.taxonomyTerm(request.params.id, request.query.lang),
  );

  app.get(
    '/service_at_locations',
    {
      schema: {
        ...common,
        summary: 'Paginated services at locations (services delivered from a public address)',
        querystring: ListQuery,
        response: page,
      },
      config,
    },
    async (request) => hsds.serviceAtLocations(request.query),
  );

  app.get(
    '/service_at_locations/:id',
    {
      schema: {
        ...common,
        summary: 'A service at a location, with its service and location',
        params: IdParams,
        querystring: OnlyLangQuery,
        response: one,
      },
      config,
    },
    async (request) => hsds.serviceAtLocation(request.params.id, request.query.lang),
  );

  app.get(
    '/datapackage.zip',
    {
      schema: {
        ...common,
        summary: 'The whole directory as a tabular HSDS 3.0 data package (CSV files + datapackage.json, zipped)',
        querystring: OnlyLangQuery,
      },
      config: { ...config, rateLimit: heavyLimit },
    },
    async (request, reply) => {
      const lang = request.query.lang ?? 'el';
      const version = `${directory.dataVersion()}|${hsds.contentStamp()}`;
      let built = packages.get(lang);
      if (built?.version !== version) {
        const { fileName, body } = hsds.datapackage(request.query.lang);
        built = { version, fileName, body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
        packages.set(lang, built);
      }
      const { fileName, body } = built;
      reply.header('etag', built.etag);
      reply.type('application/zip');
      reply.header('content-disposition', `attachment; filename="${fileName}"`);
      return body;
    },
  );
};

export default hsdsRoutes;
