import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { escapeHtml } from '../../http/html.ts';
import { LangQuerySchema } from '../../http/schemas.ts';
import { pageUrls, renderEnterprisePage, renderIndexPage, renderNotFoundPage } from './enterprise-page.ts';

const INDEX_PAGE_SIZE = 48;

/**
 * Public, server-rendered HTML: /enterprises/{slug} (the link the widget shares and the
 * API returns as `publicUrl`), /enterprises (an index for people and crawlers) and
 * /sitemap.xml. Greek by default, `?lang=en` for English. No client JavaScript.
 */
const publicPagesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const origin = app.config.publicOrigin;
  const { directory } = app.services;

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
    '/enterprises',
    {
      schema: {
        hide: true,
        querystring: Type.Object({ lang: LangQuerySchema.properties.lang, page: Type.Integer({ minimum: 1, maximum: 10000, default: 1 }) }),
      },
      config: { publicCache: true },
    },
    async (request, reply) => {
      const lang = request.query.lang ?? 'el';
      const { page } = request.query;
      const result = directory.index(page, INDEX_PAGE_SIZE, lang);
      reply.type('text/html; charset=utf-8').header('content-language', lang);
      const urls = pageUrls(origin, `/enterprises${page > 1 ? `?page=${page}` : ''}`);
      if (page > 1) {
        // The page number is part of the canonical address.
        urls.en = urls.en.replace('?lang=en', '&lang=en');
      }
      return renderIndexPage(result.items, result.total, page, INDEX_PAGE_SIZE, lang, urls);
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
        .map((l) => `<url><loc>${escapeHtml(urls[l])}</loc>${lastmod ? `<lastmod>${lastmod.slice(0, 10)}</lastmod>` : ''}${alternates}</url>`)
        .join('\n');
    };
    const body = [entry('/enterprises', null), ...rows.map((r) => entry(`/enterprises/${encodeURIComponent(r.slug)}`, r.updated_at))].join('\n');
    reply.type('application/xml; charset=utf-8');
    return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${body}
</urlset>
`;
  });
};

export default publicPagesRoutes;
