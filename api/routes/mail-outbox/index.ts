import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../http/problem-schema.ts';
import { requireRole } from '../../plugins/auth.ts';

const OutboxMessageSchema = Type.Object(
  {
    id: Type.String(),
    kind: Type.String(),
    to: Type.String(),
    subject: Type.String(),
    text: Type.Union([Type.String(), Type.Null()], { description: 'Kept only when there is no SMTP server' }),
    status: Type.Union([Type.Literal('stored'), Type.Literal('sending'), Type.Literal('sent'), Type.Literal('failed')]),
    error: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String(),
    sentAt: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);

/**
 * The mail the app has sent or kept (issue 4, scope 5): without SMTP_URL this is where
 * invitations and reset links are read. Admins only. Mounted at /api/v1/mail-outbox.
 */
const mailOutboxRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Outgoing mail, newest first (admins)',
        querystring: Type.Object(
          { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ items: Type.Array(OutboxMessageSchema) }, { additionalProperties: false }),
          ...problemResponses(400, 401, 403),
        },
      },
      preHandler: requireRole('admin'),
    },
    async (request) => ({ items: await app.services.mailOutbox.list(request.query.limit ?? 100) }),
  );
};

export default mailOutboxRoutes;
