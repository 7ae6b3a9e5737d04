import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { createServices, type Services } from '../services/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every service (api/services/); the one way routes reach the work. */
    services: Services;
  }
}

/** `app.services`, built from the app's database, stores and mailer once they are decorated. */
async function services(app: FastifyInstance) {
  const { sessions, loginFailures, signInThrottle, mfaFailures, resetRequests, mailer } = app.accounts;
  app.decorate(
    'services',
    createServices({
      db: app.db,
      sqlite: app.sqlite,
      registry: app.registry,
      sessions,
      limits: { loginFailures, signInThrottle, mfaFailures, resetRequests },
      mailer,
      uploads: app.uploads,
      backups: app.backups,
      site: app.config,
      log: app.log,
      consultations: {
        clock: app.consultationClock,
        minDeadlineMinutes: () => app.config.consultationMinDeadlineMinutes,
        authority: () => app.config.authority,
      },
    }),
  );
}

export default fp(services, { name: 'services', dependencies: ['registry', 'auth', 'uploads', 'backups'] });
