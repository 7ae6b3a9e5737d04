import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { recordAudit, type AuditActor } from '../../repositories/audit-log.ts';
import { HttpProblem, NotFoundProblem } from '../../http/errors.ts';
import {
  changedOnly,
  EMPTY_SERVICE,
  normaliseProfileChanges,
  normaliseServiceChanges,
  profileValuesOf,
  splitProfileChanges,
  splitServiceChanges,
  type Changes,
  type FieldValue,
  type InvalidField,
  type ProfileValues,
  type ServiceValues,
} from '../../domain/profile-changes.ts';
import { closeChangeRequest, findPending, insertChangeRequest, requestRevision } from '../../repositories/change-requests.ts';
import {
  afmTakenByAnother,
  applyProfileChanges,
  applyServiceChanges,
  checkServiceReferences,
  deleteService,
  findEnterprise,
  loadServices,
  municipalityExists,
} from '../../repositories/enterprise-profile.ts';
import type { HistoryActor } from '../../repositories/enterprise-history.ts';
import type { ProfilePatch, ServicePatch, SubmitResult } from './schemas.ts';
import { athensToday, myEnterpriseEtag, myEnterpriseView, myServiceEtag, myServiceViews, requireIfMatch } from './views.ts';

type Db = Kysely<Database> | Transaction<Database>;

export function auditActorOf(request: FastifyRequest): AuditActor {
  return { userId: request.user?.id ?? null, email: request.user?.email ?? null, ip: request.ip ?? null };
}

export function historyActorOf(request: FastifyRequest): HistoryActor {
  return { userId: request.user?.id ?? null, name: request.user?.name ?? null };
}

/** 400 naming every invalid field (the first in `detail`). */
export function invalidFields(invalid: InvalidField[]): HttpProblem {
  const first = invalid[0]!;
  return new HttpProblem(400, 'invalid_parameter', 'Invalid request', `${first.name}: ${first.reason}`, {
    invalidParams: invalid.map((i) => ({ ...i, in: 'body' })),
  });
}

/** Normalises and validates profile changes, including the checks that need the database. */
export async function validateProfileInput(
  db: Db,
  enterpriseId: string,
  current: ProfileValues,
  input: Record<string, FieldValue | undefined>,
  options: { staff: boolean; today: string },
): Promise<Partial<ProfileValues>> {
  const { changes, invalid } = normaliseProfileChanges(current, input, options);
  if (typeof changes.municipalityId === 'string' && !(await municipalityExists(db, changes.municipalityId)))
    invalid.push({ name: 'municipalityId', reason: 'is not a known municipality' });
  if (typeof changes.afm === 'string' && !invalid.some((i) => i.name === 'afm') && (await afmTakenByAnother(db, changes.afm, enterpriseId)))
    invalid.push({ name: 'afm', reason: 'another enterprise in the register has this ΑΦΜ' });
  if (typeof changes.logoId === 'string') {
    const logo = await db.selectFrom('logos').select('enterprise_id').where('id', '=', changes.logoId).executeTakeFirst();
    if (logo?.enterprise_id !== enterpriseId) invalid.push({ name: 'logoId', reason: 'is not a logo uploaded for this enterprise' });
  }
  if (invalid.length) throw invalidFields(invalid);
  return changes;
}

/** Merges a new proposal into the pending one: fields given again replace (or withdraw) what was pending. */
function mergeProposal(pending: Changes | undefined, given: Record<string, unknown>, moderated: Changes): Changes {
  const proposal: Changes = { ...(pending ?? {}) };
  for (const field of Object.keys(given)) delete proposal[field];
  return { ...proposal, ...moderated };
}

/**
 * PATCH /my/enterprise: private fields apply at once; public ones become (or join) the
 * pending change request. One transaction: nothing is half-written.
 */
export async function submitProfile(app: FastifyInstance, request: FastifyRequest, enterpriseId: string, input: ProfilePatch): Promise<SubmitResult> {
  const today = athensToday();
  const outcome = await app.db.transaction().execute(async (trx) => {
    const row = (await findEnterprise(trx, { id: enterpriseId }))!;
    const revision = await requestRevision(trx, enterpriseId, 'profile', null);
    await requireIfMatch(request, myEnterpriseEtag(row.version, revision), () => myEnterpriseView(trx, row, today));
    const current = profileValuesOf(row);
    const normalised = await validateProfileInput(trx, enterpriseId, current, input as Record<string, FieldValue>, { staff: false, today });
    const { direct, moderated } = splitProfileChanges(current, changedOnly(current, normalised));
    const pending = await findPending(trx, enterpriseId, 'profile', null);
    const proposal = mergeProposal(pending?.proposed, normalised, moderated as Changes);
    const history = historyActorOf(request);
    if (Object.keys(direct).length) {
      await applyProfileChanges(trx, enterpriseId, direct, { actor: history, action: 'update' });
      await recordAudit(trx, auditActorOf(request), {
        action: 'enterprise.update',
        objectType: 'enterprise',
        objectId: enterpriseId,
        details: { fields: Object.keys(direct), moderated: false },
      });
    }
    if (pending) await closeChangeRequest(trx, pending.id, { status: 'superseded', reviewerUserId: null, comment: null, applied: null });
    let changeRequestId: string | null = null;
    if (Object.keys(proposal).length) {
      changeRequestId = randomUUID();
      const after = profileValuesOf((await findEnterprise(trx, { id: enterpriseId }))!);
      const previous: Changes = {};
      for (const field of Object.keys(proposal)) previous[field] = pending?.previous[field] ?? after[field as keyof ProfileValues];
      await insertChangeRequest(trx, {
        id: changeRequestId,
        enterpriseId,
        authorUserId: request.user!.id,
        kind: 'profile',
        targetId: null,
        proposed: proposal,
        previous,
        baseVersion: row.version,
      });
      await recordAudit(trx, auditActorOf(request), {
        action: 'change_request.create',
        objectType: 'change_request',
        objectId: changeRequestId,
        details: { enterpriseId, kind: 'profile', fields: Object.keys(proposal), supersedes: pending?.id ?? null },
      });
    }
    if (Object.keys(direct).length) app.registry.indexer.indexEnterprise(enterpriseId);
    const fresh = (await findEnterprise(trx, { id: enterpriseId }))!;
    return {
      changeRequestId,
      status: changeRequestId ? 'pending' : Object.keys(direct).length ? 'applied' : pending ? 'withdrawn' : 'unchanged',
      pendingFields: Object.keys(proposal),
      appliedFields: Object.keys(direct),
      etag: myEnterpriseEtag(fresh.version, await requestRevision(trx, enterpriseId, 'profile', null)),
    } satisfies SubmitResult;
  });
  return outcome;
}

/**
 * Create (serviceId new) or change a service. A new service exists only as a proposal
 * until staff approve it; withdrawing a service applies at once.
 */
export async function submitService(
  app: FastifyInstance,
  request: FastifyRequest,
  enterpriseId: string,
  serviceId: string,
  input: ServicePatch,
  isNew: boolean,
): Promise<SubmitResult> {
  return app.db.transaction().execute(async (trx) => {
    const [existing] = await loadServices(trx, enterpriseId, serviceId);
    const pending = await findPending(trx, enterpriseId, 'service', serviceId);
    if (!isNew && !existing && !pending) throw new NotFoundProblem('Service');
    const revision = await requestRevision(trx, enterpriseId, 'service', serviceId);
    if (!isNew) {
      await requireIfMatch(request, myServiceEtag(existing?.version ?? 0, revision), async () => (await myServiceViews(trx, enterpriseId, serviceId))[0]);
    }
    const current: ServiceValues = existing?.values ?? { ...EMPTY_SERVICE, ...(pending?.proposed as Partial<ServiceValues>) };
    const { changes: normalised, invalid } = normaliseServiceChanges(input as Record<string, FieldValue>, isNew);
    invalid.push(...(await checkServiceReferences(trx, { ...normalised, status: (normalised.status ?? current.status) as FieldValue })));
    if (invalid.length) throw invalidFields(invalid);
    const changed = existing ? changedOnly(existing.values, normalised) : normalised;
    const { direct, moderated } = existing ? splitServiceChanges(changed) : { direct: {}, moderated: changed };
    const proposal = mergeProposal(pending?.proposed, normalised, moderated as Changes);
    if (!existing && Object.keys(proposal).length && (!proposal.titleEl || !Array.isArray(proposal.cpvCodes) || proposal.cpvCodes.length === 0))
      throw invalidFields([{ name: proposal.titleEl ? 'cpvCodes' : 'titleEl', reason: proposal.titleEl ? 'a new service needs at least one CPV code' : 'must not be empty' }]);
    const history = historyActorOf(request);
    if (Object.keys(direct).length) {
      await applyServiceChanges(trx, enterpriseId, serviceId, direct, { actor: history, action: 'update' });
      await recordAudit(trx, auditActorOf(request), { action: 'service.update', objectType: 'service', objectId: serviceId, details: { enterpriseId, fields: Object.keys(direct), moderated: false } });
      app.registry.indexer.indexEnterprise(enterpriseId);
    }
    if (pending) await closeChangeRequest(trx, pending.id, { status: 'superseded', reviewerUserId: null, comment: null, applied: null });
    let changeRequestId: string | null = null;
    if (Object.keys(proposal).length) {
      changeRequestId = randomUUID();
      const previous: Changes = {};
      for (const field of Object.keys(proposal)) previous[field] = existing ? existing.values[field as keyof ServiceValues] : null;
      await insertChangeRequest(trx, {
        id: changeRequestId,
        enterpriseId,
        authorUserId: request.user!.id,
        kind: 'service',
        targetId: serviceId,
        proposed: proposal,
        previous,
        baseVersion: existing?.version ?? 0,
      });
      await recordAudit(trx, auditActorOf(request), {
        action: 'change_request.create',
        objectType: 'change_request',
        objectId: changeRequestId,
        details: { enterpriseId, kind: 'service', serviceId, newService: !existing, fields: Object.keys(proposal), supersedes: pending?.id ?? null },
      });
    }
    const [fresh] = await loadServices(trx, enterpriseId, serviceId);
    return {
      changeRequestId,
      status: changeRequestId ? 'pending' : Object.keys(direct).length ? 'applied' : pending ? 'withdrawn' : 'unchanged',
      pendingFields: Object.keys(proposal),
      appliedFields: Object.keys(direct),
      etag: myServiceEtag(fresh?.version ?? 0, await requestRevision(trx, enterpriseId, 'service', serviceId)),
    } satisfies SubmitResult;
  });
}

/** Deletes a service (or withdraws a new one still waiting for approval). */
export async function removeService(app: FastifyInstance, request: FastifyRequest, enterpriseId: string, serviceId: string): Promise<void> {
  await app.db.transaction().execute(async (trx) => {
    const [existing] = await loadServices(trx, enterpriseId, serviceId);
    const pending = await findPending(trx, enterpriseId, 'service', serviceId);
    if (!existing && !pending) throw new NotFoundProblem('Service');
    const revision = await requestRevision(trx, enterpriseId, 'service', serviceId);
    await requireIfMatch(request, myServiceEtag(existing?.version ?? 0, revision), async () => (await myServiceViews(trx, enterpriseId, serviceId))[0]);
    if (pending) await closeChangeRequest(trx, pending.id, { status: 'superseded', reviewerUserId: null, comment: null, applied: null });
    if (existing) {
      await deleteService(trx, enterpriseId, serviceId, { actor: historyActorOf(request), action: 'delete' }, existing.version);
      app.registry.indexer.indexEnterprise(enterpriseId);
    }
    await recordAudit(trx, auditActorOf(request), {
      action: existing ? 'service.delete' : 'change_request.withdraw',
      objectType: existing ? 'service' : 'change_request',
      objectId: existing ? serviceId : pending!.id,
      details: { enterpriseId, serviceId, title: (existing?.values.titleEl ?? pending?.proposed.titleEl ?? null) as string | null },
    });
  });
}
