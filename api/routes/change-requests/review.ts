import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { recordAudit } from '../../repositories/audit-log.ts';
import { HttpProblem, NotFoundProblem } from '../../http/errors.ts';
import { reviewOutcomeMail } from '../../mail/self-service-templates.ts';
import type { MailLocale } from '../../mail/templates.ts';
import { diffChanges, normaliseServiceChanges, profileValuesOf, type Changes, type FieldValue } from '../../domain/profile-changes.ts';
import { closeChangeRequest, enterprisePeople, getChangeRequest, type ChangeRequestRecord } from '../../repositories/change-requests.ts';
import { applyProfileChanges, applyServiceChanges, checkServiceReferences, findEnterprise, loadServices } from '../../repositories/enterprise-profile.ts';
import { enforce as enforceFor } from '../../services/authorize.ts';
import { actorOf } from '../../http/request-context.ts';
const enforce = (request: Parameters<typeof actorOf>[0], ...rest: [Parameters<typeof enforceFor>[1], Parameters<typeof enforceFor>[2], string]) => enforceFor(actorOf(request), rest[0], rest[1], rest[2].toLowerCase().replace(' ', '_') as never);
import { auditActorOf, historyActorOf, invalidFields, validateProfileInput } from '../my-enterprise/proposals.ts';
import { athensToday } from '../my-enterprise/views.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** The values the request's fields have now (profile or service; null for a service not created yet). */
async function currentValues(db: Db, cr: ChangeRequestRecord): Promise<Changes> {
  if (cr.kind === 'profile') {
    const row = await findEnterprise(db, { id: cr.enterpriseId });
    return row ? (profileValuesOf(row) as Changes) : {};
  }
  const [service] = await loadServices(db, cr.enterpriseId, cr.targetId!);
  return service ? (service.values as Changes) : {};
}

/** The request with a field-by-field before / now / proposed diff. */
export async function changeRequestDetail(db: Db, cr: ChangeRequestRecord) {
  const current = await currentValues(db, cr);
  const [service] = cr.kind === 'service' ? await loadServices(db, cr.enterpriseId, cr.targetId!) : [];
  return {
    ...cr,
    newService: cr.kind === 'service' && !service,
    subject: cr.kind === 'profile' ? cr.enterpriseName : String(service?.values.titleEl ?? cr.proposed.titleEl ?? ''),
    diff: diffChanges(cr.previous, current, cr.status === 'approved' && cr.applied ? cr.applied : cr.proposed),
  };
}

export async function loadForReview(app: FastifyInstance, request: FastifyRequest, id: string, action: 'change_request.read' | 'change_request.review') {
  const cr = await getChangeRequest(app.db, id);
  if (!cr) throw new NotFoundProblem('Change request');
  enforce(request, action, { enterpriseId: cr.enterpriseId }, 'Change request');
  return cr;
}

const notPending = (cr: ChangeRequestRecord) =>
  new HttpProblem(409, 'not_pending', 'Already decided', `This change request is ${cr.status}; only pending ones can be reviewed.`, { requestStatus: cr.status });

/**
 * Approves (optionally with the reviewer's corrections): applies the change in one
 * transaction, bumps the version, records history and audit, reindexes search, then tells
 * the enterprise by e-mail.
 */
export async function approveChangeRequest(app: FastifyInstance, request: FastifyRequest, id: string, corrections: Changes, comment: string | null) {
  await loadForReview(app, request, id, 'change_request.review');
  const today = athensToday();
  const cr = await app.db.transaction().execute(async (trx) => {
    const cr = (await getChangeRequest(trx, id))!;
    if (cr.status !== 'pending') throw notPending(cr);
    const merged: Changes = { ...cr.proposed, ...corrections };
    const context = { actor: historyActorOf(request), action: 'approve', changeRequestId: cr.id };
    let applied: Changes;
    if (cr.kind === 'profile') {
      const row = (await findEnterprise(trx, { id: cr.enterpriseId }))!;
      applied = (await validateProfileInput(trx, cr.enterpriseId, profileValuesOf(row), merged, { staff: true, today })) as Changes;
      await applyProfileChanges(trx, cr.enterpriseId, applied, context);
    } else {
      const [existing] = await loadServices(trx, cr.enterpriseId, cr.targetId!);
      const { changes, invalid } = normaliseServiceChanges(merged as Record<string, FieldValue>, !existing);
      invalid.push(...(await checkServiceReferences(trx, { ...changes, status: (changes.status ?? existing?.values.status ?? 'active') as FieldValue })));
      if (invalid.length) throw invalidFields(invalid);
      applied = changes as Changes;
      await applyServiceChanges(trx, cr.enterpriseId, cr.targetId!, changes, context);
    }
    const corrected = Object.keys(corrections).filter((f) => JSON.stringify(corrections[f]) !== JSON.stringify(cr.proposed[f]));
    await closeChangeRequest(trx, cr.id, { status: 'approved', reviewerUserId: request.user!.id, comment, applied });
    await recordAudit(trx, auditActorOf(request), {
      action: 'change_request.approve',
      objectType: 'change_request',
      objectId: cr.id,
      details: { enterpriseId: cr.enterpriseId, kind: cr.kind, targetId: cr.targetId, fields: Object.keys(applied), corrected },
    });
    app.registry.indexer.indexEnterprise(cr.enterpriseId);
    return { ...cr, corrected };
  });
  await notifyEnterprise(app, cr, 'approved', cr.corrected.length > 0, comment);
  return getChangeRequest(app.db, id);
}

export async function rejectChangeRequest(app: FastifyInstance, request: FastifyRequest, id: string, comment: string) {
  await loadForReview(app, request, id, 'change_request.review');
  const cr = await app.db.transaction().execute(async (trx) => {
    const cr = (await getChangeRequest(trx, id))!;
    if (cr.status !== 'pending') throw notPending(cr);
    await closeChangeRequest(trx, cr.id, { status: 'rejected', reviewerUserId: request.user!.id, comment, applied: null });
    await recordAudit(trx, auditActorOf(request), {
      action: 'change_request.reject',
      objectType: 'change_request',
      objectId: cr.id,
      details: { enterpriseId: cr.enterpriseId, kind: cr.kind, targetId: cr.targetId, fields: Object.keys(cr.proposed) },
    });
    return cr;
  });
  await notifyEnterprise(app, cr, 'rejected', false, comment);
  return getChangeRequest(app.db, id);
}

/** The author and the enterprise's managers hear the outcome, each in their own language. */
async function notifyEnterprise(app: FastifyInstance, cr: ChangeRequestRecord, outcome: 'approved' | 'rejected', corrected: boolean, comment: string | null) {
  try {
    const people = await enterprisePeople(app.db, cr.enterpriseId);
    const recipients = people.filter((p) => p.id === cr.author?.id || p.role === 'enterprise_manager');
    const detail = await changeRequestDetail(app.db, cr);
    const seen = new Set<string>();
    for (const person of recipients) {
      if (seen.has(person.email)) continue;
      seen.add(person.email);
      const mail = reviewOutcomeMail(person.locale as MailLocale, {
        enterpriseName: cr.enterpriseName,
        kind: cr.kind,
        subject: detail.subject,
        outcome,
        corrected,
        comment,
        link: `${app.config.publicOrigin}/admin/`,
      });
      await app.accounts.mailer.queue({ kind: `change_request_${outcome}`, to: person.email, subject: mail.subject, text: mail.text });
    }
  } catch (error) {
    // The decision stands even if a message cannot be queued; the log says so.
    app.log.error({ err: error, changeRequestId: cr.id }, 'could not queue the review e-mail');
  }
}
