import type { Static } from 'typebox';
import type {
  AreaListSchema,
  EnterpriseList,
  EnterpriseProfile,
  Lang,
} from '../../api/contract.ts';

/**
 * Thin typed calls to the public API (api/routes/public). The response types come from
 * the server's TypeBox contract, so the widget cannot drift from it. Requests never send
 * credentials: the directory sets no cookies and needs none.
 */

export type AreaList = Static<typeof AreaListSchema>;
export type { EnterpriseList, EnterpriseProfile, Lang };

export interface EnterpriseQuery {
  q?: string;
  category?: string;
  area?: string;
  legalForm?: string;
  page: number;
  pageSize: number;
  lang: Lang;
}

/** A failed call: `status` 0 means the network failed (offline, blocked, server down). */
export class DirectoryApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'DirectoryApiError';
  }
}

async function getJson<T>(url: URL, signal: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'omit', headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new DirectoryApiError(0, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const problem = (await response.json()) as { detail?: string; title?: string };
      detail = problem.detail ?? problem.title ?? detail;
    } catch {
      // Not a problem document (e.g. a proxy's error page): keep the status text.
    }
    throw new DirectoryApiError(response.status, detail);
  }
  return (await response.json()) as T;
}

export function createDirectoryApi(base: string) {
  const root = base.replace(/\/+$/, '');
  const url = (path: string, params: Record<string, string | number | undefined>) => {
    const result = new URL(`${root}/api/v1${path}`);
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined && value !== '') result.searchParams.set(key, String(value));
    }
    return result;
  };
  return {
    searchEnterprises: (query: EnterpriseQuery, signal: AbortSignal) =>
      getJson<EnterpriseList>(url('/enterprises', { ...query }), signal),
    enterprise: (slug: string, lang: Lang, signal: AbortSignal) =>
      getJson<EnterpriseProfile>(url(`/enterprises/${encodeURIComponent(slug)}`, { lang }), signal),
    areas: (lang: Lang, signal: AbortSignal) => getJson<AreaList>(url('/areas', { lang }), signal),
  };
}

export type DirectoryApi = ReturnType<typeof createDirectoryApi>;
