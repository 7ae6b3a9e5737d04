import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../http/problem-schema.ts';
import { LangQuerySchema } from '../../http/schemas.ts';

const PublicConsultationListSchema = Type.Object({
  enabled: Type.Boolean({ description: 'false while the municipality does not list requests publicly (the default)' }),
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      category: Type.Object({ code: Type.String(), label: Type.String() }),
      deadline: Type.String({ format: 'date-time' }),
      howToTakePart: Type.String(),
    }),
  ),
});

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
