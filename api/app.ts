import Fastify, { type FastifyServerOptions } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import etag from '@fastify/etag';
import type { DatabaseHandle } from '../db/connection.ts';
import type { AppConfig } from './config.ts';
import problemDetails, { frameworkErrorProblem } from './plugins/problem-details.ts';
import openapi from './plugins/openapi.ts';
import registry from './plugins/registry.ts';
import publicCache from './plugins/public-cache.ts';
import securityHeaders from './plugins/security-headers.ts';
import finiteNumbers from './plugins/finite-numbers.ts';
import textHygiene from './plugins/text-hygiene.ts';
import auth from './plugins/auth.ts';
import authRoutes from './routes/auth/index.ts';
import userRoutes from './routes/users/index.ts';
import invitationRoutes from './routes/invitations/index.ts';
import mailOutboxRoutes from './routes/mail-outbox/index.ts';
import adminAppRoutes from './routes/admin-app/index.ts';
import publicRoutes from './routes/public/index.ts';
import publicMapRoutes from './routes/public-map/index.ts';
import healthRoutes from './routes/health/index.ts';
import siteRoutes from './routes/site/index.ts';
import widgetRoutes from './routes/widget/index.ts';
import hsdsRoutes from './routes/hsds/index.ts';
import publicPagesRoutes from './routes/public-pages/index.ts';
import spreadsheetRoutes from './routes/spreadsheets/index.ts';
import backups from './plugins/backups.ts';
import metrics from './plugins/metrics.ts';
import loadShedding from './plugins/load-shedding.ts';
import turnBudgetShedding from './plugins/turn-budget-shedding.ts';
import operationsRoutes from './routes/operations/index.ts';
import eligibilityRoutes from './routes/eligibility/index.ts';
import contractRoutes from './routes/contracts/index.ts';
import statsRoutes from './routes/stats/index.ts';
import { genReqId, lazyChildLogger } from './ops/logging.ts';
import { httpServerFactory } from './ops/http-server.ts';
import uploads from './plugins/uploads.ts';
import services from './plugins/services.ts';
import myEnterpriseRoutes from './routes/my-enterprise/index.ts';
import changeRequestRoutes from './routes/change-requests/index.ts';
import staffEnterpriseRoutes from './routes/staff-enterprises/index.ts';
import staffOverviewRoutes from './routes/staff-overview/index.ts';
import complianceRoutes from './routes/compliance/index.ts';
import consultationRoutes from './routes/consultations/index.ts';
import myConsultationRoutes from './routes/my-consultations/index.ts';
import socialValueRoutes from './routes/social-value/index.ts';
import mySocialValueRoutes from './routes/my-social-value/index.ts';
import publicConsultationRoutes from './routes/public-consultations/index.ts';

export interface BuildAppOptions {
  db: DatabaseHandle;
  config: AppConfig;
  logger?: FastifyServerOptions['logger'];
  /** The clock of requests for quotes (deadlines, sealed offers): tests move it past a deadline. */
  consultationClock?: () => Date;
}

/** Builds the application without listening (server.ts listens; tests use inject). */
export async function buildApp({ db, config, logger, consultationClock }: BuildAppOptions) {
  const app = Fastify({
    logger: logger ?? false,
    // A hop count is valid at runtime (proxy-addr) though Fastify's types omit it.
    trustProxy: config.trustProxy as FastifyServerOptions['trustProxy'],
    bodyLimit: 1024 * 1024,
    // Unknown body fields are rejected (additionalProperties: false in schemas), not silently dropped.
    // TypeBox unions (`string | number` field values) and intersected bodies are valid JSON Schema; Ajv's strict
    // type checks would only log a warning for each at every start.
    ajv: {
      customOptions: {
        removeAdditional: false,
        coerceTypes: 'array',
        useDefaults: true,
        allErrors: false,
        allowUnionTypes: true,
        strictTypes: false,
      },
    },
    routerOptions: { maxParamLength: 200 },
    // Request ids on every log line, taken from the proxy's X-Request-Id when sane (api/ops/logging.ts).
    genReqId,
    // The request's logger is made on its first line (ops/logging.ts).
    childLoggerFactory: lazyChildLogger,
    requestIdHeader: false,
    frameworkErrors: frameworkErrorProblem,
    // Request, header and idle time limits (README "Operations"): slow clients cannot hold requests open.
    serverFactory: httpServerFactory(config.operations.http),
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('db', db.db);
  app.decorate('sqlite', db.sqlite);
  app.decorate('config', config);
  app.decorate('consultationClock', consultationClock ?? (() => new Date()));

  await app.register(problemDetails);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  await app.register(backups);
  await app.register(metrics);
  await app.register(loadShedding);
  await app.register(turnBudgetShedding);
  await app.register(securityHeaders);
  await app.register(finiteNumbers);
  await app.register(textHygiene);
  await app.register(etag);
  await app.register(publicCache);
  await app.register(openapi);
  await app.register(registry);
  await app.register(auth);
  await app.register(uploads);
  await app.register(services);

  await app.register(healthRoutes);
  await app.register(siteRoutes);
  await app.register(widgetRoutes);
  await app.register(publicRoutes, { prefix: '/api/v1' });
  await app.register(publicMapRoutes, { prefix: '/api/v1' });
  await app.register(authRoutes, { prefix: '/api/v1/auth' });
  await app.register(userRoutes, { prefix: '/api/v1/users' });
  await app.register(invitationRoutes, { prefix: '/api/v1/invitations' });
  await app.register(mailOutboxRoutes, { prefix: '/api/v1/mail-outbox' });
  await app.register(adminAppRoutes);
  await app.register(hsdsRoutes, { prefix: '/hsds' });
  await app.register(publicPagesRoutes);
  await app.register(spreadsheetRoutes, { prefix: '/api/v1/spreadsheets' });
  await app.register(operationsRoutes, { prefix: '/api/v1/operations' });
  await app.register(eligibilityRoutes, { prefix: '/api/v1' });
  await app.register(contractRoutes, { prefix: '/api/v1' });
  await app.register(statsRoutes, { prefix: '/api/v1' });
  await app.register(myEnterpriseRoutes, { prefix: '/api/v1/my/enterprise' });
  await app.register(changeRequestRoutes, { prefix: '/api/v1/change-requests' });
  await app.register(staffEnterpriseRoutes, { prefix: '/api/v1' });
  await app.register(staffOverviewRoutes, { prefix: '/api/v1' });
  await app.register(complianceRoutes, { prefix: '/api/v1' });
  await app.register(consultationRoutes, { prefix: '/api/v1/consultations' });
  await app.register(myConsultationRoutes, { prefix: '/api/v1/my/consultations' });
  await app.register(socialValueRoutes, { prefix: '/api/v1/social-value' });
  await app.register(mySocialValueRoutes, { prefix: '/api/v1/my/social-value' });
  await app.register(publicConsultationRoutes, { prefix: '/api/v1/open-consultations' });

  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
