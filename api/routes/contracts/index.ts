import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { recordAudit, type AuditActor } from '../../repositories/audit-log.ts';
import { parseCpv } from '../../domain/cpv.ts';
import { centsToDecimal, decimalToCents, isIsoDate } from '../../domain/eligibility-format.ts';
import { HttpProblem, InvalidParameterProblem, NotFoundProblem } from '../../http/errors.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { requireRole } from '../../plugins/auth.ts';
import {
  cpvExists,
  deleteContract,
  enterpriseExists,
  getContract,
  insertContract,
  listContracts,
  listDepartments,
  updateContract,
  type ContractInput,
  type ContractRow,
} from '../../repositories/contracts.ts';
import { contractsCsv, contractsWorkbook } from './contracts-export.ts';
import { parseDiavgeiaAda, parseKimdisAdam } from './references.ts';
import {
  ContractFilterSchema,
  ContractIdParamsSchema,
  ContractInputSchema,
  ContractListQuerySchema,
  ContractListSchema,
  ContractSchema,
  type Contract,
  type ContractInputBody,
} from './schemas.ts';

export function toContract(row: ContractRow): Contract {
  return {
    id: row.id,
    enterprise: { id: row.enterprise_id, slug: row.enterprise_slug, name: row.enterprise_name },
    title: row.title,
    cpvCode: row.cpv_code,
    awardRoute: row.award_route,
    valueNet: centsToDecimal(row.value_net_cents),
    vat: centsToDecimal(row.vat_cents),
    department: row.department,
    awardedOn: row.awarded_on,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    diavgeiaAda: row.diavgeia_ada,
    kimdisAdam: row.kimdis_adam,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const etagOf = (row: { id: string; version: number }) => `"contract-${row.id}-v${row.version}"`;

/** DESIGN §7: changes need the ETag the client read (If-Match); a stale one is a 412, none a 428. */
function expectedVersion(request: FastifyRequest, id: string): number {
  const header = request.headers['if-match'];
  if (!header) throw new HttpProblem(428, 'precondition_required', 'Precondition required', 'Send the If-Match header with the ETag you read.');
  const match = new RegExp(`^"contract-${id.replace(/[^\w-]/g, '')}-v(\\d+)"$`).exec(String(header).trim());
  if (!match) throw new HttpProblem(412, 'precondition_failed', 'Precondition failed', 'The contract has changed since you read it: reload it.');
  return Number(match[1]);
}

function actorOf(request: FastifyRequest): AuditActor {
  return { userId: request.user?.id ?? null, email: request.user?.email ?? null, ip: request.ip ?? null };
}

/** Validates what the schema cannot: money, calendar dates, CPV list, references; names the field. */
async function toInput(app: { db: Parameters<typeof cpvExists>[0] }, body: ContractInputBody): Promise<ContractInput> {
  const cpv = parseCpv(body.cpvCode);
  if (!cpv) throw new InvalidParameterProblem('cpvCode', 'is not a CPV code (NNNNNNNN-N)', 'body');
  if (!(await cpvExists(app.db, cpv.code))) throw new InvalidParameterProblem('cpvCode', `${cpv.code} is not in the CPV list`, 'body');
  if (!(await enterpriseExists(app.db, body.enterpriseId))) throw new InvalidParameterProblem('enterpriseId', 'no such enterprise', 'body');
  const valueNet = decimalToCents(body.valueNet);
  if (valueNet === null) throw new InvalidParameterProblem('valueNet', 'must be an amount in euros with at most two decimals', 'body');
  const vat = decimalToCents(body.vat);
  if (vat === null) throw new InvalidParameterProblem('vat', 'must be an amount in euros with at most two decimals', 'body');
  for (const field of ['awardedOn', 'startsOn', 'endsOn'] as const) {
    const value = body[field];
    if (value && !isIsoDate(value)) throw new InvalidParameterProblem(field, 'is not a calendar date (YYYY-MM-DD)', 'body');
  }
  if (body.endsOn && body.endsOn < body.startsOn) throw new InvalidParameterProblem('endsOn', 'must not be before startsOn', 'body');
  let ada: string | null = null;
  if (body.diavgeiaAda?.trim()) {
    ada = parseDiavgeiaAda(body.diavgeiaAda);
    if (!ada) throw new InvalidParameterProblem('diavgeiaAda', 'is not a Diavgeia ΑΔΑ (e.g. 6ΖΚΘ46ΜΤΛΚ-Ι9Θ)', 'body');
  }
  let adam: string | null = null;
  if (body.kimdisAdam?.trim()) {
    adam = parseKimdisAdam(body.kimdisAdam);
    if (!adam) throw new InvalidParameterProblem('kimdisAdam', 'is not a ΚΗΜΔΗΣ ΑΔΑΜ (e.g. 26SYMV012345678)', 'body');
  }
  return {
    enterprise_id: body.enterpriseId,
    title: body.title.trim(),
    cpv_code: cpv.code,
    award_route: body.awardRoute,
    value_net_cents: valueNet,
    vat_cents: vat,
    department: body.department.trim(),
    awarded_on: body.awardedOn,
    starts_on: body.startsOn,
    ends_on: body.endsOn ?? null,
    diavgeia_ada: ada,
    kimdis_adam: adam,
  };
}

const auditDetails = (input: ContractInput) => ({
  enterpriseId: input.enterprise_id,
  title: input.title,
  cpv: input.cpv_code,
  route: input.award_route,
  valueNetCents: input.value_net_cents,
  department: input.department,
});

/** The contract register: municipal staff only. Mounted at /api/v1. */
const contractRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('preHandler', requireRole('admin', 'staff'));

  app.get(
    '/contracts',
    {
      schema: {
        tags: ['contracts'],
        summary: 'Contracts awarded, newest first, with filters',
        querystring: ContractListQuerySchema,
        response: { 200: ContractListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { page, pageSize, ...filters } = request.query;
      const { rows, total } = await listContracts(app.db, filters, { limit: pageSize, offset: (page - 1) * pageSize });
      return { items: rows.map(toContract), total, page, pageSize, departments: await listDepartments(app.db) };
    },
  );

  const exportQuery = Type.Object({ ...ContractFilterSchema.properties, lang: Type.Optional(Type.Union([Type.Literal('el'), Type.Literal('en')])) }, { additionalProperties: false });
  app.get(
    '/contracts/export.xlsx',
    { schema: { tags: ['contracts'], summary: 'The filtered register as an Excel workbook', querystring: exportQuery, response: { 200: Type.Any(), ...problemResponses(400, 401, 403) } } },
    async (request, reply) => {
      const { lang = 'el', ...filters } = request.query;
      const { rows } = await listContracts(app.db, filters, null);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="contracts.xlsx"')
        .header('cache-control', 'no-store')
        .send(await contractsWorkbook(rows.map(toContract), lang));
    },
  );
  app.get(
    '/contracts/export.csv',
    { schema: { tags: ['contracts'], summary: 'The filtered register as CSV (UTF-8 with BOM, formulas neutralised)', querystring: exportQuery, response: { 200: Type.Any(), ...problemResponses(400, 401, 403) } } },
    async (request, reply) => {
      const { lang = 'el', ...filters } = request.query;
      const { rows } = await listContracts(app.db, filters, null);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="contracts.csv"')
        .header('cache-control', 'no-store')
        .send(contractsCsv(rows.map(toContract), lang));
    },
  );

  app.get(
    '/contracts/:id',
    { schema: { tags: ['contracts'], summary: 'One contract (with its ETag)', params: ContractIdParamsSchema, response: { 200: ContractSchema, ...problemResponses(401, 403, 404) } } },
    async (request, reply) => {
      const row = await getContract(app.db, request.params.id);
      if (!row) throw new NotFoundProblem('Contract');
      reply.header('etag', etagOf(row));
      return toContract(row);
    },
  );

  app.post(
    '/contracts',
    { schema: { tags: ['contracts'], summary: 'Record a contract', body: ContractInputSchema, response: { 201: ContractSchema, ...problemResponses(400, 401, 403) } } },
    async (request, reply) => {
      const input = await toInput(app, request.body);
      const id = randomUUID();
      const row = await app.db.transaction().execute(async (trx) => {
        await insertContract(trx, id, input, request.user?.id ?? null);
        await recordAudit(trx, actorOf(request), { action: 'contract.create', objectType: 'contract', objectId: id, details: auditDetails(input) });
        return (await getContract(trx, id))!;
      });
      reply.code(201).header('etag', etagOf(row)).header('location', `/api/v1/contracts/${id}`);
      return toContract(row);
    },
  );

  app.put(
    '/contracts/:id',
    {
      schema: {
        tags: ['contracts'],
        summary: 'Replace a contract (If-Match required)',
        params: ContractIdParamsSchema,
        body: ContractInputSchema,
        response: { 200: ContractSchema, ...problemResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!(await getContract(app.db, id))) throw new NotFoundProblem('Contract');
      const version = expectedVersion(request, id);
      const input = await toInput(app, request.body);
      const row = await app.db.transaction().execute(async (trx) => {
        if (!(await updateContract(trx, id, version, input)))
          throw new HttpProblem(412, 'precondition_failed', 'Precondition failed', 'The contract has changed since you read it: reload it.');
        await recordAudit(trx, actorOf(request), { action: 'contract.update', objectType: 'contract', objectId: id, details: auditDetails(input) });
        return (await getContract(trx, id))!;
      });
      reply.header('etag', etagOf(row));
      return toContract(row);
    },
  );

  app.delete(
    '/contracts/:id',
    {
      schema: {
        tags: ['contracts'],
        summary: 'Delete a contract recorded by mistake (If-Match required)',
        params: ContractIdParamsSchema,
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const existing = await getContract(app.db, id);
      if (!existing) throw new NotFoundProblem('Contract');
      const version = expectedVersion(request, id);
      await app.db.transaction().execute(async (trx) => {
        if (!(await deleteContract(trx, id, version)))
          throw new HttpProblem(412, 'precondition_failed', 'Precondition failed', 'The contract has changed since you read it: reload it.');
        await recordAudit(trx, actorOf(request), {
          action: 'contract.delete',
          objectType: 'contract',
          objectId: id,
          details: { title: existing.title, enterpriseId: existing.enterprise_id, valueNetCents: existing.value_net_cents },
        });
      });
      return reply.code(204).send(null);
    },
  );
};

export default contractRoutes;
