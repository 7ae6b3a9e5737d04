import fp from 'fastify-plugin';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem } from '../http/errors.ts';
import { ProblemSchema } from '../http/problem-schema.ts';

const PROBLEM_TYPE_BASE = 'https://koinsep.gr/problems/';

interface InvalidParam {
  name: string;
  reason: string;
  in?: string;
}

function validationParams(error: FastifyError): InvalidParam[] {
  const location = error.validationContext === 'querystring' ? 'query' : (error.validationContext ?? 'body');
  return (error.validation ?? []).map((issue) => {
    const params = issue.params as Record<string, unknown>;
    const path = (issue.instancePath || '').replace(/^\//, '').replace(/\//g, '.');
    const missing = typeof params.missingProperty === 'string' ? params.missingProperty : null;
    const extra = typeof params.additionalProperty === 'string' ? params.additionalProperty : null;
    const name = [path, missing ?? extra].filter(Boolean).join('.') || location;
    const reason = extra ? 'is not a known field' : (issue.message ?? 'is invalid');
    return { name, reason, in: location };
  });
}

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  problem: { status: number; code: string; title: string; detail?: string; extra?: Record<string, unknown> },
) {
  return reply
    .code(problem.status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: PROBLEM_TYPE_BASE + problem.code,
      title: problem.title,
      status: problem.status,
      code: problem.code,
      ...(problem.detail ? { detail: problem.detail } : {}),
      instance: request.url.split('?')[0],
      ...problem.extra,
    });
}

/**
 * Fastify's `frameworkErrors` (errors raised before routing, e.g. a path with invalid
 * percent-encoding such as `/%FF`, or an over-long parameter): problem+json like the rest.
 */
export function frameworkErrorProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  return sendProblem(reply, request, {
    status,
    code: error.code === 'FST_ERR_BAD_URL' ? 'bad_url' : (error.code ?? 'bad_request').toLowerCase(),
    title: 'Bad request',
    detail: error.code === 'FST_ERR_BAD_URL' ? 'The path is not validly percent-encoded UTF-8' : error.message,
  });
}

/**
 * The one error handler: every error leaves as application/problem+json (RFC 9457).
 * Messages are forwarded only for validation errors and our own < 500 problems;
 * a 500 never leaks internals (fastify docs, "Errors").
 */
async function problemDetails(app: FastifyInstance) {
  app.addSchema(ProblemSchema);

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpProblem) {
      if (error.statusCode === 429 || error.statusCode === 503) reply.header('retry-after', reply.getHeader('retry-after') ?? '60');
      return sendProblem(reply, request, {
        status: error.statusCode,
        code: error.code,
        title: error.title,
        detail: error.detail,
        extra: error.extra,
      });
    }
    if (error.validation) {
      const invalidParams = validationParams(error);
      const first = invalidParams[0];
      return sendProblem(reply, request, {
        status: 400,
        code: 'invalid_parameter',
        title: 'Invalid request',
        detail: first ? `${first.name}: ${first.reason}` : error.message,
        extra: { invalidParams },
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendProblem(reply, request, {
        status,
        code: (error.code ?? 'bad_request').toLowerCase(),
        title: status === 429 ? 'Too many requests' : 'Bad request',
        detail: error.message,
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, request, {
      status: status >= 500 && status < 600 ? status : 500,
      code: status === 503 ? 'unavailable' : 'internal_error',
      title: status === 503 ? 'Service unavailable' : 'Internal server error',
    });
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, {
      status: 404,
      code: 'not_found',
      title: 'Not found',
      detail: `No resource at ${request.method} ${request.url.split('?')[0]}`,
    }),
  );
}

export default fp(problemDetails, { name: 'problem-details' });
