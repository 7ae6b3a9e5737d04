import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { createDirectoryRegistry, type DirectoryRegistry } from '../repositories/sqlite/directory-registry.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The directory's read models (search, area tree, public directory); services use them. */
    registry: DirectoryRegistry;
  }
}

/** `app.registry`: built once per app on its database connection. */
async function registry(app: FastifyInstance) {
  app.decorate('registry', createDirectoryRegistry(app.sqlite, app.config.publicOrigin));
}

export default fp(registry, { name: 'registry' });
