import type { FastifyRequest } from 'fastify';
import type { Actor } from '../domain/actor.ts';
import { DEFAULT_LANG, isLang, LANGUAGES, type Lang } from '../domain/languages.ts';

/**
 * What every service call needs to know about the HTTP request: who is asking and in
 * which language they read. The only place that turns a FastifyRequest into an Actor.
 */

/** The first language of an Accept-Language header that we speak, by preference (RFC 9110 §12.5.4). */
function acceptedLanguage(header: string | undefined): Lang | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/i.exec(p)?.[1]).find(Boolean);
      return { primary: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0 && (LANGUAGES as readonly string[]).includes(entry.primary))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked[0]?.primary as Lang | undefined) ?? null;
}

/** `?lang=` when valid, else Accept-Language, else Greek (DESIGN §1: Greek is the default). */
export function requestLang(request: FastifyRequest): Lang {
  const query = request.query as { lang?: unknown } | undefined;
  if (isLang(query?.lang)) return query.lang;
  const header = request.headers['accept-language'];
  return acceptedLanguage(typeof header === 'string' ? header : undefined) ?? DEFAULT_LANG;
}

/** The If-Match header as sent (several ETags may be listed), or undefined. */
export function ifMatchOf(request: FastifyRequest): string | undefined {
  const header = request.headers['if-match'];
  return Array.isArray(header) ? header.join(', ') : header || undefined;
}

export function actorOf(request: FastifyRequest): Actor {
  const userAgent = request.headers['user-agent'];
  return {
    user: request.user ?? null,
    ip: request.ip ?? null,
    userAgent: typeof userAgent === 'string' ? userAgent : null,
    lang: requestLang(request),
  };
}
