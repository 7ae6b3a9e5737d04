import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { auditActorOf, type Actor } from '../domain/actor.ts';
import { parseCpv } from '../domain/cpv.ts';
import { centsToDecimal, decimalToCents, isIsoDate, type Lang } from '../domain/eligibility-format.ts';
import { AppError, ConflictError, invalidParameter, NotFoundError } from '../domain/errors.ts';
import { msg } from '../domain/messages/index.ts';
import { parseDiavgeiaAda, parseKimdisAdam } from '../domain/procurement-references.ts';
import type { Contract, ContractInputBody } from '../http/procurement-schemas.ts';
import { recordAudit } from '../repositories/audit-log.ts';
import {
  cpvExists,
  deleteContract,
  getContract,
  insertContract,
  listContracts,
  listDepartments,
  updateContract,
  type ContractFilters,
  type ContractInput,
  type ContractRow,
} from '../repositories/contracts.ts';
import { enterpriseExists } from '../repositories/enterprises.ts';
import { contractsCsv, contractsWorkbook } from './contract-export.ts';
import { preconditionRequired } from './if-match.ts';

function toContract(row: ContractRow): Contract {
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
    consultationId: row.consultation_id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const contractEtag = (contract: { id: string; version: number }) =>
  `"contract-${contract.id}-v${contract.version}"`;

const changedSinceRead = () =>
  new AppError('precondition_failed', 'precondition_failed', msg('if_match.failed.title'), msg('contracts.changed'));

/** DESIGN §7: changes need the ETag the client read (If-Match); a stale one is a 412, none a 428. */
function expectedVersion(ifMatch: string | undefined, id: string): number {
  if (!ifMatch) throw preconditionRequired();
  const match = new RegExp(`^"contract-${id.replace(/[^\w-]/g, '')}-v(\\d+)"$`).exec(ifMatch.trim());
  if (!match) throw changedSinceRead();
  return Number(match[1]);
}

const auditDetails = (input: ContractInput) => ({
  enterpriseId: input.enterprise_id,
  title: input.title,
  cpv: input.cpv_code,
  route: input.award_route,
  valueNetCents: input.value_net_cents,
  department: input.department,
});

/** The contract register (issue 6): contracts awarded to social-economy enterprises. */
export function createContractService({ db }: { db: Kysely<Database> }) {
  /** Validates what the schema cannot: money, calendar dates, CPV list, references; names the field. */
  async function toInput(body: ContractInputBody): Promise<ContractInput> {
    const cpv = parseCpv(body.cpvCode);
    if (!cpv) throw invalidParameter('cpvCode', msg('contracts.cpv_format'), 'body');
    if (!(await cpvExists(db, cpv.code)))
      throw invalidParameter('cpvCode', msg('contracts.cpv_unknown', { code: cpv.code }), 'body');
    if (!(await enterpriseExists(db, body.enterpriseId)))
      throw invalidParameter('enterpriseId', msg('contracts.no_enterprise'), 'body');
    const valueNet = decimalToCents(body.valueNet);
    if (valueNet === null) throw invalidParameter('valueNet', msg('money.format'), 'body');
    const vat = decimalToCents(body.vat);
    if (vat === null) throw invalidParameter('vat', msg('money.format'), 'body');
    for (const field of ['awardedOn', 'startsOn', 'endsOn'] as const) {
      const value = body[field];
      if (value && !isIsoDate(value)) throw invalidParameter(field, msg('field.calendar_date'), 'body');
    }
    if (body.endsOn && body.endsOn < body.startsOn)
      throw invalidParameter('endsOn', msg('contracts.ends_before_start'), 'body');
    let ada: string | null = null;
    if (body.diavgeiaAda?.trim()) {
      ada = parseDiavgeiaAda(body.diavgeiaAda);
      if (!ada) throw invalidParameter('diavgeiaAda', msg('contracts.ada'), 'body');
    }
    let adam: string | null = null;
    if (body.kimdisAdam?.trim()) {
      adam = parseKimdisAdam(body.kimdisAdam);
      if (!adam) throw invalidParameter('kimdisAdam', msg('contracts.adam'), 'body');
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

  async function existing(id: string): Promise<ContractRow> {
    const row = await getContract(db, id);
    if (!row) throw new NotFoundError('contract');
    return row;
  }

  return {
    /** Newest first, with every department in the register (for filters and forms). */
    async list(filters: ContractFilters, page: { page: number; pageSize: number }) {
      const { rows, total } = await listContracts(db, filters, {
        limit: page.pageSize,
        offset: (page.page - 1) * page.pageSize,
      });
      return { items: rows.map(toContract), total, departments: await listDepartments(db) };
    },

    /** The filtered register as .xlsx or CSV (UTF-8 with BOM, formulas neutralised). */
    async export(filters: ContractFilters, format: 'xlsx' | 'csv', lang: Lang): Promise<Buffer | string> {
      const contracts = (await listContracts(db, filters, null)).rows.map(toContract);
      return format === 'xlsx' ? contractsWorkbook(contracts, lang) : contractsCsv(contracts, lang);
    },

    async get(id: string): Promise<Contract> {
      return toContract(await existing(id));
    },

    async create(actor: Actor, body: ContractInputBody): Promise<Contract> {
      const input = await toInput(body);
      const id = randomUUID();
      const row = await db.transaction().execute(async (trx) => {
        await insertContract(trx, id, input, actor.user?.id ?? null);
        await recordAudit(trx, auditActorOf(actor), {
          action: 'contract.create',
          objectType: 'contract',
          objectId: id,
          details: auditDetails(input),
        });
        return (await getContract(trx, id))!;
      });
      return toContract(row);
    },

    /** Replaces a contract (If-Match required). */
    async replace(actor: Actor, id: string, body: ContractInputBody, ifMatch: string | undefined): Promise<Contract> {
      await existing(id);
      const version = expectedVersion(ifMatch, id);
      const input = await toInput(body);
      const row = await db.transaction().execute(async (trx) => {
        if (!(await updateContract(trx, id, version, input))) throw changedSinceRead();
        await recordAudit(trx, auditActorOf(actor), {
          action: 'contract.update',
          objectType: 'contract',
          objectId: id,
          details: auditDetails(input),
        });
        return (await getContract(trx, id))!;
      });
      return toContract(row);
    },

    /** Deletes a contract recorded by mistake (If-Match required). */
    async remove(actor: Actor, id: string, ifMatch: string | undefined): Promise<void> {
      const row = await existing(id);
      // Issue 13: a contract an award created is linked both ways with its request for quotes.
      if (row.consultation_id !== null)
        throw new ConflictError(
          'contract_from_award',
          msg('consultations.refused.title'),
          msg('contracts.from_award'),
          { extra: { consultationId: row.consultation_id } },
        );
      const version = expectedVersion(ifMatch, id);
      await db.transaction().execute(async (trx) => {
        if (!(await deleteContract(trx, id, version))) throw changedSinceRead();
        await recordAudit(trx, auditActorOf(actor), {
          action: 'contract.delete',
          objectType: 'contract',
          objectId: id,
          details: { title: row.title, enterpriseId: row.enterprise_id, valueNetCents: row.value_net_cents },
        });
      });
    },
  };
}
