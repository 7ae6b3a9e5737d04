import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';

/**
 * OpenAPI 3.1 generated from the route schemas (TypeBox is the single contract),
 * served at /openapi.json (and /docs/json, where Swagger UI used to serve it). The readable
 * reference at /docs is a public page (routes/public-pages/api-docs-page.ts).
 */
async function openapi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'KoinSEp Directory API',
        version: '1.0.0',
        description:
          'Μητρώο Κοινωνικών Συνεταιριστικών Επιχειρήσεων του Δήμου. Register of the social cooperative enterprises a Greek municipality works with. Errors are RFC 9457 problem details.',
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      servers: [{ url: app.config.publicOrigin }],
      tags: [
        { name: 'public', description: 'Public directory (no authentication, CORS *)' },
        { name: 'reference', description: 'Reference lists: categories, areas, CPV' },
        { name: 'operations', description: 'Health and operations' },
        {
          name: 'accounts',
          description: 'Sign-in, second factor, sessions, invitations and people (session cookie + x-csrf-token)',
        },
      ],
    },
    refResolver: {
      // Shared schemas keep their $id as the component name (e.g. #/components/schemas/Problem).
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/docs/json', { schema: { hide: true } }, async () => app.swagger());
}

export default fp(openapi, { name: 'openapi', dependencies: ['problem-details'] });
