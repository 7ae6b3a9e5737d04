import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ForbiddenError, UnauthenticatedError } from '../domain/errors.ts';
import { msg } from '../domain/messages/index.ts';

/** Constant-time comparison of a presented bearer token with the configured one. */
export function bearerMatches(header: string | undefined, expected: string | null): boolean {
  if (!expected || !header) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1]!), digest(expected));
}

/**
 * Operations endpoints are for the municipality's administrators and their automation:
 * a signed-in admin (once the accounts plugin sets `request.user`), or the
 * OPERATIONS_TOKEN bearer token (cron jobs, monitoring). Anyone else gets 401.
 */
export function requireOperationsAccess(token: string | null) {
  return async (request: FastifyRequest) => {
    const user = (request as { user?: { role?: string } | null }).user;
    if (user?.role === 'admin') return;
    if (bearerMatches(request.headers.authorization, token)) return;
    if (user)
      throw new ForbiddenError(msg('operations.forbidden.detail'), 'forbidden', msg('operations.forbidden.title'));
    throw new UnauthenticatedError(
      msg('operations.unauthenticated.detail'),
      'unauthorized',
      msg('operations.unauthenticated.title'),
    );
  };
}
