/**
 * The one fetch wrapper of the staff app: same-origin cookies, JSON, the session's CSRF
 * token on every mutation, and RFC 9457 problems turned into ProblemError.
 */

export interface InvalidParam {
  name: string;
  reason: string;
}

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly invalidParams: InvalidParam[] = [],
    readonly body: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
  }

  /** The reason given for one field, if any. */
  reasonFor(field: string): string | null {
    return this.invalidParams.find((p) => p.name === field)?.reason ?? null;
  }
}

let csrfToken: string | null = null;

/** Set from every answer that carries the session's CSRF token (login, MFA, session). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export async function apiRequest<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': document.documentElement.lang || 'el' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ProblemError(0, 'network', document.documentElement.lang === 'en' ? 'No connection to the server.' : 'Δεν υπάρχει σύνδεση με τον διακομιστή.');
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
