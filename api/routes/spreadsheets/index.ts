import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import multipart from '@fastify/multipart';
import { randomUUID } from 'node:crypto';
import { Type } from 'typebox';
import { requireRole } from '../../plugins/auth.ts';
import { HttpProblem, InvalidParameterProblem, NotFoundProblem } from '../../http/errors.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { readSpreadsheet, SpreadsheetFileError } from '../../spreadsheets/read-table.ts';
import { malformedMultipart } from '../../http/read-upload.ts';
import { createImportPlanner, type ImportPlan } from '../../spreadsheets/enterprise-import.ts';
import { commitImport, ImportConflictError, loadImportReference } from '../../spreadsheets/commit-import.ts';
import { EXPORT_COLUMNS, defaultColumns, exportCsv, exportRows, exportXlsx, templateRows, type ExportEntity } from '../../spreadsheets/export.ts';

/**
 * Staff import and export of enterprises and services (issue 7). An upload becomes an
 * import job: the dry run runs in the background and reports progress; committing writes
 * all rows or none. Jobs live in memory for an hour (a restart forgets unfinished ones).
 */

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const JOB_TTL_MS = 60 * 60 * 1000;

type JobStatus = 'reading' | 'validating' | 'ready' | 'invalid' | 'failed' | 'committing' | 'committed';

interface ImportJob {
  id: string;
  userId: string;
  fileName: string;
  status: JobStatus;
  processed: number;
  total: number;
  createdAt: number;
  plan: ImportPlan | null;
  error: { code: string; messageEl: string; messageEn: string } | null;
  result: { enterprises: number; services: number; created: CreatedEnterprise[] } | null;
}

/** The first enterprises an import created, so the app can link to them. */
interface CreatedEnterprise {
  id: string;
  slug: string;
  name: string;
  status: string;
}
const CREATED_LISTED = 100;

export const JobSchema = Type.Object({
  id: Type.String(),
  fileName: Type.String(),
  status: Type.String(),
  progress: Type.Object({ processed: Type.Integer(), total: Type.Integer() }),
  error: Type.Union([Type.Object({ code: Type.String(), messageEl: Type.String(), messageEn: Type.String() }), Type.Null()]),
  report: Type.Union([
    Type.Object({
      valid: Type.Boolean(),
      rows: Type.Integer(),
      enterprises: Type.Integer(),
      services: Type.Integer(),
      missingColumns: Type.Array(Type.String()),
      unknownColumns: Type.Array(Type.String()),
      problems: Type.Array(
        Type.Object({
          line: Type.Integer(),
          afm: Type.Union([Type.String(), Type.Null()]),
          column: Type.Union([Type.String(), Type.Null()]),
          code: Type.String(),
          messageEl: Type.String(),
          messageEn: Type.String(),
        }),
      ),
    }),
    Type.Null(),
  ]),
  result: Type.Union([
    Type.Object({
      enterprises: Type.Integer(),
      services: Type.Integer(),
      created: Type.Array(Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String(), status: Type.String() }), {
        description: `The first ${CREATED_LISTED} enterprises created, in file order`,
      }),
    }),
    Type.Null(),
  ]),
});

function view(job: ImportJob) {
  const plan = job.plan;
  return {
    id: job.id,
    fileName: job.fileName,
    status: job.status,
    progress: { processed: job.processed, total: job.total },
    error: job.error,
    report: plan
      ? {
          valid: plan.valid,
          rows: plan.rows.length,
          enterprises: plan.enterprises.length,
          services: plan.enterprises.reduce((n, e) => n + e.services.length, 0),
          missingColumns: plan.missingColumns,
          unknownColumns: plan.unknownColumns,
          problems: plan.rows.flatMap((r) => r.problems.map((p) => ({ line: r.line, afm: r.afm, ...p }))).slice(0, 2000),
        }
      : null,
    result: job.result,
  };
}

const staffOnly = requireRole('admin', 'staff');
const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));

const spreadsheetRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } });
  const jobs = new Map<string, ImportJob>();
  const common = { tags: ['spreadsheets'] };

  function ownJob(id: string, userId: string): ImportJob {
    const job = jobs.get(id);
    if (!job || job.userId !== userId) throw new NotFoundProblem('Import', `No import ${id}`);
    return job;
  }

  /** The dry run, in slices so progress can be read and other requests are served meanwhile. */
  async function validate(job: ImportJob, bytes: Uint8Array) {
    try {
      const table = await readSpreadsheet(bytes, job.fileName);
      job.status = 'validating';
      job.total = table.rows.length;
      const reference = loadImportReference(app.sqlite);
      const SLICE = 500;
      const planner = createImportPlanner(table, reference);
      // Real progress: the counter moves as rows are checked, and other requests are served between slices.
      for (let i = 0; i < table.rows.length; i++) {
        planner.planRow(table.rows[i]!);
        if ((i + 1) % SLICE === 0) {
          job.processed = i + 1;
          await yieldToEventLoop();
        }
      }
      job.processed = table.rows.length;
      job.plan = planner.finish();
      job.status = job.plan.valid ? 'ready' : 'invalid';
    } catch (error) {
      job.status = 'failed';
      job.error =
        error instanceof SpreadsheetFileError
          ? { code: error.code, messageEl: error.messageEl, messageEn: error.messageEn }
          : { code: 'internal', messageEl: 'Απρόσμενο σφάλμα στην ανάγνωση του αρχείου.', messageEn: 'Unexpected error while reading the file.' };
      if (!(error instanceof SpreadsheetFileError)) app.log.error({ err: error }, 'import validation failed');
    }
  }

  app.get(
    '/import-template',
    {
      schema: { ...common, summary: 'Import template (.xlsx or CSV)', querystring: Type.Object({ format: Type.Union([Type.Literal('xlsx'), Type.Literal('csv')], { default: 'xlsx' }) }), response: problemResponses(401, 403) },
      preHandler: staffOnly,
    },
    async (request, reply) => {
      const { columns, example } = templateRows();
      if (request.query.format === 'csv') {
        reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="koinsep-import-template.csv"');
        return exportCsv(columns, [example], ';');
      }
      reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('content-disposition', 'attachment; filename="koinsep-import-template.xlsx"');
      return exportXlsx('import', columns, [example]);
    },
  );

  app.post(
    '/imports',
    { schema: { ...common, summary: 'Upload a file for a dry run; returns the import job', consumes: ['multipart/form-data'], response: { 202: JobSchema, ...problemResponses(400, 401, 403, 413) } }, preHandler: staffOnly },
    async (request, reply) => {
      if (!request.isMultipart()) throw new InvalidParameterProblem('file', 'send the file as multipart/form-data', 'body');
      let file: Awaited<ReturnType<typeof request.file>>;
      try {
        file = await request.file();
      } catch {
        throw malformedMultipart();
      }
      if (!file) throw new InvalidParameterProblem('file', 'no file in the upload', 'body');
      let bytes: Buffer;
      try {
        bytes = await file.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
          throw new HttpProblem(413, 'file_too_large', 'File too large', `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Split it into smaller files (10,000 rows is about 5 MB).`, {
            detailEl: `Το αρχείο ξεπερνά τα ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Χωρίστε το σε μικρότερα αρχεία.`,
          });
        }
        throw malformedMultipart();
      }
      for (const [id, job] of jobs) if (Date.now() - job.createdAt > JOB_TTL_MS) jobs.delete(id);
      const job: ImportJob = {
        id: randomUUID(), userId: request.user!.id, fileName: file.filename || 'upload', status: 'reading', processed: 0, total: 0,
        createdAt: Date.now(), plan: null, error: null, result: null,
      };
      jobs.set(job.id, job);
      void validate(job, bytes);
      reply.code(202).header('location', `${request.url.replace(/\/$/, '')}/${job.id}`);
      return view(job);
    },
  );

  app.get(
    '/imports/:id',
    { schema: { ...common, summary: 'Progress and dry-run report of an import', params: Type.Object({ id: Type.String({ format: 'uuid' }) }), response: { 200: JobSchema, ...problemResponses(401, 403, 404) } }, preHandler: staffOnly },
    async (request) => view(ownJob(request.params.id, request.user!.id)),
  );

  app.post(
    '/imports/:id/commit',
    { schema: { ...common, summary: 'Write every row of a clean dry run, or nothing', params: Type.Object({ id: Type.String({ format: 'uuid' }) }), response: { 200: JobSchema, ...problemResponses(401, 403, 404, 409) } }, preHandler: staffOnly },
    async (request) => {
      const job = ownJob(request.params.id, request.user!.id);
      if (job.status !== 'ready' || !job.plan) {
        throw new HttpProblem(409, 'import_not_ready', 'Import cannot be committed', `The import is ${job.status}; only a dry run without problems can be committed.`);
      }
      job.status = 'committing';
      job.processed = 0;
      job.total = job.plan.enterprises.length;
      try {
        const written = commitImport(app.sqlite, app.registry.indexer, job.plan, { userId: request.user!.id, email: request.user!.email, ip: request.ip }, (done) => {
          job.processed = done;
        });
        const createdRow = app.sqlite.prepare<[string]>('select id, slug, coalesce(trade_name, legal_name) as name, status from enterprises where afm = ?');
        const created = job.plan.enterprises.slice(0, CREATED_LISTED).map((e) => createdRow.get(e.afm) as CreatedEnterprise);
        job.result = { ...written, created };
        job.status = 'committed';
      } catch (error) {
        job.status = 'invalid';
        if (error instanceof ImportConflictError) throw new HttpProblem(409, 'import_conflict', 'Nothing was imported', error.message);
        throw error;
      }
      return view(job);
    },
  );

  app.get(
    '/export',
    {
      schema: {
        ...common,
        summary: 'Export enterprises or services to .xlsx or CSV (UTF-8 BOM), choosing columns',
        querystring: Type.Object({
          entity: Type.Union([Type.Literal('enterprises'), Type.Literal('services')], { default: 'enterprises' }),
          format: Type.Union([Type.Literal('xlsx'), Type.Literal('csv')], { default: 'xlsx' }),
          delimiter: Type.Union([Type.Literal('comma'), Type.Literal('semicolon')], { default: 'semicolon', description: 'CSV only; Greek Excel expects ;' }),
          columns: Type.Optional(Type.String({ maxLength: 1000, description: 'Comma-separated column names' })),
        }),
        response: problemResponses(400, 401, 403),
      },
      preHandler: staffOnly,
    },
    async (request, reply) => {
      const entity: ExportEntity = request.query.entity;
      const available = Object.keys(EXPORT_COLUMNS[entity]);
      const columns = request.query.columns ? request.query.columns.split(',').map((c) => c.trim()).filter(Boolean) : defaultColumns(entity);
      const unknown = columns.filter((c) => !available.includes(c));
      if (unknown.length || columns.length === 0) {
        throw new InvalidParameterProblem('columns', `unknown column(s) ${unknown.join(', ') || '(none chosen)'}; choose from ${available.join(', ')}`);
      }
      const rows = exportRows(app.sqlite, entity, columns);
      const stamp = new Date().toISOString().slice(0, 10);
      if (request.query.format === 'csv') {
        reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="koinsep-${entity}-${stamp}.csv"`);
        return exportCsv(columns, rows, request.query.delimiter === 'comma' ? ',' : ';');
      }
      reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('content-disposition', `attachment; filename="koinsep-${entity}-${stamp}.xlsx"`);
      return exportXlsx(entity, columns, rows);
    },
  );
};

export default spreadsheetRoutes;
