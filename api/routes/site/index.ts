import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import fastifyStatic from '@fastify/static';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The site's static assets (the residents' home page is in routes/public-pages). */
const siteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(fastifyStatic, {
    root: fileURLToPath(new URL('../../public/', import.meta.url)),
    prefix: '/assets/',
    maxAge: '1h',
  });

  // The public pages' map (issue 16): built by `vite build --mode site`.
  await app.register(fastifyStatic, {
    root: join(app.config.webDistDir, 'site'),
    prefix: '/assets/map/',
    decorateReply: false,
    maxAge: '1h',
  });

  // Browsers ask for /favicon.ico on every page that names no icon.
  app.get('/favicon.ico', { schema: { hide: true } }, async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=86400');
    return reply.type('image/svg+xml').sendFile('favicon.svg');
  });
};

export default siteRoutes;
