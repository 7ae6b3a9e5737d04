import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../domain/actor.ts';
import { todayInAthens } from '../domain/athens-today.ts';
import type { Action } from '../domain/authorization.ts';
import type { HistoryResourceType } from '../domain/change-requests.ts';
import type { EnterpriseStatus } from '../domain/enterprise-status.ts';
import type { Lang } from '../domain/languages.ts';
import type { FieldChange } from '../repositories/enterprise-history.ts';
import { invalidParameter, NotFoundError } from '../domain/errors.ts';
import { msg } from '../domain/messages/index.ts';
import { foldGreek } from '../domain/greek-text.ts';
import { changedOnly, profileValuesOf, verificationState, type ProfileValues } from '../domain/profile-changes.ts';
import { slugify } from '../domain/slugs.ts';
import type { NewEnterprise, ProfilePatch, StaffEnterprise } from '../http/enterprise-schemas.ts';
import { listHistory } from '../repositories/enterprise-history.ts';
import {
  findEnterprise,
  insertEnterprise,
  markVerified,
  slugTaken,
  type EnterpriseRow,
} from '../repositories/enterprise-profile.ts';
import {
  findDocument,
  markDocumentVerified,
  saveStatutesFacts,
  statutesFactsOf,
} from '../repositories/statutes-facts.ts';
import { STATUTES_FACTS, type StatutesFactValues } from '../domain/statutes-facts.ts';
import type { DirectoryRegistry } from '../repositories/sqlite/directory-registry.ts';
import type { EnterpriseSearchResult } from '../repositories/sqlite/search/enterprise-search.ts';
import {
  enterpriseIdsInCategory,
  listEnterprisesForStaff,
  pendingRequestCounts,
} from '../repositories/staff-enterprise-list.ts';
import { enforce } from './authorize.ts';
import { staffEnterpriseEtag, staffEnterpriseView } from './enterprise-views.ts';
import type { EnterpriseWrite, EnterpriseWriter } from './enterprise-writes.ts';
import { requireIfMatch } from './if-match.ts';
import { validateProfileInput } from './profile-validation.ts';

type NewValues = Partial<ProfileValues> & Pick<ProfileValues, 'legalName' | 'legalForm' | 'afm'>;
const STAFF_LIST_MAX = 100_000;

/**
 * Staff work on any enterprise (issue 5): the full private record, direct edits (If-Match,
 * audited, history), verification (HSDS assured_date), the field history.
 */
export function createStaffEnterpriseService({
  db,
  write,
  registry,
}: {
  db: Kysely<Database>;
  write: EnterpriseWriter;
  registry: DirectoryRegistry;
}) {
  async function enterpriseBySlug(actor: Actor, slug: string, action: Action): Promise<EnterpriseRow> {
    const row = await findEnterprise(db, { slug });
    if (!row) throw new NotFoundError('enterprise');
    enforce(actor, action, { enterpriseId: row.id }, 'enterprise');
    return row;
  }

  const freshView = async (id: string) => staffEnterpriseView(db, (await findEnterprise(db, { id }))!, todayInAthens());

  /**
   * A staff write at the version the client saw: inside one transaction, re-reads the enterprise,
   * answers 412 with the current record when If-Match is stale, then runs `change`; returns the new view.
   */
  async function writeAtVersion(
    actor: Actor,
    found: EnterpriseRow,
    ifMatch: string | undefined,
    change: (w: EnterpriseWrite, row: EnterpriseRow, today: string) => Promise<void>,
  ): Promise<StaffEnterprise> {
    const today = todayInAthens();
    await write.run(actor, async (w) => {
      const row = (await findEnterprise(w.trx, { id: found.id }))!;
      await requireIfMatch(ifMatch, staffEnterpriseEtag(row.version), () => staffEnterpriseView(w.trx, row, today));
      await change(w, row, today);
    });
    return freshView(found.id);
  }

  return {
    /**
     * Every enterprise (any status), in Greek order; with `q`, those the search finds (the same
     * engine as the public directory: accents, Greeklish, inflection, category words; drafts and
     * hidden ones too), best first, after any whose ΑΦΜ, slug or name contains the text as typed.
     * With `category`, only enterprises with a service in it (the offer "Show the category «…»").
     */
    /**
     * The register for staff work, with what the directory search offers beyond it (issue 12):
     * the categories the words name (counted as `?category=` would list them) and "did you mean".
     */
    async list(filter: { q?: string; status?: EnterpriseStatus; category?: string; lang?: Lang }) {
      if (filter.category !== undefined && !registry.categoryNames('el').has(filter.category))
        throw invalidParameter('category', msg('service.category_unknown', { ids: filter.category }));
      const inCategory = filter.category === undefined ? null : await enterpriseIdsInCategory(db, filter.category);
      const rows = (await listEnterprisesForStaff(db, filter.status)).filter(
        (r) => !inCategory || inCategory.has(r.id),
      );
      const wanted = filter.q ? foldGreek(filter.q.trim()) : '';
      const pendingBy = await pendingRequestCounts(db);
      const today = todayInAthens();
      const collator = new Intl.Collator('el');
      let rank: ((id: string) => number) | null = null;
      let help: Pick<EnterpriseSearchResult, 'matchedCategories' | 'suggestions'> = {
        matchedCategories: [],
        suggestions: [],
      };
      if (wanted) {
        // One page holding every match: the staff list is not paged (a municipality's register is hundreds).
        const found = registry.search({
          q: filter.q,
          page: 1,
          pageSize: STAFF_LIST_MAX,
          includeUnlisted: true,
          suggest: true,
        });
        const position = new Map(found.ids.map((id, i) => [id, i]));
        rank = (id) => position.get(id) ?? -1;
        help = found;
      }
      const literal = (r: (typeof rows)[number]) =>
        foldGreek(`${r.legal_name} ${r.trade_name ?? ''} ${r.slug} ${r.afm}`).includes(wanted);
      const items = rows
        .filter((r) => !rank || rank(r.id) >= 0 || literal(r))
        .map((r) => ({
          id: r.id,
          slug: r.slug,
          name: r.trade_name || r.legal_name,
          legalName: r.legal_name,
          afm: r.afm,
          status: r.status,
          verification: verificationState(r.verified_at, today),
          pendingChangeRequests: pendingBy.get(r.id) ?? 0,
        }))
        .sort((a, b) => (rank ? rank(a.id) - rank(b.id) : 0) || collator.compare(a.name, b.name));
      const categoryNames = registry.categoryNames(filter.lang ?? 'el');
      const matchedCategories = [];
      for (const { id } of help.matchedCategories)
        matchedCategories.push({
          id,
          name: categoryNames.get(id) ?? id,
          count: (await enterpriseIdsInCategory(db, id)).size,
        });
      return { items, matchedCategories, suggestions: help.suggestions };
    },

    async get(actor: Actor, slug: string): Promise<StaffEnterprise> {
      return staffEnterpriseView(db, await enterpriseBySlug(actor, slug, 'enterprise.read_private'), todayInAthens());
    },

    /** A direct edit (If-Match required; audited; history). */
    async update(
      actor: Actor,
      slug: string,
      input: ProfilePatch,
      ifMatch: string | undefined,
    ): Promise<StaffEnterprise> {
      const found = await enterpriseBySlug(actor, slug, 'enterprise.update');
      return writeAtVersion(actor, found, ifMatch, async (w, row, today) => {
        const current = profileValuesOf(row);
        const normalised = await validateProfileInput(w.trx, row.id, current, input, { staff: true, today });
        const changes = changedOnly(current, normalised);
        if (Object.keys(changes).length === 0) return;
        await w.applyProfile(row.id, changes, { action: 'update' }, row.version);
        await w.audit({
          action: 'enterprise.update',
          objectType: 'enterprise',
          objectId: row.id,
          details: { fields: Object.keys(changes), by: 'staff' },
        });
      });
    },

    /**
     * Staff register an enterprise (issue 16): validated like any edit (ΑΦΜ check digit and
     * uniqueness, e-mail, dates…; a 400 names every bad field), created as a draft unless the
     * body says otherwise, with a slug from its name, audited, its fields in the history.
     */
    async create(actor: Actor, input: NewEnterprise): Promise<StaffEnterprise> {
      enforce(actor, 'enterprise.create', { enterpriseId: null }, 'enterprise');
      const id = randomUUID();
      const today = todayInAthens();
      await write.run(actor, async (w) => {
        const values = (await validateProfileInput(
          w.trx,
          id,
          profileValuesOf({}),
          { status: 'draft', ...input },
          { staff: true, today },
        )) as NewValues;
        const base = slugify(String(values.tradeName || values.legalName));
        let slug = base;
        for (let n = 2; await slugTaken(w.trx, slug); n++) slug = `${base}-${n}`;
        const at = new Date().toISOString();
        await insertEnterprise(w.trx, { id, slug, at, values });
        const changes: FieldChange[] = Object.entries(values)
          .filter(([, v]) => v !== null && v !== '' && v !== false)
          .map(([field, after]) => ({ field, before: null, after }));
        await w.history({
          enterpriseId: id,
          resourceType: 'enterprise',
          resourceId: id,
          action: 'create',
          at,
          changes,
        });
        await w.audit({
          action: 'enterprise.create',
          objectType: 'enterprise',
          objectId: id,
          details: { slug, status: values.status },
        });
      });
      return freshView(id);
    },

    /** Publish (into the directory) or hide (withdraw from it); already so → unchanged. */
    async setStatus(actor: Actor, slug: string, status: Exclude<EnterpriseStatus, 'draft'>): Promise<StaffEnterprise> {
      const found = await enterpriseBySlug(actor, slug, 'enterprise.publish');
      const action = status === 'published' ? 'publish' : 'hide';
      await write.run(actor, async (w) => {
        const row = (await findEnterprise(w.trx, { id: found.id }))!;
        if (row.status === status) return;
        await w.applyProfile(row.id, { status }, { action }, row.version);
        await w.audit({
          action: `enterprise.${action}`,
          objectType: 'enterprise',
          objectId: row.id,
          details: { previous: row.status },
        });
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
        await w.history({
          enterpriseId: row.id,
          resourceType: 'enterprise',
          resourceId: row.id,
          action: 'verify',
          at: now,
          changes: [{ field: 'verifiedAt', before: row.verified_at, after: now }],
        });
        await w.audit({
          action: 'enterprise.verify',
          objectType: 'enterprise',
          objectId: row.id,
          details: { previous: row.verified_at },
        });
      });
      return freshView(found.id);
    },

    /**
     * Staff record the statutes facts after reading the statutes (issue 11): the record says who
     * and when; each changed fact goes to the field history, the whole act to the audit log.
     */
    async recordStatutes(
      actor: Actor,
      slug: string,
      facts: StatutesFactValues,
      ifMatch: string | undefined,
    ): Promise<StaffEnterprise> {
      const found = await enterpriseBySlug(actor, slug, 'enterprise.verify');
      return writeAtVersion(actor, found, ifMatch, async (w, row) => {
        const before = statutesFactsOf(row);
        const now = new Date().toISOString();
        await saveStatutesFacts(w.trx, row.id, facts, now, actor.user?.id ?? null, row.version);
        const changes: FieldChange[] = STATUTES_FACTS.map((fact) => ({
          field: `statutes.${fact}`,
          before: before[fact],
          after: facts[fact],
        }));
        changes.push({ field: 'statutes.verifiedAt', before: row.statutes_verified_at, after: now });
        await w.history({
          enterpriseId: row.id,
          resourceType: 'enterprise',
          resourceId: row.id,
          action: 'verify',
          at: now,
          changes,
        });
        await w.audit({
          action: 'enterprise.statutes',
          objectType: 'enterprise',
          objectId: row.id,
          details: { before, after: facts },
        });
      });
    },

    /** Staff checked a certificate against its issuer: only then does the eligibility engine count it (issue 11). */
    async verifyDocument(actor: Actor, slug: string, documentId: string): Promise<StaffEnterprise> {
      const found = await enterpriseBySlug(actor, slug, 'enterprise.verify');
      await write.run(actor, async (w) => {
        const document = await findDocument(w.trx, found.id, documentId);
        if (!document) throw new NotFoundError('document');
        const now = new Date().toISOString();
        await markDocumentVerified(w.trx, document.id, now, actor.user?.id ?? null);
        await w.history({
          enterpriseId: found.id,
          resourceType: 'compliance_document',
          resourceId: document.id,
          action: 'verify',
          at: now,
          changes: [{ field: 'verifiedAt', before: document.verified_at, after: now }],
        });
        await w.audit({
          action: 'document.verify',
          objectType: 'compliance_document',
          objectId: document.id,
          details: { kind: document.kind, validUntil: document.valid_until, previous: document.verified_at },
        });
      });
      return freshView(found.id);
    },

    /** Field-level history of the enterprise, its services, documents and logos, newest first. */
    async history(
      actor: Actor,
      slug: string,
      page: { page: number; pageSize: number; resourceType?: HistoryResourceType },
    ) {
      const row = await enterpriseBySlug(actor, slug, 'enterprise.read_history');
      return listHistory(db, row.id, {
        limit: page.pageSize,
        offset: (page.page - 1) * page.pageSize,
        resourceType: page.resourceType,
      });
    },
  };
}
