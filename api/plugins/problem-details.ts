import fp from 'fastify-plugin';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { msg, translate } from '../domain/messages/index.ts';
import { renderError, sendProblem } from '../http/problem-details.ts';
import { ProblemSchema } from '../http/problem-schema.ts';
import { requestLang } from '../http/request-context.ts';

/**
 * Fastify's `frameworkErrors` (errors raised before routing, e.g. a path with invalid
 * percent-encoding such as `/%FF`, or an over-long parameter): problem+json like the rest.
 */
export function frameworkErrorProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const lang = requestLang(request);
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  void sendProblem(reply, request, {
    status,
    code: error.code === 'FST_ERR_BAD_URL' ? 'bad_url' : (error.code ?? 'bad_request').toLowerCase(),
    title: translate(msg('problem.bad_request.title'), lang),
    detail: error.code === 'FST_ERR_BAD_URL' ? translate(msg('problem.bad_url.detail'), lang) : error.message,
  });
}

/**
 * The one error handler: every error leaves as application/problem+json (RFC 9457),
 * rendered by api/http/problem-details.ts in the request's language. Details come from
 * the message catalogues (typed errors), validation and problems below 500; a 5xx raised
 * any other way leaves with its title only, never internals such as file paths.
 */
async function problemDetails(app: FastifyInstance) {
  app.addSchema(ProblemSchema);

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = renderError(error, request);
    if (problem.status === 429 || problem.status === 503) {
      const seconds = (error as { retryAfterSeconds?: number }).retryAfterSeconds;
      reply.header('retry-after', seconds !== undefined ? String(seconds) : (reply.getHeader('retry-after') ?? '60'));
    }
    return sendProblem(reply, request, problem);
  });

  app.setNotFoundHandler((request, reply) => {
    const lang = requestLang(request);
    const path = request.url.split('?')[0]!;
    return sendProblem(reply, request, {
      status: 404,
      code: 'not_found',
      title: translate(msg('problem.route_not_found.title'), lang),
      detail: translate(msg('problem.route_not_found.detail', { method: request.method, path }), lang),
    });
  });
}

export default fp(problemDetails, { name: 'problem-details' });
