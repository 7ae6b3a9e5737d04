import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import { problemResponses } from '../../http/problem-schema.ts';
import { InvalidParameterProblem } from '../../http/errors.ts';
import { isMunicipal } from '../../domain/authorization.ts';
import { requireRole } from '../../plugins/auth.ts';
import { listChangeRequests } from '../../repositories/change-requests.ts';
import { ChangesSchema, FieldValueSchema } from '../my-enterprise/schemas.ts';
import { oneOf } from '../my-enterprise/schemas.ts';
import { approveChangeRequest, changeRequestDetail, loadForReview, rejectChangeRequest } from './review.ts';

const StatusSchema = oneOf(['pending', 'approved', 'rejected', 'superseded']);
const Person = Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]);

export const ChangeRequestSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  enterpriseId: Type.String(),
  enterpriseSlug: Type.String(),
  enterpriseName: Type.String(),
  kind: Type.Union([Type.Literal('profile'), Type.Literal('service')]),
  targetId: Type.Union([Type.String(), Type.Null()]),
  status: StatusSchema,
  proposed: ChangesSchema,
  previous: ChangesSchema,
  applied: Type.Union([ChangesSchema, Type.Null()]),
  baseVersion: Type.Integer(),
  author: Person,
  reviewer: Person,
  reviewComment: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  reviewedAt: Type.Union([Type.String(), Type.Null()]),
});
export type ChangeRequestView = Static<typeof ChangeRequestSchema>;

export const ChangeRequestDetailSchema = Type.Object({
  ...ChangeRequestSchema.properties,
  newService: Type.Boolean(),
  /** The enterprise's name (profile) or the service's title. */
  subject: Type.String(),
  diff: Type.Array(
    Type.Object({
      field: Type.String(),
      before: FieldValueSchema,
      current: FieldValueSchema,
      proposed: FieldValueSchema,
      changedSinceProposal: Type.Boolean({ description: 'Someone changed this field after the proposal was made' }),
    }),
  ),
});
export type ChangeRequestDetail = Static<typeof ChangeRequestDetailSchema>;

const ListQuerySchema = Type.Object(
  {
    status: Type.Optional(StatusSchema),
    enterpriseId: Type.Optional(Type.String({ maxLength: 64 })),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 50 }),
  },
  { additionalProperties: false },
);
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const ApproveBody = Type.Object(
  {
    corrections: Type.Optional(Type.Record(Type.String({ maxLength: 64 }), FieldValueSchema, { description: '"Correct and approve": the reviewer’s values for some fields' })),
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
const RejectBody = Type.Object({ comment: Type.String({ minLength: 1, maxLength: 2000, description: 'Why, for the enterprise' }) }, { additionalProperties: false });

const tags = ['moderation'];

/**
 * The moderation queue (issue 5). Staff list, read (with a field-by-field diff), approve
 * (optionally correcting) and reject with a comment; an enterprise user lists and reads
 * their own enterprise's requests only. Mounted at /api/v1/change-requests.
 */
const changeRequestRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('preHandler', requireRole());

  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'Change requests (staff: all, oldest pending first; enterprise users: their own)',
        querystring: ListQuerySchema,
        response: { 200: Type.Object({ items: Type.Array(ChangeRequestSchema), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() }), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { status, page, pageSize } = request.query;
      const user = request.user!;
      // An enterprise user's list is their own enterprise's, whatever they ask for.
      const enterpriseId = isMunicipal(user) ? request.query.enterpriseId : (user.enterpriseId ?? '-');
      const { items, total } = await listChangeRequests(app.db, { status, enterpriseId }, { limit: pageSize, offset: (page - 1) * pageSize });
      return { items, total, page, pageSize };
    },
  );

  app.get(
    '/:id',
    {
      schema: { tags, summary: 'One change request with a field-by-field before/after diff', params: IdParams, response: { 200: ChangeRequestDetailSchema, ...problemResponses(401, 403, 404) } },
    },
    async (request) => changeRequestDetail(app.db, await loadForReview(app, request, request.params.id, 'change_request.read')),
  );

  app.post(
    '/:id/approve',
    {
      schema: {
        tags,
        summary: 'Approve (staff), optionally with corrections: applies the change, bumps the version, reindexes search, e-mails the enterprise',
        params: IdParams,
        body: ApproveBody,
        response: { 200: ChangeRequestDetailSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const done = await approveChangeRequest(app, request, request.params.id, request.body.corrections ?? {}, request.body.comment?.trim() || null);
      return changeRequestDetail(app.db, done!);
    },
  );

  app.post(
    '/:id/reject',
    {
      schema: {
        tags,
        summary: 'Reject with a comment (staff); the enterprise is told by e-mail',
        params: IdParams,
        body: RejectBody,
        response: { 200: ChangeRequestDetailSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const comment = request.body.comment.trim();
      if (!comment) throw new InvalidParameterProblem('comment', 'must not be empty', 'body');
      const done = await rejectChangeRequest(app, request, request.params.id, comment);
      return changeRequestDetail(app.db, done!);
    },
  );
};

export default changeRequestRoutes;
