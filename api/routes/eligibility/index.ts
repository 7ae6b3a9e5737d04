import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireRole } from '../../plugins/auth.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { runEligibilitySearch } from './run-search.ts';
import { EligibilityResultSchema, NeedBodySchema, NeedQuerySchema } from './schemas.ts';
import { buildShortlistWorkbook, renderShortlistHtml } from './shortlist.ts';

/**
 * Finding eligible enterprises for a need (issue 6): the search, and the shortlist for the
 * procurement file as .xlsx and as a printable page. Municipal staff only. Mounted at /api/v1.
 */
const eligibilityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const staffOnly = requireRole('admin', 'staff');

  app.post(
    '/eligibility/search',
    {
      preHandler: staffOnly,
      schema: {
        tags: ['eligibility'],
        summary: 'Enterprises eligible for a need and award route, grouped, with every rule and its reason',
        body: NeedBodySchema,
        response: { 200: EligibilityResultSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => runEligibilitySearch(app, request.body, 'body'),
  );

  const exportSchema = (summary: string) => ({
    tags: ['eligibility'],
    summary,
    querystring: NeedQuerySchema,
    response: { 200: Type.Any(), ...problemResponses(400, 401, 403) },
  });

  app.get(
    '/eligibility/shortlist.xlsx',
    { preHandler: staffOnly, schema: exportSchema('The shortlist as an Excel workbook: criteria, results, every check') },
    async (request, reply) => {
      const lang = request.query.lang ?? 'el';
      const result = await runEligibilitySearch(app, request.query, 'query');
      const body = await buildShortlistWorkbook(result, lang);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="shortlist-${result.criteria.route.id}-${result.criteria.today}.xlsx"`)
        .header('cache-control', 'no-store')
        .send(body);
    },
  );

  app.get(
    '/eligibility/shortlist',
    { preHandler: staffOnly, schema: exportSchema('The shortlist as a printable A4 page') },
    async (request, reply) => {
      const lang = request.query.lang ?? 'el';
      const result = await runEligibilitySearch(app, request.query, 'query');
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(renderShortlistHtml(result, lang));
    },
  );
};

export default eligibilityRoutes;
