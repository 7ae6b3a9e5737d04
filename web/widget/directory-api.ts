import type {
  EnterpriseList,
  EnterpriseProfile,
  Lang,
  MapLocationList,
  OpenConsultationList,
} from '../../api/contract.ts';

/**
 * Thin typed calls to the public API (api/routes/public). The response types come from
 * the server's TypeBox contract, so the widget cannot drift from it. Requests never send
 * credentials: the directory sets no cookies and needs none.
 */

export type { EnterpriseList, EnterpriseProfile, Lang, MapLocationList, OpenConsultationList };

export interface EnterpriseQuery {
  q?: string;
  category?: string;
  area?: string;
  legalForm?: string;
  sort?: string;
  page: number;
  pageSize: number;
  lang: Lang;
}

/** A failed call: `status` 0 means the network failed (offline, blocked, server down). */
export class DirectoryApiError extends Error {
  constructor(readonly status: number) {
    // The status is all there is to say (0: the network); no message text to ship in the first screen's 16 kB.
    super(String(status));
  }
}

/** Only the status matters to the visitor (404: not published; else "try again"), so a problem document is not read. */
async function getJson<T>(url: URL, signal: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'omit', headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new DirectoryApiError(0);
  }
  if (!response.ok) throw new DirectoryApiError(response.status);
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
  };
}

export type DirectoryApi = ReturnType<typeof createDirectoryApi>;
