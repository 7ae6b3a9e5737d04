import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../http/problem-schema.ts';
import { AppError, ConflictError } from '../../domain/errors.ts';
import { msg } from '../../domain/messages/index.ts';
import { requireOperationsAccess } from '../../ops/operations-access.ts';

const BackupRunSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    trigger: Type.Union([Type.Literal('schedule'), Type.Literal('api'), Type.Literal('cli')]),
    status: Type.Union([Type.Literal('ok'), Type.Literal('failed')]),
    reason: Type.Union([Type.String(), Type.Null()]),
    file: Type.Union([Type.String(), Type.Null()], { description: 'File name inside BACKUP_DIR' }),
    sizeBytes: Type.Union([Type.Integer(), Type.Null()]),
    error: Type.Union([Type.String(), Type.Null()]),
    startedAt: Type.String({ format: 'date-time' }),
    finishedAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);

const CreateBackupSchema = Type.Object(
  {
    reason: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: 'Why, e.g. "before upgrading to 1.3"' }),
    ),
  },
  { additionalProperties: false },
);

const BackupListQuerySchema = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })) },
  { additionalProperties: false },
);

/**
 * The operations API (mounted at /api/v1/operations): on-demand online backups, e.g.
 * right before an upgrade, and the backup log. Administrators or the OPERATIONS_TOKEN only.
 */
const operationsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // onRequest: who may call is decided before the body is even read.
  const onRequest = requireOperationsAccess(app.config.operations.operationsToken);
  const { backups } = app.services;

  app.get(
    '/backups',
    {
      onRequest,
      schema: {
        tags: ['operations'],
        summary: 'The backup log, newest first (administrators, or Authorization: Bearer OPERATIONS_TOKEN)',
        querystring: BackupListQuerySchema,
        response: {
          200: Type.Object({ backupDir: Type.Union([Type.String(), Type.Null()]), items: Type.Array(BackupRunSchema) }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return { backupDir: backups.dir, items: backups.list(request.query.limit ?? 50) };
    },
  );

  app.post(
    '/backups',
    {
      onRequest,
      // `curl -X POST` with no body is fine: treat it as {}.
      preValidation: async (request) => {
        if (request.body === undefined || request.body === null) request.body = {};
      },
      bodyLimit: 4096,
      schema: {
        tags: ['operations'],
        summary: 'Take an online backup now (administrators, or Authorization: Bearer OPERATIONS_TOKEN)',
        description:
          'A consistent copy made with the SQLite backup API while the server runs, integrity-checked, then moved into BACKUP_DIR under its final name.',
        body: CreateBackupSchema,
        response: { 201: BackupRunSchema, ...problemResponses(400, 401, 403, 409, 415, 500) },
      },
    },
    async (request, reply) => {
      if (!backups.dir)
        throw new ConflictError(
          'backups_not_configured',
          msg('backups.not_configured.title'),
          msg('backups.not_configured.detail'),
        );
      const run = await backups.run('api', request.body?.reason ?? null);
      if (run.status !== 'ok') {
        request.log.error({ backupRun: run.id, error: run.error }, 'backup failed');
        // A 5xx says what failed, never why (that is in the log, under the run's id).
        throw new AppError('internal', 'backup_failed', msg('backups.failed.title'), undefined, {
          extra: { backupRunId: run.id },
        });
      }
      reply.header('cache-control', 'no-store');
      return reply.code(201).send(run);
    },
  );
};

export default operationsRoutes;
