import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { auditActorOf, type Actor } from '../domain/actor.ts';
import { isMunicipal } from '../domain/authorization.ts';
import { athensDate } from '../domain/consultations/athens-time.ts';
import {
  checkSocialValueAction,
  parseSocialValueReport,
  type SocialValueAction,
} from '../domain/consultations/social-value.ts';
import { centsToDecimal } from '../domain/eligibility-format.ts';
import { AppError, ForbiddenError, NotFoundError } from '../domain/errors.ts';
import { msg } from '../domain/messages/index.ts';
import {
  socialValueEtag,
  type MySocialValueContract,
  type SocialValueInputBody,
  type SocialValueReportView,
} from '../http/social-value-schemas.ts';
import { recordAudit } from '../repositories/audit-log.ts';
import { listContracts } from '../repositories/contracts.ts';
import {
  findContractForReport,
  findSocialValueReport,
  insertSocialValueReport,
  listSocialValueReports,
  otherReportPeriods,
  reviewSocialValueReport,
  updateSocialValueReport,
  type SocialValueRecord,
} from '../repositories/social-value.ts';
import type { SocialValueStatus } from '../../db/schema.ts';
import { valueOf } from './consultations/rule-errors.ts';
import { requireIfMatch } from './if-match.ts';
import type { Clock } from './logger.ts';

export function socialValueView(record: SocialValueRecord): SocialValueReportView {
  return {
    id: record.id,
    contract: { id: record.contractId, title: record.contractTitle },
    enterprise: { id: record.enterpriseId, name: record.enterpriseName },
    periodStart: record.periodStart,
    periodEnd: record.periodEnd,
    vulnerableWorkers: record.vulnerableWorkers,
    vulnerableHours: record.vulnerableHours,
    totalWorkers: record.totalWorkers,
    newHires: record.newHires,
    text: record.text,
    status: record.status,
    staffComment: record.staffComment,
    version: record.version,
    reportedAt: record.reportedAt,
    updatedAt: record.updatedAt,
    confirmedAt: record.confirmedAt,
  };
}

/** The enterprise the actor speaks for (managers and members); staff are not an enterprise (403). */
function enterpriseOf(actor: Actor): string {
  if (!actor.user || isMunicipal(actor.user) || !actor.user.enterpriseId)
    throw new ForbiddenError(msg('auth.action_forbidden', { action: 'social_value.report' }));
  return actor.user.enterpriseId;
}

const changedSinceRead = () =>
  new AppError(
    'precondition_failed',
    'precondition_failed',
    msg('if_match.failed.title'),
    msg('if_match.failed.detail'),
  );

function requireStaff(actor: Actor): void {
  if (!actor.user || !isMunicipal(actor.user))
    throw new ForbiddenError(msg('auth.action_forbidden', { action: 'social_value.review' }));
}

/**
 * Social value, the contract's second half (issue 13): the supplier's people (manager or
 * member) report per contract and period what it meant for people from vulnerable groups;
 * staff confirm it or send it back with a comment. Only confirmed reports count (dashboard,
 * council report). An enterprise never learns another's contract or report exists (404).
 * Every step is audited; changes need the ETag read (If-Match).
 */
export function createSocialValueService(deps: { db: Kysely<Database>; clock: Clock }) {
  const { db, clock } = deps;

  /** The report as this actor may see it: staff any, an enterprise its own; otherwise 404. */
  async function visibleReport(actor: Actor, id: string): Promise<SocialValueRecord> {
    const report = await findSocialValueReport(db, id);
    const own = actor.user && !isMunicipal(actor.user) && report?.enterpriseId === actor.user.enterpriseId;
    if (!report || !actor.user || !(isMunicipal(actor.user) || own)) throw new NotFoundError('social_value_report');
    return report;
  }

  async function current(id: string): Promise<SocialValueReportView> {
    return socialValueView((await findSocialValueReport(db, id))!);
  }

  async function figures(contractId: string, exceptId: string | null, input: SocialValueInputBody, actor: Actor) {
    const contract = (await findContractForReport(db, contractId))!;
    return valueOf(
      parseSocialValueReport(input, {
        contract: { startsOn: contract.startsOn, endsOn: contract.endsOn },
        otherPeriods: await otherReportPeriods(db, contractId, exceptId),
        today: athensDate(clock()),
      }),
      actor.lang,
    );
  }

  async function review(
    actor: Actor,
    id: string,
    action: Exclude<SocialValueAction, 'edit'>,
    ifMatch: string | undefined,
    comment: string | null,
  ): Promise<SocialValueReportView> {
    requireStaff(actor);
    const report = await visibleReport(actor, id);
    if (ifMatch) await requireIfMatch(ifMatch, socialValueEtag(report), () => current(id));
    const status = valueOf(checkSocialValueAction(action, report.status, 'staff', comment), actor.lang) as
      'confirmed' | 'returned';
    const at = clock().toISOString();
    const trimmed = comment?.trim() || null;
    await db.transaction().execute(async (trx) => {
      if (
        !(await reviewSocialValueReport(trx, id, report.version, { status, comment: trimmed, by: actor.user!.id, at }))
      )
        throw changedSinceRead();
      await recordAudit(trx, auditActorOf(actor), {
        action: action === 'confirm' ? 'social_value.confirm' : 'social_value.return',
        objectType: 'social_value_report',
        objectId: id,
        details: { contractId: report.contractId, enterpriseId: report.enterpriseId, comment: trimmed },
      });
    });
    return current(id);
  }

  return {
    /** My enterprise's contracts, each with its reports (newest period first). */
    async myContracts(actor: Actor): Promise<MySocialValueContract[]> {
      const enterpriseId = enterpriseOf(actor);
      const { rows } = await listContracts(db, { enterpriseId }, null);
      const reports = await listSocialValueReports(db, { enterpriseId });
      return rows.map((c) => ({
        id: c.id,
        title: c.title,
        department: c.department,
        valueNet: centsToDecimal(c.value_net_cents),
        startsOn: c.starts_on,
        endsOn: c.ends_on,
        reports: reports.filter((r) => r.contractId === c.id).map(socialValueView),
      }));
    },

    /** A new report on one of my enterprise's contracts (404 for anyone else's). */
    async report(actor: Actor, contractId: string, input: SocialValueInputBody): Promise<SocialValueReportView> {
      const enterpriseId = enterpriseOf(actor);
      const contract = await findContractForReport(db, contractId);
      if (!contract || contract.enterpriseId !== enterpriseId) throw new NotFoundError('contract');
      const checked = await figures(contractId, null, input, actor);
      const id = randomUUID();
      const at = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await insertSocialValueReport(trx, { id, contractId, enterpriseId, figures: checked, by: actor.user!.id, at });
        await recordAudit(trx, auditActorOf(actor), {
          action: 'social_value.report',
          objectType: 'social_value_report',
          objectId: id,
          details: { contractId, periodStart: checked.periodStart, periodEnd: checked.periodEnd },
        });
      });
      return current(id);
    },

    /** The enterprise corrects its report (reported or returned → reported) with the ETag it read. */
    async edit(
      actor: Actor,
      id: string,
      input: SocialValueInputBody,
      ifMatch: string | undefined,
    ): Promise<SocialValueReportView> {
      enterpriseOf(actor);
      const report = await visibleReport(actor, id);
      valueOf(checkSocialValueAction('edit', report.status, 'enterprise'), actor.lang);
      await requireIfMatch(ifMatch, socialValueEtag(report), () => current(id));
      const checked = await figures(report.contractId, id, input, actor);
      const at = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        if (!(await updateSocialValueReport(trx, id, report.version, checked, actor.user!.id, at)))
          throw changedSinceRead();
        await recordAudit(trx, auditActorOf(actor), {
          action: 'social_value.edit',
          objectType: 'social_value_report',
          objectId: id,
          details: { contractId: report.contractId, periodStart: checked.periodStart, periodEnd: checked.periodEnd },
        });
      });
      return current(id);
    },

    async get(actor: Actor, id: string): Promise<SocialValueReportView> {
      return socialValueView(await visibleReport(actor, id));
    },

    /** Staff's list (the queue: `status: 'reported'`), newest period first. */
    async list(actor: Actor, filters: { status?: SocialValueStatus; contractId?: string }) {
      requireStaff(actor);
      return (await listSocialValueReports(db, filters)).map(socialValueView);
    },

    confirm: (actor: Actor, id: string, ifMatch: string | undefined) => review(actor, id, 'confirm', ifMatch, null),
    sendBack: (actor: Actor, id: string, comment: string, ifMatch: string | undefined) =>
      review(actor, id, 'return', ifMatch, comment),
  };
}

export type SocialValueService = ReturnType<typeof createSocialValueService>;
