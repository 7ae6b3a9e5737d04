import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { Type } from 'typebox';
import { recordAudit } from '../../repositories/audit-log.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { NotFoundProblem } from '../../http/errors.ts';
import { requireRole } from '../../plugins/auth.ts';
import { authorize } from '../../domain/authorization.ts';
import { changedOnly, profileValuesOf, verificationState, type FieldValue } from '../../domain/profile-changes.ts';
import { foldGreek } from '../../domain/greek-text.ts';
import { enforce as enforceFor } from '../../services/authorize.ts';
import { actorOf } from '../../http/request-context.ts';
const enforce = (request: Parameters<typeof actorOf>[0], ...rest: [Parameters<typeof enforceFor>[1], Parameters<typeof enforceFor>[2], string]) => enforceFor(actorOf(request), rest[0], rest[1], rest[2].toLowerCase().replace(' ', '_') as never);
import { listHistory } from '../../repositories/enterprise-history.ts';
import { listDocuments, findDocument, findLogo } from '../../repositories/documents.ts';
import { applyProfileChanges, findEnterprise, loadServices, type EnterpriseRow } from '../../repositories/enterprise-profile.ts';
import { recordHistory } from '../../repositories/enterprise-history.ts';
import { listChangeRequests } from '../../repositories/change-requests.ts';
import { auditActorOf, historyActorOf, validateProfileInput } from '../my-enterprise/proposals.ts';
import { sendDocumentFile } from '../my-enterprise/documents.ts';
import { athensToday, documentView, logoUrl, requireIfMatch, staffEnterpriseEtag } from '../my-enterprise/views.ts';
import { DocumentSchema, FileParamsSchema, ProfilePatchSchema, ProfileValuesSchema, ServiceValuesSchema, VerificationSchema, type ProfileValuesBody, type ServiceValuesBody } from '../my-enterprise/schemas.ts';
import { oneOf } from '../my-enterprise/schemas.ts';

const tags = ['staff'];
const SlugParams = Type.Object({ slug: Type.String({ maxLength: 200, pattern: '^[a-z0-9-]+$' }) });

export const StaffEnterpriseSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  slug: Type.String(),
  version: Type.Integer(),
  etag: Type.String(),
  profile: ProfileValuesSchema,
  logoUrl: Type.Union([Type.String(), Type.Null()]),
  verification: VerificationSchema,
  pendingChangeRequests: Type.Integer(),
  services: Type.Array(Type.Object({ id: Type.String(), version: Type.Integer(), values: ServiceValuesSchema })),
  documents: Type.Array(DocumentSchema),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

const StaffListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the name, ΑΦΜ or slug' })),
    status: Type.Optional(oneOf(['draft', 'published', 'hidden'])),
  },
  { additionalProperties: false },
);
const StaffListSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      slug: Type.String(),
      name: Type.String(),
      status: Type.String(),
      verification: VerificationSchema,
      pendingChangeRequests: Type.Integer(),
    }),
  ),
});

const HistoryQuery = Type.Object(
  {
    resourceType: Type.Optional(oneOf(['enterprise', 'service', 'compliance_document', 'logo'])),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
/** One HSDS 3.0 `metadata` record, plus who (by name) and the change request that carried it. */
const HistoryEntrySchema = Type.Object({
  id: Type.Integer(),
  resource_id: Type.String(),
  resource_type: Type.String(),
  field_name: Type.String(),
  previous_value: Type.Union([Type.String(), Type.Null()]),
  replacement_value: Type.Union([Type.String(), Type.Null()]),
  updated_by: Type.Union([Type.String(), Type.Null()]),
  updated_by_name: Type.Union([Type.String(), Type.Null()]),
  last_action_date: Type.String(),
  last_action_type: Type.String(),
  change_request_id: Type.Union([Type.String(), Type.Null()]),
});

const DOWNLOAD_BASE = (slug: string) => `/api/v1/staff/enterprises/${slug}/documents`;

/**
 * Staff work on any enterprise (issue 5): read the full private record, edit directly
 * (If-Match, audited, history), verify (HSDS assured_date), read the history, download
 * documents; plus the logo route that serves approved logos publicly. Mounted at /api/v1.
 * GET /enterprises/{slug} stays the public profile (routes/public): staff read at
 * /staff/enterprises/{slug}.
 */
const staffEnterpriseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const staffOnly = requireRole('admin', 'staff');

  async function enterpriseBySlug(request: FastifyRequest, slug: string, action: 'enterprise.read_private' | 'enterprise.update' | 'enterprise.verify' | 'enterprise.read_history') {
    const row = await findEnterprise(app.db, { slug });
    if (!row) throw new NotFoundProblem('Enterprise');
    enforce(request, action, { enterpriseId: row.id }, 'Enterprise');
    return row;
  }

  async function staffView(row: EnterpriseRow, db: Kysely<Database> | Transaction<Database> = app.db) {
    const today = athensToday();
    const { total } = await listChangeRequests(db, { status: 'pending', enterpriseId: row.id }, { limit: 1, offset: 0 });
    return {
      id: row.id,
      slug: row.slug,
      version: row.version,
      etag: staffEnterpriseEtag(row.version),
      profile: profileValuesOf(row) as unknown as ProfileValuesBody,
      logoUrl: logoUrl(row),
      verification: verificationState(row.verified_at, today),
      pendingChangeRequests: total,
      services: (await loadServices(db, row.id)).map((s) => ({ id: s.id, version: s.version, values: s.values as unknown as ServiceValuesBody })),
      documents: (await listDocuments(db, row.id)).map((d) => documentView(d, today, DOWNLOAD_BASE(row.slug))),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  async function freshView(reply: FastifyReply, id: string) {
    const view = await staffView((await findEnterprise(app.db, { id }))!);
    reply.header('etag', view.etag);
    return view;
  }

  app.get(
    '/staff/enterprises',
    { preHandler: staffOnly, schema: { tags, summary: 'All enterprises (any status) for staff work', querystring: StaffListQuery, response: { 200: StaffListSchema, ...problemResponses(400, 401, 403) } } },
    async (request) => {
      let query = app.db.selectFrom('enterprises').select(['id', 'slug', 'legal_name', 'trade_name', 'status', 'verified_at', 'afm']);
      if (request.query.status) query = query.where('status', '=', request.query.status);
      const rows = await query.execute();
      const wanted = request.query.q ? foldGreek(request.query.q.trim()) : '';
      const pending = await app.db
        .selectFrom('change_requests')
        .select(['enterprise_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('status', '=', 'pending')
        .groupBy('enterprise_id')
        .execute();
      const pendingBy = new Map(pending.map((p) => [p.enterprise_id, Number(p.n)]));
      const today = athensToday();
      const collator = new Intl.Collator('el');
      return {
        items: rows
          .filter((r) => !wanted || foldGreek(`${r.legal_name} ${r.trade_name ?? ''} ${r.slug} ${r.afm}`).includes(wanted))
          .map((r) => ({
            id: r.id,
            slug: r.slug,
            name: r.trade_name || r.legal_name,
            status: r.status,
            verification: verificationState(r.verified_at, today),
            pendingChangeRequests: pendingBy.get(r.id) ?? 0,
          }))
          .sort((a, b) => collator.compare(a.name, b.name)),
      };
    },
  );

  app.get(
    '/staff/enterprises/:slug',
    {
      preHandler: staffOnly,
      schema: { tags, summary: 'The full private record of any enterprise (with its ETag for PATCH /enterprises/{slug})', params: SlugParams, response: { 200: StaffEnterpriseSchema, ...problemResponses(401, 403, 404) } },
    },
    async (request, reply) => {
      const row = await enterpriseBySlug(request, request.params.slug, 'enterprise.read_private');
      const view = await staffView(row);
      reply.header('etag', view.etag);
      return view;
    },
  );

  app.patch(
    '/enterprises/:slug',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary: 'Staff edit an enterprise directly (If-Match required; audited; history)',
        params: SlugParams,
        body: ProfilePatchSchema,
        response: { 200: StaffEnterpriseSchema, ...problemResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const found = await enterpriseBySlug(request, request.params.slug, 'enterprise.update');
      await app.db.transaction().execute(async (trx) => {
        const row = (await findEnterprise(trx, { id: found.id }))!;
        await requireIfMatch(request, staffEnterpriseEtag(row.version), () => staffView(row, trx));
        const current = profileValuesOf(row);
        const normalised = await validateProfileInput(trx, row.id, current, request.body as Record<string, FieldValue>, { staff: true, today: athensToday() });
        const changes = changedOnly(current, normalised);
        if (Object.keys(changes).length === 0) return;
        await applyProfileChanges(trx, row.id, changes, { actor: historyActorOf(request), action: 'update' }, row.version);
        await recordAudit(trx, auditActorOf(request), { action: 'enterprise.update', objectType: 'enterprise', objectId: row.id, details: { fields: Object.keys(changes), by: 'staff' } });
        app.registry.indexer.indexEnterprise(row.id);
      });
      return freshView(reply, found.id);
    },
  );

  app.post(
    '/enterprises/:slug/verify',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary: 'Record that staff verified the profile today (HSDS assured_date; stale after 12 months)',
        params: SlugParams,
        response: { 200: StaffEnterpriseSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const found = await enterpriseBySlug(request, request.params.slug, 'enterprise.verify');
      await app.db.transaction().execute(async (trx) => {
        const row = (await findEnterprise(trx, { id: found.id }))!;
        const now = new Date().toISOString();
        await trx.updateTable('enterprises').set({ verified_at: now, version: row.version + 1 }).where('id', '=', row.id).execute();
        await recordHistory(trx, {
          enterpriseId: row.id,
          resourceType: 'enterprise',
          resourceId: row.id,
          action: 'verify',
          actor: historyActorOf(request),
          at: now,
          changes: [{ field: 'verifiedAt', before: row.verified_at, after: now }],
        });
        await recordAudit(trx, auditActorOf(request), { action: 'enterprise.verify', objectType: 'enterprise', objectId: row.id, details: { previous: row.verified_at } });
        app.registry.indexer.indexEnterprise(row.id);
      });
      return freshView(reply, found.id);
    },
  );

  app.get(
    '/enterprises/:slug/history',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary: 'Field-level history of an enterprise, its services, documents and logos (HSDS metadata shape), newest first',
        params: SlugParams,
        querystring: HistoryQuery,
        response: { 200: Type.Object({ items: Type.Array(HistoryEntrySchema), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() }), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const row = await enterpriseBySlug(request, request.params.slug, 'enterprise.read_history');
      const { page, pageSize, resourceType } = request.query;
      const { rows, total } = await listHistory(app.db, row.id, { limit: pageSize, offset: (page - 1) * pageSize, resourceType });
      return { items: rows, total, page, pageSize };
    },
  );

  app.get(
    '/staff/enterprises/:slug/documents/:id/files/:fileId',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary: 'Download a document file of any enterprise (attachment, nosniff)',
        params: Type.Object({ slug: SlugParams.properties.slug, ...FileParamsSchema.properties }),
        response: { 200: Type.Any({ description: 'The PDF' }), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const row = await enterpriseBySlug(request, request.params.slug, 'enterprise.read_private');
      const document = await findDocument(app.db, request.params.id);
      if (!document || document.enterpriseId !== row.id) throw new NotFoundProblem('Document');
      enforce(request, 'document.read', { enterpriseId: document.enterpriseId }, 'Document');
      return sendDocumentFile(app, reply, document.id, request.params.fileId);
    },
  );

  app.get(
    '/logos/:id',
    {
      schema: {
        tags: ['public'],
        summary: 'An enterprise logo: public once approved (on a published enterprise); a proposed one only for the enterprise and staff',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: Type.Any({ description: 'PNG, JPEG or WebP' }), ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const logo = await findLogo(app.db, request.params.id);
      if (!logo) throw new NotFoundProblem('Logo');
      const owner = await findEnterprise(app.db, { id: logo.enterprise_id });
      const isPublic = owner?.logo_id === logo.id && owner.status === 'published';
      if (!isPublic && authorize(request.user, 'enterprise.read_private', { enterpriseId: logo.enterprise_id }) !== 'allow') throw new NotFoundProblem('Logo');
      reply
        .type(logo.media_type)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('content-length', String(logo.size_bytes));
      if (isPublic) reply.header('cache-control', 'public, max-age=86400, immutable').header('cross-origin-resource-policy', 'cross-origin').header('access-control-allow-origin', '*');
      else reply.header('cache-control', 'private, no-store');
      return reply.send(app.uploads.open('logos', logo.stored_name));
    },
  );
};

export default staffEnterpriseRoutes;
