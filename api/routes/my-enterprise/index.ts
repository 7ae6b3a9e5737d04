import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import multipart from '@fastify/multipart';
import { Type } from 'typebox';
import { sendDownload } from '../../http/downloads.ts';
import {
  DocumentSchema,
  FileParamsSchema,
  MyEnterpriseSchema,
  MyServiceSchema,
  ProfilePatchSchema,
  ServicePatchSchema,
  SubmitResultSchema,
} from '../../http/enterprise-schemas.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { readUpload, requireMultipart } from '../../http/read-upload.ts';
import { actorOf, ifMatchOf } from '../../http/request-context.ts';
import { requireRole } from '../../plugins/auth.ts';
import { MAX_DOCUMENT_BYTES } from '../../services/document-service.ts';
import {
  DocumentListSchema,
  DocumentPatchSchema,
  DocumentReplaceBodySchema,
  DocumentUploadBodySchema,
  IdParamsSchema,
  LogoUploadBodySchema,
  LogoUploadResultSchema,
  MULTIPART_DOCUMENT_DESCRIPTION,
  MULTIPART_LOGO_DESCRIPTION,
  MyServiceListSchema,
  ServiceCreateSchema,
} from './schemas.ts';

const DOWNLOAD_BASE = '/api/v1/my/enterprise/documents';
const tags = ['self-service'];

/**
 * The signed-in enterprise user's own enterprise (issue 5): profile, services, documents,
 * logo. Public changes go to moderation (services/my-enterprise-service.ts). Mounted at
 * /api/v1/my/enterprise.
 */
const myEnterpriseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { myEnterprise, documents } = app.services;
  await app.register(multipart, { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1 } });
  app.addHook('preHandler', requireRole('enterprise_manager', 'enterprise_member'));

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
      const view = await myEnterprise.view(actorOf(request));
      reply.header('etag', view.etag);
      return view;
    },
  );

  app.patch(
    '',
    {
      schema: {
        tags,
        summary:
          'Change my enterprise (If-Match required): public fields wait for moderation (202), private ones apply at once',
        description:
          'Moderated: names, identifiers, legal form, descriptions, website, municipality, counts, logo; contact details and address only while public; turning a public flag on. Applied at once: private contact details and address, turning a public flag off. A new proposal absorbs the pending one.',
        body: ProfilePatchSchema,
        response: { 202: SubmitResultSchema, ...problemResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const result = await myEnterprise.submitProfile(actorOf(request), request.body, ifMatchOf(request));
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
        response: { 201: LogoUploadResultSchema, ...problemResponses(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request, reply) => {
      const logo = await documents.uploadLogo(actorOf(request), (maxBytes) => readUpload(request, maxBytes));
      return reply.code(201).send(logo);
    },
  );

  // --- Services ---

  app.get(
    '/services',
    {
      schema: {
        tags,
        summary: 'My services, with new ones waiting for approval',
        response: { 200: MyServiceListSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => ({ items: await myEnterprise.listServices(actorOf(request)) }),
  );

  app.get(
    '/services/:id',
    {
      schema: {
        tags,
        summary: 'One of my services (with its ETag)',
        params: IdParamsSchema,
        response: { 200: MyServiceSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const view = await myEnterprise.getService(actorOf(request), request.params.id);
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
        response: {
          202: Type.Object({ ...SubmitResultSchema.properties, serviceId: Type.String({ format: 'uuid' }) }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const serviceId = randomUUID();
      const result = await myEnterprise.submitService(actorOf(request), serviceId, request.body, { isNew: true });
      reply.code(202).header('etag', result.etag).header('location', `/api/v1/my/enterprise/services/${serviceId}`);
      return { ...result, serviceId };
    },
  );

  app.patch(
    '/services/:id',
    {
      schema: {
        tags,
        summary:
          'Change a service (If-Match required): texts, CPV codes, categories and areas wait for moderation; withdrawing applies at once',
        params: IdParamsSchema,
        body: ServicePatchSchema,
        response: { 202: SubmitResultSchema, ...problemResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const result = await myEnterprise.submitService(actorOf(request), request.params.id, request.body, {
        isNew: false,
        ifMatch: ifMatchOf(request),
      });
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
      await myEnterprise.removeService(actorOf(request), request.params.id, ifMatchOf(request));
      return reply.code(204).send(null);
    },
  );

  // --- Compliance documents ---

  app.get(
    '/documents',
    {
      schema: {
        tags,
        summary: 'My compliance documents and their files (old files included)',
        response: { 200: DocumentListSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => ({ items: await documents.list(actorOf(request)) }),
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
      const view = await documents.create(actorOf(request), (maxBytes) => readUpload(request, maxBytes));
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
    async (request) => documents.updateMetadata(actorOf(request), request.params.id, request.body),
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
    async (request) =>
      documents.replaceFile(actorOf(request), request.params.id, (maxBytes) => readUpload(request, maxBytes)),
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
    async (request, reply) =>
      sendDownload(reply, await documents.myFile(actorOf(request), request.params.id, request.params.fileId)),
  );
};

export default myEnterpriseRoutes;
