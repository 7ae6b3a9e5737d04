import { msg, type Message } from './messages/index.ts';

/**
 * The errors services throw (Infisical's typed errors): each says what kind of failure it
 * is, a stable `code` clients branch on, and texts as message ids. api/http/ maps them
 * once to problem+json (RFC 9457) with the status of their kind, in the request's language.
 */

export type ProblemKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'precondition_required'
  | 'too_many_requests'
  | 'unavailable'
  | 'internal';

export type ParamLocation = 'query' | 'body' | 'path' | 'header';

/** One offending input, named as the client sent it. */
export interface InvalidParam {
  name: string;
  reason: Message;
  in?: ParamLocation;
}

export interface AppErrorOptions {
  invalidParams?: InvalidParam[];
  /** Extra members of the problem object (e.g. `currentEtag`); never a secret. */
  extra?: Record<string, unknown>;
  /** Seconds for the Retry-After header (429, 503). */
  retryAfterSeconds?: number;
}

export class AppError extends Error {
  readonly invalidParams: InvalidParam[] | undefined;
  readonly extra: Record<string, unknown>;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    readonly kind: ProblemKind,
    readonly code: string,
    readonly title: Message,
    readonly detail?: Message,
    options: AppErrorOptions = {},
  ) {
    super(`${code}: ${detail?.key ?? title.key}`);
    this.invalidParams = options.invalidParams;
    this.extra = options.extra ?? {};
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** 400 naming every offending field; the first one is the detail. */
export class InvalidInputError extends AppError {
  constructor(
    invalid: InvalidParam[],
    options: { code?: string; title?: Message; detail?: Message; extra?: Record<string, unknown> } = {},
  ) {
    const first = invalid[0]!;
    const detail = options.detail ?? msg('problem.invalid.detail', { name: first.name, reason: first.reason });
    super('invalid', options.code ?? 'invalid_parameter', options.title ?? msg('problem.invalid.title'), detail, {
      invalidParams: invalid,
      extra: options.extra,
    });
  }
}

/** 400 for one field. */
export function invalidParameter(name: string, reason: Message, location: ParamLocation = 'query'): InvalidInputError {
  return new InvalidInputError([{ name, reason, in: location }]);
}

/** Field problems found by the domain rules (no location) become a 400 on the body. */
export function invalidBody(invalid: Array<{ name: string; reason: Message }>): InvalidInputError {
  return new InvalidInputError(invalid.map((i) => ({ ...i, in: 'body' as const })));
}

/** The resources a 404 can name; each has a title in the catalogues (`notFound.<resource>`). */
export type Resource =
  | 'enterprise'
  | 'service'
  | 'document'
  | 'file'
  | 'logo'
  | 'user'
  | 'users'
  | 'session'
  | 'invitation'
  | 'change_request'
  | 'contract'
  | 'import'
  | 'organization'
  | 'taxonomy'
  | 'taxonomy_term'
  | 'service_at_location'
  | 'consultation'
  | 'offer'
  | 'social_value_report';

export class NotFoundError extends AppError {
  constructor(resource: Resource, detail?: Message) {
    super('not_found', 'not_found', msg(`notFound.${resource}`), detail);
  }
}

export class ForbiddenError extends AppError {
  constructor(detail: Message, code = 'forbidden', title: Message = msg('problem.forbidden.title')) {
    super('forbidden', code, title, detail);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(
    detail: Message,
    code = 'unauthenticated',
    title: Message = msg('problem.unauthenticated.title'),
    options: AppErrorOptions = {},
  ) {
    super('unauthenticated', code, title, detail, options);
  }
}

export class ConflictError extends AppError {
  constructor(code: string, title: Message, detail: Message, options: AppErrorOptions = {}) {
    super('conflict', code, title, detail, options);
  }
}

/** 429 with Retry-After. */
export class TooManyAttemptsError extends AppError {
  constructor(
    seconds: number,
    code = 'too_many_attempts',
    detail: Message = msg('problem.too_many_attempts.detail', { seconds }),
  ) {
    super('too_many_requests', code, msg('problem.too_many_attempts.title'), detail, { retryAfterSeconds: seconds });
  }
}
