import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ContractInputSchema, ContractSchema } from '../../http/procurement-schemas.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { actorOf, ifMatchOf } from '../../http/request-context.ts';
import { requireRole } from '../../plugins/auth.ts';
import { contractEtag } from '../../services/contract-service.ts';
import {
  ContractExportQuerySchema,
  ContractIdParamsSchema,
  ContractListQuerySchema,
  ContractListSchema,
} from './schemas.ts';

const tags = ['contracts'];

/** The contract register (issue 6): municipal staff only. Mounted at /api/v1. */
const contractRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { contracts } = app.services;
  app.addHook('preHandler', requireRole('admin', 'staff'));

  app.get(
    '/contracts',
    {
      schema: {
        tags,
        summary: 'Contracts awarded, newest first, with filters',
        querystring: ContractListQuerySchema,
        response: { 200: ContractListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { page, pageSize, ...filters } = request.query;
      const { items, total, departments } = await contracts.list(filters, { page, pageSize });
      return { items, total, page, pageSize, departments };
    },
  );

  app.get(
    '/contracts/export.xlsx',
    {
      schema: {
        tags,
        summary: 'The filtered register as an Excel workbook',
        querystring: ContractExportQuerySchema,
        response: { 200: Type.Any(), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { lang = 'el', ...filters } = request.query;
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="contracts.xlsx"')
        .header('cache-control', 'no-store')
        .send(await contracts.export(filters, 'xlsx', lang));
    },
  );

  app.get(
    '/contracts/export.csv',
    {
      schema: {
        tags,
        summary: 'The filtered register as CSV (UTF-8 with BOM, formulas neutralised)',
        querystring: ContractExportQuerySchema,
        response: { 200: Type.Any(), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { lang = 'el', ...filters } = request.query;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="contracts.csv"')
        .header('cache-control', 'no-store')
        .send(await contracts.export(filters, 'csv', lang));
    },
  );

  app.get(
    '/contracts/:id',
    {
      schema: {
        tags,
        summary: 'One contract (with its ETag)',
        params: ContractIdParamsSchema,
        response: { 200: ContractSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const contract = await contracts.get(request.params.id);
      reply.header('etag', contractEtag(contract));
      return contract;
    },
  );

  app.post(
    '/contracts',
    {
      schema: {
        tags,
        summary: 'Record a contract',
        body: ContractInputSchema,
        response: { 201: ContractSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const contract = await contracts.create(actorOf(request), request.body);
      reply.code(201).header('etag', contractEtag(contract)).header('location', `/api/v1/contracts/${contract.id}`);
      return contract;
    },
  );

  app.put(
    '/contracts/:id',
    {
      schema: {
        tags,
        summary: 'Replace a contract (If-Match required)',
        params: ContractIdParamsSchema,
        body: ContractInputSchema,
        response: { 200: ContractSchema, ...problemResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const contract = await contracts.replace(actorOf(request), request.params.id, request.body, ifMatchOf(request));
      reply.header('etag', contractEtag(contract));
      return contract;
    },
  );

  app.delete(
    '/contracts/:id',
    {
      schema: {
        tags,
        summary: 'Delete a contract recorded by mistake (If-Match required)',
        params: ContractIdParamsSchema,
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      await contracts.remove(actorOf(request), request.params.id, ifMatchOf(request));
      return reply.code(204).send(null);
    },
  );
};

export default contractRoutes;
