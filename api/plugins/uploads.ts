import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { createUploadStore, type UploadStore } from '../uploads/upload-store.ts';

declare module 'fastify' {
  interface FastifyInstance {
    uploads: UploadStore;
  }
}

/** `app.uploads`: the file store under config.uploadDir (documents and logos). */
async function uploads(app: FastifyInstance) {
  app.decorate('uploads', createUploadStore(app.config.uploadDir));
}

export default fp(uploads, { name: 'uploads' });
