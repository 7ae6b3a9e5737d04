import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../domain/actor.ts';
import { todayInAthens } from '../domain/athens-today.ts';
import { isMunicipal } from '../domain/authorization.ts';
import type { ChangeRequestStatus } from '../domain/change-requests.ts';
import { ConflictError, NotFoundError } from '../domain/errors.ts';
import { msg } from '../domain/messages/index.ts';
import { diffChanges, profileValuesOf, valuesPublishedBy, type Changes } from '../domain/profile-changes.ts';
import type { ChangeRequestDetail } from '../http/enterprise-schemas.ts';
import type { Mailer } from '../mail/mailer.ts';
import { reviewOutcomeMail } from '../mail/self-service-templates.ts';
import {
  closeChangeRequest,
  enterprisePeople,
  getChangeRequest,
  listChangeRequests,
  type ChangeRequestRecord,
} from '../repositories/change-requests.ts';
import { findEnterprise, loadServices } from '../repositories/enterprise-profile.ts';
import { enforce } from './authorize.ts';
import type { EnterpriseWriter } from './enterprise-writes.ts';
import type { Logger, Site } from './logger.ts';
import { validateProfileInput, validateServiceInput } from './profile-validation.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** The values the request's fields have now (profile or service; empty for a service not created yet). */
async function currentValues(db: Db, cr: ChangeRequestRecord): Promise<Changes> {
  if (cr.kind === 'profile') {
    const row = await findEnterprise(db, { id: cr.enterpriseId });
    return row ? profileValuesOf(row) : {};
  }
  const [service] = await loadServices(db, cr.enterpriseId, cr.targetId!);
  return service ? service.values : {};
}

/**
 * The request with a field-by-field before / now / proposed diff. A pending publication flag
 * brings the value it would publish into the diff (nothing public before, that value after).
 */
async function detailOf(db: Db, cr: ChangeRequestRecord): Promise<ChangeRequestDetail> {
  const current = await currentValues(db, cr);
  const [service] = cr.kind === 'service' ? await loadServices(db, cr.enterpriseId, cr.targetId!) : [];
  const proposed = cr.status === 'approved' && cr.applied ? cr.applied : cr.proposed;
  const revealed = cr.kind === 'profile' && cr.status === 'pending' ? valuesPublishedBy(proposed, current) : {};
  return {
    ...cr,
    newService: cr.kind === 'service' && !service,
    subject: cr.kind === 'profile' ? cr.enterpriseName : String(service?.values.titleEl ?? cr.proposed.titleEl ?? ''),
    diff: [
      ...diffChanges(cr.previous, current, proposed),
      ...Object.entries(revealed).map(([field, value]) => ({
        field,
        before: null,
        current: value,
        proposed: value,
        changedSinceProposal: false,
      })),
    ],
  };
}

const notPending = (cr: ChangeRequestRecord) =>
  new ConflictError(
    'not_pending',
    msg('change_request.not_pending.title'),
    msg('change_request.not_pending.detail', { status: cr.status }),
    {
      extra: { requestStatus: cr.status },
    },
  );

export interface ChangeRequestServiceDeps {
  db: Kysely<Database>;
  write: EnterpriseWriter;
  mailer: Mailer;
  /** Where people reach the site (links in mails, HSDS URLs); read at each use, as operators may change it. */
  site: Site;
  log: Logger;
}

/**
 * The moderation queue (issue 5). Staff list, read (with a field-by-field diff), approve
 * (optionally correcting) and reject with a comment; an enterprise user lists and reads
 * their own enterprise's requests only.
 */
export function createChangeRequestService({ db, write, mailer, site, log }: ChangeRequestServiceDeps) {
  async function load(
    actor: Actor,
    id: string,
    action: 'change_request.read' | 'change_request.review',
  ): Promise<ChangeRequestRecord> {
    const cr = await getChangeRequest(db, id);
    if (!cr) throw new NotFoundError('change_request');
    enforce(actor, action, { enterpriseId: cr.enterpriseId }, 'change_request');
    return cr;
  }

  /** The author and the enterprise's managers hear the outcome, each in their own language. */
  async function notifyEnterprise(
    cr: ChangeRequestRecord,
    outcome: 'approved' | 'rejected',
    corrected: boolean,
    comment: string | null,
  ): Promise<void> {
    try {
      const people = await enterprisePeople(db, cr.enterpriseId);
      const recipients = people.filter((p) => p.id === cr.author?.id || p.role === 'enterprise_manager');
      const detail = await detailOf(db, cr);
      const seen = new Set<string>();
      for (const person of recipients) {
        if (seen.has(person.email)) continue;
        seen.add(person.email);
        const mail = reviewOutcomeMail(person.locale, {
          enterpriseName: cr.enterpriseName,
          kind: cr.kind,
          subject: detail.subject,
          outcome,
          corrected,
          comment,
          link: `${site.publicOrigin}/admin/`,
        });
        await mailer.queue({
          kind: `change_request_${outcome}`,
          to: person.email,
          subject: mail.subject,
          text: mail.text,
        });
      }
    } catch (error) {
      // The decision stands even if a message cannot be queued; the log says so.
      log.error({ err: error, changeRequestId: cr.id }, 'could not queue the review e-mail');
    }
  }

  return {
    /** Staff: all, oldest pending first; an enterprise user: their own enterprise's, whatever they ask for. */
    async list(
      actor: Actor,
      filter: { status?: ChangeRequestStatus; enterpriseId?: string },
      page: { page: number; pageSize: number },
    ) {
      const user = actor.user!;
      const enterpriseId = isMunicipal(user) ? filter.enterpriseId : (user.enterpriseId ?? '-');
      return listChangeRequests(
        db,
        { status: filter.status, enterpriseId },
        { limit: page.pageSize, offset: (page.page - 1) * page.pageSize },
      );
    },

    async detail(actor: Actor, id: string): Promise<ChangeRequestDetail> {
      return detailOf(db, await load(actor, id, 'change_request.read'));
    },

    /**
     * Approves (optionally with the reviewer's corrections): applies the change in one
     * transaction, bumps the version, records history and audit, reindexes search, then
     * tells the enterprise by e-mail.
     */
    async approve(
      actor: Actor,
      id: string,
      corrections: Changes,
      comment: string | null,
    ): Promise<ChangeRequestDetail> {
      await load(actor, id, 'change_request.review');
      const today = todayInAthens();
      const cr = await write.run(actor, async (w) => {
        const cr = (await getChangeRequest(w.trx, id))!;
        if (cr.status !== 'pending') throw notPending(cr);
        const merged: Changes = { ...cr.proposed, ...corrections };
        const context = { action: 'approve', changeRequestId: cr.id };
        let applied: Changes;
        if (cr.kind === 'profile') {
          const row = (await findEnterprise(w.trx, { id: cr.enterpriseId }))!;
          applied = await validateProfileInput(w.trx, cr.enterpriseId, profileValuesOf(row), merged, {
            staff: true,
            today,
          });
          await w.applyProfile(cr.enterpriseId, applied, context);
        } else {
          const [existing] = await loadServices(w.trx, cr.enterpriseId, cr.targetId!);
          const changes = await validateServiceInput(w.trx, merged, !existing, existing?.values.status ?? 'active');
          applied = changes;
          await w.applyService(cr.enterpriseId, cr.targetId!, changes, context);
        }
        const corrected = Object.keys(corrections).filter(
          (f) => JSON.stringify(corrections[f]) !== JSON.stringify(cr.proposed[f]),
        );
        await closeChangeRequest(w.trx, cr.id, {
          status: 'approved',
          reviewerUserId: actor.user!.id,
          comment,
          applied,
        });
        await w.audit({
          action: 'change_request.approve',
          objectType: 'change_request',
          objectId: cr.id,
          details: {
            enterpriseId: cr.enterpriseId,
            kind: cr.kind,
            targetId: cr.targetId,
            fields: Object.keys(applied),
            corrected,
          },
        });
        return { ...cr, corrected };
      });
      await notifyEnterprise(cr, 'approved', cr.corrected.length > 0, comment);
      return detailOf(db, (await getChangeRequest(db, id))!);
    },

    async reject(actor: Actor, id: string, comment: string): Promise<ChangeRequestDetail> {
      await load(actor, id, 'change_request.review');
      const cr = await write.run(actor, async (w) => {
        const cr = (await getChangeRequest(w.trx, id))!;
        if (cr.status !== 'pending') throw notPending(cr);
        await closeChangeRequest(w.trx, cr.id, {
          status: 'rejected',
          reviewerUserId: actor.user!.id,
          comment,
          applied: null,
        });
        await w.audit({
          action: 'change_request.reject',
          objectType: 'change_request',
          objectId: cr.id,
          details: {
            enterpriseId: cr.enterpriseId,
            kind: cr.kind,
            targetId: cr.targetId,
            fields: Object.keys(cr.proposed),
          },
        });
        return cr;
      });
      await notifyEnterprise(cr, 'rejected', false, comment);
      return detailOf(db, (await getChangeRequest(db, id))!);
    },
  };
}
