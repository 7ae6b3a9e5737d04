import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Public, anonymous GET: CORS `*`, cacheable by browsers and proxies, embeddable elsewhere. */
    publicCache?: boolean;
  }
}

/**
 * Headers for the public read API and widget: any site may read it (CORS `*`, no
 * credentials), browsers and proxies may keep it for a minute (the strong ETag from
 * @fastify/etag makes revalidation cheap), and other origins may load it
 * (Cross-Origin-Resource-Policy, which helmet would otherwise set to same-origin).
 */
async function publicCache(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.routeOptions.config.publicCache) return payload;
    reply.header('access-control-allow-origin', '*');
    reply.header('cross-origin-resource-policy', 'cross-origin');
    reply.header('vary', 'accept-encoding');
    if (reply.statusCode < 400) reply.header('cache-control', 'public, max-age=60, stale-while-revalidate=300');
    else reply.header('cache-control', 'no-store');
    return payload;
  });
}

export default fp(publicCache, { name: 'public-cache' });
