import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { Type } from 'typebox';
import { problemResponses } from '../../http/problem-schema.ts';
import { NotFoundProblem } from '../../http/errors.ts';
import { requireRole } from '../../plugins/auth.ts';
import { enforce as enforceFor } from '../../services/authorize.ts';
import { actorOf } from '../../http/request-context.ts';
const enforce = (request: Parameters<typeof actorOf>[0], ...rest: [Parameters<typeof enforceFor>[1], Parameters<typeof enforceFor>[2], string]) => enforceFor(actorOf(request), rest[0], rest[1], rest[2].toLowerCase().replace(' ', '_') as never);
import { findDocument, listDocuments } from '../../repositories/documents.ts';
import { requireMultipart } from '../../uploads/read-upload.ts';
import { findEnterprise } from '../../repositories/enterprise-profile.ts';
import {
  DocumentListSchema,
  DocumentReplaceBodySchema,
  DocumentUploadBodySchema,
  LogoUploadBodySchema,
  DocumentPatchSchema,
  DocumentSchema,
  FileParamsSchema,
  IdParamsSchema,
  MULTIPART_DOCUMENT_DESCRIPTION,
  MULTIPART_LOGO_DESCRIPTION,
  MyEnterpriseSchema,
  MyServiceListSchema,
  MyServiceSchema,
  ProfilePatchSchema,
  ServiceCreateSchema,
  ServicePatchSchema,
  SubmitResultSchema,
} from './schemas.ts';
import { removeService, submitProfile, submitService } from './proposals.ts';
import { createDocument, createLogo, MAX_DOCUMENT_BYTES, replaceDocumentFile, sendDocumentFile, updateDocumentMetadata } from './documents.ts';
import { athensToday, documentView, myEnterpriseView, myServiceViews } from './views.ts';

const DOWNLOAD_BASE = '/api/v1/my/enterprise/documents';
const tags = ['self-service'];

/**
 * The signed-in enterprise user's own enterprise (issue 5): profile, services, documents,
 * logo. Public changes go to moderation (see api/domain/profile-changes.ts). Mounted at
 * /api/v1/my/enterprise. Every object is checked with can(): another enterprise's is a 404.
 */
const myEnterpriseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1 } });
  app.addHook('preHandler', requireRole('enterprise_manager', 'enterprise_member'));

  /** The user's enterprise, after the per-object decision. */
  async function ownEnterprise(request: FastifyRequest, action: 'enterprise.read_private' | 'enterprise.propose_change' | 'document.read' | 'document.write') {
    const enterpriseId = request.user!.enterpriseId;
    const row = enterpriseId ? await findEnterprise(app.db, { id: enterpriseId }) : undefined;
    if (!row) throw new NotFoundProblem('Enterprise');
    enforce(request, action, { enterpriseId: row.id }, 'Enterprise');
    return row;
  }

  /** A document of the user's enterprise; another enterprise's is reported as not found. */
  async function ownDocument(request: FastifyRequest, id: string, action: 'document.read' | 'document.write') {
    const document = await findDocument(app.db, id);
    if (!document) throw new NotFoundProblem('Document');
    enforce(request, action, { enterpriseId: document.enterpriseId }, 'Document');
    return document;
  }

  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'My enterprise: the full private profile, with its ETag and any proposal waiting for approval',
        response: { 200: MyEnterpriseSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const row = await ownEnterprise(request, 'enterprise.read_private');
      const view = await myEnterpriseView(app.db, row, athensToday());
      reply.header('etag', view.etag);
      return view;
    },
  );

  app.patch(
    '',
    {
      schema: {
        tags,
        summary: 'Change my enterprise (If-Match required): public fields wait for moderation (202), private ones apply at once',
        description:
          'Moderated: names, identifiers, legal form, descriptions, website, municipality, counts, logo; contact details and address only while public; turning a public flag on. Applied at once: private contact details and address, turning a public flag off. A new proposal absorbs the pending one.',
        body: ProfilePatchSchema,
        response: { 202: SubmitResultSchema, ...problemResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const row = await ownEnterprise(request, 'enterprise.propose_change');
      const result = await submitProfile(app, request, row.id, request.body);
      reply.code(202).header('etag', result.etag);
      return result;
    },
  );

  app.post(
    '/logo',
    {
      preValidation: requireMultipart,
      schema: {
        tags,
        summary: 'Upload a logo (then propose it with PATCH { logoId })',
        description: MULTIPART_LOGO_DESCRIPTION,
        consumes: ['multipart/form-data'],
        body: LogoUploadBodySchema,
        response: {
          201: Type.Object({ logoId: Type.String(), url: Type.String(), mediaType: Type.String(), sizeBytes: Type.Integer(), sha256: Type.String() }),
          ...problemResponses(400, 401, 403, 404, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const row = await ownEnterprise(request, 'enterprise.propose_change');
      reply.code(201);
      return createLogo(app, request, row.id);
    },
  );

  // --- Services ---

  app.get(
    '/services',
    { schema: { tags, summary: 'My services, with new ones waiting for approval', response: { 200: MyServiceListSchema, ...problemResponses(401, 403, 404) } } },
    async (request) => {
      const row = await ownEnterprise(request, 'enterprise.read_private');
      return { items: await myServiceViews(app.db, row.id) };
    },
  );

  app.get(
    '/services/:id',
    { schema: { tags, summary: 'One of my services (with its ETag)', params: IdParamsSchema, response: { 200: MyServiceSchema, ...problemResponses(401, 403, 404) } } },
    async (request, reply) => {
      const row = await ownEnterprise(request, 'enterprise.read_private');
      const [view] = await myServiceViews(app.db, row.id, request.params.id);
      if (!view) throw new NotFoundProblem('Service');
      reply.header('etag', view.etag);
      return view;
    },
  );

  app.post(
    '/services',
    {
      schema: {
        tags,
        summary: 'Propose a new service (published once staff approve it)',
        body: ServiceCreateSchema,
        response: { 202: Type.Object({ ...SubmitResultSchema.properties, serviceId: Type.String({ format: 'uuid' }) }), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const row = await ownEnterprise(request, 'enterprise.propose_change');
      const serviceId = randomUUID();
      const result = await submitService(app, request, row.id, serviceId, request.body, true);
      reply.code(202).header('etag', result.etag).header('location', `/api/v1/my/enterprise/services/${serviceId}`);
      return { ...result, serviceId };
    },
  );

  app.patch(
    '/services/:id',
    {
      schema: {
        tags,
        summary: 'Change a service (If-Match required): texts, CPV codes, categories and areas wait for moderation; withdrawing applies at once',
        params: IdParamsSchema,
        body: ServicePatchSchema,
        response: { 202: SubmitResultSchema, ...problemResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const row = await ownEnterprise(request, 'enterprise.propose_change');
      const result = await submitService(app, request, row.id, request.params.id, request.body, false);
      reply.code(202).header('etag', result.etag);
      return result;
    },
  );

  app.delete(
    '/services/:id',
    {
      schema: {
        tags,
        summary: 'Delete a service, or withdraw a new one waiting for approval (If-Match required)',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const row = await ownEnterprise(request, 'enterprise.propose_change');
      await removeService(app, request, row.id, request.params.id);
      return reply.code(204).send(null);
    },
  );

  // --- Compliance documents ---

  app.get(
    '/documents',
    { schema: { tags, summary: 'My compliance documents and their files (old files included)', response: { 200: DocumentListSchema, ...problemResponses(401, 403, 404) } } },
    async (request) => {
      const row = await ownEnterprise(request, 'document.read');
      const today = athensToday();
      return { items: (await listDocuments(app.db, row.id)).map((d) => documentView(d, today, DOWNLOAD_BASE)) };
    },
  );

  app.post(
    '/documents',
    {
      preValidation: requireMultipart,
      schema: {
        tags,
        summary: 'Upload a compliance document (PDF ≤ 10 MB, dates as printed on it)',
        description: MULTIPART_DOCUMENT_DESCRIPTION,
        consumes: ['multipart/form-data'],
        body: DocumentUploadBodySchema,
        response: { 201: DocumentSchema, ...problemResponses(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request, reply) => {
      const row = await ownEnterprise(request, 'document.write');
      const view = await createDocument(app, request, row.id, DOWNLOAD_BASE);
      reply.code(201).header('location', `${DOWNLOAD_BASE}/${view.id}`);
      return view;
    },
  );

  app.patch(
    '/documents/:id',
    {
      schema: {
        tags,
        summary: 'Correct a document’s kind, dates or reference number (recorded in the history)',
        params: IdParamsSchema,
        body: DocumentPatchSchema,
        response: { 200: DocumentSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const document = await ownDocument(request, request.params.id, 'document.write');
      return updateDocumentMetadata(app, request, document.enterpriseId, document.id, request.body, DOWNLOAD_BASE);
    },
  );

  app.post(
    '/documents/:id/file',
    {
      preValidation: requireMultipart,
      schema: {
        tags,
        summary: 'Replace a document’s file (the old one is kept); optional new kind/dates',
        description: MULTIPART_DOCUMENT_DESCRIPTION,
        consumes: ['multipart/form-data'],
        body: DocumentReplaceBodySchema,
        params: IdParamsSchema,
        response: { 200: DocumentSchema, ...problemResponses(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request) => {
      const document = await ownDocument(request, request.params.id, 'document.write');
      return replaceDocumentFile(app, request, document.enterpriseId, document.id, DOWNLOAD_BASE);
    },
  );

  app.get(
    '/documents/:id/files/:fileId',
    {
      schema: {
        tags,
        summary: 'Download a document file (attachment, nosniff)',
        params: FileParamsSchema,
        response: { 200: Type.Any({ description: 'The PDF' }), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const document = await ownDocument(request, request.params.id, 'document.read');
      return sendDocumentFile(app, reply, document.id, request.params.fileId);
    },
  );
};

export default myEnterpriseRoutes;
