import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ProblemKind } from '../domain/errors.ts';
import type { Lang } from '../domain/languages.ts';
import { msg, translate, type Message } from '../domain/messages/index.ts';
import { HttpProblem } from './errors.ts';
import { requestLang } from './request-context.ts';

/**
 * The problem catalogue (RFC 9457): how every error leaves the server. Typed errors map to
 * their status here, once; texts are rendered in the request's language. Their details
 * come from the message catalogues, written for clients; a 5xx with a literal detail loses
 * any file path in it, and an unexpected error leaves with its title only: what went wrong
 * inside goes to the log, not to the client (fastify docs, "Errors").
 */

const PROBLEM_TYPE_BASE = 'https://koinsep.gr/problems/';
/** An absolute file path (POSIX or Windows), as an internal detail may name one. */
const FILE_PATH = /(?:[A-Za-z]:)?(?:[\\/][\w.@-]+){2,}[\\/]?/g;

const STATUS_OF: Record<ProblemKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  precondition_required: 428,
  too_many_requests: 429,
  unavailable: 503,
  internal: 500,
};

export interface RenderedProblem {
  status: number;
  code: string;
  title: string;
  detail?: string;
  extra?: Record<string, unknown>;
}

export function statusOf(error: AppError): number {
  return STATUS_OF[error.kind];
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, problem: RenderedProblem) {
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

/** A typed error in `lang`: title, detail and each field's reason translated. */
function renderAppError(error: AppError, lang: Lang): RenderedProblem {
  const invalidParams = error.invalidParams?.map((p) => ({
    name: p.name,
    reason: translate(p.reason, lang),
    ...(p.in ? { in: p.in } : {}),
  }));
  return {
    status: statusOf(error),
    code: error.code,
    title: translate(error.title, lang),
    ...(error.detail ? { detail: translate(error.detail, lang) } : {}),
    extra: { ...(invalidParams ? { invalidParams } : {}), ...error.extra },
  };
}

/** A parameter of Ajv's error as text (they are strings and numbers). */
const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** Ajv's reason for one failed keyword: Ajv's own English, or the catalogue's words in another language. */
function validationReason(
  keyword: string,
  params: Record<string, unknown>,
  ajvMessage: string | undefined,
  lang: Lang,
): string {
  if (lang === 'en' && ajvMessage) return ajvMessage;
  const limit = text(params.limit);
  const message: Message =
    (
      {
        required: msg('validation.required', { name: text(params.missingProperty) }),
        type: msg('validation.type', { type: text(params.type) }),
        minLength: msg('validation.min_length', { limit }),
        maxLength: msg('validation.max_length', { limit }),
        minItems: msg('validation.min_items', { limit }),
        maxItems: msg('validation.max_items', { limit }),
        minimum: msg('validation.minimum', { limit }),
        maximum: msg('validation.maximum', { limit }),
        pattern: msg('validation.pattern', { pattern: text(params.pattern) }),
        format: msg('validation.format', { format: text(params.format) }),
        enum: msg('validation.enum'),
        const: msg('validation.const'),
        anyOf: msg('validation.any_of'),
      } as Record<string, Message>
    )[keyword] ?? msg('validation.invalid');
  return translate(message, lang);
}

/** Fastify's schema validation error as problem details naming each offending field. */
function renderValidationError(error: FastifyError, lang: Lang): RenderedProblem {
  const location = error.validationContext === 'querystring' ? 'query' : (error.validationContext ?? 'body');
  const invalidParams = (error.validation ?? []).map((issue) => {
    const params = issue.params;
    const path = (issue.instancePath || '').replace(/^\//, '').replace(/\//g, '.');
    const missing = typeof params.missingProperty === 'string' ? params.missingProperty : null;
    const extra = typeof params.additionalProperty === 'string' ? params.additionalProperty : null;
    const name = [path, missing ?? extra].filter(Boolean).join('.') || location;
    const reason = extra
      ? translate(msg('validation.unknown_field'), lang)
      : validationReason(issue.keyword, params, issue.message, lang);
    return { name, reason, in: location };
  });
  const first = invalidParams[0];
  return {
    status: 400,
    code: 'invalid_parameter',
    title: translate(msg('problem.invalid.title'), lang),
    detail: first ? `${first.name}: ${first.reason}` : error.message,
    extra: { invalidParams },
  };
}

/** Any error as problem details; `log` is told about everything the client is not. */
export function renderError(error: FastifyError, request: FastifyRequest): RenderedProblem {
  const lang = requestLang(request);
  if (error instanceof AppError) {
    const problem = renderAppError(error, lang);
    // A shed request (503 overloaded) is expected under load, and load-shedding.ts reports those
    // once per interval: a stack trace per shed request would only add to the overload.
    if (problem.status >= 500 && error.code !== 'overloaded') request.log.error({ err: error }, 'server-side problem');
    return problem;
  }
  if (error instanceof HttpProblem) {
    // Problems raised with literal texts (the widget routes): a 5xx goes to the log whole and
    // to the client without any file path its detail may name.
    if (error.statusCode >= 500) request.log.error({ err: error, detail: error.detail }, 'server-side problem');
    const detail = error.statusCode >= 500 ? error.detail?.replace(FILE_PATH, '…') : error.detail;
    return { status: error.statusCode, code: error.code, title: error.title, detail, extra: error.extra };
  }
  if (error.validation) return renderValidationError(error, lang);
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return {
      status,
      code: (error.code ?? 'bad_request').toLowerCase(),
      title: translate(
        status === 429 ? msg('problem.too_many_requests.title') : msg('problem.bad_request.title'),
        lang,
      ),
      detail: error.message,
    };
  }
  request.log.error({ err: error }, 'unhandled error');
  return {
    status: status >= 500 && status < 600 ? status : 500,
    code: status === 503 ? 'unavailable' : 'internal_error',
    title: translate(status === 503 ? msg('problem.unavailable.title') : msg('problem.internal.title'), lang),
  };
}
