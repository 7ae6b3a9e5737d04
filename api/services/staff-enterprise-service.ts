import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../domain/actor.ts';
import { todayInAthens } from '../domain/athens-today.ts';
import type { Action } from '../domain/authorization.ts';
import type { HistoryResourceType } from '../domain/change-requests.ts';
import type { EnterpriseStatus } from '../domain/enterprise-status.ts';
import { NotFoundError } from '../domain/errors.ts';
import { foldGreek } from '../domain/greek-text.ts';
import { changedOnly, profileValuesOf, verificationState } from '../domain/profile-changes.ts';
import type { ProfilePatch, StaffEnterprise } from '../http/enterprise-schemas.ts';
import { listHistory } from '../repositories/enterprise-history.ts';
import { findEnterprise, markVerified, type EnterpriseRow } from '../repositories/enterprise-profile.ts';
import { listEnterprisesForStaff, pendingRequestCounts } from '../repositories/staff-enterprise-list.ts';
import { enforce } from './authorize.ts';
import { staffEnterpriseEtag, staffEnterpriseView } from './enterprise-views.ts';
import type { EnterpriseWriter } from './enterprise-writes.ts';
import { requireIfMatch } from './if-match.ts';
import { validateProfileInput } from './profile-validation.ts';

/**
 * Staff work on any enterprise (issue 5): the full private record, direct edits (If-Match,
 * audited, history), verification (HSDS assured_date), the field history.
 */
export function createStaffEnterpriseService({ db, write }: { db: Kysely<Database>; write: EnterpriseWriter }) {
  async function enterpriseBySlug(actor: Actor, slug: string, action: Action): Promise<EnterpriseRow> {
    const row = await findEnterprise(db, { slug });
    if (!row) throw new NotFoundError('enterprise');
    enforce(actor, action, { enterpriseId: row.id }, 'enterprise');
    return row;
  }

  const freshView = async (id: string) => staffEnterpriseView(db, (await findEnterprise(db, { id }))!, todayInAthens());

  return {
    /** Every enterprise (any status), filtered by words of the name, ΑΦΜ or slug, in Greek order. */
    async list(filter: { q?: string; status?: EnterpriseStatus }) {
      const rows = await listEnterprisesForStaff(db, filter.status);
      const wanted = filter.q ? foldGreek(filter.q.trim()) : '';
      const pendingBy = await pendingRequestCounts(db);
      const today = todayInAthens();
      const collator = new Intl.Collator('el');
      return rows
        .filter((r) => !wanted || foldGreek(`${r.legal_name} ${r.trade_name ?? ''} ${r.slug} ${r.afm}`).includes(wanted))
        .map((r) => ({
          id: r.id,
          slug: r.slug,
          name: r.trade_name || r.legal_name,
          status: r.status,
          verification: verificationState(r.verified_at, today),
          pendingChangeRequests: pendingBy.get(r.id) ?? 0,
        }))
        .sort((a, b) => collator.compare(a.name, b.name));
    },

    async get(actor: Actor, slug: string): Promise<StaffEnterprise> {
      return staffEnterpriseView(db, await enterpriseBySlug(actor, slug, 'enterprise.read_private'), todayInAthens());
    },

    /** A direct edit (If-Match required; audited; history). */
    async update(actor: Actor, slug: string, input: ProfilePatch, ifMatch: string | undefined): Promise<StaffEnterprise> {
      const found = await enterpriseBySlug(actor, slug, 'enterprise.update');
      const today = todayInAthens();
      await write.run(actor, async (w) => {
        const row = (await findEnterprise(w.trx, { id: found.id }))!;
        await requireIfMatch(ifMatch, staffEnterpriseEtag(row.version), () => staffEnterpriseView(w.trx, row, today));
        const current = profileValuesOf(row);
        const normalised = await validateProfileInput(w.trx, row.id, current, input, { staff: true, today });
        const changes = changedOnly(current, normalised);
        if (Object.keys(changes).length === 0) return;
        await w.applyProfile(row.id, changes, { action: 'update' }, row.version);
        await w.audit({ action: 'enterprise.update', objectType: 'enterprise', objectId: row.id, details: { fields: Object.keys(changes), by: 'staff' } });
      });
      return freshView(found.id);
    },

    /** Staff verified the profile today (HSDS assured_date; stale after 12 months). */
    async verify(actor: Actor, slug: string): Promise<StaffEnterprise> {
      const found = await enterpriseBySlug(actor, slug, 'enterprise.verify');
      await write.run(actor, async (w) => {
        const row = (await findEnterprise(w.trx, { id: found.id }))!;
        const now = new Date().toISOString();
        await markVerified(w.trx, row.id, now, row.version);
        await w.history({ enterpriseId: row.id, resourceType: 'enterprise', resourceId: row.id, action: 'verify', at: now, changes: [{ field: 'verifiedAt', before: row.verified_at, after: now }] });
        await w.audit({ action: 'enterprise.verify', objectType: 'enterprise', objectId: row.id, details: { previous: row.verified_at } });
      });
      return freshView(found.id);
    },

    /** Field-level history of the enterprise, its services, documents and logos, newest first. */
    async history(actor: Actor, slug: string, page: { page: number; pageSize: number; resourceType?: HistoryResourceType }) {
      const row = await enterpriseBySlug(actor, slug, 'enterprise.read_history');
      return listHistory(db, row.id, { limit: page.pageSize, offset: (page.page - 1) * page.pageSize, resourceType: page.resourceType });
    },
  };
}
