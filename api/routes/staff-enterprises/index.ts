import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { sendDownload } from '../../http/downloads.ts';
import {
  NewEnterpriseSchema,
  ProfilePatchSchema,
  StaffEnterpriseSchema,
  StatutesFactsBody,
} from '../../http/enterprise-schemas.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { actorOf, ifMatchOf } from '../../http/request-context.ts';
import { requireRole } from '../../plugins/auth.ts';
import {
  DocumentFileParams,
  DocumentParams,
  HistoryPageSchema,
  HistoryQuery,
  LogoParams,
  SlugParams,
  StaffListQuery,
  StaffListSchema,
} from './schemas.ts';

const tags = ['staff'];

/**
 * Staff work on any enterprise (issue 5): read the full private record, edit directly
 * (If-Match, audited, history), verify (HSDS assured_date), read the history, download
 * documents; plus the logo route that serves approved logos publicly. Mounted at /api/v1.
 * GET /enterprises/{slug} stays the public profile (routes/public): staff read at
 * /staff/enterprises/{slug}.
 */
const staffEnterpriseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { staffEnterprises, documents } = app.services;
  const staffOnly = requireRole('admin', 'staff');
  const oneEnterprise = { 200: StaffEnterpriseSchema };

  app.get(
    '/staff/enterprises',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary: 'All enterprises (any status) for staff work',
        querystring: StaffListQuery,
        response: { 200: StaffListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => staffEnterprises.list(request.query),
  );

  app.get(
    '/staff/enterprises/:slug',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary: 'The full private record of any enterprise (with its ETag for PATCH /enterprises/{slug})',
        params: SlugParams,
        response: { ...oneEnterprise, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const view = await staffEnterprises.get(actorOf(request), request.params.slug);
      reply.header('etag', view.etag);
      return view;
    },
  );

  app.post(
    '/staff/enterprises',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary:
          'Staff register an enterprise (ΑΦΜ checked and unique; a draft unless status is given; audited; history)',
        body: NewEnterpriseSchema,
        response: { 201: StaffEnterpriseSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const view = await staffEnterprises.create(actorOf(request), request.body);
      reply.code(201).header('etag', view.etag).header('location', `/api/v1/staff/enterprises/${view.slug}`);
      return view;
    },
  );

  // /staff/enterprises/{slug} is the staff path; /enterprises/{slug} the earlier one, kept for existing clients.
  for (const path of ['/staff/enterprises/:slug', '/enterprises/:slug']) {
    app.patch(
      path,
      {
        preHandler: staffOnly,
        schema: {
          tags,
          summary: 'Staff edit an enterprise directly, any field (If-Match required; audited; history)',
          params: SlugParams,
          body: ProfilePatchSchema,
          response: { ...oneEnterprise, ...problemResponses(400, 401, 403, 404, 412, 428) },
        },
      },
      async (request, reply) => {
        const view = await staffEnterprises.update(
          actorOf(request),
          request.params.slug,
          request.body,
          ifMatchOf(request),
        );
        reply.header('etag', view.etag);
        return view;
      },
    );
  }

  for (const [action, status] of [
    ['publish', 'published'],
    ['hide', 'hidden'],
  ] as const) {
    app.post(
      `/staff/enterprises/:slug/${action}`,
      {
        preHandler: staffOnly,
        schema: {
          tags,
          summary:
            action === 'publish'
              ? 'Publish the enterprise in the directory (audited; history)'
              : 'Hide the enterprise from the directory (audited; history)',
          params: SlugParams,
          response: { ...oneEnterprise, ...problemResponses(401, 403, 404) },
        },
      },
      async (request, reply) => {
        const view = await staffEnterprises.setStatus(actorOf(request), request.params.slug, status);
        reply.header('etag', view.etag);
        return view;
      },
    );
  }

  app.post(
    '/enterprises/:slug/verify',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary: 'Record that staff verified the profile today (HSDS assured_date; stale after 12 months)',
        params: SlugParams,
        response: { ...oneEnterprise, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const view = await staffEnterprises.verify(actorOf(request), request.params.slug);
      reply.header('etag', view.etag);
      return view;
    },
  );

  app.put(
    '/staff/enterprises/:slug/statutes',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary:
          'Staff record the statutes facts after reading the statutes (art. 20 integration purpose, art. 77(2) conditions): who and when; If-Match required; audited; history',
        params: SlugParams,
        body: StatutesFactsBody,
        response: { ...oneEnterprise, ...problemResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const view = await staffEnterprises.recordStatutes(
        actorOf(request),
        request.params.slug,
        request.body,
        ifMatchOf(request),
      );
      reply.header('etag', view.etag);
      return view;
    },
  );

  app.post(
    '/staff/enterprises/:slug/documents/:id/verify',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary:
          'Staff checked a certificate against its issuer; only checked certificates count as met in the eligibility search (audited; history)',
        params: DocumentParams,
        response: { ...oneEnterprise, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const view = await staffEnterprises.verifyDocument(actorOf(request), request.params.slug, request.params.id);
      reply.header('etag', view.etag);
      return view;
    },
  );

  app.get(
    '/enterprises/:slug/history',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary:
          'Field-level history of an enterprise, its services, documents and logos (HSDS metadata shape), newest first',
        params: SlugParams,
        querystring: HistoryQuery,
        response: { 200: HistoryPageSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const { rows, total } = await staffEnterprises.history(actorOf(request), request.params.slug, request.query);
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
        params: DocumentFileParams,
        response: { 200: Type.Any({ description: 'The PDF' }), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { slug, id, fileId } = request.params;
      return sendDownload(reply, await documents.enterpriseFile(actorOf(request), slug, id, fileId));
    },
  );

  app.get(
    '/logos/:id',
    {
      schema: {
        tags: ['public'],
        summary:
          'An enterprise logo: public once approved (on a published enterprise); a proposed one only for the enterprise and staff',
        params: LogoParams,
        response: { 200: Type.Any({ description: 'PNG, JPEG or WebP' }), ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const logo = await documents.logo(actorOf(request), request.params.id);
      reply
        .type(logo.mediaType)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('content-length', String(logo.sizeBytes));
      if (logo.isPublic)
        reply
          .header('cache-control', 'public, max-age=86400, immutable')
          .header('cross-origin-resource-policy', 'cross-origin')
          .header('access-control-allow-origin', '*');
      else reply.header('cache-control', 'private, no-store');
      return reply.send(logo.stream());
    },
  );
};

export default staffEnterpriseRoutes;
