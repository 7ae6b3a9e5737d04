import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { AppError, NotFoundError } from '../../domain/errors.ts';
import { msg } from '../../domain/messages/index.ts';
import { tileOrigin } from '../../domain/map-tiles.ts';

/**
 * The staff app's own policy (issue 4, scope 6): nothing but our own scripts, styles,
 * API and images (plus data: images for the MFA QR code, and the map's tiles from the configured
 * tile server, issue 16); never framed.
 */
const adminCsp = (mapTileOrigin: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: ${mapTileOrigin}`,
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

function withAdminHeaders(reply: FastifyReply): FastifyReply {
  return (
    reply
      .header('content-security-policy', adminCsp(tileOrigin(reply.server.config.map.tileUrl)))
      .header('x-frame-options', 'DENY')
      // Links in e-mails carry their token in the #fragment, which browsers never send; still, send no referrer at all.
      .header('referrer-policy', 'no-referrer')
  );
}

/**
 * Serves the built staff app (dist/admin, `vite build --mode admin`) under /admin/.
 * Hashed assets are cached for a year; every other path under /admin/ is a client
 * route and gets index.html (never cached, so a new build is picked up at once).
 */
const adminAppRoutes: FastifyPluginAsync = async (app) => {
  const root = join(app.config.webDistDir, 'admin');
  await app.register(fastifyStatic, { root, serve: false });

  app.get('/admin', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/admin/', 301));

  app.get('/admin/*', { schema: { hide: true } }, async (request, reply) => {
    if (!existsSync(join(root, 'index.html'))) {
      throw new AppError(
        'unavailable',
        'admin_app_not_built',
        msg('admin_app.not_built.title'),
        msg('problem.unavailable.detail'),
      );
    }
    withAdminHeaders(reply);
    const wanted = normalize((request.params as { '*': string })['*'] || '');
    const file = join(root, wanted);
    const inside = file.startsWith(root + sep);
    if (inside && wanted !== 'index.html' && existsSync(file) && statSync(file).isFile()) {
      const immutable = wanted.startsWith(`assets${sep}`);
      return reply.sendFile(wanted, root, {
        maxAge: immutable ? 365 * 24 * 3600 * 1000 : 0,
        immutable,
        cacheControl: true,
      });
    }
    if (/\.[a-z0-9]+$/i.test(wanted)) throw new NotFoundError('file', msg('admin_app.no_file', { file: wanted }));
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html', root, { cacheControl: false });
  });
};

export default adminAppRoutes;
