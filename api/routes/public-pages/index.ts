import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { escapeHtml } from '../../http/html.ts';
import { LangQuerySchema } from '../../http/schemas.ts';
import { LEGAL_FORM_IDS } from '../../domain/legal-forms.ts';
import { oneOf } from '../../http/schemas.ts';
import { renderHomePage, renderSearchPage, searchHref, type SearchParams } from './directory-pages.ts';
import { pageUrls, renderEnterprisePage, renderNotFoundPage } from './enterprise-page.ts';
import { renderApiDocsPage, type OpenApiDocument } from './api-docs-page.ts';
import type { PageLang } from './page-text.ts';

const INDEX_PAGE_SIZE = 20;
const RECENTLY_VERIFIED = 6;

/**
 * Public, server-rendered HTML: /enterprises/{slug} (the link the widget shares and the
 * API returns as `publicUrl`), / (the residents' home), /enterprises (the directory's search,
 * filters and paging, for people and crawlers) /docs (the API reference, from the OpenAPI document) and /sitemap.xml. Greek by default, `?lang=en` for English. No client JavaScript.
 */
const publicPagesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const origin = app.config.publicOrigin;
  const { directory } = app.services;
  const tiles = { url: app.config.map.tileUrl, attribution: app.config.map.attribution };

  app.get(
    '/enterprises/:slug',
    {
      schema: {
        hide: true,
        params: Type.Object({ slug: Type.String({ maxLength: 200 }) }),
        querystring: LangQuerySchema,
      },
      config: { publicCache: true },
    },
    async (request, reply) => {
      const lang = request.query.lang ?? 'el';
      const { slug } = request.params;
      const urls = pageUrls(origin, `/enterprises/${encodeURIComponent(slug)}`);
      reply.type('text/html; charset=utf-8');
      const profile = /^[a-z0-9-]+$/.test(slug) ? directory.findProfile(slug, lang) : null;
      if (!profile) {
        reply.code(404).header('x-robots-tag', 'noindex');
        return renderNotFoundPage(lang, urls);
      }
      reply.header('content-language', lang);
      return renderEnterprisePage(profile, lang, urls);
    },
  );

  app.get(
    '/',
    { schema: { hide: true, querystring: LangQuerySchema }, config: { publicCache: true } },
    async (request, reply) => {
      const lang = request.query.lang ?? 'el';
      reply.type('text/html; charset=utf-8').header('content-language', lang);
      return renderHomePage(
        {
          openRequests: (await app.services.publicConsultations.list(lang)).items,
          count: directory.publishedCount(),
          categories: directory.categories(lang),
          recent: directory.recentlyVerified(RECENTLY_VERIFIED, lang),
          map: { tiles, ...app.services.map.locations({}, lang) },
        },
        lang,
        pageUrls(origin, '/'),
      );
    },
  );

  app.get(
    '/enterprises',
    {
      schema: {
        hide: true,
        querystring: Type.Object({
          lang: LangQuerySchema.properties.lang,
          q: Type.Optional(Type.String({ maxLength: 200 })),
          category: Type.Optional(Type.String({ maxLength: 64, pattern: '^[a-z0-9_-]*$' })),
          area: Type.Optional(Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9-]*$' })),
          legalForm: Type.Optional(Type.Union([oneOf(LEGAL_FORM_IDS), Type.Literal('')])),
          page: Type.Integer({ minimum: 1, maximum: 10000, default: 1 }),
        }),
      },
      config: { publicCache: true },
    },
    async (request, reply) => {
      const { lang = 'el', page } = request.query;
      const params: SearchParams = {
        q: request.query.q?.trim() || undefined,
        category: request.query.category || undefined,
        area: request.query.area || undefined,
        legalForm: request.query.legalForm || undefined,
        page,
      };
      const result = directory.search(
        {
          ...params,
          legalForm: params.legalForm as (typeof LEGAL_FORM_IDS)[number] | undefined,
          pageSize: INDEX_PAGE_SIZE,
        },
        lang,
      );
      reply.type('text/html; charset=utf-8').header('content-language', lang);
      // Canonical per query and page: the same parameters in one order, empty ones left out.
      const urls = { el: `${origin}${searchHref(params, 'el')}`, en: `${origin}${searchHref(params, 'en')}` };
      if (result.items.length === 0 && page > 1) reply.code(404).header('x-robots-tag', 'noindex');
      const map = {
        tiles,
        ...app.services.map.locations(
          { ...params, legalForm: params.legalForm as (typeof LEGAL_FORM_IDS)[number] | undefined },
          lang,
        ),
      };
      return renderSearchPage(result, params, lang, urls, map);
    },
  );

  // The OpenAPI document is fixed once the app is ready: render the page once per language.
  const docsPages = new Map<PageLang, string>();
  app.get(
    '/docs',
    { schema: { hide: true, querystring: LangQuerySchema }, config: { publicCache: true } },
    async (request, reply) => {
      const lang = request.query.lang ?? 'el';
      reply.type('text/html; charset=utf-8').header('content-language', lang);
      let page = docsPages.get(lang);
      if (page === undefined) {
        page = renderApiDocsPage(app.swagger() as unknown as OpenApiDocument, lang, pageUrls(origin, '/docs'));
        docsPages.set(lang, page);
      }
      return page;
    },
  );

  app.get('/sitemap.xml', { schema: { hide: true }, config: { publicCache: true } }, async (_request, reply) => {
    const rows = directory.publishedPages();
    const entry = (path: string, lastmod: string | null) => {
      const urls = pageUrls(origin, path);
      const alternates = (['el', 'en'] as const)
        .map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${escapeHtml(urls[l])}"/>`)
        .join('');
      return (['el', 'en'] as const)
        .map(
          (l) =>
            `<url><loc>${escapeHtml(urls[l])}</loc>${lastmod ? `<lastmod>${lastmod.slice(0, 10)}</lastmod>` : ''}${alternates}</url>`,
        )
        .join('\n');
    };
    const body = [
      entry('/enterprises', null),
      ...rows.map((r) => entry(`/enterprises/${encodeURIComponent(r.slug)}`, r.updated_at)),
    ].join('\n');
    reply.type('application/xml; charset=utf-8');
    return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${body}
</urlset>
`;
  });
};

export default publicPagesRoutes;
