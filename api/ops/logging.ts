import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger, FastifyRequest, FastifyServerOptions } from 'fastify';
import type { IncomingMessage } from 'node:http';

/**
 * Structured JSON logs (pino) with a request id on every line and secrets never written:
 * cookies, Authorization and CSRF headers, Set-Cookie, and any field named like a
 * password, token or secret, at any of the first three levels of a logged object
 * (a route that logs `{ body }` included). One-time codes (`code`) are redacted inside
 * logged bodies only, so error codes such as `SQLITE_BUSY` stay readable. Query-string
 * values of secret-looking parameters (`?token=…` in invitation links) are masked in the URL.
 */
const SECRET_KEYS = [
  'password',
  'newPassword',
  'currentPassword',
  'passwordConfirmation',
  'token',
  'csrfToken',
  'accessToken',
  'refreshToken',
  'secret',
  'totp',
  'totpCode',
  'recoveryCode',
  'apiKey',
];

const REDACTED = '[redacted]';

const redactPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'req.headers["proxy-authorization"]',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  'headers["x-csrf-token"]',
  'headers["set-cookie"]',
  ...SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
  'body.code',
  '*.body.code',
  'body.*.code',
];

const SECRET_PARAM = /^(?:token|code|password|secret|key|api_?key|signature|sig|otp|csrf)$/i;

/** Masks secret-looking query parameter values: `/accept?token=abc` → `/accept?token=[redacted]`. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const query = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // Undecodable names are kept as they are.
      }
      return eq >= 0 && SECRET_PARAM.test(decoded) ? `${name}=${REDACTED}` : pair;
    })
    .join('&');
  return `${url.slice(0, q)}?${query}`;
}

/** pino options for server.ts (tests pass their own, e.g. with a stream to assert on). */
export function loggerOptions(level: string): Exclude<FastifyServerOptions['logger'], boolean | undefined> {
  return {
    level,
    redact: { paths: redactPaths, censor: REDACTED },
    serializers: {
      req(request: FastifyRequest) {
        return {
          method: request.method,
          url: redactUrl(request.url),
          host: request.host,
          remoteAddress: request.ip,
          remotePort: request.socket?.remotePort,
        };
      },
    },
  };
}

const INCOMING_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Request ids: a proxy's `X-Request-Id` is kept when it looks like an id (so nginx and
 * app logs line up), otherwise a fresh UUID. The id is echoed in the response header.
 */
export function genReqId(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && INCOMING_ID.test(incoming) ? incoming : randomUUID();
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;
type ChildLoggerFactory = NonNullable<FastifyServerOptions['childLoggerFactory']>;

/**
 * Fastify's `childLoggerFactory`: a request's logger (with its request id) is made on its first
 * line, not for every request. pino runs the redaction paths over a child's bindings when it
 * makes one, some 40 µs a request here: most of the cost of a search answered from the cache
 * (profile of the search bench, issue 17), for requests that at the usual level log nothing.
 * Levels that are off stay pino's no-ops; anything other than a plain request child (route
 * options) is made at once, as before.
 */
export const lazyChildLogger: ChildLoggerFactory = function (logger, bindings, options) {
  const pino = logger as FastifyBaseLogger & { isLevelEnabled?: (level: string) => boolean };
  if (typeof pino.isLevelEnabled !== 'function' || Object.keys(options).length > 0)
    return logger.child(bindings, options);
  let child: FastifyBaseLogger | null = null;
  const real = () => (child ??= logger.child(bindings, options));
  const lazy = Object.create(logger) as FastifyBaseLogger;
  for (const level of LEVELS) {
    if (pino.isLevelEnabled(level))
      lazy[level] = (...args: unknown[]) => {
        const made = real();
        Reflect.apply(made[level], made, args);
      };
  }
  lazy.child = (childBindings, childOptions) => real().child(childBindings, childOptions);
  return lazy;
};
