import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../http/problem-schema.ts';
import { InvalidParameterProblem, NotFoundProblem } from '../../http/errors.ts';
import { LEGAL_FORMS } from '../../domain/legal-forms.ts';
import { parseCpv, formatCpv, levelNumber } from '../../domain/cpv.ts';
import { createResponseCache, sendCached } from '../../http/response-cache.ts';
import { createCpvLookup } from '../../search/cpv-lookup.ts';
import {
  AreaListSchema,
  CategoryListSchema,
  CpvListSchema,
  CpvQuerySchema,
  EnterpriseListQuerySchema,
  EnterpriseListSchema,
  EnterpriseProfileSchema,
  LangQuerySchema,
  SlugParamsSchema,
  type Lang,
} from './schemas.ts';

/**
 * The public, read-only directory API: no authentication, CORS `*`, strong ETags and
 * short public caching (see plugins/public-cache.ts). Mounted at /api/v1.
 */
const publicRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { search, directory, areaTree } = app.registry;
  // The widget asks the same few questions over and over (every keystroke, every visitor):
  // serve repeats from memory until the data changes.
  const searchResponses = createResponseCache(2000);

  app.get(
    '/enterprises',
    {
      schema: {
        tags: ['public'],
        summary: 'Search published enterprises',
        description:
          'Full-text search that ignores accents and case, accepts Greeklish and finds inflected forms (stems), with filters and facet counts. Facet counts ignore their own filter. Also names the categories the words match (matchedCategories) and, on the first page, offers spelling suggestions (suggestions).',
        querystring: EnterpriseListQuerySchema,
        response: { 200: EnterpriseListSchema, ...problemResponses(400) },
      },
      config: { publicCache: true },
    },
    async (request, reply) => {
      const { q, category, cpv, area, legalForm, page, pageSize } = request.query;
      const lang: Lang = request.query.lang ?? 'el';
      const version = app.registry.dataVersion();
      const key = JSON.stringify([lang, q ?? '', category ?? '', cpv ?? '', area ?? '', legalForm ?? '', page, pageSize]);
      const cached = searchResponses.get(key, version);
      if (cached) {
        sendCached(reply, cached);
        return reply;
      }
      let cpvCode: string | undefined;
      if (cpv) {
        const parsed = parseCpv(cpv);
        if (!parsed) throw new InvalidParameterProblem('cpv', 'is not a CPV code (NNNNNNNN-N)');
        cpvCode = parsed.code;
      }
      if (area && !areaTree.get(area)) throw new InvalidParameterProblem('area', `unknown area "${area}"`);
      const result = search({
        q,
        category,
        cpv: cpvCode,
        areaIds: area ? areaTree.relevantTo(area) : undefined,
        legalForm,
        page,
        pageSize,
        suggest: true,
      });
      const categoryNames = app.registry.categoryNames(lang);
      const body = {
        items: directory.summaries(result.ids, lang),
        total: result.total,
        page,
        pageSize,
        facets: {
          categories: [...categoryNames.entries()]
            .filter(([id]) => result.facets.categories.has(id))
            .map(([id, name]) => ({ id, name, count: result.facets.categories.get(id)! })),
          legalForms: LEGAL_FORMS.filter((f) => result.facets.legalForms.has(f.id)).map((f) => ({
            id: f.id,
            name: lang === 'en' ? f.nameEn : f.nameEl,
            count: result.facets.legalForms.get(f.id)!,
          })),
        },
        matchedCategories: result.matchedCategories.map((c) => ({ ...c, name: categoryNames.get(c.id) ?? c.id })),
        suggestions: result.suggestions,
      };
      // Serialized by the route's response schema (the whitelist), then kept for repeats.
      sendCached(reply, searchResponses.set(key, version, reply.serialize(body) as string));
      return reply;
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
      config: { publicCache: true },
    },
    async (request) => {
      const profile = directory.profile(request.params.slug, request.query.lang ?? 'el');
      if (!profile) throw new NotFoundProblem('Enterprise', `No published enterprise "${request.params.slug}"`);
      return profile;
    },
  );

  const categoryRows = app.sqlite.prepare(`
    select c.id, c.name_el, c.name_en,
      (select json_group_array(p.cpv_prefix) from category_cpv_prefixes p where p.category_id = c.id) as prefixes,
      (select count(distinct s.enterprise_id) from service_categories sc join services s on s.id = sc.service_id
         join enterprises e on e.id = s.enterprise_id
         where sc.category_id = c.id and s.status = 'active' and e.status = 'published') as enterprises
    from categories c order by c.sort_order, c.id`);

  app.get(
    '/categories',
    {
      schema: {
        tags: ['reference'],
        summary: 'Service categories, with the CPV prefixes they map to and how many published enterprises offer them',
        querystring: LangQuerySchema,
        response: { 200: CategoryListSchema, ...problemResponses(400) },
      },
      config: { publicCache: true },
    },
    async (request) => {
      const lang = request.query.lang ?? 'el';
      const rows = categoryRows.all() as Array<{ id: string; name_el: string; name_en: string; prefixes: string; enterprises: number }>;
      return {
        items: rows.map((r) => ({
          id: r.id,
          name: lang === 'en' ? r.name_en : r.name_el,
          cpvPrefixes: JSON.parse(r.prefixes) as string[],
          enterpriseCount: r.enterprises,
        })),
      };
    },
  );

  const KIND_ORDER = { country: 0, region: 1, regional_unit: 2, municipality: 3 } as const;
  app.get(
    '/areas',
    {
      schema: {
        tags: ['reference'],
        summary: 'Areas: the country, regions (NUTS 2), regional units (NUTS 3) and municipalities',
        querystring: LangQuerySchema,
        response: { 200: AreaListSchema, ...problemResponses(400) },
      },
      config: { publicCache: true },
    },
    async (request) => {
      const lang = request.query.lang ?? 'el';
      const collator = new Intl.Collator(lang);
      const items = areaTree
        .all()
        .map((a) => ({ id: a.id, kind: a.kind, name: lang === 'en' ? a.nameEn : a.nameEl, parentId: a.parentId, nutsCode: a.nutsCode }))
        .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || collator.compare(a.name, b.name));
      return { items };
    },
  );

  const cpvLookup = createCpvLookup(app.sqlite);
  app.registry.onReferenceReload(() => cpvLookup.reload());

  app.get(
    '/cpv',
    {
      schema: {
        tags: ['reference'],
        summary: 'CPV autocomplete by code prefix or by words of the Greek or English label',
        querystring: CpvQuerySchema,
        response: { 200: CpvListSchema, ...problemResponses(400) },
      },
      config: { publicCache: true },
    },
    async (request) => {
      const { q, limit } = request.query;
      const lang = request.query.lang ?? 'el';
      const matches = cpvLookup.find(q, limit, lang);
      return {
        items: matches.map((r) => ({
          code: r.code,
          formatted: formatCpv(r.code, r.check_digit),
          label: lang === 'en' ? r.label_en : r.label_el,
          level: r.level || levelNumber(r.code),
          socialServices: r.social_services === 1,
        })),
      };
    },
  );
};

export default publicRoutes;
