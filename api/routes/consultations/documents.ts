import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DOCUMENT_MEDIA_TYPES } from '../../documents/document-model.ts';
import { sendGeneratedDocument } from '../../http/downloads.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { actorOf } from '../../http/request-context.ts';
import { LangQuerySchema } from '../../http/schemas.ts';
import { ConsultationIdParamsSchema } from './schemas.ts';

const tags = ['consultations'];

const DOCUMENTS = [
  {
    path: 'invitation',
    summary: 'The invitation to submit offers (πρόσκληση υποβολής προσφορών)',
    codes: [401, 403, 404] as const,
  },
  {
    path: 'evaluation-minutes',
    summary:
      'The evaluation minutes (πρακτικό αξιολόγησης): only after the deadline (409 offers_sealed before it) and the evaluation (409 not_evaluated)',
    codes: [401, 403, 404, 409] as const,
  },
] as const;

const FORMATS = (['docx', 'pdf'] as const).map((format) => ({ format, mediaType: DOCUMENT_MEDIA_TYPES[format] }));

/**
 * The documents a clerk files (issue 13), generated on request as DOCX (editable) and PDF
 * (printable), Greek unless `?lang=en`. Registered inside the consultations plugin, so staff only.
 */
const consultationDocumentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { consultationDocuments } = app.services;
  for (const document of DOCUMENTS)
    for (const { format, mediaType } of FORMATS)
      app.get(
        `/:id/${document.path}.${format}`,
        {
          schema: {
            tags,
            summary: `${document.summary}, as ${format.toUpperCase()}`,
            params: ConsultationIdParamsSchema,
            querystring: LangQuerySchema,
            response: {
              200: {
                description: `The ${format.toUpperCase()} file, as an attachment`,
                content: { [mediaType]: { schema: Type.String({ format: 'binary' }) } },
              },
              ...problemResponses(400, ...document.codes),
            },
          },
        },
        async (request, reply) => {
          const actor = actorOf(request);
          const lang = request.query.lang ?? 'el';
          const file =
            document.path === 'invitation'
              ? await consultationDocuments.invitation(actor, request.params.id, format, lang)
              : await consultationDocuments.evaluationMinutes(actor, request.params.id, format, lang);
          return sendGeneratedDocument(reply, file);
        },
      );
};

export default consultationDocumentRoutes;
