import { randomUUID } from 'node:crypto';
import type SQLite from 'better-sqlite3';
import type { Actor } from '../domain/actor.ts';
import { AppError, ConflictError, invalidParameter, NotFoundError } from '../domain/errors.ts';
import { msg, translate } from '../domain/messages/index.ts';
import { EXPORT_COLUMNS, exportRows, type ExportEntity } from '../repositories/sqlite/enterprise-export.ts';
import { createdEnterprises, loadImportReference } from '../repositories/sqlite/import-reference.ts';
import type { Table } from '../spreadsheets/read-table.ts';
import { createImportPlanner, type ImportPlan } from '../spreadsheets/enterprise-import.ts';
import { defaultColumns, exportCsv, exportXlsx, templateRows } from '../spreadsheets/export.ts';
import { ImportConflictError } from './enterprise-import.ts';
import type { EnterpriseWriter } from './enterprise-writes.ts';
import type { Logger } from './logger.ts';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const JOB_TTL_MS = 60 * 60 * 1000;
/**
 * Imports one staff user may have reading, validating or committing at once (issue 15,
 * item 1): each holds a file of up to 50,000 rows in memory while it works.
 */
export const MAX_ACTIVE_IMPORTS_PER_USER = 1;
const ACTIVE: ReadonlySet<JobStatus> = new Set(['reading', 'validating', 'committing']);
/** The first enterprises an import created are listed, so the app can link to them. */
const CREATED_LISTED = 100;
const SLICE = 500;

/** Reads a .xlsx or CSV file into a table (api/spreadsheets/read-table.ts); a bad file throws an error with texts in both languages. */
export interface SpreadsheetReader {
  read(bytes: Uint8Array, fileName: string): Promise<Table>;
  /** The file's own problem (encoding, format), or null for anything else. */
  fileProblem(error: unknown): { code: string; messageEl: string; messageEn: string } | null;
}

/** `superseded`: a clean dry run the same user replaced by uploading another file (its plan is gone). */
type JobStatus = 'reading' | 'validating' | 'ready' | 'invalid' | 'failed' | 'committing' | 'committed' | 'superseded';

interface ImportJob {
  id: string;
  userId: string;
  fileName: string;
  status: JobStatus;
  processed: number;
  total: number;
  createdAt: number;
  /** Kept only while the job can still be committed ('ready'); dropped after commit or failure. */
  plan: ImportPlan | null;
  /** The dry run's report, which outlives the plan. */
  report: ReturnType<typeof reportOf> | null;
  error: { code: string; messageEl: string; messageEn: string } | null;
  result: {
    enterprises: number;
    services: number;
    created: Array<{ id: string; slug: string; name: string; status: string }>;
  } | null;
}

function reportOf(plan: ImportPlan) {
  return {
    valid: plan.valid,
    rows: plan.rows.length,
    enterprises: plan.enterprises.length,
    services: plan.enterprises.reduce((n, e) => n + e.services.length, 0),
    missingColumns: plan.missingColumns,
    unknownColumns: plan.unknownColumns,
    problems: plan.rows.flatMap((r) => r.problems.map((p) => ({ line: r.line, afm: r.afm, ...p }))).slice(0, 2000),
  };
}

function view(job: ImportJob) {
  return {
    id: job.id,
    fileName: job.fileName,
    status: job.status,
    progress: { processed: job.processed, total: job.total },
    error: job.error,
    report: job.report,
    result: job.result,
  };
}

const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));

export interface SpreadsheetServiceDeps {
  sqlite: SQLite.Database;
  write: EnterpriseWriter;
  reader: SpreadsheetReader;
  log: Logger;
}

/**
 * Staff import and export of enterprises and services (issue 7). An upload becomes an
 * import job: the dry run runs in the background and reports progress; committing writes
 * all rows or none, through the enterprise writes (audit, history, search). Jobs live in
 * memory for an hour (a restart forgets unfinished ones).
 */
export function createSpreadsheetService({ sqlite, write, reader, log }: SpreadsheetServiceDeps) {
  const jobs = new Map<string, ImportJob>();

  function ownJob(id: string, userId: string): ImportJob {
    const job = jobs.get(id);
    if (!job || job.userId !== userId) throw new NotFoundError('import', msg('import.no_import', { id }));
    return job;
  }

  /** The dry run, in slices so progress can be read and other requests are served meanwhile. */
  async function validate(job: ImportJob, bytes: Uint8Array): Promise<void> {
    try {
      const table = await reader.read(bytes, job.fileName);
      job.status = 'validating';
      job.total = table.rows.length;
      const planner = createImportPlanner(table, loadImportReference(sqlite));
      for (let i = 0; i < table.rows.length; i++) {
        planner.planRow(table.rows[i]!);
        if ((i + 1) % SLICE === 0) {
          job.processed = i + 1;
          await yieldToEventLoop();
        }
      }
      job.processed = table.rows.length;
      const plan = planner.finish();
      job.report = reportOf(plan);
      // Only a clean dry run can be committed; an invalid one needs no plan, only its report.
      job.plan = plan.valid ? plan : null;
      job.status = plan.valid ? 'ready' : 'invalid';
    } catch (error) {
      job.status = 'failed';
      const problem = reader.fileProblem(error);
      job.error = problem ?? {
        code: 'internal',
        messageEl: 'Απρόσμενο σφάλμα στην ανάγνωση του αρχείου.',
        messageEn: 'Unexpected error while reading the file.',
      };
      if (!problem) log.error({ err: error }, 'import validation failed');
    }
  }

  return {
    /** The import template: the columns the importer reads, with one example row. */
    async template(format: 'xlsx' | 'csv'): Promise<Buffer | string> {
      const { columns, example } = templateRows();
      return format === 'csv' ? exportCsv(columns, [example], ';') : exportXlsx('import', columns, [example]);
    },

    /** 413 for a file over the limit, with the hint in both languages. */
    fileTooLarge(): AppError {
      const mb = MAX_UPLOAD_BYTES / 1024 / 1024;
      return new AppError(
        'payload_too_large',
        'file_too_large',
        msg('upload.too_large.title'),
        msg('import.too_large', { mb }),
        {
          extra: { detailEl: translate(msg('import.too_large', { mb }), 'el') },
        },
      );
    },

    /** Starts the dry run of an uploaded file; returns the job at once. */
    startImport(actor: Actor, fileName: string, bytes: Uint8Array) {
      for (const [id, job] of jobs) if (Date.now() - job.createdAt > JOB_TTL_MS) jobs.delete(id);
      const userId = actor.user!.id;
      const active = [...jobs.values()].filter((j) => j.userId === userId && ACTIVE.has(j.status));
      if (active.length >= MAX_ACTIVE_IMPORTS_PER_USER) {
        throw new AppError(
          'too_many_requests',
          'import_in_progress',
          msg('import.busy.title'),
          msg('import.busy.detail', { id: active[0]!.id }),
          {
            retryAfterSeconds: 5,
            extra: { importId: active[0]!.id },
          },
        );
      }
      // A new upload replaces the user's earlier dry runs still waiting for commit: their plans go.
      for (const j of jobs.values()) {
        if (j.userId === userId && j.status === 'ready') Object.assign(j, { plan: null, status: 'superseded' });
      }
      const job: ImportJob = {
        id: randomUUID(),
        userId: actor.user!.id,
        fileName,
        status: 'reading',
        processed: 0,
        total: 0,
        createdAt: Date.now(),
        plan: null,
        report: null,
        error: null,
        result: null,
      };
      jobs.set(job.id, job);
      void validate(job, bytes);
      return view(job);
    },

    getImport(actor: Actor, id: string) {
      return view(ownJob(id, actor.user!.id));
    },

    /** Writes every row of a clean dry run, or nothing. */
    commitImport(actor: Actor, id: string) {
      const job = ownJob(id, actor.user!.id);
      if (job.status !== 'ready' || !job.plan) {
        throw new ConflictError(
          'import_not_ready',
          msg('import.not_ready.title'),
          msg('import.not_ready.detail', { status: job.status }),
        );
      }
      job.status = 'committing';
      job.processed = 0;
      job.total = job.plan.enterprises.length;
      const plan = job.plan;
      try {
        const written = write.importPlan(actor, plan, (done) => {
          job.processed = done;
        });
        job.result = {
          ...written,
          created: createdEnterprises(
            sqlite,
            plan.enterprises.slice(0, CREATED_LISTED).map((e) => e.afm),
          ),
        };
        job.status = 'committed';
      } catch (error) {
        job.status = 'invalid';
        if (error instanceof ImportConflictError) {
          throw new ConflictError(
            'import_conflict',
            msg('import.conflict.title'),
            error.afm ? msg('import.afm_registered', { afm: error.afm }) : msg('import.has_problems'),
          );
        }
        throw error;
      } finally {
        // Committed or failed, the plan is never needed again (a 50,000-row plan is large).
        job.plan = null;
      }
      return view(job);
    },

    /** Rows of enterprises or services with the chosen columns (checked against the whitelist), as .xlsx or CSV. */
    async export(
      entity: ExportEntity,
      options: { columns?: string; format: 'xlsx' | 'csv'; delimiter: 'comma' | 'semicolon' },
    ): Promise<Buffer | string> {
      const available = Object.keys(EXPORT_COLUMNS[entity]);
      const columns = options.columns
        ? options.columns
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean)
        : defaultColumns(entity);
      const unknown = columns.filter((c) => !available.includes(c));
      if (unknown.length || columns.length === 0) {
        throw invalidParameter(
          'columns',
          msg('export.unknown_columns', {
            unknown: unknown.length ? unknown.join(', ') : msg('export.no_columns'),
            available: available.join(', '),
          }),
        );
      }
      const rows = exportRows(sqlite, entity, columns);
      return options.format === 'csv'
        ? exportCsv(columns, rows, options.delimiter === 'comma' ? ',' : ';')
        : exportXlsx(entity, columns, rows);
    },
  };
}
