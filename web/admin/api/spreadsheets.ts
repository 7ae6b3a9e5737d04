import type { Static } from 'typebox';
import type { JobSchema } from '../../../api/contract.ts';
import type { EXPORT_COLUMNS } from '../../../api/contract.ts';
import { ProblemError, apiRequest, type InvalidParam } from './http.ts';

/**
 * Thin typed calls for the import/export page (issue 7). Types come from the server's
 * TypeBox contract; only the upload bypasses apiRequest, because it sends multipart form data.
 */

export type ImportJob = Static<typeof JobSchema>;
export type ImportReport = NonNullable<ImportJob['report']>;
export type ImportProblem = ImportReport['problems'][number];
export type ImportResult = NonNullable<ImportJob['result']>;
export type ExportEntity = keyof typeof EXPORT_COLUMNS;
export type ExportColumn<E extends ExportEntity> = keyof (typeof EXPORT_COLUMNS)[E] & string;
export type ExportFormat = 'xlsx' | 'csv-semicolon' | 'csv-comma';

const BASE = '/api/v1/spreadsheets';

/** Statuses in which the server is still working on the dry run. */
export const isDryRunning = (job: ImportJob) => job.status === 'reading' || job.status === 'validating';

export const templateUrl = (format: 'xlsx' | 'csv') => `${BASE}/import-template?format=${format}`;

export function exportUrl(entity: ExportEntity, format: ExportFormat, columns: readonly string[]): string {
  const query = new URLSearchParams({ entity, format: format === 'xlsx' ? 'xlsx' : 'csv', columns: columns.join(',') });
  if (format !== 'xlsx') query.set('delimiter', format === 'csv-comma' ? 'comma' : 'semicolon');
  return `${BASE}/export?${query}`;
}

/** Sends the file for a dry run; the answer is the new import job (202). */
export async function uploadImport(file: File): Promise<ImportJob> {
  // apiRequest sends JSON; the CSRF token for this one multipart request comes from the session.
  const { csrfToken } = await apiRequest<{ csrfToken: string }>('GET', '/api/v1/auth/session');
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`${BASE}/imports`, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'accept-language': document.documentElement.lang || 'el', 'x-csrf-token': csrfToken },
    });
  } catch {
    throw new ProblemError(0, 'network', document.documentElement.lang === 'en' ? 'No connection to the server.' : 'Δεν υπάρχει σύνδεση με τον διακομιστή.');
  }
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
  return data as ImportJob;
}

export const getImport = (id: string) => apiRequest<ImportJob>('GET', `${BASE}/imports/${encodeURIComponent(id)}`);
export const commitImport = (id: string) => apiRequest<ImportJob>('POST', `${BASE}/imports/${encodeURIComponent(id)}/commit`);

export { ProblemError };
