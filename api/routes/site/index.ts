import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import fastifyStatic from '@fastify/static';
import { fileURLToPath } from 'node:url';
import { html } from '../../http/html.ts';
import { LangQuerySchema } from '../../http/schemas.ts';

const TEXT = {
  el: {
    title: 'Μητρώο Κοινωνικών Επιχειρήσεων',
    intro:
      'Το μητρώο των κοινωνικών συνεταιριστικών επιχειρήσεων (ΚοινΣΕπ) με τις οποίες συνεργάζεται ο Δήμος και των υπηρεσιών που προσφέρουν.',
    enterprises: 'επιχειρήσεις δημοσιευμένες',
    apiDocs: 'Τεκμηρίωση API',
    apiDocsText: 'OpenAPI 3.1 με δοκιμή κλήσεων από τον φυλλομετρητή.',
    search: 'Αναζήτηση',
    searchText: 'Παράδειγμα: αναζήτηση «καθαρισμός» στο δημόσιο API.',
    embed: 'Ενσωμάτωση στον ιστότοπο',
    embedText: 'Δείτε τον κατάλογο ενσωματωμένο σε σελίδα δήμου.',
    staff: 'Εφαρμογή προσωπικού',
    staffText: 'Είσοδος για το προσωπικό του Δήμου και τις επιχειρήσεις.',
    other: 'English',
  },
  en: {
    title: 'Social Enterprise Directory',
    intro: 'The register of the social cooperative enterprises (KoinSEp) the municipality works with, and the services they offer.',
    enterprises: 'published enterprises',
    apiDocs: 'API documentation',
    apiDocsText: 'OpenAPI 3.1, with calls you can try from the browser.',
    search: 'Search',
    searchText: 'Example: search “cleaning” in the public API.',
    embed: 'Embed on your site',
    embedText: "See the directory embedded in a municipality's page.",
    staff: 'Staff app',
    staffText: 'Sign-in for municipal staff and enterprises.',
    other: 'Ελληνικά',
  },
} as const;

/** The landing page and the site's static assets. */
const siteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(fastifyStatic, {
    root: fileURLToPath(new URL('../../public/', import.meta.url)),
    prefix: '/assets/',
    maxAge: '1h',
  });

  // Browsers ask for /favicon.ico on every page that names no icon.
  app.get('/favicon.ico', { schema: { hide: true } }, async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=86400');
    return reply.type('image/svg+xml').sendFile('favicon.svg');
  });

  app.get('/', { schema: { hide: true, querystring: LangQuerySchema } }, async (request, reply) => {
    const lang = request.query.lang ?? 'el';
    const t = TEXT[lang];
    const count = app.services.directory.publishedCount();
    const exampleQuery = lang === 'el' ? 'καθαρισμός' : 'cleaning';
    reply.type('text/html; charset=utf-8');
    return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<header class="site"><a class="brand" href="/${lang === 'en' ? '?lang=en' : ''}">${t.title}</a>
<a href="/?lang=${lang === 'el' ? 'en' : 'el'}" lang="${lang === 'el' ? 'en' : 'el'}">${t.other}</a></header>
<main>
<h1>${t.title}</h1>
<p>${t.intro}</p>
<p class="muted"><strong>${count}</strong> ${t.enterprises}</p>
<ul class="cards">
<li><h2><a href="/docs">${t.apiDocs}</a></h2><p>${t.apiDocsText}</p></li>
<li><h2><a href="/api/v1/enterprises?q=${encodeURIComponent(exampleQuery)}&amp;lang=${lang}">${t.search}</a></h2><p>${t.searchText}</p>
<pre><code>GET /api/v1/enterprises?q=${exampleQuery}</code></pre></li>
<li><h2><a href="/embed-demo">${t.embed}</a></h2><p>${t.embedText}</p></li>
<li><h2><a href="/admin/">${t.staff}</a></h2><p>${t.staffText}</p></li>
</ul>
</main>
<footer class="site">KoinSEp Directory · <a href="/openapi.json">OpenAPI</a></footer>
</body>
</html>`.toString();
  });
};

export default siteRoutes;
