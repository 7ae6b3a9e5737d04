import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem, NotFoundProblem } from '../../http/errors.ts';
import { checkPassword } from '../../domain/passwords.ts';
import { authorize, type Action, type ObjectScope } from '../../domain/authorization.ts';
import { COMMON_PASSWORDS } from '../../accounts/common-passwords.ts';
import type { AuditActor } from '../../accounts/audit.ts';
import type { FailureLimiter } from '../../accounts/failure-limiter.ts';

/** The language for problem details a person reads: Greek unless the client asks for English. */
export function requestLang(request: FastifyRequest): 'el' | 'en' {
  const header = request.headers['accept-language'];
  return typeof header === 'string' && /^en\b/i.test(header.trim()) ? 'en' : 'el';
}

export function actorOf(request: FastifyRequest): AuditActor {
  return { userId: request.user?.id ?? null, email: request.user?.email ?? null, ip: request.ip ?? null };
}

/** 400 naming the field, with the reason in both languages (the UI shows its own), when a new password fails the policy. */
export function assertAcceptablePassword(request: FastifyRequest, password: string, email: string | null, field: string): void {
  const verdict = checkPassword(password, { email, commonPasswords: COMMON_PASSWORDS.passwords, commonWords: COMMON_PASSWORDS.words });
  if (verdict.ok) return;
  const reason = verdict.reason![requestLang(request)];
  throw new HttpProblem(400, 'weak_password', 'Password not accepted', `${field}: ${reason}`, {
    invalidParams: [{ name: field, reason, in: 'body' }],
    passwordProblem: verdict.problem,
    reasons: verdict.reason,
  });
}

/** 429 with Retry-After when an account-level limiter says so. */
export function assertNotLimited(reply: FastifyReply, limiter: FailureLimiter, key: string): void {
  const wait = limiter.retryAfterSeconds(key);
  if (wait > 0) {
    reply.header('retry-after', String(wait));
    throw new HttpProblem(429, 'too_many_attempts', 'Too many attempts', `Too many attempts for this account. Try again in ${wait} s.`);
  }
}

/** Applies the authorisation decision: 404 for objects the user may not know of, 403 for the rest. */
export function enforce(request: FastifyRequest, action: Action, object: ObjectScope, what: string): void {
  const decision = authorize(request.user, action, object);
  if (decision === 'not_found') throw new NotFoundProblem(what);
  if (decision === 'forbidden') throw new HttpProblem(403, 'forbidden', 'Not allowed', `You may not ${action.replace('.', ' ').replace('_', ' ')}.`);
}

export function authRateLimit(app: FastifyInstance) {
  return { max: app.config.accounts.authRequestsPerIpPerMinute, timeWindow: 60_000 };
}

export function tokenProblem(kind: 'invalid' | 'expired' | 'used', what: string): HttpProblem {
  const detail = {
    invalid: `This ${what} link is not valid. Check that you opened the whole link from the e-mail.`,
    expired: `This ${what} link has expired. Ask for a new one.`,
    used: `This ${what} link has already been used. Ask for a new one if you still need it.`,
  }[kind];
  return new HttpProblem(400, `token_${kind}`, 'Link not usable', detail, { invalidParams: [{ name: 'token', reason: detail, in: 'body' }] });
}
