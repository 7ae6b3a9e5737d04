import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  ATTACHMENT_UPLOAD_DESCRIPTION,
  AttachmentParamsSchema,
  AttachmentSchema,
  AttachmentUploadBodySchema,
  AwardInputSchema,
  ComparisonSchema,
  ConsultationDetailSchema,
  ConsultationInputSchema,
  ConsultationListSchema,
  EvaluationInputSchema,
  OffersResponseSchema,
  RotationListSchema,
} from '../../http/consultation-schemas.ts';
import { sendDownload } from '../../http/downloads.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { readUpload, requireMultipart } from '../../http/read-upload.ts';
import { actorOf, ifMatchOf } from '../../http/request-context.ts';
import { requireRole } from '../../plugins/auth.ts';
import { MAX_DOCUMENT_BYTES } from '../../services/pdf-upload.ts';
import consultationDocumentRoutes from './documents.ts';
import {
  AwardedSchema,
  CancelBodySchema,
  ConsultationIdParamsSchema,
  ConsultationListQuerySchema,
  CreatedSchema,
  OfferAttachmentParamsSchema,
  RotationQuerySchema,
} from './schemas.ts';

const tags = ['consultations'];

/**
 * Requests for quotes, the municipality's side (issue 13): staff and admins only. Mounted at
 * /api/v1/consultations. Offers stay sealed until the deadline (GET …/offers → `{ sealed, count }`).
 */
const consultationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { consultations, consultationAwards, consultationAttachments } = app.services;
  await app.register(multipart, { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1 } });
  app.addHook('preHandler', requireRole('admin', 'staff'));
  await app.register(consultationDocumentRoutes);

  app.get(
    '/',
    {
      schema: {
        tags,
        summary: 'Requests for quotes, newest first',
        querystring: ConsultationListQuerySchema,
        response: { 200: ConsultationListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { page, pageSize, ...filters } = request.query;
      return consultations.list(actorOf(request), filters, { page, pageSize });
    },
  );

  app.get(
    '/rotation',
    {
      schema: {
        tags,
        summary: 'Requests and awards of the last 12 months per enterprise (to rotate invitations fairly)',
        querystring: RotationQuerySchema,
        response: { 200: RotationListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => consultations.rotation(actorOf(request), request.query.enterpriseId),
  );

  app.post(
    '/',
    {
      schema: {
        tags,
        summary: 'Start a request for quotes (a draft)',
        body: ConsultationInputSchema,
        response: { 201: CreatedSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const created = await consultations.create(actorOf(request), request.body);
      reply
        .code(201)
        .header('location', `/api/v1/consultations/${created.id}`)
        .header('etag', `"consultation-${created.id}-v${created.version}"`);
      return created;
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'One request: invitees with their last 12 months, counts, the award',
        params: ConsultationIdParamsSchema,
        response: { 200: ConsultationDetailSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const detail = await consultations.get(actorOf(request), request.params.id);
      reply.header('etag', `"consultation-${detail.id}-v${detail.version}"`);
      return detail;
    },
  );

  app.post(
    '/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publish: draft → open; mails every invited enterprise (If-Match optional)',
        params: ConsultationIdParamsSchema,
        response: { 200: ConsultationDetailSchema, ...problemResponses(400, 401, 403, 404, 409, 412) },
      },
    },
    async (request) => consultations.publish(actorOf(request), request.params.id, ifMatchOf(request)),
  );

  app.post(
    '/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel with a reason',
        params: ConsultationIdParamsSchema,
        body: CancelBodySchema,
        response: { 200: ConsultationDetailSchema, ...problemResponses(400, 401, 403, 404, 409, 412) },
      },
    },
    async (request) => consultations.cancel(actorOf(request), request.params.id, request.body.reason),
  );

  app.get(
    '/:id/offers',
    {
      schema: {
        tags,
        summary:
          'The offers: before the deadline only { sealed: true, count }; after it the offers (the opening is audited)',
        params: ConsultationIdParamsSchema,
        response: { 200: OffersResponseSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => consultations.offers(actorOf(request), request.params.id),
  );

  app.get(
    '/:id/comparison',
    {
      schema: {
        tags,
        summary: 'The comparison table ranked by the rule (after the deadline)',
        params: ConsultationIdParamsSchema,
        response: { 200: ComparisonSchema, ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request) => consultationAwards.comparison(actorOf(request), request.params.id),
  );

  app.put(
    '/:id/evaluation',
    {
      schema: {
        tags,
        summary: 'Accept or reject each offer (with a reason), quality marks, a lot if drawn',
        params: ConsultationIdParamsSchema,
        body: EvaluationInputSchema,
        response: { 200: ComparisonSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => consultationAwards.evaluate(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/:id/award',
    {
      schema: {
        tags,
        summary: 'The award decision: eligibility re-run, the contract created in the register, participants mailed',
        params: ConsultationIdParamsSchema,
        body: AwardInputSchema,
        response: { 201: AwardedSchema, ...problemResponses(400, 401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      const awarded = await consultationAwards.award(actorOf(request), request.params.id, request.body);
      reply.code(201).header('location', `/api/v1/contracts/${awarded.contractId}`);
      return awarded;
    },
  );

  // --- The call's files (specifications, terms) and the offers' files ---

  app.post(
    '/:id/attachments',
    {
      preValidation: requireMultipart,
      schema: {
        tags,
        summary: 'Attach a PDF to the call (specifications, terms) while a draft or open',
        description: ATTACHMENT_UPLOAD_DESCRIPTION,
        consumes: ['multipart/form-data'],
        params: ConsultationIdParamsSchema,
        body: AttachmentUploadBodySchema,
        response: { 201: AttachmentSchema, ...problemResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const file = await consultationAttachments.addCallFile(actorOf(request), request.params.id, (maxBytes) =>
        readUpload(request, maxBytes),
      );
      reply.code(201).header('location', file.url);
      return file;
    },
  );

  app.get(
    '/:id/attachments/:fileId',
    {
      schema: {
        tags,
        summary: "Download one of the call's files (attachment, nosniff)",
        params: AttachmentParamsSchema,
        response: { 200: Type.Any({ description: 'The PDF' }), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) =>
      sendDownload(
        reply,
        await consultationAttachments.callFile(actorOf(request), request.params.id, request.params.fileId),
      ),
  );

  app.delete(
    '/:id/attachments/:fileId',
    {
      schema: {
        tags,
        summary: "Remove one of a draft's files (a published call's files stay on the record)",
        params: AttachmentParamsSchema,
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await consultationAttachments.removeCallFile(actorOf(request), request.params.id, request.params.fileId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/:id/offers/:offerId/attachments/:fileId',
    {
      schema: {
        tags,
        summary: "Download an offer's file: only once the offers are opened after the deadline (404 before)",
        params: OfferAttachmentParamsSchema,
        response: { 200: Type.Any({ description: 'The PDF' }), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { id, offerId, fileId } = request.params;
      return sendDownload(reply, await consultationAttachments.offerFile(actorOf(request), id, offerId, fileId));
    },
  );
};

export default consultationRoutes;
