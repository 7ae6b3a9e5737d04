import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problemResponses } from '../../http/problem-schema.ts';
import { requireRole } from '../../plugins/auth.ts';
import { ComplianceOverviewSchema, OverviewQuery } from './schemas.ts';

/**
 * Staff overview of compliance (issue 5): expiring and expired certificates and, per
 * enterprise, "ready to award today" or what is missing (services/compliance-service.ts).
 * Mounted at /api/v1.
 */
const complianceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/compliance/overview',
    {
      preHandler: requireRole('admin', 'staff'),
      schema: {
        tags: ['staff'],
        summary: 'Expiring and expired documents, and per enterprise "ready to award today" or what is missing',
        querystring: OverviewQuery,
        response: { 200: ComplianceOverviewSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => app.services.compliance.overview(request.query),
  );
};

export default complianceRoutes;
