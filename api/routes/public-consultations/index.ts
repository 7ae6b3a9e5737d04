import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { PublicConsultationListSchema } from '../../http/consultation-schemas.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { LangQuerySchema } from '../../http/schemas.ts';

/**
 * Open requests for quotes listed publicly (issue 13): no authentication, CORS `*` like the
 * rest of the public API. Empty unless PUBLIC_CONSULTATIONS is on. Mounted at /api/v1/open-consultations.
 */
const publicConsultationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { publicConsultations } = app.services;
  app.get(
    '/',
    {
      schema: {
        tags: ['public'],
        summary:
          'Open requests for quotes the municipality lists publicly: title, category, deadline, how to take part',
        querystring: LangQuerySchema,
        response: { 200: PublicConsultationListSchema, ...problemResponses(400) },
      },
      config: { publicCache: true },
    },
    async (request) => publicConsultations.list(request.query.lang ?? 'el'),
  );
};

export default publicConsultationRoutes;
