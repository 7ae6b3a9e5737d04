import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DOCUMENT_MEDIA_TYPES } from '../../documents/document-model.ts';
import { sendGeneratedDocument } from '../../http/downloads.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { actorOf } from '../../http/request-context.ts';
import { requireRole } from '../../plugins/auth.ts';
import { ProcurementTotalBodySchema, StatsSchema, YearParamsSchema, YearQuerySchema } from './schemas.ts';

const tags = ['stats'];

/** Social-procurement statistics per year (issue 6), municipal staff only. Mounted at /api/v1. */
const statsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { stats } = app.services;
  app.addHook('preHandler', requireRole('admin', 'staff'));

  app.get(
    '/stats/social-procurement',
    {
      schema: {
        tags,
        summary:
          "A year's spend with social-economy enterprises by route, category and department, and its share of all procurement",
        querystring: YearQuerySchema,
        response: { 200: StatsSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => stats.socialProcurement(request.query.year, request.query.lang ?? 'el'),
  );

  app.get(
    '/stats/social-procurement.xlsx',
    {
      schema: {
        tags,
        summary: 'The same figures as an Excel workbook',
        querystring: YearQuerySchema,
        response: { 200: Type.Any(), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { year, lang = 'el' } = request.query;
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="social-procurement-${year}.xlsx"`)
        .header('cache-control', 'no-store')
        .send(await stats.workbook(year, lang));
    },
  );

  for (const format of ['docx', 'pdf'] as const)
    app.get(
      `/stats/social-value-report.${format}`,
      {
        schema: {
          tags,
          summary: `The yearly social-value report for the municipal council, as ${format.toUpperCase()} (Greek unless lang=en)`,
          querystring: YearQuerySchema,
          response: {
            200: {
              description: `The ${format.toUpperCase()} file, as an attachment`,
              content: { [DOCUMENT_MEDIA_TYPES[format]]: { schema: Type.String({ format: 'binary' }) } },
            },
            ...problemResponses(400, 401, 403),
          },
        },
      },
      async (request, reply) =>
        sendGeneratedDocument(reply, await stats.councilReport(request.query.year, format, request.query.lang ?? 'el')),
    );

  app.put(
    '/stats/procurement-totals/:year',
    {
      schema: {
        tags,
        summary: "Set the authority's total procurement spend for a year (the share's denominator)",
        params: YearParamsSchema,
        body: ProcurementTotalBodySchema,
        response: { 200: StatsSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) =>
      stats.setProcurementTotal(
        actorOf(request),
        request.params.year,
        request.body.totalNet,
        request.body.note?.trim() || null,
      ),
  );
};

export default statsRoutes;
