import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { EligibilityResultSchema, NeedBodySchema, NeedQuerySchema } from '../../http/eligibility-schemas.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { requireRole } from '../../plugins/auth.ts';

const tags = ['eligibility'];

/**
 * Finding eligible enterprises for a need (issue 6): the search, and the shortlist for the
 * procurement file as .xlsx and as a printable page. Municipal staff only. Mounted at /api/v1.
 */
const eligibilityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { eligibility } = app.services;
  const staffOnly = requireRole('admin', 'staff');
  const exportSchema = (summary: string) => ({
    tags,
    summary,
    querystring: NeedQuerySchema,
    response: { 200: Type.Any(), ...problemResponses(400, 401, 403) },
  });

  app.post(
    '/eligibility/search',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary: 'Enterprises eligible for a need and award route, grouped, with every rule and its reason',
        body: NeedBodySchema,
        response: { 200: EligibilityResultSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => eligibility.search(request.body, 'body'),
  );

  app.get(
    '/eligibility/shortlist.xlsx',
    {
      preHandler: staffOnly,
      schema: exportSchema('The shortlist as an Excel workbook: criteria, results, every check'),
    },
    async (request, reply) => {
      const { fileName, body } = await eligibility.shortlistWorkbook(request.query, request.query.lang ?? 'el');
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'no-store')
        .send(body);
    },
  );

  app.get(
    '/eligibility/shortlist',
    { preHandler: staffOnly, schema: exportSchema('The shortlist as a printable A4 page') },
    async (request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(await eligibility.shortlistPage(request.query, request.query.lang ?? 'el')),
  );
};

export default eligibilityRoutes;
