import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { SessionState } from '../../db/schema.ts';
import type { AuthUser, Role } from '../domain/authorization.ts';
import { AppError, ForbiddenError, UnauthenticatedError } from '../domain/errors.ts';
import { msg } from '../domain/messages/index.ts';
import { safeEqual } from '../accounts/tokens.ts';
import { SignInThrottle } from '../accounts/sign-in-throttle.ts';
import { FailureLimiter } from '../accounts/failure-limiter.ts';
import { createMailer, type Mailer } from '../mail/mailer.ts';
import { createSessionStore, type SessionStore, type StoredSession } from '../repositories/sqlite/session-store.ts';
import type { AppConfig } from '../config.ts';

export type { AuthUser, Role } from '../domain/authorization.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user (session active, second factor done), else null. */
    user: AuthUser | null;
    /** The session behind the cookie in any state (also half-finished sign-ins), else null. */
    authSession: StoredSession | null;
  }
  interface FastifyInstance {
    accounts: {
      sessions: SessionStore;
      /** Failed current-password checks per e-mail address. */
      loginFailures: FailureLimiter;
      /** Failed sign-ins per (account, address) and per account from unknown addresses. */
      signInThrottle: SignInThrottle;
      /** Wrong second-factor codes per user. */
      mfaFailures: FailureLimiter;
      /** Password-reset requests per e-mail address as typed. */
      resetRequests: FailureLimiter;
      mailer: Mailer;
    };
  }
  interface FastifyContextConfig {
    /**
     * false on the few mutations that act without the session's authority (sign-in,
     * token links); every other mutation with a session cookie needs `x-csrf-token`.
     */
    csrf?: boolean;
  }
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const CSRF_HEADER = 'x-csrf-token';

/**
 * `__Host-` (RFC 6265bis) binds the cookie to this exact host, HTTPS and path / — only
 * possible when Secure, so plain-HTTP development and tests use the bare name.
 */
function sessionCookieName(request: FastifyRequest): string {
  return request.protocol === 'https' ? '__Host-koinsep_session' : 'koinsep_session';
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(sessionCookieName(request), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    // No maxAge: a browser-session cookie; the server enforces idle and absolute limits.
  });
  reply.header('cache-control', 'no-store');
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName(request), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
  });
}

/** Per-IP limit of the sign-in, MFA, reset and invitation-token routes (route `config.rateLimit`). */
export function authRateLimit(config: AppConfig) {
  return { max: config.accounts.authRequestsPerIpPerMinute, timeWindow: 60_000 };
}

/**
 * preHandler for routes that need a signed-in user with one of `roles`:
 * 401 problem without a session, 403 when the role may not.
 */
export function requireRole(...roles: Role[]): preHandlerAsyncHookHandler {
  return async function requireRoleHandler(request) {
    if (!request.user) throw new UnauthenticatedError(msg('auth.sign_in_required'));
    if (roles.length > 0 && !roles.includes(request.user.role)) throw new ForbiddenError(msg('auth.role_forbidden'));
  };
}

/** Any signed-in user. */
export const requireUser = requireRole();

/** preHandler for the steps of an unfinished sign-in (second factor, MFA enrolment). */
export function requireSessionState(...states: SessionState[]): preHandlerAsyncHookHandler {
  return async function requireSessionStateHandler(request) {
    const session = request.authSession;
    if (!session || !states.includes(session.state)) {
      throw new UnauthenticatedError(msg('auth.start_sign_in'));
    }
  };
}

/**
 * Sessions, the current user, CSRF and the brute-force limits (issue 4, scopes 3–4).
 * Registered app-wide (fastify-plugin) before every route plugin.
 */
async function auth(app: FastifyInstance) {
  const config = app.config.accounts;
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    // Route-level limits only (config.rateLimit on sign-in, MFA, reset, invitation tokens).
    errorResponseBuilder: (_request, context) =>
      new AppError(
        'too_many_requests',
        'rate_limited',
        msg('problem.too_many_requests.title'),
        msg('auth.rate_limited.detail', { seconds: Math.ceil(context.ttl / 1000) }),
      ),
  });

  const sessions = createSessionStore(app.sqlite, {
    idleMinutes: config.sessionIdleMinutes,
    absoluteHours: config.sessionAbsoluteHours,
  });
  const windowMs = config.accountLockWindowMinutes * 60_000;
  const mailer = createMailer({ db: app.db, config, log: app.log });
  app.decorate('accounts', {
    sessions,
    loginFailures: new FailureLimiter(config.accountFailuresAllowed, windowMs),
    signInThrottle: new SignInThrottle({
      allowed: config.accountFailuresAllowed,
      windowMs,
      baseDelaySeconds: config.signInDelayBaseSeconds,
      maxDelaySeconds: config.signInDelayMaxSeconds,
    }),
    mfaFailures: new FailureLimiter(config.accountFailuresAllowed, windowMs),
    resetRequests: new FailureLimiter(Math.max(3, Math.floor(config.accountFailuresAllowed / 2)), windowMs),
    mailer,
  });
  app.addHook('onClose', async () => {
    await mailer.idle();
    await mailer.close();
  });

  app.decorateRequest('user', null);
  app.decorateRequest('authSession', null);

  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[sessionCookieName(request)];
    if (token) {
      const found = sessions.get(token);
      if (found) {
        request.authSession = found.session;
        if (found.session.state === 'active') {
          request.user = {
            id: found.user.id,
            email: found.user.email,
            name: found.user.name,
            role: found.user.role,
            enterpriseId: found.user.enterprise_id,
          };
        }
      } else {
        // Expired or ended elsewhere: drop the dead cookie.
        clearSessionCookie(request, reply);
      }
    }
    // Cookies ride along on cross-site requests; a token only our own pages can read does not (ASVS V3.5.1).
    if (request.authSession && MUTATING.has(request.method) && request.routeOptions.config?.csrf !== false) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, request.authSession.csrfToken)) {
        throw new ForbiddenError(
          msg('auth.csrf.detail', { header: CSRF_HEADER }),
          'csrf_token_invalid',
          msg('auth.csrf.title'),
        );
      }
    }
  });

  // Responses that depend on the session must never be cached by a shared cache.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.authSession && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });

  const purge = setInterval(() => sessions.purgeExpired(), 15 * 60_000);
  purge.unref();
  app.addHook('onClose', async () => clearInterval(purge));
}

export default fp(auth, { name: 'auth', dependencies: ['problem-details'] });
