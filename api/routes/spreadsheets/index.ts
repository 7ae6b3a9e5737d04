import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import multipart from '@fastify/multipart';
import { invalidParameter } from '../../domain/errors.ts';
import { msg } from '../../domain/messages/index.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { malformedMultipart } from '../../http/read-upload.ts';
import { actorOf } from '../../http/request-context.ts';
import { requireRole } from '../../plugins/auth.ts';
import { MAX_UPLOAD_BYTES } from '../../services/spreadsheet-service.ts';
import { ExportQuery, ImportIdParams, JobSchema, TemplateQuery } from './schemas.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Staff import and export of enterprises and services (issue 7): the upload starts a dry
 * run in the background, the app polls its progress and report, committing writes all or
 * nothing (services/spreadsheet-service.ts). Mounted at /api/v1/spreadsheets.
 */
const spreadsheetRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { spreadsheets } = app.services;
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } });
  const common = { tags: ['spreadsheets'] };
  const preHandler = requireRole('admin', 'staff');

  app.get(
    '/import-template',
    {
      schema: {
        ...common,
        summary: 'Import template (.xlsx or CSV)',
        querystring: TemplateQuery,
        response: problemResponses(401, 403),
      },
      preHandler,
    },
    async (request, reply) => {
      const csv = request.query.format === 'csv';
      reply
        .type(csv ? 'text/csv; charset=utf-8' : XLSX)
        .header('content-disposition', `attachment; filename="koinsep-import-template.${csv ? 'csv' : 'xlsx'}"`);
      return spreadsheets.template(request.query.format);
    },
  );

  app.post(
    '/imports',
    {
      schema: {
        ...common,
        summary: 'Upload a file for a dry run; returns the import job',
        consumes: ['multipart/form-data'],
        response: { 202: JobSchema, ...problemResponses(400, 401, 403, 413, 429) },
      },
      preHandler,
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw invalidParameter('file', msg('upload.send_multipart'), 'body');
      let file: Awaited<ReturnType<typeof request.file>>;
      try {
        file = await request.file();
      } catch {
        throw malformedMultipart();
      }
      if (!file) throw invalidParameter('file', msg('upload.no_file'), 'body');
      let bytes: Buffer;
      try {
        bytes = await file.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw spreadsheets.fileTooLarge();
        throw malformedMultipart();
      }
      const job = spreadsheets.startImport(actorOf(request), file.filename || 'upload', bytes);
      reply.code(202).header('location', `${request.url.replace(/\/$/, '')}/${job.id}`);
      return job;
    },
  );

  app.get(
    '/imports/:id',
    {
      schema: {
        ...common,
        summary: 'Progress and dry-run report of an import',
        params: ImportIdParams,
        response: { 200: JobSchema, ...problemResponses(401, 403, 404) },
      },
      preHandler,
    },
    async (request) => spreadsheets.getImport(actorOf(request), request.params.id),
  );

  app.post(
    '/imports/:id/commit',
    {
      schema: {
        ...common,
        summary: 'Write every row of a clean dry run, or nothing',
        params: ImportIdParams,
        response: { 200: JobSchema, ...problemResponses(401, 403, 404, 409) },
      },
      preHandler,
    },
    async (request) => spreadsheets.commitImport(actorOf(request), request.params.id),
  );

  app.get(
    '/export',
    {
      schema: {
        ...common,
        summary: 'Export enterprises or services to .xlsx or CSV (UTF-8 BOM), choosing columns',
        querystring: ExportQuery,
        response: problemResponses(400, 401, 403),
      },
      preHandler,
    },
    async (request, reply) => {
      const { entity, format } = request.query;
      const body = await spreadsheets.export(entity, request.query);
      const stamp = new Date().toISOString().slice(0, 10);
      reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : XLSX)
        .header('content-disposition', `attachment; filename="koinsep-${entity}-${stamp}.${format}"`);
      return body;
    },
  );
};

export default spreadsheetRoutes;
