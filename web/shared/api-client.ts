import { msg } from '@lit/localize';
import type { CsrfResponse } from '../../api/contract.ts';
import { currentLang } from './language.ts';

/**
 * The one API client of the staff app: same-origin cookies; JSON or multipart bodies; the
 * session's CSRF token on every mutation; `If-Match` for conditional writes (DESIGN §7: a
 * stale ETag answers 412); the app's language as `accept-language`, so the server's problem
 * details come in it; RFC 9457 problems turned into one ProblemError; and, when the session
 * has ended (401 `unauthenticated`), the app's sign-in-again hook (onSessionEnded) before the
 * request is sent once more, so that the page and what was typed in it stay as they were.
 * The typed calls per resource are in web/admin/api/<resource>.ts.
 */

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface InvalidParam {
  name: string;
  reason: string;
}

/** An RFC 9457 problem (or a failed connection, status 0) as the pages handle it. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly invalidParams: InvalidParam[] = [],
    /** The whole problem document: some carry more members (a 412's `current`, `detailEl`). */
    readonly body: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
  }

  /** The reason given for one field, if any. */
  reasonFor(field: string): string | null {
    return this.invalidParams.find((p) => p.name === field)?.reason ?? null;
  }

  /** The reasons per field, as forms show them next to their inputs. */
  fieldErrors(): Record<string, string> {
    return Object.fromEntries(this.invalidParams.map((p) => [p.name, p.reason]));
  }
}

export interface RequestOptions {
  /** The ETag the change is based on: the server refuses it with 412 when the resource moved on. */
  ifMatch?: string;
  /** false for the sign-in calls themselves: their 401 is an answer, not an ended session. */
  reauthenticate?: boolean;
}

let csrfToken: string | null = null;

/**
 * Signs the person in again after the server answered 401 `unauthenticated` (idle or absolute
 * session limit, or the session was ended elsewhere). Resolves true once signed in (the request
 * is then sent again), false when the person gave up (the request fails with the 401).
 */
export type SessionEndedHandler = (problem: ProblemError) => Promise<boolean>;
let sessionEnded: SessionEndedHandler | null = null;

/** Installs the app's sign-in-again hook (the staff app's shell does, once); null removes it. */
export function onSessionEnded(handler: SessionEndedHandler | null): void {
  sessionEnded = handler;
}

const endedSession = (error: unknown): error is ProblemError =>
  error instanceof ProblemError && error.status === 401 && error.code === 'unauthenticated';

/** Set from every answer that carries the session's CSRF token (login, MFA, session, password change). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * Sends one request. `body` is sent as JSON, or as multipart form data when it is a FormData
 * (the browser sets the boundary). A 204 resolves to undefined.
 */
export async function apiRequest<T>(
  method: Method,
  url: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  try {
    return await sendWithToken<T>(method, url, body, options);
  } catch (error) {
    if (!endedSession(error) || options.reauthenticate === false || !sessionEnded) throw error;
    if (!(await sessionEnded(error))) throw error;
    // Signed in again (a new session and CSRF token): the same request, as it was.
    return apiRequest<T>(method, url, body, options);
  }
}

async function sendWithToken<T>(method: Method, url: string, body: unknown, options: RequestOptions): Promise<T> {
  try {
    return await send<T>(method, url, body, options);
  } catch (error) {
    // The token is learnt from the session's answers; if the page has not seen it yet (or it
    // changed), the server refused before doing anything: learn it and send once more.
    if (!(error instanceof ProblemError && error.code === 'csrf_token_invalid')) throw error;
    setCsrfToken((await send<Partial<CsrfResponse>>('GET', '/api/v1/auth/session')).csrfToken ?? null);
    return send<T>(method, url, body, options);
  }
}

async function send<T>(method: Method, url: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': currentLang() };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  const multipart = body instanceof FormData;
  if (body !== undefined && !multipart) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : multipart ? body : JSON.stringify(body),
    });
  } catch {
    throw new ProblemError(0, 'network', msg('Δεν υπάρχει σύνδεση με τον διακομιστή.', { id: 'api.network' }));
  }
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    throw new ProblemError(
      response.status,
      String(data.code ?? 'error'),
      String(data.detail ?? data.title ?? response.statusText),
      (data.invalidParams as InvalidParam[] | undefined) ?? [],
      data,
    );
  }
  if (typeof data.csrfToken === 'string') setCsrfToken(data.csrfToken);
  return data as T;
}

/**
 * What to tell the person when a call failed: the server's problem detail (in the app's
 * language: the client sends it as accept-language), else a general sentence — never a
 * JavaScript error's text.
 */
export function errorText(error: unknown): string {
  if (error instanceof ProblemError && error.detail) return error.detail;
  return msg('Κάτι πήγε στραβά. Δοκιμάστε ξανά.', { id: 'api.unexpected' });
}

/** A query string from the values that are set ('' and undefined are left out), with its `?`. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A path segment from an id or slug. */
export const segment = (value: string) => encodeURIComponent(value);
