import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';

/** Liveness: the process answers and the database file can be read. */
const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ping = app.sqlite.prepare('select 1');
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['operations'],
        summary: 'Liveness check',
        response: { 200: Type.Object({ status: Type.Literal('ok') }), 503: Type.Object({ status: Type.Literal('unavailable') }) },
      },
    },
    async (_request, reply) => {
      try {
        ping.get();
        reply.header('cache-control', 'no-store');
        return { status: 'ok' as const };
      } catch {
        return reply.code(503).send({ status: 'unavailable' as const });
      }
    },
  );
};

export default healthRoutes;
