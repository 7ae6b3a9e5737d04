import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AreaListSchema,
  CategoryListSchema,
  CpvListSchema,
  EnterpriseListSchema,
  EnterpriseProfileSchema,
} from '../../http/directory-schemas.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { createResponseCache } from '../../http/response-cache.ts';
import { LangQuerySchema } from '../../http/schemas.ts';
import { CpvQuerySchema, EnterpriseListQuerySchema, SlugParamsSchema } from './schemas.ts';

const config = { publicCache: true };

/**
 * The public, read-only directory API: no authentication, CORS `*`, strong ETags and
 * short public caching (see plugins/public-cache.ts). Mounted at /api/v1.
 */
const publicRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { directory, hsds, publicConsultations } = app.services;
  // The widget asks the same few questions over and over (every keystroke, every visitor):
  // serve repeats from memory until the data changes.
  const searchResponses = createResponseCache(2000);
  // Profiles and the category list read more than the search index covers (contact fields,
  // services, counts of published enterprises): they are kept until any of that changes, by the
  // same stamp the HSDS answers use. Under the mixed load bench they were a fifth of the reads and
  // each cost five queries, the assembly and the serialization again (issue 17).
  const profileResponses = createResponseCache(1000);
  const categoryResponses = createResponseCache(4);
  const contentVersion = () => `${directory.dataVersion()}|${hsds.contentStamp()}`;

  app.get(
    '/enterprises',
    {
      schema: {
        tags: ['public'],
        summary: 'Search published enterprises',
        description:
          'Full-text search that ignores accents and case, accepts Greeklish and finds inflected forms (stems), with filters and facet counts. Facet counts ignore their own filter. Also names the categories the words match (matchedCategories), on the first page offers spelling suggestions (suggestions), and says how many open requests for quotes are listed publicly (openRequests).',
        querystring: EnterpriseListQuerySchema,
        response: { 200: EnterpriseListSchema, ...problemResponses(400) },
      },
      config,
    },
    async (request, reply) => {
      const { q, category, cpv, area, legalForm, sort, page, pageSize } = request.query;
      const lang = request.query.lang ?? 'el';
      // The open requests' count (issue 13: the widget's link to them) rides on each answer, so the widget asks nothing more.
      const openRequests = await publicConsultations.openCount();
      const version = `${directory.dataVersion()}:${openRequests}`;
      const key = JSON.stringify([
        lang,
        q ?? '',
        category ?? '',
        cpv ?? '',
        area ?? '',
        legalForm ?? '',
        sort ?? 'relevance',
        page,
        pageSize,
      ]);
      return searchResponses.serve(request, reply, key, version, () => ({
        ...directory.search(request.query, lang),
        openRequests,
      }));
    },
  );

  app.get(
    '/enterprises/:slug',
    {
      schema: {
        tags: ['public'],
        summary: 'Public profile of a published enterprise, with its active services',
        params: SlugParamsSchema,
        querystring: LangQuerySchema,
        response: { 200: EnterpriseProfileSchema, ...problemResponses(400, 404) },
      },
      config,
    },
    async (request, reply) => {
      const lang = request.query.lang ?? 'el';
      const version = contentVersion();
      const key = `${lang}|${request.params.slug}`;
      // A missing slug throws (404) before anything is kept.
      return profileResponses.serve(request, reply, key, version, () => directory.profile(request.params.slug, lang));
    },
  );

  app.get(
    '/categories',
    {
      schema: {
        tags: ['reference'],
        summary: 'Service categories, with the CPV prefixes they map to and how many published enterprises offer them',
        querystring: LangQuerySchema,
        response: { 200: CategoryListSchema, ...problemResponses(400) },
      },
      config,
    },
    async (request, reply) => {
      const lang = request.query.lang ?? 'el';
      const version = contentVersion();
      return categoryResponses.serve(request, reply, lang, version, () => ({ items: directory.categories(lang) }));
    },
  );

  app.get(
    '/areas',
    {
      schema: {
        tags: ['reference'],
        summary: 'Areas: the country, regions (NUTS 2), regional units (NUTS 3) and municipalities',
        querystring: LangQuerySchema,
        response: { 200: AreaListSchema, ...problemResponses(400) },
      },
      config,
    },
    async (request) => ({ items: directory.areas(request.query.lang ?? 'el') }),
  );

  app.get(
    '/cpv',
    {
      schema: {
        tags: ['reference'],
        summary:
          'CPV autocomplete by code prefix or by words of the Greek or English label, with did-you-mean (suggestions) and the categories the words name (matchedCategories)',
        querystring: CpvQuerySchema,
        response: { 200: CpvListSchema, ...problemResponses(400) },
      },
      config,
    },
    async (request) => {
      const { q, limit, lang = 'el' } = request.query;
      return { items: directory.cpv(q, limit, lang), ...directory.cpvHelp(q, lang) };
    },
  );
};

export default publicRoutes;
