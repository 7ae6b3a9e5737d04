import fp from 'fastify-plugin';
import helmet from 'helmet';
import type { FastifyInstance } from 'fastify';
import { tileOrigin } from '../domain/map-tiles.ts';

/**
 * Security headers on every response (CSP, nosniff, Referrer-Policy, frame-ancestors…).
 *
 * The helmet middleware is built once: @fastify/helmet rebuilds it, re-parsing the CSP,
 * on every request, which cost more than the whole cached search response. Routes that
 * need other values (the public API's CORP, the staff app's CSP) set them with
 * `reply.header`, which Fastify writes over these at send time.
 */
const buildHeaders = (mapTileOrigin: string) =>
  helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // The map's tiles (issue 16) come from the configured tile server (MAP_TILE_URL).
        imgSrc: ["'self'", 'data:', mapTileOrigin],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    // HSTS only means something over HTTPS: set per request below.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });

async function securityHeaders(app: FastifyInstance) {
  const applyHeaders = buildHeaders(tileOrigin(app.config.map.tileUrl));
  app.addHook('onRequest', (request, reply, done) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    applyHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });
}

export default fp(securityHeaders, { name: 'security-headers' });
