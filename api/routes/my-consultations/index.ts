import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  ATTACHMENT_UPLOAD_DESCRIPTION,
  AttachmentParamsSchema,
  AttachmentSchema,
  AttachmentUploadBodySchema,
  MyConsultationSchema,
  OfferInputSchema,
  OfferSchema,
} from '../../http/consultation-schemas.ts';
import { sendDownload } from '../../http/downloads.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { readUpload, requireMultipart } from '../../http/read-upload.ts';
import { actorOf, ifMatchOf } from '../../http/request-context.ts';
import { requireRole } from '../../plugins/auth.ts';
import { MAX_DOCUMENT_BYTES } from '../../services/pdf-upload.ts';
import { DeclineBodySchema, MyConsultationListSchema, MyConsultationParamsSchema } from './schemas.ts';

const tags = ['consultations'];
const offerEtag = (offer: { id: string; version: number }) => `"offer-${offer.id}-v${offer.version}"`;

/**
 * Requests for quotes, the enterprise's side (issue 13): managers and members of the invited
 * enterprise. Mounted at /api/v1/my/consultations. Each sees its own offer only; the server's
 * clock closes the window (409 after the deadline).
 */
const myConsultationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { myConsultations, consultationAttachments } = app.services;
  await app.register(multipart, { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1 } });
  app.addHook('preHandler', requireRole('enterprise_manager', 'enterprise_member'));

  app.get(
    '/',
    {
      schema: {
        tags,
        summary: "My enterprise's invitations and requests it may take part in",
        response: { 200: MyConsultationListSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: await myConsultations.list(actorOf(request)) }),
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'One request, with my own offer (ETag of the offer)',
        params: MyConsultationParamsSchema,
        response: { 200: MyConsultationSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const consultation = await myConsultations.get(actorOf(request), request.params.id);
      if (consultation.offer) reply.header('etag', offerEtag(consultation.offer));
      return consultation;
    },
  );

  app.put(
    '/:id/offer',
    {
      schema: {
        tags,
        summary: 'Submit my offer (201), or change it (200, If-Match required) until the deadline',
        params: MyConsultationParamsSchema,
        body: OfferInputSchema,
        response: { 200: OfferSchema, 201: OfferSchema, ...problemResponses(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const { offer, created } = await myConsultations.put(
        actorOf(request),
        request.params.id,
        request.body,
        ifMatchOf(request),
      );
      reply.code(created ? 201 : 200).header('etag', offerEtag(offer));
      return offer;
    },
  );

  app.delete(
    '/:id/offer',
    {
      schema: {
        tags,
        summary: 'Withdraw my offer until the deadline (If-Match required)',
        params: MyConsultationParamsSchema,
        response: { 200: OfferSchema, ...problemResponses(401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const offer = await myConsultations.withdraw(actorOf(request), request.params.id, ifMatchOf(request));
      reply.header('etag', offerEtag(offer));
      return offer;
    },
  );

  app.post(
    '/:id/decline',
    {
      schema: {
        tags,
        summary: 'We do not take part (optional reason)',
        params: MyConsultationParamsSchema,
        body: DeclineBodySchema,
        response: { 200: MyConsultationSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => myConsultations.decline(actorOf(request), request.params.id, request.body.reason ?? null),
  );

  // --- The call's files; my offer's files (until the deadline) ---

  app.get(
    '/:id/attachments/:fileId',
    {
      schema: {
        tags,
        summary: "Download one of the call's files (specifications, terms)",
        params: AttachmentParamsSchema,
        response: { 200: Type.Any({ description: 'The PDF' }), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) =>
      sendDownload(
        reply,
        await consultationAttachments.myCallFile(actorOf(request), request.params.id, request.params.fileId),
      ),
  );

  app.post(
    '/:id/offer/attachments',
    {
      preValidation: requireMultipart,
      schema: {
        tags,
        summary: 'Attach a PDF to my standing offer until the deadline (409 after it)',
        description: ATTACHMENT_UPLOAD_DESCRIPTION,
        consumes: ['multipart/form-data'],
        params: MyConsultationParamsSchema,
        body: AttachmentUploadBodySchema,
        response: { 201: AttachmentSchema, ...problemResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const file = await consultationAttachments.addOfferFile(actorOf(request), request.params.id, (maxBytes) =>
        readUpload(request, maxBytes),
      );
      reply.code(201).header('location', file.url);
      return file;
    },
  );

  app.get(
    '/:id/offer/attachments/:fileId',
    {
      schema: {
        tags,
        summary: "Download one of my offer's files",
        params: AttachmentParamsSchema,
        response: { 200: Type.Any({ description: 'The PDF' }), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) =>
      sendDownload(
        reply,
        await consultationAttachments.myOfferFile(actorOf(request), request.params.id, request.params.fileId),
      ),
  );

  app.delete(
    '/:id/offer/attachments/:fileId',
    {
      schema: {
        tags,
        summary: "Remove one of my offer's files until the deadline",
        params: AttachmentParamsSchema,
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await consultationAttachments.removeOfferFile(actorOf(request), request.params.id, request.params.fileId);
      return reply.code(204).send(null);
    },
  );
};

export default myConsultationRoutes;
