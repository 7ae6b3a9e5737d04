import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Type } from 'typebox';
import { HttpProblem, NotFoundProblem } from '../../http/errors.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import {
  CHUNK_FILE,
  createWidgetBundleLoader,
  negotiateEncoding,
  WIDGET_FILE,
  type WidgetBundle,
  type WidgetFile,
} from './widget-bundle.ts';
import { embedDemoPage } from './embed-demo-page.ts';
import { tileOrigin } from '../../domain/map-tiles.ts';

/** The plain URL may change at any deploy: browsers revalidate it (cheap, ETag) after 5 minutes. */
const SHORT_CACHE = 'public, max-age=300, stale-while-revalidate=3600';
/** A hashed URL (the pinned main file, every chunk) never changes content. */
const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** The demo page proves the widget runs under the strict policy the issue names. */
const demoCsp = (mapTileOrigin: string) =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    // The widget's map (issue 16) shows tiles from the configured tile server.
    `img-src 'self' data: ${mapTileOrigin}`,
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

const WidgetManifestSchema = Type.Object({
  script: Type.String({ description: 'URL to paste in a page: always the newest version (cached 5 minutes)' }),
  pinnedScript: Type.String({ description: 'Content-hashed URL of this exact version (cached forever)' }),
  integrity: Type.String({ description: 'Subresource Integrity digest of the pinned script' }),
  bytes: Type.Integer(),
  gzipBytes: Type.Integer(),
  chunks: Type.Array(
    Type.Object({
      url: Type.String({ description: 'Content-hashed URL (cached forever), next to the main file, named inside it' }),
      integrity: Type.String({ description: 'Subresource Integrity digest, e.g. for an import map' }),
      bytes: Type.Integer(),
      gzipBytes: Type.Integer(),
    }),
    { description: 'What the script loads only when needed (the profile view, the English texts)' },
  ),
});

/**
 * The embeddable widget (issue 3): /widget/koinsep-directory.js for the snippet, a
 * content-hashed immutable copy, the content-hashed chunks it loads when needed (issue 17),
 * a manifest with integrity digests, and the /embed-demo page. Any site may load the
 * scripts (CORS *, CORP cross-origin; a cross-origin module script needs both). Without a
 * build, answers 503 naming the fix (and logs where it looked, which a visitor never sees).
 */
const widgetRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const distDir = join(app.config.webDistDir, 'widget');
  const loader = createWidgetBundleLoader(distDir);
  const loadBundle = loader.load;
  const demoCss = readFileSync(new URL('./embed-demo.css', import.meta.url));
  const hashedName = (bundle: WidgetBundle) => WIDGET_FILE.replace(/\.js$/, `.${bundle.hash}.js`);

  function requireBundle(): WidgetBundle {
    const bundle = loadBundle();
    if (!bundle) {
      app.log.error({ path: join(distDir, WIDGET_FILE) }, 'widget script missing: run npm run build');
      throw new HttpProblem(
        503,
        'widget_not_built',
        'Widget not built',
        'The widget script has not been built on this server: run npm run build.',
      );
    }
    return bundle;
  }

  function crossOrigin(reply: FastifyReply) {
    reply.header('access-control-allow-origin', '*');
    reply.header('cross-origin-resource-policy', 'cross-origin');
    reply.header('x-content-type-options', 'nosniff');
  }

  function sendScript(
    request: FastifyRequest,
    reply: FastifyReply,
    file: WidgetFile,
    name: string,
    cacheControl: string,
  ) {
    crossOrigin(reply);
    const encoding = negotiateEncoding(request.headers['accept-encoding']);
    reply.header('vary', 'accept-encoding');
    reply.header('cache-control', cacheControl);
    reply.type('text/javascript; charset=utf-8');
    if (file.sourceMap) reply.header('sourcemap', `/widget/${name}.map`);
    // One strong ETag per representation (RFC 9110 §8.8.3): the compressed bytes differ.
    reply.header('etag', `"${file.hash}${encoding ? `-${encoding}` : ''}"`);
    if (encoding === 'br') return reply.header('content-encoding', 'br').send(file.brotli);
    if (encoding === 'gzip') return reply.header('content-encoding', 'gzip').send(file.gzip);
    return reply.send(file.source);
  }

  function sendSourceMap(reply: FastifyReply, map: Buffer, cacheControl: string) {
    crossOrigin(reply);
    reply.header('cache-control', cacheControl).type('application/json; charset=utf-8');
    return reply.send(map.toString('utf8'));
  }

  const scriptResponses = {
    200: Type.String({ description: 'ES module' }),
    302: Type.Null(),
    ...problemResponses(404, 503),
  };

  app.get(
    '/widget/:file',
    {
      schema: {
        tags: ['widget'],
        summary:
          'The embeddable directory script, its content-hashed copy, a chunk it loads when needed, or a source map',
        params: Type.Object({ file: Type.String({ maxLength: 80, pattern: '^[a-z0-9.-]+$' }) }),
        response: scriptResponses,
      },
    },
    async (request, reply) => {
      const { file } = request.params;
      const bundle = requireBundle();
      if (file === WIDGET_FILE) return sendScript(request, reply, bundle, WIDGET_FILE, SHORT_CACHE);
      if (file === `${WIDGET_FILE}.map` && bundle.sourceMap) return sendSourceMap(reply, bundle.sourceMap, SHORT_CACHE);
      const hashed = /^koinsep-directory\.([0-9a-f]{10})\.js$/.exec(file);
      if (hashed?.[1] === bundle.hash) return sendScript(request, reply, bundle, WIDGET_FILE, IMMUTABLE_CACHE);
      // A chunk (or its map), of this build or of an earlier one still on disk: its name is its content.
      const chunkName = file.endsWith('.map') ? file.slice(0, -4) : file;
      const chunk = CHUNK_FILE.test(chunkName) && !hashed ? loader.chunk(chunkName) : null;
      if (chunk && file === chunkName) return sendScript(request, reply, chunk, chunkName, IMMUTABLE_CACHE);
      if (chunk?.sourceMap) return sendSourceMap(reply, chunk.sourceMap, IMMUTABLE_CACHE);
      if (hashed) {
        // An older pinned version: send the page to the current one rather than break it.
        crossOrigin(reply);
        reply.header('cache-control', 'no-cache');
        return reply.redirect(`/widget/${hashedName(bundle)}`, 302);
      }
      throw new NotFoundProblem('Widget file', `No widget file "${file}"`);
    },
  );

  app.get(
    '/widget/manifest.json',
    {
      schema: {
        tags: ['widget'],
        summary: 'Where the widget script is, with the pinned (content-hashed) URL and its integrity digest',
        response: { 200: WidgetManifestSchema, ...problemResponses(503) },
      },
    },
    async (_request, reply) => {
      const bundle = requireBundle();
      crossOrigin(reply);
      reply.header('cache-control', 'public, max-age=60');
      return {
        script: `${app.config.publicOrigin}/widget/${WIDGET_FILE}`,
        pinnedScript: `${app.config.publicOrigin}/widget/${hashedName(bundle)}`,
        integrity: bundle.integrity,
        bytes: bundle.source.length,
        gzipBytes: bundle.gzip.length,
        chunks: [...bundle.chunks].map(([name, chunk]) => ({
          url: `${app.config.publicOrigin}/widget/${name}`,
          integrity: chunk.integrity,
          bytes: chunk.source.length,
          gzipBytes: chunk.gzip.length,
        })),
      };
    },
  );

  app.get('/embed-demo', { schema: { hide: true } }, async (_request, reply) => {
    const bundle = loadBundle();
    reply.header('content-security-policy', demoCsp(tileOrigin(app.config.map.tileUrl)));
    reply.header('cache-control', 'no-cache');
    reply.type('text/html; charset=utf-8');
    return embedDemoPage({
      publicOrigin: app.config.publicOrigin,
      integrity: bundle?.integrity ?? null,
      hashedPath: bundle ? `/widget/${hashedName(bundle)}` : null,
    });
  });

  app.get('/embed-demo/demo.css', { schema: { hide: true } }, async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    reply.type('text/css; charset=utf-8');
    return reply.send(demoCss);
  });
};

export default widgetRoutes;
