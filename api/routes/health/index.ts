import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { neverShed } from '../../plugins/load-shedding.ts';

const CheckSchema = Type.Object({
  database: Type.Union([Type.Literal('ok'), Type.Literal('unreachable')]),
  migrations: Type.Union([Type.Literal('current'), Type.Literal('pending'), Type.Literal('unknown')]),
  load: Type.Union([Type.Literal('ok'), Type.Literal('shedding')], {
    description:
      'shedding = the server has answered 503 to new requests without a pause for LOAD_SHED_READINESS_AFTER_SECONDS',
  }),
});

/**
 * Probes for process managers, load balancers and monitoring. Never cached, never shed
 * under load (see plugins/load-shedding.ts).
 * - /healthz (liveness): the process answers and the database file can be read.
 * - /readyz (readiness): the database answers, every migration of this release is applied,
 *   and the server has not been shedding load without a pause for LOAD_SHED_READINESS_AFTER_SECONDS
 *   (a load balancer then sends traffic elsewhere; liveness stays 200, so nobody restarts it).
 */
const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { health } = app.services;

  app.get(
    '/healthz',
    {
      config: neverShed,
      schema: {
        tags: ['operations'],
        summary: 'Liveness check',
        response: {
          200: Type.Object({ status: Type.Literal('ok') }),
          503: Type.Object({ status: Type.Literal('unavailable') }),
        },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      if (health.alive()) return { status: 'ok' as const };
      return reply.code(503).send({ status: 'unavailable' as const });
    },
  );

  app.get(
    '/readyz',
    {
      config: neverShed,
      schema: {
        tags: ['operations'],
        summary: 'Readiness check: database reachable and migrations current',
        response: {
          200: Type.Object({ status: Type.Literal('ready'), checks: CheckSchema }),
          503: Type.Object({ status: Type.Literal('unavailable'), checks: CheckSchema }),
        },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      const sustained = app.loadShedding.sheddingForMs() >= app.config.operations.loadShedReadinessAfterSeconds * 1000;
      const { ready, checks } = await health.readiness({ sheddingSustained: sustained });
      if (ready) return { status: 'ready' as const, checks };
      return reply.code(503).send({ status: 'unavailable' as const, checks });
    },
  );
};

export default healthRoutes;
